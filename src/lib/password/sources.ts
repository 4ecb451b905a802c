/**
 * The full word lists the packs are made from (zxcvbn-ts's language packages and our Russian lists),
 * by language, in rank order. Never shipped as they are: scripts/password-lists.mjs packs them, and
 * the agreement test scores with them as the reference ("today's full lists").
 */
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as en } from '@zxcvbn-ts/language-en';
import { dictionary as es } from '@zxcvbn-ts/language-es-es';
import { dictionary as id } from '@zxcvbn-ts/language-id';
import { dictionary as ptBr } from '@zxcvbn-ts/language-pt-br';
import type { OptionsGraph } from '@zxcvbn-ts/core';
import { russianDictionary } from './ru-dictionary.ts';
import { rankedLists, type RankedList } from './word-index.ts';

export type SourceLanguage = 'common' | 'en' | 'es' | 'id' | 'pt-br' | 'ru';

export const SOURCE_LANGUAGES: readonly SourceLanguage[] = ['common', 'en', 'es', 'id', 'pt-br', 'ru'];

export function sourceLists(): Record<SourceLanguage, RankedList[]> {
  return {
    common: rankedLists(common),
    en: rankedLists(en),
    es: rankedLists(es),
    id: rankedLists(id),
    'pt-br': rankedLists(ptBr),
    ru: rankedLists(russianDictionary()),
  };
}

/**
 * Every list, in the order the checker used to load them (common, English, Spanish, Russian), with
 * Indonesian and Brazilian Portuguese (added later) before Russian: Russian comes last, as in the browser.
 */
export function allSourceLists(): RankedList[] {
  const s = sourceLists();
  return SOURCE_LANGUAGES.flatMap((l) => s[l]);
}

export const sourceGraphs = (): OptionsGraph => adjacencyGraphs as OptionsGraph;
