/**
 * The evaluation set for the password checker's agreement test: passwords of the kinds readers
 * type, made from the full word lists with a fixed seed (scripts/password-eval.mjs writes them to
 * tests/fixtures/password-eval.tsv). Words are drawn by Zipf's law (a word of rank r with weight
 * 1/r^s, s = ZIPF): people use frequent words more, yet every rank of a list can come up.
 */
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import type { OptionsGraphEntry } from '@zxcvbn-ts/core';
import { jcukenGraph, cyrillicKeysToLatin } from '../../src/lib/keyboard/layouts.ts';
import { sourceLists } from '../../src/lib/password/sources.ts';
import { ENGLISH_CORE } from '../../src/lib/password/build-packs.ts';
import type { RankedList } from '../../src/lib/password/word-index.ts';
import { mulberry32 } from '../../scripts/lib/random.ts';

export const SEED = 15;
export const ZIPF = 1;

/** What a password is built from; the agreement test holds each category to its own threshold. */
export const CATEGORIES = {
  common: 'a common password, sometimes with capitals, digits, a year or l33t',
  'ru-words': 'Russian words and names (Cyrillic or in Latin letters) with digits and years',
  'ru-layout': 'Russian words and common passwords typed with the English layout on',
  'en-words': 'English words and names with substitutions, capitals, digits or years',
  'en-basic': 'the same from the English people everywhere use: the most frequent words and first names (ENGLISH_CORE)',
  'es-words': 'Spanish words and names with substitutions, capitals, digits or years',
  walks: 'keyboard walks on QWERTY and ЙЦУКЕН, with turns, some shifted or with digits',
  'passphrase-en': 'three to five English words with or without separators',
  'passphrase-ru': 'three to five Russian words with or without separators',
  'passphrase-es': 'three to five Spanish words with or without separators',
  random: 'random strings of 8–20 characters from several alphabets',
  'id-words': 'Indonesian words and names with substitutions, capitals, digits or years',
  'passphrase-id': 'three to five Indonesian words with or without separators',
  'pt-words': 'Brazilian Portuguese words and names with substitutions, capitals, digits or years',
  'passphrase-pt': 'three to five Brazilian Portuguese words with or without separators',
} as const;
export type Category = keyof typeof CATEGORIES;

/**
 * How many passwords of each category (15,200 in all). The Indonesian and Portuguese categories
 * came later and are made last, so the passwords before them are the same as before they came.
 */
export const COUNTS: Record<Category, number> = {
  common: 2000,
  'ru-words': 1500,
  'ru-layout': 1000,
  'en-words': 1500,
  'en-basic': 1000,
  'es-words': 1500,
  walks: 800,
  'passphrase-en': 300,
  'passphrase-ru': 300,
  'passphrase-es': 300,
  random: 1400,
  'id-words': 1500,
  'passphrase-id': 300,
  'pt-words': 1500,
  'passphrase-pt': 300,
};

export interface EvalPassword {
  category: Category;
  password: string;
}

/** mulberry32 (scripts/lib/random.ts): the same sequence on every machine. */
export const seeded = mulberry32;

type Rnd = () => number;

/** A rank in 1..n with weight 1/r^s (inverse of the continuous CDF, so it is one draw). */
export function zipfRank(n: number, s: number, rnd: Rnd): number {
  const u = rnd();
  const r = s === 1 ? Math.exp(u * Math.log(n + 1)) : (((n + 1) ** (1 - s) - 1) * u + 1) ** (1 / (1 - s));
  return Math.min(n, Math.max(1, Math.floor(r)));
}

const pick = <T,>(items: readonly T[], rnd: Rnd): T => items[Math.floor(rnd() * items.length)]!;
const chance = (p: number, rnd: Rnd) => rnd() < p;

function fromLists(lists: readonly RankedList[], rnd: Rnd, weights?: readonly number[]): string {
  let k = 0;
  if (weights) {
    let u = rnd() * weights.reduce((a, b) => a + b, 0);
    while (k < weights.length - 1 && (u -= weights[k]!) >= 0) k += 1;
  } else k = Math.floor(rnd() * lists.length);
  const list = lists[k]!;
  return list.words[zipfRank(list.words.length, ZIPF, rnd) - 1]!;
}

const L33T: Record<string, string[]> = { a: ['@', '4'], e: ['3'], i: ['1', '!'], o: ['0'], s: ['$', '5'], t: ['7'], l: ['1'], g: ['9'], b: ['8'] };

function l33t(word: string, rnd: Rnd): string {
  const all = chance(0.5, rnd);
  return [...word].map((c) => (L33T[c] && (all || chance(0.5, rnd)) ? pick(L33T[c]!, rnd) : c)).join('');
}

function digits(n: number, rnd: Rnd): string {
  return Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
}

const year = (rnd: Rnd) => String(1950 + Math.floor(rnd() * 76));

/** Capitals, l33t, digits, years, a symbol: the changes people make to a word. */
function decorate(word: string, rnd: Rnd, { allowL33t = true } = {}): string {
  let w = word;
  if (allowL33t && chance(0.25, rnd)) w = l33t(w, rnd);
  const c = rnd();
  if (c < 0.3) w = w.charAt(0).toUpperCase() + w.slice(1);
  else if (c < 0.35) w = w.toUpperCase();
  const s = rnd();
  if (s < 0.3) w += digits(1 + Math.floor(rnd() * 4), rnd);
  else if (s < 0.55) w += year(rnd);
  else if (s < 0.62) w += year(rnd).slice(2);
  else if (s < 0.67) w = digits(1 + Math.floor(rnd() * 3), rnd) + w;
  if (chance(0.1, rnd)) w += pick(['!', '.', '*', '#', '?', '_'], rnd);
  return w;
}

function words(lists: readonly RankedList[], rnd: Rnd, weights?: readonly number[]): string {
  const first = fromLists(lists, rnd, weights);
  return chance(0.2, rnd) ? first + fromLists(lists, rnd, weights) : first;
}

function walk(graph: OptionsGraphEntry, rnd: Rnd): string {
  const keys = Object.keys(graph).filter((k) => (graph[k] ?? []).some(Boolean));
  let key = pick(keys, rnd);
  const length = 4 + Math.floor(rnd() * 9);
  const turns = Math.floor(rnd() * 3);
  let direction = Math.floor(rnd() * 6);
  const shifted = chance(0.15, rnd);
  let out = '';
  for (let n = 0; n < length; n += 1) {
    out += shifted && chance(0.5, rnd) ? key.toUpperCase() : key;
    let next = (graph[key] ?? [])[direction];
    if (!next || (turns > 0 && chance(turns / length, rnd))) {
      const options = (graph[key] ?? []).map((p, d) => [p, d] as const).filter(([p]) => p);
      if (options.length === 0) break;
      const [p, d] = pick(options, rnd);
      next = p;
      direction = d;
    }
    key = next![0]!;
  }
  return chance(0.2, rnd) ? out + digits(1 + Math.floor(rnd() * 3), rnd) : out;
}

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'abcdefghijklmnopqrstuvwxyz0123456789',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?',
  'абвгдежзийклмнопрстуфхцчшщъыьэюя',
  'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789',
];

function randomString(rnd: Rnd): string {
  const alphabet = pick(ALPHABETS, rnd);
  const length = 8 + Math.floor(rnd() * 13);
  return Array.from({ length }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
}

function passphrase(lists: readonly RankedList[], rnd: Rnd): string {
  const n = 3 + Math.floor(rnd() * 3);
  const sep = pick([' ', '-', '', '_', '.'], rnd);
  const capital = chance(0.3, rnd);
  const parts = Array.from({ length: n }, () => {
    const w = fromLists(lists, rnd);
    return capital ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  });
  return parts.join(sep) + (chance(0.2, rnd) ? digits(1 + Math.floor(rnd() * 2), rnd) : '');
}

const head = (l: RankedList, n: number): RankedList => ({ name: l.name, words: l.words.slice(0, n) });

const byName = (lists: readonly RankedList[], ...names: string[]) => names.map((n) => {
  const l = lists.find((x) => x.name === n);
  if (!l) throw new Error(`password eval: no list "${n}" in the sources`);
  return l;
});

export function generateEvalSet(seed = SEED): EvalPassword[] {
  const rnd = seeded(seed);
  const src = sourceLists();
  const [passwords] = byName(src.common, 'passwords-common');
  const ruCyrillic = byName(src.ru, 'passwords-ru', 'commonWords-ru', 'firstnames-ru', 'lastnames-ru');
  const ruLatin = byName(src.ru, 'passwords-ru-translit', 'commonWords-ru-translit', 'firstnames-ru-translit', 'lastnames-ru-translit');
  const en = byName(src.en, 'commonWords-en', 'firstnames-en', 'lastnames-en', 'wikipedia-en');
  // The English people everywhere use, as the English subset defines it.
  const enBasic = [head(en[0]!, ENGLISH_CORE.words), head(en[1]!, ENGLISH_CORE.names)];
  const es = byName(src.es, 'commonWords-es-es', 'firstnames-es-es', 'lastnames-es-es', 'wikipedia-es-es');
  // Indonesian has one list of names (first and last together).
  const id = byName(src.id, 'commonWords-id', 'names-id', 'wikipedia-id');
  const pt = byName(src['pt-br'], 'commonWords-pt-br', 'firstnames-pt-br', 'lastnames-pt-br', 'wikipedia-pt-br');
  // Common words and first names are what people pick most; surnames and encyclopedia terms less.
  const wordWeights = [4, 2, 1, 1];
  const qwerty = adjacencyGraphs.qwerty as OptionsGraphEntry;
  const graphs = [qwerty, jcukenGraph(qwerty)];
  const make: Record<Category, () => string> = {
    common: () => (chance(0.4, rnd) ? fromLists([passwords!], rnd) : decorate(fromLists([passwords!], rnd), rnd)),
    'ru-words': () => decorate(words(chance(0.6, rnd) ? ruCyrillic : ruLatin, rnd, [3, 4, 2, 1]), rnd, { allowL33t: chance(0.5, rnd) }),
    'ru-layout': () => {
      const word = words(ruCyrillic, rnd, [3, 4, 2, 1]);
      return decorate(cyrillicKeysToLatin(word), rnd, { allowL33t: false });
    },
    'en-words': () => decorate(words(en, rnd, wordWeights), rnd),
    'en-basic': () => decorate(words(enBasic, rnd, [3, 1]), rnd),
    'es-words': () => decorate(words(es, rnd, wordWeights), rnd),
    walks: () => walk(pick(graphs, rnd), rnd),
    'passphrase-en': () => passphrase(byName(src.en, 'commonWords-en'), rnd),
    'passphrase-ru': () => passphrase(byName(src.ru, 'commonWords-ru'), rnd),
    'passphrase-es': () => passphrase(byName(src.es, 'commonWords-es-es'), rnd),
    random: () => randomString(rnd),
    'id-words': () => decorate(words(id, rnd, [4, 3, 1]), rnd),
    'passphrase-id': () => passphrase(byName(src.id, 'commonWords-id'), rnd),
    'pt-words': () => decorate(words(pt, rnd, wordWeights), rnd),
    'passphrase-pt': () => passphrase(byName(src['pt-br'], 'commonWords-pt-br'), rnd),
  };
  const out: EvalPassword[] = [];
  for (const category of Object.keys(COUNTS) as Category[]) {
    const seen = new Set<string>();
    while (seen.size < COUNTS[category]) {
      const password = make[category]();
      if (!password || /[\t\n\r]/.test(password) || seen.has(password)) continue;
      seen.add(password);
      out.push({ category, password });
    }
  }
  return out;
}

/** One password a line: category, a tab, the password. */
export const toTsv = (set: readonly EvalPassword[]) => set.map((p) => `${p.category}\t${p.password}`).join('\n') + '\n';

export function fromTsv(text: string): EvalPassword[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { category: line.slice(0, tab) as Category, password: line.slice(tab + 1) };
    });
}

