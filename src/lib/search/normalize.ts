/**
 * One normal form for what readers type and for the words the index holds (issue 13, item 4):
 * letter case, accents, ё/е, Arabic alef and hamza forms, tatweel and diacritics fold the same way
 * in the vocabulary (built from the index) and in the query. The indexed text itself is left alone:
 * Pagefind folds accents on its own and excerpts show the real words.
 */


/** Lower case, punctuation to spaces, single spaces: "  Забыл пароль?!" → "забыл пароль". */
export function normalizeQuery(raw: string): string {
  return lower(raw)
    .replace(/[?!,;:«»"“”„()[\]{}<>…¿¡،؟]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words sent to Pagefind: the normalized query without the locale's stop words (unless nothing
 * else is left). The stop words come with the locale's synonyms (src/lib/search/stop-words.ts), so
 * the browser carries only its own language's list.
 */
export function queryTerms(raw: string, stop: readonly string[]): string[] {
  const terms = normalizeQuery(raw).split(' ').filter(Boolean);
  return withoutStopWords(terms, stop);
}

export function withoutStopWords(terms: readonly string[], stop: readonly string[]): string[] {
  const kept = terms.filter((t) => !stop.includes(t));
  return kept.length ? kept : [...terms];
}

export const isStopWord = (word: string, stop: readonly string[]) => stop.includes(word);

/**
 * Lower case for every locale at once: İ (Turkish capital dotted i) is "i", where the default
 * lower-casing gives "i̇" (i and a combining dot) — a word no index holds. "I" stays "i" (the
 * Turkish-locale lower-casing would make it "ı" in every other language); fold() makes ı = i anyway.
 */
function lower(text: string): string {
  return text.normalize('NFC').replace(/\u0130/g, 'i').toLowerCase();
}

const BREVE = '\u0306';
const NUKTA = '\u093C';
/**
 * Marks that make a different word, kept: the breve of й, and Devanagari's vowel signs, virama,
 * anusvara and candrabindu (भूल is not भल). The nukta folds: readers write फ़ोन and फोन alike.
 */
const keepsMark = (mark: string, before: string | undefined) =>
  (mark === BREVE && before === 'и') || (mark >= '\u0900' && mark <= '\u097F' && mark !== NUKTA);
/** Latin letters that no decomposition takes to their base letter: Vietnamese đ, Turkish dotless ı. */
const LATIN_LETTERS: Record<string, string> = { 'đ': 'd', 'ı': 'i' };
/** Arabic letters that are not marks but that readers (and keyboards) write either way. */
const ARABIC_LETTERS: Record<string, string> = { 'ى': 'ي', 'ة': 'ه', 'ٱ': 'ا' };

/**
 * The normal form of a piece of text: lower case; accents and diacritics dropped (é → e, ñ → n,
 * ё → е, Arabic harakat, shadda and the hamza of أ إ آ ؤ ئ, the Devanagari nukta), but й stays й and
 * Devanagari vowel signs and virama stay; Arabic tatweel dropped,
 * ى → ي, ة → ه; Vietnamese đ → d and Turkish ı/İ → i; apostrophes dropped (can't → cant).
 */
export function fold(text: string): string {
  return lower(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, (mark, at: number, whole: string) => (keepsMark(mark, whole[at - 1]) ? mark : ''))
    .normalize('NFC')
    .replace(/[\u0640'’]/g, '')
    .replace(/[ىةٱ]/g, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(/[đı]/g, (c) => LATIN_LETTERS[c] ?? c);
}

/**
 * The words of a text as a reader would type them (lower case, apostrophes dropped): letters and
 * digits, split at spaces, punctuation and hyphens; tokens without a letter are left out.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const [w] of lower(text).matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\u0640]*/gu)) {
    const word = w.replace(/['’]/g, '');
    if (/\p{L}/u.test(word)) out.push(word);
  }
  return out;
}

/** A query term the vocabulary can judge: letters only (no digits, dots or hyphens: "i.mi.com", "2fa"). */
export const isPlainWord = (term: string) => /^[\p{L}\p{M}'’\u0640]+$/u.test(term);

/** Letters in a word, as a reader counts them ("ё" is one). */
export const letterCount = (word: string) => [...fold(word)].length;

/**
 * The form of an alias (and of a query) compared for an exact match: normalized and folded
 * ("Надёжный" = "надежный", "contraseña" = "contrasena").
 */
export function aliasKey(text: string): string {
  return fold(normalizeQuery(text));
}
