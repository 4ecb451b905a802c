/**
 * A copy of the project to build somewhere else (test fixtures, bench corpora): the work tree or the
 * last commit, without tests, builds and caches. node_modules is linked entry by entry, leaving out
 * Astro's and Vite's caches (node_modules/.astro holds the content store), so copies built at the
 * same time never read each other's content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries of the project a copy leaves out. */
export const PROJECT_SKIP: ReadonlySet<string> = new Set(['node_modules', 'dist', '.git', 'tests', '.astro', 'bench']);
const CACHES = new Set(['.astro', '.vite']);

export interface CopyOptions {
  /** The work tree (default) or the last commit. */
  from?: 'worktree' | 'head';
  /** Work tree only: which source paths to copy (absolute paths; folders are asked too). */
  filter?: (src: string) => boolean;
  /** Also copy what the bench scripts import from tests/: tests/support (e.g. the shipped password scorer) and tests/search-queries (the query sets search:eval scores). */
  support?: boolean;
}

const SUPPORT = ['tests/support', 'tests/search-queries'];

export function copyProject(root: string, dest: string, { from = 'worktree', filter, support = false }: CopyOptions = {}): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (from === 'head') {
    // The committed tree: what other people's half-done edits in the work tree cannot disturb.
    const r = spawnSync('sh', ['-c', `git -C "${root}" archive --format=tar HEAD -- . ':!tests' ':!bench' | tar -x -C "${dest}"`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`copying the project (git archive HEAD) failed: ${r.stderr}`);
    if (support) {
      const s = spawnSync('sh', ['-c', `git -C "${root}" archive --format=tar HEAD -- ${SUPPORT.join(' ')} | tar -x -C "${dest}"`], { encoding: 'utf8' });
      if (s.status !== 0) throw new Error(`copying ${SUPPORT.join(', ')} (git archive HEAD) failed: ${s.stderr}`);
    }
  } else {
    for (const name of readdirSync(root)) if (!PROJECT_SKIP.has(name)) cpSync(join(root, name), join(dest, name), { recursive: true, ...(filter ? { filter } : {}) });
    if (support) for (const dir of SUPPORT) cpSync(join(root, dir), join(dest, dir), { recursive: true });
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
  return dest;
}
