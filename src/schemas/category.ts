import { z } from 'astro/zod';
import { order, text } from './fields.ts';

/** `content/categories/<locale>/<id>.yaml`: a topic that groups articles. */
export const categorySchema = z.strictObject({
  /** Name shown in navigation and as the category page's h1. */
  title: text('the category name', 2),
  /** One line under the title: 40–140 characters. */
  description: text('one line describing the category', 40, 140),
  /** Position on the home page (smaller first). */
  order: order(),
});
export type CategoryData = z.infer<typeof categorySchema>;
