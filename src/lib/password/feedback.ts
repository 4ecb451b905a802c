/**
 * Feedback as keys, never as text: zxcvbn-ts's own warning and suggestion keys plus ours. The page
 * turns each key into a sentence in the reader's language (`password.warning.<key>`,
 * `password.suggestion.<key>` in the UI dictionaries). No key carries text from the password.
 */
import type { MatchEstimated } from '@zxcvbn-ts/core';

/** zxcvbn-ts's warnings, then ours. */
export const WARNING_KEYS = [
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates',
  'topTen', 'topHundred', 'common', 'similarToCommon', 'wordByItself', 'namesByThemselves', 'commonNames',
  'userInputs', 'pwned',
  'wrongLayout', 'wrongLayoutCommon',
] as const;
/** zxcvbn-ts's suggestions, then ours. */
export const SUGGESTION_KEYS = [
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears',
  'sequences', 'repeated', 'longerKeyboardPattern', 'anotherWord', 'useWords', 'noNeed', 'pwned',
  'translit', 'bothLayouts',
] as const;
/** What kinds of pattern the estimate recognised, shown as a list (never the matched text). */
export const PATTERN_KEYS = ['dictionary', 'keyboardLayout', 'spatial', 'repeat', 'sequence', 'wordSequence', 'date', 'regex', 'separator', 'bruteforce'] as const;

export type WarningKey = (typeof WARNING_KEYS)[number];
export type SuggestionKey = (typeof SUGGESTION_KEYS)[number];
export type PatternKey = (typeof PATTERN_KEYS)[number];

export interface FeedbackKeys {
  warning: WarningKey | null;
  suggestions: SuggestionKey[];
}

const isWarning = (k: unknown): k is WarningKey => (WARNING_KEYS as readonly unknown[]).includes(k);
const isSuggestion = (k: unknown): k is SuggestionKey => (SUGGESTION_KEYS as readonly unknown[]).includes(k);
const dictName = (m: MatchEstimated) => String(m['dictionaryName'] ?? '');

function longest(sequence: readonly MatchEstimated[]): MatchEstimated | undefined {
  let best = sequence[0];
  for (const m of sequence.slice(1)) if (best && m.token.length > best.token.length) best = m;
  return best;
}

/**
 * zxcvbn-ts's feedback, completed where it is silent for our readers: a lone common word gets a
 * warning, Russian words in Latin letters and on the other layout get their own suggestion.
 */
export function completeFeedback(
  raw: { warning: string | null; suggestions: readonly string[] },
  score: number,
  sequence: readonly MatchEstimated[],
): FeedbackKeys {
  let warning: WarningKey | null = isWarning(raw.warning) ? raw.warning : null;
  const suggestions = raw.suggestions.filter(isSuggestion);
  if (score <= 2) {
    const main = longest(sequence);
    if (!warning && main && sequence.length === 1 && main.pattern === 'dictionary' && dictName(main).startsWith('commonWords')) {
      warning = 'wordByItself';
    }
    if (sequence.some((m) => m.pattern === 'dictionary' && dictName(m).endsWith('-translit'))) suggestions.push('translit');
    if (sequence.some((m) => m.pattern === 'keyboardLayout')) suggestions.push('bothLayouts');
  }
  return { warning, suggestions: [...new Set(suggestions)] };
}

/** Distinct patterns in the order they appear in the password; plain guessing ("bruteforce") is left out. */
export function patternsOf(sequence: readonly MatchEstimated[]): PatternKey[] {
  const out: PatternKey[] = [];
  for (const m of sequence) {
    const p = m.pattern as PatternKey;
    if (p !== 'bruteforce' && (PATTERN_KEYS as readonly string[]).includes(p) && !out.includes(p)) out.push(p);
  }
  return out;
}
