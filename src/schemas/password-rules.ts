import { z } from 'astro/zod';
import { shown } from '../lib/content/schema-errors.ts';

/** A number of characters a password may have: 1–256. */
function length(example: number) {
  return z
    .number({ error: (i) => `expected a whole number of characters like ${example}, got ${shown(i.input)}` })
    .int({ error: (i) => `expected a whole number of characters like ${example}, got ${shown(i.input)}` })
    .min(1, { error: (i) => `expected 1–256 characters, got ${shown(i.input)}` })
    .max(256, { error: (i) => `expected 1–256 characters, got ${shown(i.input)}` });
}

function yesNo() {
  return z.boolean({ error: (i) => `expected true or false, got ${shown(i.input)}` }).default(true);
}

/**
 * `content/password-rules.yaml`: the numbers the password-strength checker compares a password
 * with. Xiaomi's rule is the one its security white paper states (it may change), so the page
 * says "Xiaomi asks for" and sends the reader to Xiaomi's own hint.
 */
export const passwordRulesSchema = z
  .strictObject({
    /** Xiaomi's password rule (its security white paper; medium confidence). */
    xiaomi: z.strictObject({
      /** Fewest characters Xiaomi accepts. */
      minLength: length(8),
      /** Most characters Xiaomi accepts. */
      maxLength: length(16),
      /** Whether at least one letter is required. */
      requireLetter: yesNo(),
      /** Whether at least one digit is required. */
      requireDigit: yesNo(),
      /** Whether at least one special character (not a letter, digit or space) is required. */
      requireSpecial: yesNo(),
    }),
    /** Current general guidance on length (NIST SP 800-63B rev. 4), for sites that accept long passwords. */
    guidance: z.strictObject({
      /** Length recommended when the password is the only factor (more than Xiaomi allows: not advice for Xiaomi). */
      recommendedLength: length(15).default(15),
      /** Shortest acceptable length with two-step verification on. */
      minimumWithSecondFactor: length(8).default(8),
    }),
  })
  .refine((r) => r.xiaomi.minLength <= r.xiaomi.maxLength, {
    error: 'expected xiaomi.minLength to be at most xiaomi.maxLength',
    path: ['xiaomi', 'minLength'],
  });
export type PasswordRules = z.infer<typeof passwordRulesSchema>;
