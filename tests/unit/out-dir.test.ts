import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutDir } from '../../src/integrations/out-dir.ts';

const made: string[] = [];
function project() {
  const root = mkdtempSync(join(tmpdir(), 'out-dir-'));
  made.push(root);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'ru', 'old-article'), { recursive: true });
  writeFileSync(join(dist, 'ru', 'old-article', 'index.html'), '<p>old</p>');
  writeFileSync(join(dist, 'index.html'), '<p>old</p>');
  return { root, dist, cache: join(root, '.astro', 'cache') };
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('emptying the output folder before a build', () => {
  it('leaves no old file where the build writes, and nothing in the cache once the removal is done', async () => {
    const { dist, cache } = project();
    const done = clearOutDir(dist, cache);
    expect(existsSync(dist)).toBe(false);
    await done;
    expect(readdirSync(cache)).toEqual([]);
  });

  it('removes what a stopped build left in the cache folder', async () => {
    const { dist, cache } = project();
    mkdirSync(join(cache, 'old-output-1', 'ru'), { recursive: true });
    writeFileSync(join(cache, 'old-output-1', 'ru', 'x.html'), 'x');
    mkdirSync(join(cache, 'dist'), { recursive: true });
    await clearOutDir(dist, cache);
    expect(readdirSync(cache)).toEqual(['dist']);
  });

  it('keeps a .git folder in the output, as Astro does, and empties the rest in place', async () => {
    const { dist, cache } = project();
    mkdirSync(join(dist, '.git'));
    writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/gh-pages');
    await clearOutDir(dist, cache);
    expect(readdirSync(dist)).toEqual(['.git']);
  });

  it('empties a symlinked output folder in place, leaving the link', async () => {
    const { root, dist, cache } = project();
    const link = join(root, 'site');
    symlinkSync(dist, link);
    await clearOutDir(link, cache);
    expect(existsSync(link)).toBe(true);
    expect(readdirSync(dist)).toEqual([]);
  });

  it('does nothing when there is no output yet', async () => {
    const { root, cache } = project();
    await clearOutDir(join(root, 'none'), cache);
    expect(existsSync(join(root, 'none'))).toBe(false);
  });
});
