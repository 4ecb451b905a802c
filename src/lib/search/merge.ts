/**
 * Ranking for several words (issue 13, item 2; issue 25, item 1). Pagefind returns a page only if it
 * holds every word of the query; each informative word is also searched alone, which tells which
 * pages hold it in their title (Pagefind's matchedMetaFields). Full matches come first (the literal
 * query's and each synonym variant's), a page whose title holds every word of the query above the
 * rest, and a title holding more of them lifts a page; then pages found only through a correction of
 * a real word; then pages matching more of the words above pages matching fewer.
 */

export interface Scored {
  id: string;
  score: number;
  /** The page's metadata fields that hold the query's words ("title", "aliases", "description"). */
  matchedMetaFields?: readonly string[];
}

export type MatchKind = 'alias' | 'full' | 'synonym' | 'partial';

export interface Ranked<T extends Scored> {
  hit: T;
  kind: MatchKind;
  /** The query's words (or a synonym's site words) this page matched. */
  matched: string[];
}

/** A word of the query, or a synonym's site words (one unit standing for the reader's phrase). */
export interface Unit {
  text: string;
  /** How many of the reader's words it stands for. */
  weight: number;
  /** Counted even when most pages hold it (a synonym's site words). */
  kept?: boolean;
}

export interface QueryRun<T extends Scored> {
  /** The words of the query, each searched alone if needed. */
  units: readonly Unit[];
  /** What the whole query found, best first. */
  full: readonly T[];
  /** Found through a correction of a word the reader typed as a real word: ranked below every other full match. */
  corrected?: boolean;
  /** Stands for only part of what was typed (a topic's name alone): its pages' titles do not lift them. */
  narrow?: boolean;
}

export interface MergeInput<T extends Scored> {
  literal: QueryRun<T>;
  variants: readonly QueryRun<T>[];
  /** What each unit found alone (empty when the full queries found enough). */
  unitHits: ReadonlyMap<string, readonly T[]>;
  /** Pages in the locale's index: a word on more than half of them tells little. */
  pages: number;
  /** Pages listing the typed query as an alias: lifted to the top when few share it. */
  aliasIds?: ReadonlySet<string>;
}

/** Fewer full results than this and the words are searched one by one. */
export const ENOUGH_FULL_RESULTS = 3;

/** An exact alias match is a strong hint only when few pages share the alias ("сяоми" yes, "redmi" no). */
export const MAX_EXACT_ALIAS_PAGES = 5;

/** A word on more than half of the pages tells little: it counts for this much of a word. */
export const COMMON_WORD_WEIGHT = 0.5;

/** A full match's score is multiplied by 1 + this × the share of the query's words its title holds. */
export const TITLE_BOOST = 2;

/** The title is a metadata field Pagefind reports as matched. */
const TITLE_FIELD = 'title';

/**
 * The share of a query's units (weighted by how rare each is) that a page's title holds, for every
 * page that holds one: 1 = the title holds every informative word of the query.
 */
export function titleCoverage<T extends Scored>(units: readonly Unit[], unitHits: ReadonlyMap<string, readonly T[]>, pages: number): Map<string, number> {
  const out = new Map<string, number>();
  const weighted = informativeUnits(units, unitHits, pages).map((u) => ({ u, w: u.weight * Math.log(1 + pages / unitHits.get(u.text)!.length) }));
  const total = weighted.reduce((n, x) => n + x.w, 0);
  if (!total) return out;
  for (const { u, w } of weighted) {
    for (const h of unitHits.get(u.text)!) {
      if (h.matchedMetaFields?.includes(TITLE_FIELD)) out.set(h.id, (out.get(h.id) ?? 0) + w / total);
    }
  }
  return out;
}

/**
 * The units a page can match, with what each counts for: words found nowhere are left out, and a
 * word on most pages counts half (a synonym's site words always count in full).
 */
export function informativeUnits<T extends Scored>(units: readonly Unit[], unitHits: ReadonlyMap<string, readonly T[]>, pages: number): Unit[] {
  return units
    .filter((u) => (unitHits.get(u.text)?.length ?? 0) > 0)
    .map((u) => (!u.kept && pages >= 4 && unitHits.get(u.text)!.length > pages / 2 ? { ...u, weight: u.weight * COMMON_WORD_WEIGHT } : u));
}

export function mergeResults<T extends Scored>(input: MergeInput<T>): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  const placed = new Set<string>();
  const put = (hit: T, kind: MatchKind, matched: readonly string[]) => {
    if (placed.has(hit.id)) return;
    placed.add(hit.id);
    out.push({ hit, kind, matched: [...matched] });
  };
  // Full matches: the literal query's and each synonym query's. A title holding every word of its
  // query first; then by Pagefind's score lifted by the title's share
  // of the words; the literal's first on a tie. Pages found only through a correction come after.
  const runs = [input.literal, ...input.variants];
  const fulls = runs
    .flatMap((q, order) => {
      const cover = q.narrow ? new Map<string, number>() : titleCoverage(q.units, input.unitHits, input.pages);
      // A title holding only words most pages hold ("аккаунт Xiaomi") says nothing about the page.
      const telling = informativeUnits(q.units, input.unitHits, input.pages).some((u) => input.unitHits.get(u.text)!.length <= input.pages / 2);
      return q.full.map((hit, i) => {
        const c = cover.get(hit.id) ?? 0;
        return { hit, kind: order === 0 ? ('full' as const) : ('synonym' as const), units: q.units, q: order, i, corrected: !!q.corrected, whole: telling && c >= 0.999, rank: hit.score * (1 + TITLE_BOOST * c) };
      });
    })
    .sort((a, b) => Number(a.corrected) - Number(b.corrected) || Number(b.whole) - Number(a.whole) || b.rank - a.rank || a.q - b.q || a.i - b.i);
  for (const f of fulls) put(f.hit, f.kind, f.units.map((u) => u.text));

  // Partial matches, only when the full ones are few: per query, the informative units a page holds; a page keeps its best query.
  const best = new Map<string, { hit: T; count: number; weight: number; matched: string[]; order: number }>();
  const enough = placed.size >= ENOUGH_FULL_RESULTS;
  runs.forEach((q, order) => {
    if (q.corrected || enough) return;
    const units = informativeUnits(q.units, input.unitHits, input.pages);
    const perPage = new Map<string, { hit: T; matched: string[]; count: number; weight: number }>();
    for (const u of units) {
      const hits = input.unitHits.get(u.text)!;
      const top = Math.max(...hits.map((h) => h.score), Number.EPSILON);
      const idf = Math.log(1 + input.pages / hits.length);
      for (const h of hits) {
        const p = perPage.get(h.id) ?? { hit: h, matched: [], count: 0, weight: 0 };
        p.matched.push(u.text);
        p.count += u.weight;
        p.weight += (h.score / top) * idf;
        perPage.set(h.id, p);
      }
    }
    for (const [id, p] of perPage) {
      const seen = best.get(id);
      const candidate = { ...p, order };
      if (!seen || candidate.count > seen.count || (candidate.count === seen.count && candidate.weight > seen.weight)) best.set(id, candidate);
    }
  });
  const partial = [...best.values()].sort((a, b) => b.count - a.count || b.weight - a.weight || a.order - b.order);
  for (const p of partial) put(p.hit, 'partial', p.matched);

  return promoteExact(out, input.aliasIds ?? new Set());
}

/** Moves pages whose alias is exactly the query to the top, keeping the order otherwise. */
export function promoteExact<T extends Scored>(ranked: readonly Ranked<T>[], exactIds: ReadonlySet<string>): Ranked<T>[] {
  if (exactIds.size === 0 || exactIds.size > MAX_EXACT_ALIAS_PAGES) return [...ranked];
  const lifted = ranked.filter((r) => exactIds.has(r.hit.id)).map((r) => ({ ...r, kind: 'alias' as const }));
  return [...lifted, ...ranked.filter((r) => !exactIds.has(r.hit.id))];
}
