import { z } from 'astro/zod';
import { day, flag, list, order, slug, text } from './fields.ts';

/** Frontmatter of `content/articles/<locale>/<slug>.mdx`. The slug comes from the file name. */
export const articleSchema = z.strictObject({
  /** Page title, shown as the h1 and in the browser tab. */
  title: text('the page title', 3, 90),
  /** One-sentence summary for search engines and cards: 50–160 characters. */
  description: text('one sentence for search results and cards', 50, 160),
  /** Id of a category in `content/categories/<locale>/`. */
  category: slug('the id of a category in content/categories/<locale>/'),
  /** Position inside the category (smaller first). */
  order: order(),
  /** When the text last changed. */
  updated: day(),
  /** When the facts were last checked against official sources. */
  reviewed: day(),
  /** Drafts show in `astro dev` with a banner and are left out of production builds. */
  draft: flag(),
  /** Words readers type for this topic (synonyms, transliterations, misspellings); indexed by search. */
  aliases: list(text('a search phrase', 1), '["forgot password", "mi account"]'),
  /** Slugs of related articles, shown under the article. */
  related: list(slug('the slug of an article (its file name without .mdx)'), '[reset-password, account-hacked]'),
  /** In a translation: the source article's `updated` date this translation was made from. */
  translatedFrom: day().optional(),
  /**
   * In a translation whose `##` sections or <Steps> items differ in number from the source: why, in one
   * sentence. The content tests list every such note and allow at most two per locale.
   */
  structureNote: text('one sentence saying why this translation has other sections or steps than its source', 10).optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
