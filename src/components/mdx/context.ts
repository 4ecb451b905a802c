/** MDX components learn the page and content languages from Astro.locals, set by the page before rendering. */
import { localeInfo, useTranslations, SOURCE_LOCALE, type Locale } from '../../i18n/index.ts';

export function contentLocale(locals: App.Locals): Locale {
  return locals.contentLang ?? locals.pageLang ?? SOURCE_LOCALE;
}
export function pageLocale(locals: App.Locals): Locale {
  return locals.pageLang ?? SOURCE_LOCALE;
}
export function contentT(locals: App.Locals) {
  return useTranslations(contentLocale(locals));
}
/** Direction of the text the component sits in (a fallback page shows another language's text). */
export function contentDir(locals: App.Locals): 'ltr' | 'rtl' {
  return localeInfo(contentLocale(locals)).dir;
}

/**
 * A component used the wrong way: one line naming the content file, the component and what was
 * expected. No stack trace — the mistake is in the article, not in the code.
 */
export function misuse(locals: App.Locals, component: string, expected: string): Error {
  const where = locals.contentFile ? `${locals.contentFile}: ` : '';
  const error = new Error(`${where}${component}: ${expected}`);
  error.stack = error.message;
  return error;
}
