/**
 * The one way MDX components learn the language of the page and of the text they sit in: the page
 * calls `setContentLocals(Astro.locals, …)` before rendering (an article page hands over
 * `route.content` from src/data/routes.ts); components read it back, and a missing setter is a bug
 * that stops the build rather than a silent guess.
 */
import { localeInfo, useTranslations, type Locale } from '../../i18n/index.ts';

export interface ContentLocals {
  /** Locale of the URL being rendered: links in content resolve into it. */
  pageLang: Locale;
  /** Locale of the text shown (differs from pageLang on fallback pages): labels follow it. */
  contentLang: Locale;
  /** Content file being rendered (`content/articles/ru/x.mdx`): component errors name it. */
  contentFile?: string | undefined;
}

export function setContentLocals(locals: App.Locals, content: ContentLocals): void {
  locals.content = content;
}

function content(locals: App.Locals): ContentLocals {
  if (!locals.content) {
    throw new Error('An MDX component was rendered on a page that did not say its language: call setContentLocals(Astro.locals, …) in the page before rendering');
  }
  return locals.content;
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
  const file = locals.content?.contentFile;
  const error = new Error(`${file ? `${file}: ` : ''}${component}: ${expected}`);
  error.stack = error.message;
  return error;
}
