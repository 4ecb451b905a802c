/**
 * Ranking for several words (issue 13, item 2). Pagefind returns a page only if it holds every word
 * of the query; when the whole query finds fewer than 3 pages, each informative word is also
 * searched alone and the lists are merged: full matches first (the literal query's, then each
 * synonym variant's), then pages matching more of the words above pages matching fewer.
 */

export interface Scored {
  id: string;
  score: number;
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
  // Full matches: the literal query's and each synonym query's, by Pagefind's score; the literal's first on a tie.
  const fulls = [
    ...input.literal.full.map((hit, i) => ({ hit, kind: 'full' as const, units: input.literal.units, q: 0, i })),
    ...input.variants.flatMap((v, q) => v.full.map((hit, i) => ({ hit, kind: 'synonym' as const, units: v.units, q: q + 1, i }))),
  ].sort((a, b) => b.hit.score - a.hit.score || a.q - b.q || a.i - b.i);
  for (const f of fulls) put(f.hit, f.kind, f.units.map((u) => u.text));

  // Partial matches: per query, the informative units a page holds; a page keeps its best query.
  const best = new Map<string, { hit: T; count: number; weight: number; matched: string[]; order: number }>();
  [input.literal, ...input.variants].forEach((q, order) => {
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
