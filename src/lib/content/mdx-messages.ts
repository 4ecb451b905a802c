/**
 * Mistakes in an article's MDX body, said the way schema errors are: one line each with the file, the
 * line, what is wrong and what to do. The problems themselves are found by the build's own MDX
 * processing (src/integrations/mdx-errors.ts); this file only words them.
 */
import { ContentError } from './errors.ts';
import { closest } from './schema-errors.ts';

export interface MdxComponents {
  /** Components articles use without importing them. */
  names: readonly string[];
  /** Those written as one self-closing tag. */
  empty: readonly string[];
}

const tag = (name: string) => `<${name}>`;
const list = (names: readonly string[]) => names.map(tag).join(', ');
const where = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);

/** What MDX's parser reported, as "L:C: reason (rule)" or with line and column beside it. */
export interface MdxSyntaxError {
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** MDX's parser message → the editor's line. Unknown messages keep MDX's words, with the file and line in front. */
export function explainMdxSyntax(file: string, error: MdxSyntaxError, components: MdxComponents): string {
  const m = /^(\d+):(\d+):\s*/.exec(error.message);
  const line = error.line ?? (m ? Number(m[1]) : undefined);
  const reason = error.message
    .slice(m?.[0].length ?? 0)
    .replace(/\s*\((?:mdx-jsx|mdxjs-rs|micromark)[^)]*\)\s*$/, '')
    .trim();
  const at = where(file, line);
  let x: RegExpExecArray | null;

  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    return `${at}: a "{" is never closed — MDX reads text between { and } as code; write \\{ for a literal brace, or close it with }`;
  }
  if (/^Could not parse expression/.test(reason)) {
    return `${at}: the text between { and } is not code — MDX reads text between { and } as code; write \\{ and \\} for literal braces`;
  }
  if ((x = /^Expected a closing tag for `<([^>`]*)>` \((\d+):\d+\)( before the end of `(\w+)`)?/.exec(reason))) {
    const [, name = '', opened, , inside] = x;
    const openedAt = Number(opened);
    if (/^(br|hr|img|input|wbr)$/i.test(name)) {
      return `${where(file, openedAt)}: <${name}> needs a closing slash in MDX — write <${name} />`;
    }
    if (components.empty.includes(name)) {
      return `${where(file, openedAt)}: <${name}> is never closed — end it with /> (like <${name} … />): nothing goes between its tags`;
    }
    if (inside) {
      return `${where(file, openedAt)}: <${name}> is not closed in the same ${inside === 'paragraph' ? 'paragraph' : inside} — add </${name}> before the ${inside === 'paragraph' ? 'paragraph' : inside} ends (a blank line ends a paragraph)`;
    }
    return `${where(file, openedAt)}: <${name}> is never closed — add </${name}> on its own line after its text, with a blank line before it`;
  }
  if ((x = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):\d+\)/.exec(reason))) {
    const [, closing, opening, opened] = x;
    return `${at}: </${closing}> does not close <${opening}> (opened on line ${opened}) — write </${opening}>, or close the tags in the order they were opened`;
  }
  if ((x = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason))) {
    return `${at}: </${x[1]}> closes a tag that was never opened — add <${x[1]}> before it, or delete it`;
  }
  if (/use `\{\/\* text \*\/\}`/.test(reason)) {
    return `${at}: <!-- … --> comments do not work in MDX — write {/* … */} instead`;
  }
  if (/^Unexpected character .*(after|before name) `?<?/.test(reason) || /expected a valid JSX tag/.test(reason)) {
    return (
      `${at}: "<" does not start a valid tag — a component is written like <Callout type="tip"> with every value in closed double quotes and a closing >; ` +
      'for a literal "<" write \\<'
    );
  }
  if (/^Could not parse esm/.test(reason)) {
    return (
      `${at}: MDX reads a line that starts with "import" or "export" as code, and this one is not valid — ` +
      `reword a sentence that starts with that word; an image is imported as import name from '../../images/file.png'; ` +
      `${list(components.names)} need no import`
    );
  }
  return `${at}: ${reason || error.message} — MDX could not read the article here`;
}

/** Component names that are HTML elements too when written in lowercase (`<kbd>` is fine HTML). */
const HTML_ELEMENTS = new Set(['kbd', 'figure']);

/** A component tag in an article, as MDX parsed it. */
export interface UsedTag {
  name: string;
  line?: number | undefined;
}

/**
 * Tags that are neither HTML elements nor components articles can use (nor imported by the article).
 * A lowercase tag that spells a component (`<callout>`) is reported too: it would print as an unknown HTML element.
 */
export function unknownComponents(file: string, used: readonly UsedTag[], bound: ReadonlySet<string>, components: MdxComponents): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const { name, line } of used) {
    if (!name || name.includes('.') || name.includes(':') || bound.has(name) || components.names.includes(name)) continue;
    const lower = /^[a-z]/.test(name);
    const sameLetters = components.names.find((c) => c.toLowerCase() === name.toLowerCase());
    if (lower && (!sameLetters || HTML_ELEMENTS.has(name))) continue;
    if (seen.has(`${name}:${line}`)) continue;
    seen.add(`${name}:${line}`);
    const guess = sameLetters ?? closest(name, components.names);
    lines.push(
      `${where(file, line)}: <${name}> is not a component — ` +
        (guess ? `did you mean <${guess}>? ` : '') +
        `articles can use ${list(components.names)} without importing them`,
    );
  }
  return lines;
}

/** The names an article's own import and export lines define (rare: articles import images). */
export function boundNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(/\bimport\s+([\w$]+)?\s*,?\s*(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})?\s*from\b/g)) {
    if (m[1]) names.push(m[1]);
    if (m[2]) names.push(m[2]);
    for (const part of (m[3] ?? '').split(',')) {
      const local = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (local) names.push(local);
    }
  }
  for (const m of esm.matchAll(/\bexport\s+(?:const|let|var|function\*?|class)\s+([\w$]+)/g)) names.push(m[1]!);
  return names;
}

/** An import whose file does not exist. `looked` is where it points, from the repository root. */
export function missingImport(file: string, line: number | undefined, source: string, looked: string | undefined, components: MdxComponents): string {
  const component = components.names.find((c) => new RegExp(`(^|/)${c}(\\.astro)?$`).test(source));
  if (component) {
    return `${where(file, line)}: import '${source}': no such file — delete this line: ${list(components.names)} work in every article without an import`;
  }
  return (
    `${where(file, line)}: import '${source}': no such file${looked ? ` (looked for ${looked})` : ''} — ` +
    `check the name and that the file is in content/images/, imported as '../../images/<file>'; ` +
    `${list(components.names)} need no import`
  );
}

/** The line of the source text on which `import … 'source'` is written (1-based), if found. */
export function importLine(text: string, source: string): number | undefined {
  const i = text.split('\n').findIndex((l) => /^\s*import\b/.test(l) && (l.includes(`'${source}'`) || l.includes(`"${source}"`)));
  return i < 0 ? undefined : i + 1;
}

/** Every article-body problem of the build, one line each; no stack trace (the mistake is in the text). */
export class ArticleBodyError extends ContentError {
  constructor(lines: readonly string[]) {
    super(lines, `Article text has ${lines.length} problem(s)`);
    this.name = 'ArticleBodyError';
  }
}
