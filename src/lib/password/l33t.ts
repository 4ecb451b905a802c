/** The l33t table the scorer uses: zxcvbn-ts's, plus the digits and symbols people put for Russian letters. */
import { Options, type OptionsL33tTable } from '@zxcvbn-ts/core';

const RUSSIAN_L33T: Record<string, string[]> = {
  а: ['@', '4'], б: ['6'], в: ['8'], е: ['3', 'ё'], з: ['3'], о: ['0'], ч: ['4'], т: ['7'],
};

export function l33tTable(defaults: OptionsL33tTable = new Options().l33tTable): Record<string, string[]> {
  const table: Record<string, string[]> = { ...(defaults as Record<string, string[]>) };
  for (const [letter, subs] of Object.entries(RUSSIAN_L33T)) table[letter] = [...(table[letter] ?? []), ...subs];
  return table;
}
