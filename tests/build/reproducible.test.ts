import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../support/dist.ts';
import { buildAgain, editorSite } from '../support/editor-site.ts';

/**
 * Two builds of the same checkout give byte-identical sites: no clock or random value leaks into
 * dist/ (so a deploy can be verified and unchanged files keep their cache). Same folder both times:
 * Astro derives each island's `uid` from the component's absolute path. The first build is the
 * shared editor site's (tests/support/editor-site.ts); the second builds its folder again.
 */
function fingerprint(dist: string): Map<string, string> {
  return new Map(
    walk(dist)
      .map((p) => [relative(dist, p).split(sep).join('/'), createHash('sha256').update(readFileSync(p)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('reproducible build', () => {
  it('building twice gives the same files with the same bytes', { timeout: 600_000 }, () => {
    const first = editorSite();
    const second = buildAgain();
    if (!second.ok) throw new Error(`the second build failed:\n${second.output.slice(-3000)}`);
    const [a, b] = [fingerprint(first.dist), fingerprint(second.dist)];
    expect(a.size).toBeGreaterThan(100);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    console.log(`reproducible: ${a.size} files, identical sha256 in both builds`);
  });
});
