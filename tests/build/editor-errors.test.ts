import { describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureProject } from '../support/fixture.ts';
import { png, withFigure } from '../support/editor.ts';

/**
 * docs/editing.md, "When the build stops": a component used the wrong way is reported when its page
 * is rendered, as one line with the article, the component and what it accepts. The first page that
 * fails stops the build, so each mistake here has a small site of its own. (Schema mistakes are in
 * bad-input.test.ts, mistakes across files in bad-input-checks.test.ts, mistakes in an article's text
 * in editor-mdx-errors.test.ts: each is reported by one build however many there are.)
 */
const RU = 'content/articles/ru/reset-password.mdx';

/** Puts `mdx` before the article's first section. */
const beforeFirstSection = (f: FixtureProject, path: string, mdx: string) => {
  const before = f.read(path);
  const after = before.replace('\n## ', `\n${mdx}\n\n## `);
  expect(after, `fixture edit of ${path}`).not.toBe(before);
  f.write(path, after);
};

describe('friendly errors', () => {
  it('a misused component names the article, the component and what it accepts', () => {
    const f = fixtureProject('editor-component-misuse', { small: [] });
    beforeFirstSection(f, RU, '<Callout type="info">\n\nПроверка.\n\n</Callout>');
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/articles/ru/reset-password.mdx: <Callout type="info">: expected type to be one of note, tip, warning, danger');
  });

  it('a Figure without alt text stops the build', () => {
    const f = fixtureProject('editor-figure-no-alt', { small: [] });
    f.write('content/images/editor-figure.png', png(64, 32) as unknown as string);
    f.write(RU, withFigure(f.read(RU), '<Figure src={shot} alt="" />'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/articles/ru/reset-password.mdx: <Figure alt>: expected alt="…" describing what the image shows');
  });
});
