import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { boundNames, explainMdxSyntax, missingImport, unknownComponents } from '../../src/lib/content/mdx-messages.ts';
import { EMPTY_MDX_COMPONENTS, MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';

const components = { names: MDX_COMPONENT_NAMES, empty: EMPTY_MDX_COMPONENTS };
const FILE = 'content/articles/ru/x.mdx';

/** The line an editor reads for `body`, using the parser the build uses (so a reworded parser message shows up here). */
function explained(body: string): string {
  try {
    mdxToJs(body, { jsxImportSource: 'astro' });
  } catch (error) {
    return explainMdxSyntax(FILE, error as Error, components);
  }
  throw new Error('expected MDX to refuse this text');
}

describe('MDX parser errors, in the editor’s words', () => {
  it('a brace never closed: the line and \\{ for a literal brace', () => {
    expect(explained('Intro.\n\nThe code arrives in {a minute.\n')).toBe(
      `${FILE}:3: a "{" is never closed — MDX reads text between { and } as code; write \\{ for a literal brace, or close it with }`,
    );
  });

  it('braces around words that are not code', () => {
    expect(explained('Type {your name} here.\n')).toBe(
      `${FILE}:1: the text between { and } is not code — MDX reads text between { and } as code; write \\{ and \\} for literal braces`,
    );
  });

  it('a box never closed names the line it was opened on', () => {
    expect(explained('Intro.\n\n<Callout type="tip">\n\nText.\n\n## Next\n')).toBe(
      `${FILE}:3: <Callout> is never closed — add </Callout> on its own line after its text, with a blank line before it`,
    );
  });

  it('an inline tag not closed in its paragraph', () => {
    expect(explained('Press <Kbd>Power and wait.\n')).toBe(
      `${FILE}:1: <Kbd> is not closed in the same paragraph — add </Kbd> before the paragraph ends (a blank line ends a paragraph)`,
    );
  });

  it('a self-closing component written without its slash', () => {
    expect(explained('Go to <UiPath path="Settings > Xiaomi Account">.\n')).toMatch(
      /^content\/articles\/ru\/x\.mdx:1: <UiPath> is (never closed|not closed in the same paragraph) — /,
    );
    expect(explained('<RecoverySelector>\n\nMore.\n')).toBe(
      `${FILE}:1: <RecoverySelector> is never closed — end it with /> (like <RecoverySelector … />): nothing goes between its tags`,
    );
  });

  it('a closing tag that does not match the opening one', () => {
    expect(explained('<Callout>\n\nText.\n\n</Calout>\n')).toBe(
      `${FILE}:5: </Calout> does not close <Callout> (opened on line 1) — write </Callout>, or close the tags in the order they were opened`,
    );
  });

  it('a closing tag with nothing to close', () => {
    expect(explained('Text.\n\n</Callout>\n')).toBe(`${FILE}:3: </Callout> closes a tag that was never opened — add <Callout> before it, or delete it`);
  });

  it('a "<" that starts no tag, or a tag with an unclosed quote', () => {
    const expected = `${FILE}:1: "<" does not start a valid tag — a component is written like <Callout type="tip"> with every value in closed double quotes and a closing >; for a literal "<" write \\<`;
    expect(explained('Codes have 6<8 digits.\n')).toBe(expected);
    expect(explained('<Callout type="tip>\n\nx\n\n</Callout>\n')).toBe(expected);
  });

  it('HTML comments and <br>', () => {
    expect(explained('Text <!-- note --> more.\n')).toBe(`${FILE}:1: <!-- … --> comments do not work in MDX — write {/* … */} instead`);
    expect(explained('Line<br>two.\n')).toBe(`${FILE}:1: <br> needs a closing slash in MDX — write <br />`);
  });

  it('a sentence that starts with "export" is read as code', () => {
    expect(explained('Intro.\n\nexport your photos first.\n')).toMatch(
      /^content\/articles\/ru\/x\.mdx:3: MDX reads a line that starts with "import" or "export" as code, and this one is not valid — reword a sentence/,
    );
  });

  it('a message it does not know keeps MDX’s words, after the file and line', () => {
    expect(explainMdxSyntax(FILE, { message: '7:2: Something new (mdx-jsx:other)' }, components)).toBe(`${FILE}:7: Something new — MDX could not read the article here`);
  });
});

describe('tags that are not components', () => {
  it('a misspelling gets "did you mean" and the list of components', () => {
    expect(unknownComponents(FILE, [{ name: 'Calout', line: 12 }], new Set(), components)).toEqual([
      `${FILE}:12: <Calout> is not a component — did you mean <Callout>? articles can use <Callout>, <Steps>, <UiPath>, <Kbd>, <OfficialLink>, <Figure>, <RecoverySelector>, <PasswordChecker>, <ProofOfOwnership>, <Block> without importing them`,
    ]);
  });

  it('a name like no component gets the list only', () => {
    expect(unknownComponents(FILE, [{ name: 'Warning', line: 3 }], new Set(), components)[0]).toMatch(/<Warning> is not a component — articles can use <Callout>/);
  });

  it('known components, imported names, HTML elements and <kbd>/<figure> pass; <steps> does not', () => {
    const used = ['Callout', 'Steps', 'Shot', 'div', 'kbd', 'figure', 'br', 'steps'].map((name, i) => ({ name, line: i + 1 }));
    expect(unknownComponents(FILE, used, new Set(['Shot']), components)).toEqual([expect.stringMatching(/^content\/articles\/ru\/x\.mdx:8: <steps> is not a component — did you mean <Steps>\?/)]);
  });

  it('the names an article binds with import and export', () => {
    expect(boundNames("import shot from '../../images/a.png';\nimport { A, B as C } from './x.js';\nimport * as ns from './y.js';\nexport const Box = 1;")).toEqual([
      'shot',
      'A',
      'C',
      'ns',
      'Box',
    ]);
  });
});

describe('imports of files that do not exist', () => {
  it('an image: where it was looked for', () => {
    expect(missingImport(FILE, 4, '../../images/shot.png', 'content/images/shot.png', components)).toMatch(
      /^content\/articles\/ru\/x\.mdx:4: import '\.\.\/\.\.\/images\/shot\.png': no such file \(looked for content\/images\/shot\.png\) — check the name/,
    );
  });

  it('one of the site’s components: delete the line', () => {
    expect(missingImport(FILE, 2, '../components/Callout.astro', undefined, components)).toMatch(/:2: import '\.\.\/components\/Callout\.astro': no such file — delete this line: <Callout>, .* work in every article without an import$/);
  });
});
