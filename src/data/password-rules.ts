/** The password-strength checker's numbers from `content/password-rules.yaml`. */
import { getEntry } from 'astro:content';
import type { PasswordRules } from '../schemas/password-rules.ts';

export async function passwordRules(): Promise<PasswordRules> {
  const entry = await getEntry('passwordRules', 'password-rules');
  if (!entry) throw new Error('content/password-rules.yaml is missing: expected a file with the sections xiaomi (minLength, maxLength, requireLetter, requireDigit) and guidance (recommendedLength, minimumWithSecondFactor)');
  return entry.data;
}
