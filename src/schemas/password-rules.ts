import { z } from 'astro/zod';
import { shown } from '../lib/schema-errors.ts';

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
 * with. Xiaomi's rule is only reported by users, so the page always words it as "may require".
 */
export const passwordRulesSchema = z
  .strictObject({
    /** Xiaomi's password rule as reported (low confidence). */
    xiaomi: z.strictObject({
      /** Fewest characters the form is reported to accept. */
      minLength: length(8),
      /** Most characters the form is reported to accept. */
      maxLength: length(16),
      /** Whether at least one letter is reportedly required. */
      requireLetter: yesNo(),
      /** Whether at least one digit is reportedly required. */
      requireDigit: yesNo(),
    }),
    /** Current guidance on length (NIST SP 800-63B rev. 4). */
    guidance: z.strictObject({
      /** Length recommended when the password is the only factor. */
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
