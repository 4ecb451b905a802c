/**
 * Scores proven close: on the committed evaluation set (tests/fixtures/password-eval.tsv), each
 * page language's shipped scorer (its packs, decoded as in the browser) against today's full
 * lists. Prints the figures; fails below the thresholds of issue 15.
 *
 * A password whose full-list reading goes through a list the page leaves out by design (Spanish
 * on non-Spanish pages, English beyond the subset on non-English pages) is counted apart, under
 * "read through …", and reported only; its own category's raw figure is printed too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/lib/password/scorer.ts';
import { packLists, PLAN } from '../../src/lib/password/build-packs.ts';
import { packsFor } from '../../src/lib/password/packs.ts';
import { russianDictionary } from '../../src/lib/password/ru-dictionary.ts';
import { rankedLists, type RankedList } from '../../src/lib/password/word-index.ts';
import { sourceGraphs } from '../../src/lib/password/sources.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { CATEGORIES, COUNTS, fromTsv, generateEvalSet, toTsv, type Category } from '../support/password-eval.ts';
import { fullScorer, shippedScorer } from '../support/password.ts';
import { ROOT } from '../support/paths.ts';

const SET = fromTsv(readFileSync(join(ROOT, 'tests/fixtures/password-eval.tsv'), 'utf8'));
const SPANISH = 'read through Spanish lists';
const ENGLISH_TAIL = 'read through English beyond the subset';

interface Reference {
  score: number;
  uses: { dictionaryName: string; rank: number }[];
}
let reference: Reference[];

beforeAll(() => {
  const full = fullScorer();
  reference = SET.map(({ password }) => {
    const r = full(password);
    return { score: r.score, uses: r.sequence.flatMap((m) => (m.dictionaryName ? [{ dictionaryName: m.dictionaryName, rank: m.rank ?? 0 }] : [])) };
  });
}, 300_000);

/** The lists a page leaves out by design, if today's reading of a password goes through one. */
function leftOut(lang: string, ref: Reference): string | null {
  const packs = packsFor(lang);
  if (!packs.includes('es') && ref.uses.some((u) => u.dictionaryName.endsWith('-es-es'))) return SPANISH;
  if (!packs.includes('en-rest')) {
    const beyond = (u: Reference['uses'][number]) => u.dictionaryName.endsWith('-en') && u.rank > (PLAN.enCore[u.dictionaryName]?.maxRank ?? Infinity);
    if (ref.uses.some(beyond)) return ENGLISH_TAIL;
  }
  return null;
}

/** The issue's thresholds: 99.5% where the page has the lists, 97% for English (and what is left of Spanish) elsewhere. */
function threshold(lang: string, bucket: string): number | null {
  if (bucket === SPANISH || bucket === ENGLISH_TAIL) return null;
  const english = bucket === 'en-words' || bucket === 'en-basic' || bucket === 'passphrase-en';
  const spanish = bucket === 'es-words' || bucket === 'passphrase-es';
  if (english && !packsFor(lang).includes('en-rest')) return 0.97;
  if (spanish && !packsFor(lang).includes('es')) return 0.97;
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
    const lists = packLists({ ...PLAN, common: {}, enCore: {}, enRest: {}, es: {} });
    const all: RankedList[] = [
      ...[...lists.common, ...lists['en-core'], ...lists['en-rest'], ...lists.es].map((l) => ({ name: l.name, words: l.entries.map(([w]) => w), ranks: l.entries.map(([, r]) => r) })),
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
