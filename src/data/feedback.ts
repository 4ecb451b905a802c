/**
 * Reader feedback on the site's side (issue 26). Off unless the build has FEEDBACK_ENDPOINT: then no
 * widget, no thank-you page and no script is built, and every page is as it was. On, the widget is a
 * plain HTML form (POST to the endpoint, answered 303 with the locale's thank-you page) that a small
 * script sends with fetch instead (src/browser/feedback.ts). The service is services/feedback.
 */
import { REASONS } from '../../services/feedback/contract.ts';
import { LOCALE_CODES, type Locale } from '../i18n/index.ts';
import { feedbackEndpoint } from '../lib/site-config.ts';
import { localePath } from '../lib/urls.ts';
import { pageContext, type PageContext, type SiteEnv } from './page.ts';
import { builtLocales } from './paths.ts';
import { crumbItems } from './seo.ts';
import type { PageRoute } from './routes.ts';

/** Where the widget posts, or undefined: no widget. Read once per build. */
export const FEEDBACK_ENDPOINT = feedbackEndpoint(process.env);

export { REASONS };

/** The part of a locale's path after the locale for its thank-you page (the service sends plain forms there). */
export const THANKS_REST = 'feedback/thanks';

/** What one widget needs: where it posts, what it is about, and the reader's next steps after a "no". */
export interface FeedbackTarget {
  endpoint: string;
  locale: Locale;
  /** The page, base path included, as the sitemap lists it. */
  path: string;
  links: { recovery: string; support: string };
}

/** The widget for a page in `ctx`'s locale, or undefined when the build has no endpoint. */
export function feedbackTarget(ctx: Pick<PageContext, 'lang' | 'link' | 'href'>, sitePath: string): FeedbackTarget | undefined {
  if (!FEEDBACK_ENDPOINT) return undefined;
  return { endpoint: FEEDBACK_ENDPOINT, locale: ctx.lang, path: ctx.href(sitePath), links: { recovery: ctx.link('recovery'), support: ctx.link('contact-support') } };
}

/** getStaticPaths of the thank-you pages: one per locale, none without an endpoint. */
export function thanksStaticPaths() {
  return FEEDBACK_ENDPOINT ? builtLocales().map((lang) => ({ params: { lang }, props: { lang } })) : [];
}

/** The thank-you page a plain form lands on: noindex, outside search and the sitemap. */
export function thanksRoute(env: SiteEnv, lang: Locale): PageRoute {
  const ctx = pageContext(lang, THANKS_REST, env, LOCALE_CODES);
  const { t } = ctx;
  const title = t('feedback.thanksTitle');
  return {
    ctx,
    meta: { title, description: t('feedback.thanksDescription'), path: ctx.path, noindex: true },
    crumbs: crumbItems(ctx, [{ name: t('nav.home'), path: localePath(lang) }, { name: title }]),
    searchable: false,
  };
}
