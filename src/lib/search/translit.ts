/**
 * Transliteration (issue 25, item 3): a query in Latin letters read as the locale's own script, as
 * readers type when their phone has no keyboard for it ("zabyl parol" → "забыл пароль"). One reader
 * per locale in LATIN_READERS: Russian here, Hindi in translit-hi.ts ("password bhool gaya" →
 * "पासवर्ड भूल गया"). A reader gives each word's spellings, likelier first; where Latin letters leave
 * the spelling open (Hindi), the engine takes the first the site's words hold. Shared by the browser
 * and the build (tests).
 */

const VOWELS = new Set([...'аеёиоуыэюя']);

/** Letter groups first (longest first), then single letters; both common schemes: ya/ja, zh, kh/h, y/j for й. */
const RU_GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'],
  ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'],
  ['yo', 'ё'], ['jo', 'ё'], ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['ye', 'е'], ['je', 'е'],
];
const RU_LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', q: 'к', x: 'кс', "'": 'ь', '’': 'ь',
};

/**
 * One Latin-letter word read as Russian: letter groups (shch/sch, zh, kh, ch, sh, ya/ja, yu/ju, yo/jo,
 * ye/je), then letters; "y" is ы after a consonant and й after a vowel or at the end of a vowel
 * ("novyy" → "новый", "moy" → "мой"). A soft sign readers leave out is restored later, if at all, by
 * the typo correction against the site's words ("parol" → "парол" → "пароль").
 */
export function russianFromLatin(word: string): string {
  const s = word.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const group = RU_GROUPS.find(([g]) => s.startsWith(g, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const c = s[i]!;
    if (c === 'y') out += out && !VOWELS.has(out.at(-1)!) ? 'ы' : 'й';
    else out += RU_LETTERS[c] ?? c;
    i += 1;
  }
  return out;
}

/** A locale's reading of one word typed in Latin letters: its spellings, likelier first (usually one). */
export type LatinReader = (word: string) => readonly string[];

/**
 * Each locale's reader, loaded when a query needs it: Russian is small and here; Hindi, with several
 * spellings per word and its tables, is its own module (translit-hi.ts), fetched only on Hindi pages.
 */
export const LATIN_READERS: Readonly<Record<string, () => Promise<LatinReader>>> = {
  ru: async () => (word) => [russianFromLatin(word)],
  hi: async () => (await import('./translit-hi.ts')).hindiSpellings,
};

const LATIN_WORD = /^[a-z'’]+$/i;

/**
 * Each word's readings by `read` (`words`: normal-form query words), likelier first; a word not in
 * Latin letters, or in `keep` (words the site itself writes in Latin letters: "xiaomi", "mi"), is its
 * only reading. Undefined when no word changes.
 */
export function spellingsBy(read: LatinReader, words: readonly string[], keep: (word: string) => boolean = () => false): string[][] | undefined {
  let changed = false;
  const out = words.map((w) => {
    if (!LATIN_WORD.test(w) || keep(w)) return [w];
    const spellings = [...read(w)];
    if (spellings.length !== 1 || spellings[0] !== w) changed = true;
    return spellings;
  });
  return changed ? out : undefined;
}

/** The locale's readings of `words` (see spellingsBy); undefined when it has no reader or no word changes. */
export async function latinSpellings(words: readonly string[], lang: string, keep?: (word: string) => boolean): Promise<string[][] | undefined> {
  const load = LATIN_READERS[lang];
  return load ? spellingsBy(await load(), words, keep) : undefined;
}

/** The locale's likeliest reading of `words`, as one query; undefined when it has no reader or no word changes. */
export async function latinReading(words: readonly string[], lang: string, keep?: (word: string) => boolean): Promise<string | undefined> {
  return (await latinSpellings(words, lang, keep))?.map((w) => w[0]!).join(' ');
}
