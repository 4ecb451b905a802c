import { z } from 'astro/zod';
import { isoDay } from '../lib/content/dates.ts';
import { shown } from '../lib/content/schema-errors.ts';
import { day, list, slug } from './fields.ts';

export const NOTICE_TONES = ['info', 'warning'] as const;

/**
 * Frontmatter of `content/notices/<locale>/<id>.md`: a dated notice shown at the top of the articles
 * it names (by slug, or all of a category's) from `from` to `until`, both days included; the Markdown
 * body is its text. The build decides what is shown: a notice appears or goes away with the next build.
 * Which articles and categories exist is checked across files (src/lib/content/notices.ts).
 */
export const noticeSchema = z
  .strictObject({
    /** The first day it is shown; also the date it says it was posted. */
    from: day(),
    /** The last day it is shown. */
    until: day(),
    /** Slugs of the articles it is shown on. */
    articles: list(slug('the slug of an article in content/articles/<locale>/'), '[reset-password]'),
    /** Ids of categories: it is shown on each of their articles. */
    categories: list(slug('the id of a category in content/categories/<locale>/'), '[sign-in]'),
    /** info (default) or warning. */
    tone: z.enum(NOTICE_TONES, { error: (i) => `expected one of ${NOTICE_TONES.join(', ')}, got ${shown(i.input)}` }).default('info'),
  })
  .refine((n) => n.until >= n.from, {
    path: ['until'],
    error: (i) => {
      const n = i.input as { from: Date; until: Date };
      return `${isoDay(n.until)} is before from (${isoDay(n.from)}) — expected the last day the notice is shown, on or after from`;
    },
  })
  .refine((n) => n.articles.length + n.categories.length > 0, {
    path: ['articles'],
    error: 'missing — expected the articles the notice is shown on, like articles: [reset-password], or categories: [sign-in]',
  });
export type NoticeData = z.infer<typeof noticeSchema>;
