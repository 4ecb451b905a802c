/**
 * Every locale the site is published in: the one list of languages. Adding a locale = one entry
 * here (`full: false`); it builds at once as a partial locale, every string, page and file it lacks
 * shown from its fallback chain. Then add what `npm run i18n:status -- --locale <code>` lists.
 */
export interface LocaleInfo {
  /** URL segment and content folder name. */
  code: string;
  /** BCP-47 tag for `lang`, `Intl` and `og:locale`. */
  tag: string;
  /** Name of the language in itself, for the switcher. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Where to look, in order, when a page is not translated into this locale. */
  fallback: readonly string[];
  /**
   * A full locale has everything the content model (src/lib/content/model.ts) and the dictionaries ask
   * of one: the build stops, file by file, when it lacks something (src/lib/translations/readiness.ts).
   */
  full: boolean;
  /** Pagefind language code for stemming. */
  searchLang: string;
}

export const LOCALES = [
  { code: 'ru', tag: 'ru', nativeName: 'Русский', dir: 'ltr', fallback: [], full: true, searchLang: 'ru' },
  { code: 'en', tag: 'en', nativeName: 'English', dir: 'ltr', fallback: ['ru'], full: true, searchLang: 'en' },
  { code: 'es', tag: 'es', nativeName: 'Español', dir: 'ltr', fallback: ['en', 'ru'], full: true, searchLang: 'es' },
  { code: 'ar', tag: 'ar', nativeName: 'العربية', dir: 'rtl', fallback: ['en', 'ru'], full: true, searchLang: 'ar' },
  { code: 'id', tag: 'id', nativeName: 'Bahasa Indonesia', dir: 'ltr', fallback: ['en', 'ru'], full: true, searchLang: 'id' },
  { code: 'pt-br', tag: 'pt-BR', nativeName: 'Português (Brasil)', dir: 'ltr', fallback: ['en', 'ru'], full: true, searchLang: 'pt' },
  { code: 'tr', tag: 'tr', nativeName: 'Türkçe', dir: 'ltr', fallback: ['en', 'ru'], full: true, searchLang: 'tr' },
  { code: 'vi', tag: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr', fallback: ['en', 'ru'], full: true, searchLang: 'vi' },
  { code: 'hi', tag: 'hi', nativeName: 'हिन्दी', dir: 'ltr', fallback: ['en', 'ru'], full: false, searchLang: 'hi' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];

/** The source language: every translation is made from it. */
export const SOURCE_LOCALE: Locale = 'ru';
/** The language `x-default` and the root page's no-JS default point to. */
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);

export function isLocale(value: string): value is Locale {
  return (LOCALE_CODES as readonly string[]).includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = LOCALES.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}

/** The locales to try for a page in `code`, in order, starting with `code` itself. */
export function fallbackChain(code: Locale): Locale[] {
  return [code, ...(localeInfo(code).fallback as Locale[])];
}

/**
 * The Pagefind languages a locale's search looks in: its own; a partial locale's also those of its
 * fallback languages, whose pages are the ones it shows (so its search never finds nothing because it is new).
 */
export function searchLanguages(code: Locale): string[] {
  const info = localeInfo(code);
  return [...new Set((info.full ? [code] : fallbackChain(code)).map((l) => localeInfo(l).searchLang))];
}
