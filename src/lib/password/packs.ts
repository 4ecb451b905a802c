/**
 * The packed word lists and which pages load which: every page the common passwords and the most
 * useful English words; English pages the rest of English, Spanish pages Spanish, Indonesian pages
 * Indonesian, Brazilian Portuguese pages Portuguese. The Russian lists (words, names, their Latin
 * spellings and the other keyboard layout) are small and come with the scorer on every page. A
 * language with no lists of its own (Arabic, Turkish) gets what every page gets.
 */
export const PACK_NAMES = ['common', 'en-core', 'en-rest', 'es', 'id', 'pt-br'] as const;
export type PackName = (typeof PACK_NAMES)[number];

/** Loaded on every page, in this order (it is also the order in which they shadow each other). */
export const ALWAYS_LOADED = ['common', 'en-core'] as const satisfies readonly PackName[];

/** What a page language adds to the packs every page loads. */
const BY_LANGUAGE: Readonly<Record<string, readonly PackName[]>> = {
  en: ['en-rest'],
  es: ['es'],
  id: ['id'],
  'pt-br': ['pt-br'],
};

/** The packs a page in `lang` (a locale code) loads, in load order. */
export function packsFor(lang: string): PackName[] {
  return [...ALWAYS_LOADED, ...(BY_LANGUAGE[lang] ?? [])];
}

/** Whether pages in `lang` load word lists of their own language (beyond what every page loads). */
export const hasOwnLists = (lang: string): boolean => (BY_LANGUAGE[lang]?.length ?? 0) > 0;

export const isPackName = (name: string): name is PackName => (PACK_NAMES as readonly string[]).includes(name);

/** What the checker says it checked against, in the page's words (`password.list.<key>`). */
export type ListLabel = 'common' | 'ru' | 'enCore' | 'en' | 'es' | 'id' | 'pt';

export function listLabels(packs: readonly PackName[]): ListLabel[] {
  const has = (p: PackName) => packs.includes(p);
  return [
    ...(has('common') ? (['common'] as const) : []),
    'ru',
    ...(has('en-rest') ? (['en'] as const) : has('en-core') ? (['enCore'] as const) : []),
    ...(has('es') ? (['es'] as const) : []),
    ...(has('id') ? (['id'] as const) : []),
    ...(has('pt-br') ? (['pt'] as const) : []),
  ];
}
