import { z } from 'astro/zod';

/** `content/categories/<locale>/<id>.yaml`: a topic that groups articles. */
export const categorySchema = z.strictObject({
  /** Name shown in navigation and as the category page's h1. */
  title: z.string().trim().min(2),
  /** One line under the title: 40–140 characters. */
  description: z.string().trim().min(40, { error: 'description: expected 40–140 characters' }).max(140, { error: 'description: expected 40–140 characters' }),
  /** Position on the home page (smaller first). */
  order: z.number().int().nonnegative().default(100),
});
export type CategoryData = z.infer<typeof categorySchema>;
