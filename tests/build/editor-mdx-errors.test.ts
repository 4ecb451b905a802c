import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';

/** The problem lines of a failed build (each starts with the content file). */
const problemLines = (output: string) => output.split('\n').filter((l) => /^\s*(- )?content\//.test(l)).map((l) => l.replace(/^\s*(- )?/, ''));

/** The 1-based line of `text` on which `needle` first appears. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const COMPONENTS = '<Callout>, <Steps>, <UiPath>, <Kbd>, <OfficialLink>, <Figure>, <RecoverySelector>, <PasswordChecker>, <ProofOfOwnership>, <Block>';

/**
 * docs/editing.md, "When the build stops": mistakes in an article's text are reported like schema
 * errors — one line each with the file, the line, what is wrong and what to do — and every broken
 * article at once. One small site (two articles per language) with one mistake in each of five files.
 */
describe('mistakes in the text of articles', () => {
  let r: FixtureBuild;
  const at: Record<string, number> = {};
  beforeAll(() => {
    const f = fixtureProject('editor-mdx-errors', { articles: ['reset-password', 'strong-password'] });
    const edit = (path: string, change: (text: string) => string, needle: string) => {
      const before = f.read(path);
      const after = change(before);
      expect(after, `fixture edit of ${path}`).not.toBe(before);
      f.write(path, after);
      at[path] = lineOf(after, needle);
    };
    const beforeFirstSection = (insert: string) => (text: string) => text.replace('\n## ', `\n${insert}\n\n## `);
    // A misspelt component, opening and closing tag alike.
    edit('content/articles/ru/reset-password.mdx', beforeFirstSection('<Calout type="danger">\n\nНе пересылайте код.\n\n</Calout>'), '<Calout');
    // A brace that is never closed.
    edit('content/articles/es/reset-password.mdx', beforeFirstSection('El código llega en {un minuto.'), '{un minuto');
    // A tag that is never closed.
    edit('content/articles/ru/strong-password.mdx', beforeFirstSection('<Callout type="tip">\n\nДлинная фраза надёжнее.\n'), '<Callout');
    // An import of a file that does not exist.
    edit('content/articles/en/reset-password.mdx', beforeFirstSection("import screen from '../../images/reset-screen.png';"), 'import screen');
    // A component name in lowercase.
    edit('content/articles/en/strong-password.mdx', beforeFirstSection('<kbd>Ctrl</kbd> and <callout>Check.</callout>'), '<callout>');
    r = buildFixture(f);
  });

  it('stops the build, naming every broken article at once', () => {
    expect(r.ok).toBe(false);
    expect(r.output).toContain('Article text has 5 problem(s):');
    expect(problemLines(r.output)).toHaveLength(5);
  });

  it('a misspelt component: the file, the line, "did you mean" and the components there are', () => {
    const file = 'content/articles/ru/reset-password.mdx';
    expect(problemLines(r.output)).toContain(
      `${file}:${at[file]}: <Calout> is not a component — did you mean <Callout>? articles can use ${COMPONENTS} without importing them`,
    );
  });

  it('an unbalanced brace: the line and how to write a literal brace', () => {
    const file = 'content/articles/es/reset-password.mdx';
    expect(problemLines(r.output)).toContain(
      `${file}:${at[file]}: a "{" is never closed — MDX reads text between { and } as code; write \\{ for a literal brace, or close it with }`,
    );
  });

  it('an unclosed tag: the line it was opened on and the closing tag to add', () => {
    const file = 'content/articles/ru/strong-password.mdx';
    expect(problemLines(r.output)).toContain(`${file}:${at[file]}: <Callout> is never closed — add </Callout> on its own line after its text, with a blank line before it`);
  });

  it('a missing import: the file looked for, and that the site’s components need no import', () => {
    const file = 'content/articles/en/reset-password.mdx';
    expect(problemLines(r.output)).toContain(
      `${file}:${at[file]}: import '../../images/reset-screen.png': no such file (looked for content/images/reset-screen.png) — ` +
        `check the name and that the file is in content/images/, imported as '../../images/<file>'; ${COMPONENTS} need no import`,
    );
  });

  it('a component written in lowercase is named with its real spelling; HTML tags are left alone', () => {
    const file = 'content/articles/en/strong-password.mdx';
    expect(problemLines(r.output).filter((l) => l.startsWith(file))).toEqual([
      `${file}:${at[file]}: <callout> is not a component — did you mean <Callout>? articles can use ${COMPONENTS} without importing them`,
    ]);
  });

  it('shows no framework trace: no built chunk, no page URL, no raw parser message', () => {
    expect(r.output).not.toMatch(/dist\/\.prerender|Expected component|mdx-jsx:|Could not resolve|at .*node_modules/);
  });
});
