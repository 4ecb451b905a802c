/**
 * Scores proven close: on the committed evaluation set (tests/fixtures/password-eval.tsv), each
 * page language's shipped scorer (its packs, decoded as in the browser) against today's full
 * lists. Prints the figures; fails below the thresholds of issue 15.
 *
 * A password whose full-list reading goes through a list the page leaves out by design (another
 * language's lists: Spanish, Indonesian or Portuguese on other pages; English beyond the subset on
 * non-English pages) is counted apart, under "read through …", and reported only; its own
 * category's raw figure is printed too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer, type Scorer } from '../../src/lib/password/scorer.ts';
import { packLists, PLAN } from '../../src/lib/password/build-packs.ts';
import { PACK_NAMES, packsFor, type PackName } from '../../src/lib/password/packs.ts';
import { russianDictionary } from '../../src/lib/password/ru-dictionary.ts';
import { rankedLists, type RankedList } from '../../src/lib/password/word-index.ts';
import { allSourceLists, sourceGraphs } from '../../src/lib/password/sources.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { CATEGORIES, COUNTS, fromTsv, generateEvalSet, toTsv, type Category } from '../support/password-eval.ts';
import { fullScorer, shippedScorer } from '../support/password.ts';
import { ROOT } from '../support/paths.ts';

const SET = fromTsv(readFileSync(join(ROOT, 'tests/fixtures/password-eval.tsv'), 'utf8'));
const ENGLISH_TAIL = 'read through English beyond the subset';

/** One language's lists, loaded by its own pages only: the pack, how its lists' names end, the categories made from them. */
const LANGUAGE_LISTS: readonly { pack: PackName; suffix: string; bucket: string; categories: readonly Category[] }[] = [
  { pack: 'es', suffix: '-es-es', bucket: 'read through Spanish lists', categories: ['es-words', 'passphrase-es'] },
  { pack: 'id', suffix: '-id', bucket: 'read through Indonesian lists', categories: ['id-words', 'passphrase-id'] },
  { pack: 'pt-br', suffix: '-pt-br', bucket: 'read through Portuguese lists', categories: ['pt-words', 'passphrase-pt'] },
];
const SET_APART = new Set([ENGLISH_TAIL, ...LANGUAGE_LISTS.map((l) => l.bucket)]);

interface Reference {
  score: number;
  uses: { dictionaryName: string; rank: number }[];
  /**
   * Packs of LANGUAGE_LISTS a word-sequence match in the reading draws on. Such a match ("tar-um":
   * "tar" reversed from an English list, "um" from a Portuguese one) is named after one list only,
   * so for these readings the password is scored again without each language's lists: if the
   * reading changes, it goes through them.
   */
  sequenceLanguages: PackName[];
}
let reference: Reference[];

beforeAll(() => {
  const full = fullScorer();
  // Built on first need: few readings have a word-sequence match (11 of the 15,200 today).
  let withoutLanguage: { pack: PackName; score: Scorer }[] | undefined;
  const without = (suffix: string) => createScorer({ lists: allSourceLists().filter((l) => !l.name.endsWith(suffix)), graphs: sourceGraphs() });
  reference = SET.map(({ password }) => {
    const r = full(password);
    const sequenceLanguages = r.sequence.some((m) => m.pattern === 'wordSequence')
      ? (withoutLanguage ??= LANGUAGE_LISTS.map((l) => ({ pack: l.pack, score: without(l.suffix) })))
          .filter((w) => w.score(password).guessesLog10 !== r.guessesLog10)
          .map((w) => w.pack)
      : [];
    return { score: r.score, uses: r.sequence.flatMap((m) => (m.dictionaryName ? [{ dictionaryName: m.dictionaryName, rank: m.rank ?? 0 }] : [])), sequenceLanguages };
  });
}, 300_000);

/** The lists a page leaves out by design, if today's reading of a password goes through one. */
function leftOut(lang: string, ref: Reference): string | null {
  const packs = packsFor(lang);
  for (const l of LANGUAGE_LISTS) {
    if (packs.includes(l.pack)) continue;
    if (ref.uses.some((u) => u.dictionaryName.endsWith(l.suffix)) || ref.sequenceLanguages.includes(l.pack)) return l.bucket;
  }
  if (!packs.includes('en-rest')) {
    const beyond = (u: Reference['uses'][number]) => u.dictionaryName.endsWith('-en') && u.rank > (PLAN.enCore[u.dictionaryName]?.maxRank ?? Infinity);
    if (ref.uses.some(beyond)) return ENGLISH_TAIL;
  }
  return null;
}

/**
 * The issue's thresholds: 99.5% where the page has the lists, 97% for English (and what is left of
 * another language's words: Spanish, Indonesian, Portuguese) elsewhere.
 */
function threshold(lang: string, bucket: string): number | null {
  if (SET_APART.has(bucket)) return null;
  const english = bucket === 'en-words' || bucket === 'en-basic' || bucket === 'passphrase-en';
  if (english && !packsFor(lang).includes('en-rest')) return 0.97;
  const language = LANGUAGE_LISTS.find((l) => (l.categories as readonly string[]).includes(bucket));
  if (language && !packsFor(lang).includes(language.pack)) return 0.97;
  return 0.995;
}

interface Tally {
  n: number;
  same: number;
  /** More than one step apart. */
  far: string[];
  /** Full lists say 0–1, shipped says 3–4. */
  weakToStrong: string[];
}
const tally = (): Tally => ({ n: 0, same: 0, far: [], weakToStrong: [] });
const pct = (t: Tally) => `${((100 * t.same) / t.n).toFixed(2)}%`;

function agreement(lang: string) {
  const score = shippedScorer(lang);
  const buckets = new Map<string, Tally>();
  const raw = new Map<string, Tally>();
  SET.forEach(({ category, password }, i) => {
    const ref = reference[i]!;
    const shipped = score(password).score;
    for (const [map, key] of [[buckets, leftOut(lang, ref) ?? category], [raw, category]] as const) {
      const t = map.get(key) ?? tally();
      map.set(key, t);
      t.n += 1;
      if (shipped === ref.score) t.same += 1;
      if (Math.abs(shipped - ref.score) > 1) t.far.push(password);
      if (ref.score <= 1 && shipped >= 3) t.weakToStrong.push(password);
    }
  });
  const lines = [...buckets].map(([b, t]) => {
    const min = threshold(lang, b);
    const extra = t.far.length || t.weakToStrong.length ? `, ${t.far.length} more than one step apart, ${t.weakToStrong.length} weak → strong` : '';
    return `  ${b.padEnd(40)} ${pct(t).padStart(8)} of ${String(t.n).padStart(5)}${min === null ? '  (reported)' : `  (needs ${(min * 100).toFixed(1)}%)`}${extra}`;
  });
  const rawLines = [...raw].map(([c, t]) => `  ${c.padEnd(40)} ${pct(t).padStart(8)} of ${String(t.n).padStart(5)}${t.far.length ? `, ${t.far.length} more than one step apart` : ''}`);
  console.log(`\n${lang} page (${packsFor(lang).join(' + ')} + Russian), shipped vs today's full lists:\n${lines.join('\n')}\n  by category, nothing set apart:\n${rawLines.join('\n')}`);
  return buckets;
}

describe('the evaluation set', () => {
  it('is what scripts/password-eval.mjs makes (fixed seed): at least 10,000 passwords of every category', () => {
    expect(SET.length).toBeGreaterThanOrEqual(10_000);
    for (const c of Object.keys(CATEGORIES) as Category[]) expect(SET.filter((p) => p.category === c).length, c).toBe(COUNTS[c]);
    expect(toTsv(SET)).toBe(toTsv(generateEvalSet()));
  }, 120_000);
});

describe('dropping what cannot change a score', () => {
  it('changes no score: every page language with every list, pruned and shadowed but not cut, scores like today', () => {
    // No cuts: what is left differs from the full lists only by entries that can never win.
    const lists = packLists({ ...PLAN, common: {}, enCore: {}, enRest: {}, es: {}, id: {}, 'pt-br': {} });
    const all: RankedList[] = [
      ...PACK_NAMES.flatMap((n) => lists[n]).map((l) => ({ name: l.name, words: l.entries.map(([w]) => w), ranks: l.entries.map(([, r]) => r) })),
      ...rankedLists(russianDictionary()),
    ];
    const pruned = createScorer({ lists: all, graphs: sourceGraphs() });
    const changed = SET.filter((p, i) => pruned(p.password).score !== reference[i]!.score).map((p) => p.password);
    console.log(`\npruned, not cut: ${SET.length - changed.length} of ${SET.length} passwords score as with the full lists`);
    expect(changed).toEqual([]);
  }, 300_000);
});

describe.each(LOCALE_CODES)('the %s page’s scorer against today’s full lists', (lang) => {
  let buckets: Map<string, Tally>;
  beforeAll(() => {
    buckets = agreement(lang);
  }, 300_000);

  it('gives the same 0–4 score as often as the issue asks, per category', () => {
    const below = [...buckets].flatMap(([b, t]) => {
      const min = threshold(lang, b);
      return min !== null && t.same / t.n < min ? [`${b}: ${pct(t)} < ${(min * 100).toFixed(1)}%`] : [];
    });
    expect(below).toEqual([]);
  });

  it('is never more than one step apart, and never calls strong what the full lists call weak', () => {
    const kept = [...buckets].filter(([b]) => threshold(lang, b) !== null);
    expect(kept.flatMap(([, t]) => t.far)).toEqual([]);
    expect(kept.flatMap(([, t]) => t.weakToStrong)).toEqual([]);
  });
});
