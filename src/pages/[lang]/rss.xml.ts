import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { localeStaticPaths } from '../../data/paths.ts';
import { localeInfo, useTranslations, type Locale } from '../../i18n/index.ts';
import { feedItems, feedPath } from '../../lib/seo/feed.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const getStaticPaths = localeStaticPaths;

/** /<lang>/rss.xml: this locale's recently updated articles. */
export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  const t = useTranslations(lang);
  const abs = (p: string) => absoluteUrl(import.meta.env.SITE ?? '', import.meta.env.BASE_URL, p);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: abs(`/${lang}/`),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${esc(localeInfo(lang).tag)}</language><atom:link href="${esc(abs(feedPath(lang)))}" rel="self" type="application/rss+xml"/>`,
    items: feedItems((await loadContent()).articles, lang).map((i) => ({
      title: i.title,
      description: i.description,
      link: abs(i.path),
      pubDate: i.pubDate,
    })),
  });
};
