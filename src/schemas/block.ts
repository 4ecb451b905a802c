import { z } from 'astro/zod';
import { shown } from '../lib/content/schema-errors.ts';
import { day, text } from './fields.ts';

export const BLOCK_TYPES = ['note', 'tip', 'warning', 'danger'] as const;

/**
 * Frontmatter of `content/blocks/<locale>/<id>.mdx`: a passage several articles (or languages) must say
 * alike — a safety warning, a rule — written once per language and shown by `<Block id="<id>" />`.
 */
export const blockSchema = z.strictObject({
  /** How the box looks: note, tip, warning or danger (the same in every language). */
  type: z.enum(BLOCK_TYPES, { error: (i) => `expected one of ${BLOCK_TYPES.join(', ')}, got ${shown(i.input)}` }),
  /** The box's heading, in this language. */
  title: text('the heading of the box', 3, 90),
  /** In a translation: the source block's `updated` date this translation was made from. */
  translatedFrom: day().optional(),
  /** When the text last changed. */
  updated: day().optional(),
});
export type BlockData = z.infer<typeof blockSchema>;
