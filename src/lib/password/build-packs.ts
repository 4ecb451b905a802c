/**
 * Makes the packed word lists (see pack.ts) from the full lists (sources.ts), following a plan:
 * what each pack holds and how far each list is cut. scripts/password-lists.mjs writes the result
 * to src/lib/password/packs/; a unit test checks that what is committed is what this makes.
 */
import { Options } from '@zxcvbn-ts/core';
import { l33tTable } from './l33t.ts';
import { encodePack, type PackInput } from './pack.ts';
import { dropShadowed, entriesOf, margin, winners, type Lists } from './prune.ts';
import { sourceLists, type SourceLanguage } from './sources.ts';
import { ALWAYS_LOADED, PACK_NAMES, type PackName } from './packs.ts';
import type { RankedList } from './word-index.ts';

/** How far a list is cut: entries ranked at most `maxRank` that save at least `minMargin` powers of ten. */
export interface Cut {
  maxRank?: number;
  minMargin?: number;
}

export interface PackPlan {
  /** Ranks up to this stay exact. */
  exact: number;
  /** Mantissa bits of the rounded ranks above. */
  bits: number;
  /** Cuts by list name ("passwords-common", "commonWords-en"); a list not named is kept whole. */
  common: Record<string, Cut>;
  /** The English subset every page loads… */
  enCore: Record<string, Cut>;
  /** …and how far the rest of English, for English pages only, is cut. */
  enRest: Record<string, Cut>;
  /** The packs of one language, for its pages only (Spanish, Indonesian, Brazilian Portuguese). */
  es: Record<string, Cut>;
  id: Record<string, Cut>;
  'pt-br': Record<string, Cut>;
}

/** The packs that hold one source language's lists whole (cut by the plan), for that language's pages. */
export const LANGUAGE_PACKS = ['es', 'id', 'pt-br'] as const satisfies readonly (PackName & SourceLanguage)[];

/** The English every page knows: the most frequent words and first names (what people everywhere use). */
export const ENGLISH_CORE = { words: 10_000, names: 2_000 } as const;

/**
 * Entries that beat blind guessing by less than this many powers of ten are dropped: a password
 * built on one then scores at most that much higher, never two steps (the score thresholds are at
 * least two powers of ten apart). The agreement test measures what it costs.
 */
export const MIN_MARGIN = 0.75;

const byMargin = (names: readonly string[], minMargin = MIN_MARGIN): Record<string, Cut> => Object.fromEntries(names.map((n) => [n, { minMargin }]));

/**
 * Measured on the evaluation set (tests/unit/password-agreement.test.ts): two mantissa bits (ranks
 * within 25%) instead of three cost 2–3 more disagreements per page language and save 4–10 KB gzip
 * per pack; one bit drops Spanish words on the Spanish page below 99.5%. A margin of 1 for the
 * common passwords and Spanish changes no figure and saves 1–2 KB; 1.5 fails both. Indonesian
 * takes 1 too; Portuguese keeps MIN_MARGIN: at 1, one Portuguese passphrase of 172 on the pt-br page
 * scored a step apart (99.42%, below 99.5%), and 0.75 costs 1.6 KB gzip.
 */
export const PLAN: PackPlan = {
  exact: 2047,
  bits: 2,
  common: byMargin(['passwords-common', 'diceware-common'], 1),
  enCore: {
    'commonWords-en': { maxRank: ENGLISH_CORE.words, minMargin: MIN_MARGIN },
    'firstnames-en': { maxRank: ENGLISH_CORE.names, minMargin: MIN_MARGIN },
    'lastnames-en': { maxRank: 0 },
    'wikipedia-en': { maxRank: 0 },
  },
  enRest: byMargin(['commonWords-en', 'firstnames-en', 'lastnames-en', 'wikipedia-en'], 0.5),
  es: byMargin(['commonWords-es-es', 'firstnames-es-es', 'lastnames-es-es', 'wikipedia-es-es'], 1),
  id: byMargin(['commonWords-id', 'names-id', 'wikipedia-id'], 1),
  'pt-br': byMargin(['commonWords-pt-br', 'firstnames-pt-br', 'lastnames-pt-br', 'wikipedia-pt-br']),
};

const isSequence = (name: string) => new Options().isWordSequence(name);

function cut(l: Lists, c: Cut | undefined): Lists {
  if (!c) return l;
  return { name: l.name, entries: l.entries.filter(([w, r]) => r <= (c.maxRank ?? Infinity) && margin(w, r) >= (c.minMargin ?? -Infinity)) };
}

function cutAll(lists: readonly Lists[], cuts: Record<string, Cut>): Lists[] {
  return lists.map((l) => (isSequence(l.name) ? l : cut(l, cuts[l.name])));
}

/** Each pack's lists, before encoding: exact ranks. */
export function packLists(plan: PackPlan = PLAN, sources: Record<SourceLanguage, RankedList[]> = sourceLists()): Record<PackName, Lists[]> {
  const l33t = l33tTable();
  const win = (lang: SourceLanguage) => sources[lang].map((l) => winners(l, l33t));
  const en = win('en');
  // The Russian lists come with the scorer on every page, after the packs.
  const ru = sources.ru.map((l) => ({ name: l.name, entries: entriesOf(l) }));
  const chosen = {
    common: cutAll(win('common'), plan.common),
    'en-core': cutAll(en, plan.enCore),
  } satisfies Record<(typeof ALWAYS_LOADED)[number], Lists[]>;
  const inCore = new Map(chosen['en-core'].map((l) => [l.name, new Set(l.entries.map(([w]) => w))]));
  const enRest = cutAll(en, plan.enRest).map((l) => ({ name: l.name, entries: isSequence(l.name) ? [] : l.entries.filter(([w]) => !inCore.get(l.name)?.has(w)) }));
  // Packs loaded on every page shadow each other in the order the full checker loaded them.
  const core: Lists[] = [];
  const packs = {} as Record<PackName, Lists[]>;
  for (const name of ALWAYS_LOADED) {
    packs[name] = dropShadowed(chosen[name], core, isSequence, ru);
    core.push(...packs[name]);
  }
  packs['en-rest'] = dropShadowed(enRest, core, isSequence, ru);
  for (const lang of LANGUAGE_PACKS) packs[lang] = dropShadowed(cutAll(win(lang), plan[lang]), core, isSequence, ru);
  for (const name of PACK_NAMES) packs[name] = packs[name].filter((l) => l.entries.length > 0);
  return packs;
}

export function buildPacks(plan: PackPlan = PLAN, sources?: Record<SourceLanguage, RankedList[]>): Record<PackName, string> {
  const lists = packLists(plan, sources);
  const out = {} as Record<PackName, string>;
  for (const name of PACK_NAMES) out[name] = encodePack(lists[name].map((l): PackInput => ({ name: l.name, entries: l.entries, exact: plan.exact, bits: plan.bits })));
  return out;
}
