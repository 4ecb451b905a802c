import { z } from 'astro/zod';

/** `content/faq/<locale>/<id>.md`: one question; the Markdown body is the answer. */
export const faqSchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: z.string().trim().min(8),
  /** Id of a category in `content/categories/<locale>/`. */
  category: z.string(),
  /** Slug of the article that goes deeper. */
  related: z.string(),
  /** Position on the FAQ page (smaller first). */
  order: z.number().int().nonnegative().default(100),
});
export type FaqData = z.infer<typeof faqSchema>;
