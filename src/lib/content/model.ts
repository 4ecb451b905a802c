/**
 * The content model, declared once: every kind of content the site reads, where it lives, whether it is
 * written per locale, and what a full locale must have of it. `content.config.ts` builds its collections
 * from it; the missing-file checks at load, translation status, the dashboard and the readiness report
 * (src/lib/translations/readiness.ts) read it instead of listing the kinds again. Pure: no astro, no files.
 */

/**
 * How a kind's files are laid out:
 * - `entries`: a folder per locale, one file per entry (`content/articles/<locale>/<slug>.mdx`);
 * - `file`: one file per locale (`content/proof/<locale>.yaml`);
 * - `once`: one file for every locale (`content/recovery/tree.yaml`).
 */
export type ContentShape = 'entries' | 'file' | 'once';

/**
 * What a full locale (`full: true` in src/i18n/locales.ts) must have of a kind:
 * - `entries`: every published entry the source locale has (drafts of the source do not count);
 * - `file`: its own file;
 * - `none`: nothing (the kind is not per locale, or a missing one always falls back).
 */
export type FullNeeds = 'entries' | 'file' | 'none';

export interface ContentKindInfo {
  /** The collection's name in `content.config.ts` (`getCollection('<name>')`). */
  name: string;
  /** One entry, as status reports and the dashboard name the kind ("article", "faq"). */
  one: string;
  /** What an editor calls the kind, plural ("articles", "FAQ entries"). */
  label: string;
  /** The folder from the repository root, without a trailing slash. */
  dir: string;
  shape: ContentShape;
  /** The file extension with its dot. */
  ext: string;
  /** `once` only: the file's name in `dir` (with its extension). */
  file?: string;
  /** Whether the kind is written per locale (false for `once`). */
  perLocale: boolean;
  fullNeeds: FullNeeds;
  /** What a locale without its own file or entry shows instead (for the readiness report). */
  fallback: string;
}

export const CONTENT_MODEL = [
  {
    name: 'articles', one: 'article', label: 'articles', dir: 'content/articles', shape: 'entries', ext: '.mdx', perLocale: true, fullNeeds: 'entries',
    fallback: 'the article of the first language in the fallback chain that has it, with a notice, noindex',
  },
  {
    name: 'faq', one: 'faq', label: 'FAQ entries', dir: 'content/faq', shape: 'entries', ext: '.md', perLocale: true, fullNeeds: 'entries',
    fallback: 'the entry of the first language in the fallback chain that has it',
  },
  {
    name: 'categories', one: 'category', label: 'categories', dir: 'content/categories', shape: 'entries', ext: '.yaml', perLocale: true, fullNeeds: 'entries',
    fallback: 'the categories of the first language in the fallback chain that has them',
  },
  {
    // The source locale's blocks are the reference, as for articles: a block written first in another language is not yet required.
    name: 'blocks', one: 'block', label: 'blocks', dir: 'content/blocks', shape: 'entries', ext: '.mdx', perLocale: true, fullNeeds: 'entries',
    fallback: 'the block of the first language in the fallback chain that has it, marked with its language',
  },
  {
    name: 'proof', one: 'proof', label: 'proof-of-ownership list', dir: 'content/proof', shape: 'file', ext: '.yaml', perLocale: true, fullNeeds: 'file',
    fallback: 'the list of the first language in the fallback chain that has one',
  },
  {
    name: 'glossary', one: 'glossary', label: 'glossary of screen names', dir: 'content/glossary', shape: 'file', ext: '.yaml', perLocale: true, fullNeeds: 'file',
    fallback: 'none: the glossary guides writers, readers never see it',
  },
  {
    name: 'recoveryTree', one: 'recovery-tree', label: 'recovery selector tree', dir: 'content/recovery', shape: 'once', ext: '.yaml', file: 'tree.yaml', perLocale: false, fullNeeds: 'none',
    fallback: 'none: one tree for every locale',
  },
  {
    name: 'recoveryStrings', one: 'recovery', label: 'recovery selector strings', dir: 'content/recovery/strings', shape: 'file', ext: '.yaml', perLocale: true, fullNeeds: 'file',
    fallback: 'each missing word from the first language in the fallback chain that has it',
  },
  {
    name: 'searchSynonyms', one: 'synonyms', label: 'search synonyms', dir: 'content/search/synonyms', shape: 'file', ext: '.yaml', perLocale: true, fullNeeds: 'file',
    fallback: 'the synonyms of the first language in the fallback chain that has them',
  },
  {
    // Dated, and often posted in a hurry: a missing translation is listed by i18n:status (src/lib/content/notices.ts), never required.
    name: 'notices', one: 'notice', label: 'notices', dir: 'content/notices', shape: 'entries', ext: '.md', perLocale: true, fullNeeds: 'none',
    fallback: 'a partial locale shows the notice of the first language in its fallback chain that has it; a full locale only its own',
  },
  {
    name: 'passwordRules', one: 'password-rules', label: 'password rules', dir: 'content', shape: 'once', ext: '.yaml', file: 'password-rules.yaml', perLocale: false, fullNeeds: 'none',
    fallback: 'none: one file for every locale',
  },
] as const satisfies readonly ContentKindInfo[];

export type ContentKindName = (typeof CONTENT_MODEL)[number]['name'];
/** The kinds written as a folder per locale with one file per entry. */
export type EntryKindName = Extract<(typeof CONTENT_MODEL)[number], { shape: 'entries' }>['name'];
export type FileKindName = Extract<(typeof CONTENT_MODEL)[number], { shape: 'file' }>['name'];

export function contentKind(name: ContentKindName): ContentKindInfo {
  const kind = CONTENT_MODEL.find((k) => k.name === name);
  if (!kind) throw new Error(`Unknown content kind "${name}"`);
  return kind;
}

export const ENTRY_KINDS: readonly ContentKindInfo[] = CONTENT_MODEL.filter((k) => k.shape === 'entries');
export const FILE_KINDS: readonly ContentKindInfo[] = CONTENT_MODEL.filter((k) => k.shape === 'file');

/** The glob pattern (relative to `dir`) that finds the kind's files. */
export function kindPattern(kind: ContentKindInfo): string {
  if (kind.shape === 'once') return kind.file!;
  return kind.shape === 'entries' ? `**/*${kind.ext}` : `*${kind.ext}`;
}

/**
 * A file of the kind from the repository root: `entries` need the locale and the slug, `file` the
 * locale, `once` nothing.
 */
export function kindPath(kind: ContentKindInfo, locale?: string, slug?: string): string {
  if (kind.shape === 'once') return `${kind.dir}/${kind.file}`;
  if (locale === undefined) throw new Error(`${kind.name}: a file of this kind belongs to a locale`);
  if (kind.shape === 'file') return `${kind.dir}/${locale}${kind.ext}`;
  if (slug === undefined) throw new Error(`${kind.name}: an entry of this kind needs its slug`);
  return `${kind.dir}/${locale}/${slug}${kind.ext}`;
}

/** The folder a locale's entries of an `entries` kind live in. */
export function kindFolder(kind: ContentKindInfo, locale: string): string {
  return `${kind.dir}/${locale}`;
}

/** The id an entry's file gets in its collection: its path from `dir` without the extension (`ru/reset-password`, `ru`). */
export function entryId(path: string): string {
  return path.replace(/\.(mdx|md|ya?ml|json)$/, '');
}
