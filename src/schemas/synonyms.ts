import { z } from 'astro/zod';
import { synonymProblems } from '../lib/search/synonyms.ts';

/**
 * `content/search/synonyms/<locale>.yaml`: the site's words → the phrases readers type for them.
 *   SIM-карта: ["симка", "симк*", "сим карта"]
 */
export const synonymsSchema = z
  .record(
    z.string().trim().min(1, { error: 'expected the site’s words as the key' }),
    z
      .array(z.string().trim().min(1, { error: 'expected a phrase readers type, found an empty string' }), {
        error: 'expected a list of phrases readers type, like ["симка", "сим карта"]',
      })
      .min(1, { error: 'expected at least one phrase readers type' }),
    { error: 'expected one entry per line: the site’s words, a colon, then a list of what readers type' },
  )
  .superRefine((file, ctx) => {
    for (const p of synonymProblems(file)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type SynonymsData = z.infer<typeof synonymsSchema>;
