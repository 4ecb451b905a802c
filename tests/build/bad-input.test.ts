import { describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject } from '../support/fixture.ts';

/** Each fixture breaks one thing; the build must stop and say which file and what was expected. */
describe('malformed content stops the build with a clear message', () => {
  it('a description that is too short names the file, the field and the expected length', () => {
    const f = fixtureProject('short-description');
    const path = 'content/articles/en/reset-password.mdx';
    f.write(path, f.read(path).replace(/^description: .*$/m, 'description: "Too short."'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/articles\/en\/reset-password\.mdx/);
    expect(r.output).toMatch(/description: expected 50–160 characters, got 10/);
  });
});
