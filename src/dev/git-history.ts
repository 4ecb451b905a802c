/**
 * The one place the translation tools ask git: a source file as it was on a day (the translation's
 * `translatedFrom`), so `npm run i18n:status` and the dashboard can show what changed since. Node only;
 * the diff itself is src/lib/translations/source-diff.ts. Without git, outside a repository, in a shallow clone or
 * for a file git never saw, it says so in one sentence instead.
 */
import { spawnSync } from 'node:child_process';

export type SourceVersion =
  /** `commit`: the last commit of the file on or before the day; `date`: its commit day (UTC); `text`: the file then. */
  | { ok: true; commit: string; date: string; text: string }
  | { ok: false; reason: string };

function git(root: string, args: string[]): { ok: boolean; out: string; missing?: boolean } {
  const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (r.error) return { ok: false, out: '', missing: (r.error as NodeJS.ErrnoException).code === 'ENOENT' };
  return { ok: r.status === 0, out: r.stdout };
}

const utcDay = (unixSeconds: string) => new Date(Number(unixSeconds) * 1000).toISOString().slice(0, 10);

/** Whether `root` is inside a git work tree (undefined: git is not installed). Asked once per root. */
const repos = new Map<string, boolean | undefined>();
function inRepository(root: string): boolean | undefined {
  if (!repos.has(root)) {
    const r = git(root, ['rev-parse', '--is-inside-work-tree']);
    repos.set(root, r.missing ? undefined : r.ok && r.out.trim() === 'true');
  }
  return repos.get(root);
}

/**
 * `path` (from `root`, e.g. content/articles/ru/reset-password.mdx) as it was at the last commit on or
 * before the end of `day` (YYYY-MM-DD, UTC), by commit date.
 */
export function sourceAsOf(root: string, path: string, day: string): SourceVersion {
  const repo = inRepository(root);
  if (repo === undefined) return { ok: false, reason: 'git is not installed, so the history of the source cannot be read' };
  if (!repo) return { ok: false, reason: 'this folder is not a git repository, so there is no history of the source to compare with' };
  const log = git(root, ['log', '-1', '--format=%H %ct', `--before=${day} 23:59:59 +0000`, '--', path]);
  const [commit, time] = log.out.trim().split(' ');
  if (log.ok && commit && time) {
    const show = git(root, ['show', `${commit}:./${path}`]);
    if (show.ok) return { ok: true, commit, date: utcDay(time), text: show.out };
    return { ok: false, reason: `${path} did not exist on ${day} (commit ${commit.slice(0, 10)} removed it), so there is no version to compare with` };
  }
  const all = git(root, ['log', '--format=%ct', '--', path]).out.trim().split('\n').filter(Boolean);
  if (!all.length) return { ok: false, reason: `${path} has no commits in git history, so there is no earlier version to compare with` };
  if (git(root, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true') {
    return { ok: false, reason: `this is a shallow clone: its history of ${path} starts on ${utcDay(all[all.length - 1]!)}, after ${day} (git fetch --unshallow gets the rest)` };
  }
  return { ok: false, reason: `git history has no version of ${path} from ${day} or before (its first commit is from ${utcDay(all[all.length - 1]!)})` };
}
