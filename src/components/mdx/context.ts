/** MDX components learn the page and content languages from Astro.locals, set by the page before rendering. */
import { useTranslations, SOURCE_LOCALE, type Locale } from '../../i18n/index.ts';

export function contentLocale(locals: App.Locals): Locale {
  return locals.contentLang ?? locals.pageLang ?? SOURCE_LOCALE;
}
export function pageLocale(locals: App.Locals): Locale {
  return locals.pageLang ?? SOURCE_LOCALE;
}
export function contentT(locals: App.Locals) {
  return useTranslations(contentLocale(locals));
}
