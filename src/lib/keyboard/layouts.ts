/**
 * The Russian ЙЦУКЕН and the US QWERTY layouts share physical keys: typing Russian with the
 * English layout on ("gfhjkm" for "пароль") or the reverse ("йцукен" for "qwerty") is a
 * one-to-one character swap, so match positions stay the same.
 */
import type { OptionsGraph, OptionsGraphEntry } from '@zxcvbn-ts/core';

/** Every QWERTY key (unshifted, shifted) and what the same key types on ЙЦУКЕН. */
const KEYS: readonly (readonly [string, string])[] = [
  ['`~', 'ёЁ'], ['1!', '1!'], ['2@', '2"'], ['3#', '3№'], ['4$', '4;'], ['5%', '5%'], ['6^', '6:'],
  ['7&', '7?'], ['8*', '8*'], ['9(', '9('], ['0)', '0)'], ['-_', '-_'], ['=+', '=+'],
  ['qQ', 'йЙ'], ['wW', 'цЦ'], ['eE', 'уУ'], ['rR', 'кК'], ['tT', 'еЕ'], ['yY', 'нН'], ['uU', 'гГ'],
  ['iI', 'шШ'], ['oO', 'щЩ'], ['pP', 'зЗ'], ['[{', 'хХ'], [']}', 'ъЪ'], ['\\|', '\\/'],
  ['aA', 'фФ'], ['sS', 'ыЫ'], ['dD', 'вВ'], ['fF', 'аА'], ['gG', 'пП'], ['hH', 'рР'], ['jJ', 'оО'],
  ['kK', 'лЛ'], ['lL', 'дД'], [';:', 'жЖ'], ['\'"', 'эЭ'],
  ['zZ', 'яЯ'], ['xX', 'чЧ'], ['cC', 'сС'], ['vV', 'мМ'], ['bB', 'иИ'], ['nN', 'тТ'], ['mM', 'ьЬ'],
  [',<', 'бБ'], ['.>', 'юЮ'], ['/?', '.,'],
];

/** Physical key → character, for every character of both layouts. */
const QWERTY_TO_JCUKEN = new Map<string, string>();
for (const [latin, cyrillic] of KEYS) {
  QWERTY_TO_JCUKEN.set(latin[0]!, cyrillic[0]!);
  QWERTY_TO_JCUKEN.set(latin[1]!, cyrillic[1]!);
}

const isCyrillicLetter = (c: string) => /[а-яё]/i.test(c);
const isLatinLetter = (c: string) => /[a-z]/i.test(c);

/**
 * Only letters (and the punctuation keys that are letters on the other layout) are swapped:
 * digits and symbols usually stay what the reader meant, as they do when people mistype.
 */
const LATIN_TO_CYRILLIC = new Map<string, string>();
const CYRILLIC_TO_LATIN = new Map<string, string>();
for (const [latin, cyrillic] of KEYS) {
  for (let k = 0; k < 2; k += 1) {
    const l = latin[k]!;
    const c = cyrillic[k]!;
    if (isCyrillicLetter(c)) {
      LATIN_TO_CYRILLIC.set(l, c);
      CYRILLIC_TO_LATIN.set(c, l);
    }
  }
}

function swap(text: string, map: Map<string, string>): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** What the reader meant if they typed Russian with the English layout on: "gfhjkm" → "пароль". */
export const latinKeysToCyrillic = (text: string): string => swap(text, LATIN_TO_CYRILLIC);
/** What the reader meant if they typed English with the Russian layout on: "йцукен" → "qwerty". */
export const cyrillicKeysToLatin = (text: string): string => swap(text, CYRILLIC_TO_LATIN);

/** Word lists of Cyrillic words are named "…-ru" (their Latin spellings "…-ru-translit"). */
export const isCyrillicDictionary = (name: string) => name.endsWith('-ru');

export const hasLatinLetters = (text: string) => [...text].some(isLatinLetter);
export const hasCyrillicLetters = (text: string) => [...text].some(isCyrillicLetter);

/**
 * The ЙЦУКЕН adjacency graph for zxcvbn-ts's spatial matcher, derived from its QWERTY graph:
 * same keys, same neighbours, Russian characters ("йцукен", "фывапролдж" become keyboard walks).
 */
export function jcukenGraph(qwerty: OptionsGraphEntry): OptionsGraphEntry {
  const toRu = (c: string) => QWERTY_TO_JCUKEN.get(c) ?? c;
  const graph: OptionsGraphEntry = {};
  for (const [key, neighbours] of Object.entries(qwerty)) {
    graph[toRu(key)] = neighbours.map((pair) => (pair ? [...pair].map(toRu).join('') : null));
  }
  return graph;
}

export function withJcuken(graphs: OptionsGraph): OptionsGraph {
  const qwerty = graphs['qwerty'];
  if (!qwerty) throw new Error('password scoring: the QWERTY adjacency graph is missing from @zxcvbn-ts/language-common');
  return { ...graphs, jcuken: jcukenGraph(qwerty) };
}
