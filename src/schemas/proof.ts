import { z } from 'astro/zod';
import { text } from './fields.ts';

/** `content/proof/<locale>.yaml`: the one list of proof that an account is yours, rendered by <ProofOfOwnership />. */
export const proofSchema = z.strictObject({
  /** One sentence before the list. */
  intro: text('one sentence before the list', 10).optional(),
  /** The kinds of proof, one per line: 3–10 items. */
  items: z
    .array(text('one kind of proof, like "The receipt for your Xiaomi phone"', 5), {
      error: (i) => (i.input === undefined ? 'missing — expected a list of 3–10 kinds of proof' : 'expected a list of kinds of proof, one "- text" line each'),
    })
    .min(3, { error: 'expected at least 3 kinds of proof' })
    .max(10, { error: 'expected at most 10 kinds of proof: keep the list short enough to act on' }),
  /** One sentence after the list (for example: Xiaomi decides what it accepts). */
  note: text('one sentence after the list', 10).optional(),
});
export type ProofData = z.infer<typeof proofSchema>;
