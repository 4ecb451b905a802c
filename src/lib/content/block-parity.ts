/**
 * Reusable blocks and the structure readers rely on, kept the same in every language. Russian (the
 * source language) is the reference: every published translation, in a full or a partial locale, uses
 * exactly the blocks of its source article and has as many `##` sections and <Steps> items (unless its frontmatter says
 * why not in `structureNote`). Every problem is one line naming the file, the block and the source file.
 */
import { articleStructure } from './article-structure.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { closest } from './schema-errors.ts';

export interface BlockUse {
  id: string;
  line: number;
}

/** Every `<Block id="…" />` in an article's MDX source, with its line (code blocks are not read). */
export function blockUses(source: string): BlockUse[] {
  const { body } = splitFrontmatter(source);
  const offset = source.length - body.length;
  const uses: BlockUse[] = [];
  const fences = [...body.matchAll(/^```[\s\S]*?^```/gm)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of body.matchAll(/<Block\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)')[^>]*>/g)) {
    if (fences.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const line = source.slice(0, offset + m.index).split('\n').length;
    uses.push({ id: m[1] ?? m[2] ?? '', line });
  }
  return uses;
}

export interface ParityArticle {
  locale: string;
  slug: string;
  filePath: string;
  draft: boolean;
  /** The MDX source, frontmatter included. */
  source: string;
  structureNote?: string | undefined;
}
export interface ParityFaq {
  locale: string;
  slug: string;
  filePath: string;
  draft?: boolean;
  blocks: readonly string[];
}
export interface BlockFile {
  locale: string;
  id: string;
  filePath: string;
  type: string;
}

const count = (ids: readonly string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

/** Blocks one side has more often than the other: `[id, how many more]`. */
function surplus(a: readonly string[], b: readonly string[]): [string, number][] {
  const cb = count(b);
  return [...count(a)].filter(([id, n]) => n > (cb.get(id) ?? 0)).map(([id, n]) => [id, n - (cb.get(id) ?? 0)]);
}

const times = (n: number) => (n > 1 ? ` (${n} times)` : '');

/**
 * Every block problem of the site: unknown ids (with the closest known id), published translations
 * whose blocks or structure differ from the source, block files a full locale lacks, and a
 * block whose type differs from the source's.
 */
export function checkBlocks(input: {
  sourceLocale: string;
  fullLocales: readonly string[];
  articles: readonly ParityArticle[];
  faq: readonly ParityFaq[];
  blocks: readonly BlockFile[];
}): string[] {
  const { sourceLocale, fullLocales, articles, faq, blocks } = input;
  const problems: string[] = [];
  const known = [...new Set(blocks.map((b) => b.id))].sort();
  const unknown = (id: string) => {
    const guess = closest(id, known);
    return `no block "${id}" — expected a file content/blocks/<locale>/${id}.mdx` + (guess ? ` (did you mean "${guess}"?)` : known.length ? ` (known: ${known.join(', ')})` : '');
  };
  const sourceBlock = new Map(blocks.filter((b) => b.locale === sourceLocale).map((b) => [b.id, b]));

  const uses = new Map(articles.map((a) => [a, blockUses(a.source)]));
  for (const [a, list] of uses) {
    for (const u of list) if (!known.includes(u.id)) problems.push(`${a.filePath}:${u.line}: <Block id="${u.id}" />: ${unknown(u.id)}`);
  }
  for (const f of faq) for (const id of f.blocks) if (!known.includes(id)) problems.push(`${f.filePath}: blocks: ${unknown(id)}`);

  // Translations against their source.
  const sourceOf = new Map(articles.filter((a) => a.locale === sourceLocale && !a.draft).map((a) => [a.slug, a]));
  for (const a of articles) {
    const original = sourceOf.get(a.slug);
    if (a.locale === sourceLocale || a.draft || !original) continue;
    const mine = uses.get(a)!.map((u) => u.id);
    const theirs = uses.get(original)!.map((u) => u.id);
    for (const [id, n] of surplus(theirs, mine)) {
      problems.push(`${a.filePath}: lacks <Block id="${id}" />${times(n)} that its source ${original.filePath} has — add it where the source has it`);
    }
    for (const [id, n] of surplus(mine, theirs)) {
      problems.push(`${a.filePath}: has <Block id="${id}" />${times(n)} that its source ${original.filePath} does not — remove it, or add it to the source and every translation`);
    }
    if (!a.structureNote) {
      const s = articleStructure(a.source);
      const o = articleStructure(original.source);
      if (s.sections !== o.sections || s.steps !== o.steps) {
        problems.push(
          `${a.filePath}: ${s.sections} "##" sections and ${s.steps} <Steps> items, its source ${original.filePath} has ${o.sections} and ${o.steps} — ` +
            'keep the structure readers rely on, or say why in structureNote: "…" in the frontmatter',
        );
      }
    }
  }
  const faqSource = new Map(faq.filter((f) => f.locale === sourceLocale && !f.draft).map((f) => [f.slug, f]));
  for (const f of faq) {
    const original = faqSource.get(f.slug);
    if (f.locale === sourceLocale || f.draft || !original) continue;
    for (const [id] of surplus(original.blocks, f.blocks)) problems.push(`${f.filePath}: blocks: lacks "${id}" that its source ${original.filePath} lists — add it`);
    for (const [id] of surplus(f.blocks, original.blocks)) problems.push(`${f.filePath}: blocks: has "${id}" that its source ${original.filePath} does not list — remove it, or add it to the source and every translation`);
  }

  // Block files: a full locale has every block of the source, of the same type.
  for (const locale of fullLocales) {
    if (locale === sourceLocale) continue;
    const have = new Map(blocks.filter((b) => b.locale === locale).map((b) => [b.id, b]));
    for (const [id, b] of sourceBlock) {
      const mine = have.get(id);
      if (!mine) problems.push(`content/blocks/${locale}/${id}.mdx: missing — ${locale} is a full locale; translate ${b.filePath}`);
      else if (mine.type !== b.type) problems.push(`${mine.filePath}: type: "${mine.type}" differs from its source ${b.filePath} ("${b.type}") — expected "${b.type}"`);
    }
  }
  return problems;
}

/** A block as plain text (its title, then its text without tags or Markdown), for structured data. */
export function blockPlainText(title: string, mdxBody: string): string {
  const text = mdxBody
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S[^]*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  return `${title.trim().replace(/[.!?…]?$/, (end) => end || '.')} ${smartQuotes(text)}`;
}

/** Straight quotes in a block's text as the Markdown processor prints them (’ “ ”; titles are shown as written), so structured data says what the page says. */
function smartQuotes(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/'([^']*)'/g, '‘$1’');
}
