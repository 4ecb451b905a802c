/**
 * The honest measure of issue 25: the search without any of the articles' aliases. A copy of the
 * project whose articles all say `aliases: []`, built into `<dest>/dist`; `npm run search:eval --
 * --alias-free` and the bench score the held-out queries against it. What the aliases add shows as the
 * gap between the held-out rate and this one.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project.ts';

/** `aliases: […]` in an article's frontmatter (one line, as the schema's editors write it). */
const ALIASES_LINE = /^aliases:.*$/m;

/** The frontmatter's aliases emptied; the rest of the file unchanged. */
export function withoutAliases(text: string): string {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) return text;
  return text.slice(0, end).replace(ALIASES_LINE, 'aliases: []') + text.slice(end);
}

/**
 * Copies `root` (its work tree, or HEAD) to `dest`, empties every article's aliases and builds it;
 * returns the built site's folder. Throws with the build's last lines if it fails.
 */
export function buildAliasFree(root: string, dest: string, { from = 'worktree' as 'worktree' | 'head' } = {}): { dist: string; articles: number } {
  copyProject(root, dest, { from });
  const articles = join(dest, 'content', 'articles');
  let count = 0;
  for (const lang of readdirSync(articles)) {
    for (const f of readdirSync(join(articles, lang)).filter((x) => /\.mdx?$/.test(x))) {
      const file = join(articles, lang, f);
      writeFileSync(file, withoutAliases(readFileSync(file, 'utf8')));
      count += 1;
    }
  }
  const dist = join(dest, 'dist');
  const r = spawnSync('npm', ['run', 'build', '--', '--out', dist], { cwd: dest, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`alias-free build failed:\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
  return { dist, articles: count };
}
