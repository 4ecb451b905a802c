/**
 * The one way a component learns the page it is on (as Starlight's `locals.ts`): src/middleware.ts
 * gives every request's `locals` a `page` that throws until the page hands over its route with
 * `setPageLocals(Astro.locals, route)`; components read `Astro.locals.page.ctx`, and MDX components the
 * languages of their text through src/components/mdx/context.ts. A component rendered on a page that
 * did not hand its route over stops the build, naming the page.
 */
import type { Locale } from '../i18n/index.ts';
import type { PageContext } from './page.ts';

/** The languages and file of the text a page renders, for MDX components. */
export interface ContentLocals {
  /** Locale of the URL being rendered: links in content resolve into it. */
  pageLang: Locale;
  /** Locale of the text shown (differs from pageLang on fallback pages): labels follow it. */
  contentLang: Locale;
  /** Content file being rendered (`content/articles/ru/x.mdx`): component errors name it. */
  contentFile?: string | undefined;
}

export interface PageLocals {
  /** The page's language, direction, strings and links (src/data/page.ts). */
  ctx: PageContext;
  content: ContentLocals;
}

/** For src/middleware.ts: `locals.page` throws until the page sets it. */
export function attachPageLocals(locals: App.Locals, url: URL): void {
  let page: PageLocals | undefined;
  Object.defineProperty(locals, 'page', {
    configurable: true,
    enumerable: true,
    get(): PageLocals {
      if (!page) {
        throw new Error(`${url.pathname}: a component read Astro.locals.page, but the page did not hand over its route: call setPageLocals(Astro.locals, route) in the page before rendering`);
      }
      return page;
    },
    set(value: PageLocals) {
      page = value;
    },
  });
}

/**
 * Called once by each page, before rendering: `route.ctx` is what components read; `route.content`
 * (an article page's) says which language its text is in, else the page's own.
 */
export function setPageLocals(locals: App.Locals, route: { ctx: PageContext; content?: ContentLocals }): void {
  locals.page = { ctx: route.ctx, content: route.content ?? { pageLang: route.ctx.lang, contentLang: route.ctx.lang } };
}
