import { z } from 'astro/zod';
import { shown } from '../lib/content/schema-errors.ts';
import { text } from './fields.ts';

/** One name of a Xiaomi screen, menu or button, backed by the facts or marked as a likely wording. */
const term = z
  .strictObject({
    /** The name as the locale's articles write it (in <UiPath> and in bold). */
    name: text('the name as the articles write it, like "Settings"', 1),
    /** The facts line that backs the name. */
    fact: text('the facts line behind the name', 3).optional(),
    /** True when no fact gives the exact words (the articles then say the wording may differ). */
    hedged: z.boolean({ error: (i) => `expected true or false, got ${shown(i.input)}` }).optional(),
  })
  .refine((t) => t.fact !== undefined || t.hedged === true, { error: 'expected fact: "…" (the facts line behind the name) or hedged: true' });

/**
 * `content/glossary/<locale>.yaml`: the names of Xiaomi's screens, menus and buttons as that locale's
 * articles write them. Writers read it; readers never see it (tests/content/glossary.test.ts checks the articles against it).
 */
export const glossarySchema = z.array(term, { error: (i) => `expected a list of terms, one "- name: …" per term, got ${shown(i.input)}` }).nullable().transform((l) => l ?? []);
export type GlossaryData = z.infer<typeof glossarySchema>;
