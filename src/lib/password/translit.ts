/**
 * Russian words written in Latin letters the ways people really write them ("пароль" → "parol",
 * "любовь" → "lyubov", "lubov", "ljubov"). The first spelling of each letter is the most common.
 */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['e', 'yo', 'jo'],
  ж: ['zh', 'j'], з: ['z'], и: ['i'], й: ['y', 'i', 'j'], к: ['k'], л: ['l'], м: ['m'],
  н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'],
  х: ['h', 'kh', 'x'], ц: ['c', 'ts'], ч: ['ch'], ш: ['sh'], щ: ['sch', 'sh', 'shch'],
  ъ: [''], ы: ['y', 'i'], ь: [''], э: ['e'], ю: ['yu', 'u', 'ju', 'iu'], я: ['ya', 'ja', 'ia'],
};

/** The most common Latin spelling of a Cyrillic word. */
export function transliterate(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += SPELLINGS[ch]?.[0] ?? ch;
  return out;
}

/** Every way to give `k` letters a less common spelling (the choice array is reused: read it at once). */
function* withAlternatives(letters: readonly (readonly string[])[], k: number, from: number, choice: number[]): Generator<number[]> {
  if (k === 0) {
    yield choice;
    return;
  }
  for (let i = from; i < letters.length; i += 1) {
    for (let c = 1; c < letters[i]!.length; c += 1) {
      choice[i] = c;
      yield* withAlternatives(letters, k - 1, i + 1, choice);
      choice[i] = 0;
    }
  }
}

/**
 * Up to `limit` Latin spellings of a Cyrillic `word`, most likely first: the common spelling,
 * then those that spell one letter differently, then two, and so on.
 */
export function translitVariants(word: string, limit = 6): string[] {
  const letters = [...word.toLowerCase()].map((ch) => SPELLINGS[ch] ?? [ch]);
  const seen = new Set<string>();
  const ambiguous = letters.filter((l) => l.length > 1).length;
  for (let k = 0; k <= ambiguous && seen.size < limit; k += 1) {
    for (const choice of withAlternatives(letters, k, 0, letters.map(() => 0))) {
      seen.add(choice.map((c, i) => letters[i]![c]).join(''));
      if (seen.size >= limit) break;
    }
  }
  return [...seen];
}
