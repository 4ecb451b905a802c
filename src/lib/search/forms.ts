/**
 * Other forms of a query word that say it is a word (issue 25, item 2): an Arabic word is often a
 * known word with a clitic in front or behind ("وقفل" = "و" + "قفل", "موبايلي" = "موبايل" + "ي"), an
 * English one a word with a plural or possessive ending ("dads", "dad's": "dad"; the lexicon lists
 * base forms, so "dads" was read as a typo of "days"). A
 * word whose bare form the site or the lexicon holds is not a typo. Pagefind's own stemmer already
 * finds the bare word in the text; this only keeps the typo correction away from it. Per locale;
 * shared by the browser and Node. Keys are normal forms (src/lib/search/normalize.ts: fold).
 */

/** Longest first, so "وال" is tried before "و". */
const AR_PREFIXES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const AR_SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'كم', 'نا', 'ني', 'وا', 'ه', 'ك', 'ي'];
/** The bare form keeps at least this many letters. */
const MIN_BARE_LETTERS = 3;

function arabicForms(key: string): string[] {
  const out = new Set<string>();
  const letters = (s: string) => [...s].length;
  const starts = ['', ...AR_PREFIXES.filter((p) => key.startsWith(p))];
  for (const p of starts) {
    const rest = key.slice(p.length);
    for (const s of ['', ...AR_SUFFIXES.filter((x) => rest.endsWith(x))]) {
      const bare = s ? rest.slice(0, -s.length) : rest;
      if (bare !== key && letters(bare) >= MIN_BARE_LETTERS) out.add(bare);
    }
  }
  return [...out];
}

/** English plural and possessive endings ("'s" is "s" once folded): "dads" → dad, "boxes" → box, "batteries" → battery; not "ss" ("pass"). */
function englishForms(key: string): string[] {
  const out: string[] = [];
  const keep = (bare: string) => [...bare].length >= MIN_BARE_LETTERS && out.push(bare);
  if (!key.endsWith('s') || key.endsWith('ss')) return out;
  if (key.endsWith('ies')) keep(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) keep(key.slice(0, -2));
  keep(key.slice(0, -1));
  return out;
}

const FORMS: Readonly<Record<string, (key: string) => string[]>> = { ar: arabicForms, en: englishForms };

/** The bare forms of a word (a normal form) in a Pagefind language, most letters stripped last; [] where the language has none. */
export function bareForms(key: string, lang: string): string[] {
  return FORMS[lang]?.(key) ?? [];
}
