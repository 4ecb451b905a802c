import { z } from 'astro/zod';
import { list, order, slug, text } from './fields.ts';

/** `content/faq/<locale>/<id>.md`: one question; the Markdown body is the answer. */
export const faqSchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: text('the question as a reader would ask it', 8),
  /** Id of a category in `content/categories/<locale>/`. */
  category: slug('the id of a category in content/categories/<locale>/'),
  /** Slug of the article that goes deeper. */
  related: slug('the slug of the article that answers in depth'),
  /** Position on the FAQ page (smaller first). */
  order: order(),
  /** Blocks (content/blocks/<locale>/<id>.mdx) shown under the answer: the facts the answer shares with articles. */
  blocks: list(slug('the id of a block in content/blocks/<locale>/'), '[never-share-codes]'),
});
export type FaqData = z.infer<typeof faqSchema>;
