/** Which articles a locale's feed lists: that locale's own (never fallbacks or drafts), most recently updated first. */

export interface FeedSource {
  locale: string;
  slug: string;
  data: { title: string; description: string; updated: Date; draft?: boolean };
}

export interface FeedItem {
  title: string;
  description: string;
  /** Site path of the article: "/en/reset-password/". */
  path: string;
  pubDate: Date;
}

export const FEED_LIMIT = 20;

/** Site path of a locale's feed. */
export const feedPath = (locale: string) => `/${locale}/rss.xml`;

export function feedItems(articles: readonly FeedSource[], locale: string, limit = FEED_LIMIT): FeedItem[] {
  return articles
    .filter((a) => a.locale === locale && !a.data.draft)
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, limit)
    .map((a) => ({ title: a.data.title, description: a.data.description, path: `/${locale}/${a.slug}/`, pubDate: a.data.updated }));
}
