/** The site-wide inputs of the head and structured data for a page of one locale, from its PageContext. */
import type { PageContext } from './page.ts';
import type { ShareImage, SiteContext } from '../lib/seo/head.ts';
import type { Crumb, JsonLdSite } from '../lib/seo/jsonld.ts';
import { feedPath } from '../lib/seo/feed.ts';
import { localePath } from '../lib/urls.ts';

/** Drawn by scripts/share-image.mjs into public/. */
export const SHARE_IMAGE = { path: '/share.png', width: 1200, height: 630, type: 'image/png' } as const;
export const LOGO_PATH = '/logo.png';

type SeoCtx = Pick<PageContext, 'lang' | 'tag' | 'site' | 'base' | 't'>;

export function shareImage(ctx: SeoCtx): ShareImage {
  return { ...SHARE_IMAGE, alt: ctx.t('seo.imageAlt') };
}

/** What `buildHead` needs besides the page's own meta. `withFeed: false` for pages outside a locale. */
export function headSite(ctx: SeoCtx, { withFeed = true } = {}): SiteContext {
  const t = ctx.t;
  return {
    site: ctx.site,
    base: ctx.base,
    siteName: t('site.name'),
    tagline: t('site.tagline'),
    homePath: localePath(ctx.lang),
    lang: ctx.tag,
    image: shareImage(ctx),
    ...(withFeed ? { feed: { path: feedPath(ctx.lang), title: t('feed.title') } } : {}),
  };
}

export function jsonLdSite(ctx: SeoCtx): JsonLdSite {
  return { site: ctx.site, base: ctx.base, name: ctx.t('site.name'), logo: LOGO_PATH, image: SHARE_IMAGE.path };
}

/** The visible breadcrumb trail for the same crumbs the BreadcrumbList describes (one list, two renderings). */
export function crumbItems(ctx: Pick<PageContext, 'href'>, crumbs: readonly Crumb[]): { href?: string; label: string }[] {
  return crumbs.map((c) => (c.path ? { href: ctx.href(c.path), label: c.name } : { label: c.name }));
}
