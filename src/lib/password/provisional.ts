/**
 * A first estimate while the word lists are still on their way, from length and kinds of
 * characters only. It starts from what guessing every character blindly would cost (10 guesses a
 * character, zxcvbn-ts's own fallback, so the full estimate is rarely higher), takes a step off
 * when every character is of one kind (most words and numbers are), and never says more than
 * "fair" (score 2): it knows no words. The full estimate replaces it as soon as the lists are in.
 */
export type ProvisionalScore = 0 | 1 | 2;

const KINDS: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[\p{Lo}\p{Lm}]/u, /[^\p{L}\p{Nd}]/u];

/** zxcvbn-ts's thresholds in powers of ten (scores 1 and 2 start above 10^3 and 10^6 guesses). */
const THRESHOLDS = [3, 6] as const;

export function provisionalScore(password: string): ProvisionalScore {
  const length = [...password].length;
  const blind = length > THRESHOLDS[1] ? 2 : length > THRESHOLDS[0] ? 1 : 0;
  const kinds = KINDS.filter((k) => k.test(password)).length;
  return Math.max(0, blind - (kinds <= 1 ? 1 : 0)) as ProvisionalScore;
}
