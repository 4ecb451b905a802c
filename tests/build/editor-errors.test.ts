import { describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject } from '../support/fixture.ts';
import { png, withFigure } from '../support/editor.ts';

/** The problem lines of a failed build (each starts with the content file). */
const problemLines = (output: string) => output.split('\n').filter((l) => /^\s*(- )?content\//.test(l)).map((l) => l.replace(/^\s*(- )?/, ''));

/** docs/editing.md, "When the build stops": every kind of mistake is reported as one line with the file, the field and what was expected. */
describe('friendly errors', () => {
  it('schema problems in several files are all listed, one line each with file, field, expected and found', () => {
    const f = fixtureProject('editor-schema-errors');
    const en = 'content/articles/en/reset-password.mdx';
    f.write(en, f.read(en).replace(/^order: .*$/m, 'order: two').replace(/^category: /m, 'tittle: "x"\ncategory: '));
    const es = 'content/articles/es/cannot-sign-in.mdx';
    f.write(es, f.read(es).replace(/^updated: .*$/m, 'updated: 2026-02-30').replace(/^related: .*$/m, 'related: [Reset Password]'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(problemLines(r.output).sort()).toEqual([
      'content/articles/en/reset-password.mdx: order: expected a whole number like 10 (smaller comes first), got "two"',
      'content/articles/en/reset-password.mdx: tittle: unknown field — did you mean "title"? expected only title, description, category, order, updated, reviewed, draft, aliases, related, translatedFrom, structureNote',
      'content/articles/es/cannot-sign-in.mdx: related (item 1): "Reset Password" is not a slug — expected the slug of an article (its file name without .mdx): lowercase latin letters, digits and single hyphens, like reset-password',
      'content/articles/es/cannot-sign-in.mdx: updated: 2026-02-30 is not a real calendar date — expected a date written as YYYY-MM-DD',
    ]);
  });

  it('broken frontmatter syntax names the file and the line, and says what a line should look like', () => {
    const f = fixtureProject('editor-yaml-error');
    const en = 'content/articles/en/reset-password.mdx';
    f.write(en, f.read(en).replace(/^category: .*$/m, 'category: sign-in: yes'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(problemLines(r.output)).toEqual([
      'content/articles/en/reset-password.mdx: frontmatter is not valid YAML (near line 4): bad indentation of a mapping entry — expected one "field: value" per line; put text that contains a colon or a quote in double quotes, close every quote and bracket',
    ]);
  });

  it('a cross-file problem (a translation that does not say what it was translated from) names the file and the date to use', () => {
    const f = fixtureProject('editor-tree-error');
    const en = 'content/articles/en/strong-password.mdx';
    f.write(en, f.read(en).replace(/^translatedFrom: .*\n/m, ''));
    const updated = /^updated: (\S+)$/m.exec(f.read('content/articles/ru/strong-password.mdx'))?.[1];
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(problemLines(r.output)).toContain(
      `content/articles/en/strong-password.mdx: translatedFrom: missing — expected the updated date of content/articles/ru/strong-password.mdx when you translated it (now ${updated})`,
    );
  });

  it('a misused component names the article, the component and what it accepts', () => {
    const f = fixtureProject('editor-component-misuse');
    const ru = 'content/articles/ru/reset-password.mdx';
    f.write(ru, f.read(ru).replace('<Callout type="danger"', '<Callout type="info"'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/articles/ru/reset-password.mdx: <Callout type="info">: expected type to be one of note, tip, warning, danger');
  });

  it('a Figure without alt text stops the build', () => {
    const f = fixtureProject('editor-figure-no-alt');
    f.write('content/images/editor-figure.png', png(64, 32) as unknown as string);
    const ru = 'content/articles/ru/reset-password.mdx';
    f.write(ru, withFigure(f.read(ru), '<Figure src={shot} alt="" />'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/articles/ru/reset-password.mdx: <Figure alt>: expected alt="…" describing what the image shows');
  });
});
