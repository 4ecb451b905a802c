import { z } from 'astro/zod';

const isoDate = (field: string) =>
  z.coerce.date({ error: `${field}: expected a date written as YYYY-MM-DD` }).refine((d) => !Number.isNaN(d.getTime()), {
    error: `${field}: expected a real calendar date written as YYYY-MM-DD`,
  });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a slug: lowercase latin letters, digits and single hyphens' });

/** Frontmatter of `content/articles/<locale>/<slug>.mdx`. The slug comes from the file name. */
export const articleSchema = z.strictObject({
  /** Page title, shown as the h1 and in the browser tab. */
  title: z.string().trim().min(3, { error: 'title: expected at least 3 characters' }).max(90, { error: 'title: expected at most 90 characters' }),
  /** One-sentence summary for search engines and cards: 50–160 characters. */
  description: z
    .string()
    .trim()
    .min(50, { error: (i) => `description: expected 50–160 characters, got ${String(i.input).length}` })
    .max(160, { error: (i) => `description: expected 50–160 characters, got ${String(i.input).length}` }),
  /** Id of a category in `content/categories/<locale>/`. */
  category: slug,
  /** Position inside the category (smaller first). */
  order: z.number().int().nonnegative().default(100),
  /** When the text last changed. */
  updated: isoDate('updated'),
  /** When the facts were last checked against official sources. */
  reviewed: isoDate('reviewed'),
  /** Drafts show in `astro dev` with a banner and are left out of production builds. */
  draft: z.boolean().default(false),
  /** Words readers type for this topic (synonyms, transliterations, misspellings); indexed by search. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of related articles, shown under the article. */
  related: z.array(slug).default([]),
  /** In a translation: the source article's `updated` date this translation was made from. */
  translatedFrom: isoDate('translatedFrom').optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
