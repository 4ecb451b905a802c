/** Everything a page needs about its language and place, computed once and passed to the layout. */
import { localeInfo, LOCALES, useTranslations, type Locale, type Translate } from '../i18n/index.ts';
import type { Alternate } from '../lib/seo/head.ts';
import { localePath, withBase } from '../lib/urls.ts';

export interface LanguageLink {
  code: Locale;
  tag: string;
  nativeName: string;
  href: string;
  current: boolean;
}

export interface PageContext {
  lang: Locale;
  tag: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  base: string;
  site: string;
  /** Site path of this page without base, e.g. "/ru/faq/". */
  path: string;
  /** `href` with the base applied, for a site path. */
  href: (sitePath: string) => string;
  /** Locale-relative href: `link('faq')` → "/base/ru/faq/". */
  link: (...segments: string[]) => string;
  /** Targets of the language switcher. */
  languages: LanguageLink[];
}

/** Where the site is deployed: absolute origin (no trailing slash) and base path. */
export interface SiteEnv {
  site: string;
  base: string;
}

/** The build's SITE_URL and BASE_PATH, as Astro resolved them. */
export function buildEnv(): SiteEnv {
  return { site: (import.meta.env.SITE ?? '').replace(/\/+$/, ''), base: import.meta.env.BASE_URL };
}

/**
 * `rest` is the part of the path after the locale ("faq", "reset-password").
 * `existsIn` says in which locales the same page really exists; others get their home page.
 */
export function pageContext(lang: Locale, rest: string, { site, base }: SiteEnv, existsIn: readonly Locale[] = LOCALES.map((l) => l.code)): PageContext {
  const info = localeInfo(lang);
  const href = (p: string) => withBase(base, p);
  return {
    lang,
    tag: info.tag,
    dir: info.dir,
    t: useTranslations(lang),
    base,
    site,
    path: localePath(lang, rest),
    href,
    link: (...segments) => href(localePath(lang, ...segments)),
    languages: LOCALES.map((l) => ({
      code: l.code,
      tag: l.tag,
      nativeName: l.nativeName,
      href: href(localePath(l.code, existsIn.includes(l.code) ? rest : '')),
      current: l.code === lang,
    })),
  };
}

/** hreflang alternates for a page that exists in `locales`, with x-default → English, else Russian. */
export function alternatesFor(rest: string, locales: readonly Locale[]): Alternate[] {
  const alts: Alternate[] = LOCALES.filter((l) => locales.includes(l.code)).map((l) => ({
    hreflang: l.tag,
    path: localePath(l.code, rest),
  }));
  const xDefault = locales.includes('en') ? 'en' : locales.includes('ru') ? 'ru' : locales[0];
  if (xDefault) alts.push({ hreflang: 'x-default', path: localePath(xDefault, rest) });
  return alts;
}

/** `lang` and `dir` for text in `textLang` on a page in `pageLang` (nothing when they are the same). */
export function langAttrs(pageLang: Locale, textLang: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (pageLang === textLang) return {};
  const info = localeInfo(textLang);
  return { lang: info.tag, dir: info.dir };
}
