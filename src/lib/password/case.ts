/**
 * Capital letters in any alphabet. zxcvbn-ts's own rules look at Latin letters only, so it
 * treats "Пароль" as lowercase and "Наташа" as all capitals; these see Cyrillic too.
 */
const isUpper = (c: string) => c !== c.toLowerCase();
const isLower = (c: string) => c !== c.toUpperCase();

/** `first`: only the first character is a capital; `all`: capitals and no small letters. */
export function caseShape(token: string): 'none' | 'first' | 'all' | 'mixed' {
  const chars = [...token];
  const upper = chars.filter(isUpper).length;
  if (upper === 0) return 'none';
  if (chars.filter(isLower).length === 0) return 'all';
  if (upper === 1 && isUpper(chars[0]!)) return 'first';
  return 'mixed';
}

function nCk(n: number, k: number): number {
  if (k > n) return 0;
  let r = 1;
  for (let d = 1; d <= k; d += 1) r = (r * (n - k + d)) / d;
  return r;
}

/** How many capitalisations an attacker tries before this one (zxcvbn-ts's formula). */
export function caseVariations(token: string): number {
  const letters = [...token].filter((c) => isUpper(c) || isLower(c));
  const upper = letters.filter(isUpper).length;
  const lower = letters.length - upper;
  if (upper === 0) return 1;
  const last = letters.at(-1)!;
  // Capital first letter, capital last letter, all capitals: common, so only twice the guesses.
  if (lower === 0 || (upper === 1 && (isUpper(letters[0]!) || isUpper(last)))) return 2;
  let variations = 0;
  for (let i = 1; i <= Math.min(upper, lower); i += 1) variations += nCk(upper + lower, i);
  return variations;
}
