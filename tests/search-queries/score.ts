/** Hit rates of the query set: overall and per tag, and each miss as a line a reader of the log can act on. */
import { expectedPaths, type QueryTag, type ReaderQuery } from './index.ts';

export interface Scored {
  lang: string;
  total: number;
  hits: number;
  rate: number;
  byTag: Partial<Record<QueryTag, { total: number; hits: number; rate: number }>>;
  misses: string[];
  /** Kept queries (they worked before) that miss now. */
  lost: string[];
}

const rate = (hits: number, total: number) => (total ? hits / total : 1);

/** `top` gives the paths of the first results (at least 3) for each query, in the set's order. */
export function scoreQueries(lang: string, queries: readonly ReaderQuery[], top: readonly (readonly string[])[]): Scored {
  const byTag: Scored['byTag'] = {};
  const misses: string[] = [];
  const lost: string[] = [];
  let hits = 0;
  queries.forEach((q, i) => {
    const first3 = (top[i] ?? []).slice(0, 3);
    const hit = expectedPaths(lang, q).some((p) => first3.includes(p));
    const t = (byTag[q.tag] ??= { total: 0, hits: 0, rate: 0 });
    t.total += 1;
    if (hit) {
      hits += 1;
      t.hits += 1;
    } else {
      const line = `[${q.tag}] "${q.q}" → expected ${q.expect.join(' or ')}, got ${first3.map((p) => p.replace(`/${lang}/`, '').replace(/\/$/, '') || '(home)').join(', ') || 'nothing'}`;
      misses.push(line);
      if (q.kept) lost.push(line);
    }
  });
  for (const t of Object.values(byTag)) t.rate = rate(t.hits, t.total);
  return { lang, total: queries.length, hits, rate: rate(hits, queries.length), byTag, misses, lost };
}

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** "ru: 61/79 (77%) — typo 15/23 (65%), …" */
export function summary(s: Scored): string {
  const tags = Object.entries(s.byTag).map(([tag, t]) => `${tag} ${t.hits}/${t.total} (${pct(t.rate)})`);
  return `${s.lang}: ${s.hits}/${s.total} (${pct(s.rate)}) — ${tags.join(', ')}`;
}
