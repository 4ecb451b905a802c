/**
 * What MDX components learn from the page (`Astro.locals.page`, src/data/locals.ts, set by the page
 * before rendering): the language of the page and of the text they sit in, and the content file for
 * errors. A page that did not hand over its route is a bug that stops the build rather than a silent guess.
 */
import { localeInfo, useTranslations, type Locale } from '../../i18n/index.ts';
import type { ContentLocals } from '../../data/locals.ts';

function content(locals: App.Locals): ContentLocals {
  return locals.page.content;
}

export function contentLocale(locals: App.Locals): Locale {
  return content(locals).contentLang;
}
export function pageLocale(locals: App.Locals): Locale {
  return content(locals).pageLang;
}
/** The content file being rendered (`content/articles/ru/x.mdx`), if the text comes from one. */
export function contentFile(locals: App.Locals): string | undefined {
  return content(locals).contentFile;
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
  const file = contentFileIfSet(locals);
  const error = new Error(`${file ? `${file}: ` : ''}${component}: ${expected}`);
  error.stack = error.message;
  return error;
}

function contentFileIfSet(locals: App.Locals): string | undefined {
  try {
    return locals.page.content.contentFile;
  } catch {
    return undefined;
  }
}
