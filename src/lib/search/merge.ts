/**
 * Ranking for several words (issue 13, item 2; issue 25, item 1). Pagefind returns a page only if it
 * holds every word of the query; each informative word is also searched alone, which tells which
 * pages hold it in their title (Pagefind's matchedMetaFields). Full matches come first (the literal
 * query's and each synonym variant's), a page whose title holds every word of the query above the
 * rest, and a title holding more of them lifts a page (a synonym's site words of several words count
 * by how many of them the title holds, each searched alone too); then pages found only through a
 * correction of a real word; then pages matching more of the words above pages matching fewer.
 */
import { fold, wordsOf } from './normalize.ts';

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
  /** The share of the reader's words this query stands for (a topic's name alone: less than 1); its ranks are scaled by it. */
  scope?: number;
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
  /**
   * The words of a unit of several words (a synonym's site words, "reset a forgotten password"), each
   * searched alone too (its hits in unitHits): how many of them a title holds is what the title says.
   */
  phraseWords?: ReadonlyMap<string, readonly string[]>;
  /**
   * Words that say something fails without saying what ("cant", "не получается": stop-words.ts,
   * WEAK_WORDS), folded. A title holding a unit made only of them counts for it only when it also
   * holds another unit of the query that at most half of the titles hold: "Can't sign in" answers "cant sign in", not "cant get code".
   */
  weak?: ReadonlySet<string>;
  /**
   * The FAQ's questions, each as its folded words without stop words (SynonymSet.questions). The FAQ is
   * one page whose title says nothing of them; Pagefind marks its hits for a word of any question
   * (the "questions" metadata field), and the question holding most of the query's words counts for
   * that page like a title would: "can i just create a new xiaomi account instead" is one question.
   */
  questions?: readonly (readonly string[])[];
}

/** Fewer full results than this and the words are searched one by one. */
export const ENOUGH_FULL_RESULTS = 3;

/** An exact alias match is a strong hint only when few pages share the alias ("сяоми" yes, "redmi" no). */
export const MAX_EXACT_ALIAS_PAGES = 5;

/** A word on more than half of the pages tells little: it counts for this much of a word. */
export const COMMON_WORD_WEIGHT = 0.5;

/**
 * A synonym's site words on more than this share of the pages ("sign in" for "login" or "recover
 * account" on a site about signing in) name the site's subject: in a title they count SUBJECT_WEIGHT,
 * or the one title holding them (the hub's) outranks the page the reader's other words name.
 */
export const SUBJECT_SHARE = 0.9;
/** What such words count for in a title: half of what a word on most pages counts (COMMON_WORD_WEIGHT). */
export const SUBJECT_WEIGHT = COMMON_WORD_WEIGHT * COMMON_WORD_WEIGHT;

/** The title is a metadata field Pagefind reports as matched. */
const TITLE_FIELD = 'title';
const inTitle = (h: Scored) => !!h.matchedMetaFields?.includes(TITLE_FIELD);
const inAliases = (h: Scored) => !!h.matchedMetaFields?.includes('aliases');
const inQuestions = (h: Scored) => !!h.matchedMetaFields?.includes('questions');

/** One word in two forms ("unlocking", "unlock"; "restricted", "restriction"): equal, or a shared beginning of 4 letters or more that leaves at most 2 of the shorter. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let at = 0;
  while (at < n && a[at] === b[at]) at += 1;
  return at >= 4 && at >= n - 2;
}

/**
 * The units a page can match, with what each counts for: words found nowhere are left out, and a
 * word on most pages counts half, and so does a weak word (MergeInput.weak), which tells as little of
 * which page answers (a synonym's site words always count in full).
 */
export function informativeUnits<T extends Scored>(units: readonly Unit[], unitHits: ReadonlyMap<string, readonly T[]>, pages: number, weak?: ReadonlySet<string>): Unit[] {
  return units
    .filter((u) => (unitHits.get(u.text)?.length ?? 0) > 0)
    .map((u) =>
      !u.kept && ((pages >= 4 && unitHits.get(u.text)!.length > pages / 2) || isWeakUnit(u.text, weak)) ? { ...u, weight: u.weight * COMMON_WORD_WEIGHT } : u,
    );
}

/**
 * What a page's rank is made of, per query (the literal one or a synonym variant), each part a share
 * of the query's informative words weighted by how rare each word is (see pageScore).
 */
export const RANK_WEIGHTS = {
  /** The words the title holds (the strongest sign of what a page is about). */
  title: 4,
  /** Pagefind's score for each word on the page (headings and repeated words count), relative to the best page's. */
  strength: 1,
  /** The page holds every word of the query (Pagefind found it for the whole query). */
  full: 0.2,
  /** The title holds every word, one of them telling (not on most pages). */
  wholeTitle: 0.5,
  /** The words the page's aliases (what editors know readers type for it) hold. */
  aliases: 2,
};

/**
 * The FAQ's one page holds many questions, so some question holds a word or two of almost any query:
 * a question counts like a title only when it holds this share of what the query's words would count
 * for in a title.
 */
export const QUESTION_SHARE = 0.75;

/** A page not found for a whole query is listed beside enough full matches only if it holds this share of the words. */
export const PARTIAL_SHARE = 0.5;

interface PageRank<T extends Scored> {
  hit: T;
  kind: MatchKind;
  matched: string[];
  score: number;
  /** Pagefind's score for the query, a tie-breaker across queries. */
  raw: number;
  order: number;
  full: boolean;
  share: number;
  corrected: boolean;
}

/**
 * For a unit of several words searched word by word too: what each page's title is worth for it, the
 * share of the unit's weight its title words carry, each word by how few titles hold it (Pagefind
 * marks a title as matched when it holds any one of the words: "reset a forgotten password" would
 * count the same in every title holding "password"). Undefined for a unit of one word.
 */
function phraseTitle<T extends Scored>(u: Unit, input: MergeInput<T>): Map<string, { score: number; whole: boolean }> | undefined {
  const words = (input.phraseWords?.get(u.text) ?? []).filter((w) => input.unitHits.has(w));
  if (words.length < 2) return undefined;
  const out = new Map<string, { score: number; whole: boolean }>();
  for (const word of words) {
    const titled = input.unitHits.get(word)!.filter(inTitle);
    const tw = (u.weight * Math.log(1 + input.pages / Math.max(1, titled.length))) / words.length;
    for (const h of titled) {
      const t = out.get(h.id) ?? out.set(h.id, { score: 0, whole: false }).get(h.id)!;
      t.score += tw;
    }
  }
  for (const [id, t] of out) t.whole = words.every((w) => input.unitHits.get(w)!.some((h) => h.id === id && inTitle(h)));
  // A title holding every word of the phrase names what the phrase names: it counts the phrase as a
  // title holding a one-word unit would, by how few titles hold all of its words ("no access to the
  // phone or email" is that article's title, though "phone" and "email" are in many).
  // Only for a phrase of two telling words or more: "Xiaomi Cloud" says no more than "cloud".
  const telling = words.filter((w) => input.unitHits.get(w)!.filter(inTitle).length <= input.pages / 2).length;
  const wholes = [...out.values()].filter((t) => t.whole).length;
  if (telling >= 2) for (const t of out.values()) if (t.whole) t.score = Math.max(t.score, u.weight * Math.log(1 + input.pages / wholes));
  return out;
}

/**
 * Of the FAQ's questions, the one the units (those Pagefind found in the questions field) say most of:
 * each unit counts its title weight by the share of its words the question holds, and a question
 * holding only weak words of the query counts nothing (as a title would not).
 */
function bestQuestion<T extends Scored>(units: readonly { u: Unit; tw: number; weak: boolean }[], input: MergeInput<T>): { score: number; units: number } | undefined {
  let best: { score: number; units: number } | undefined;
  for (const question of input.questions ?? []) {
    let score = 0;
    let whole = 0;
    let telling = false;
    for (const { u, tw, weak } of units) {
      const words = (input.phraseWords?.get(u.text) ?? [u.text]).map(fold);
      const held = words.filter((w) => question.some((q) => sameWord(w, q))).length;
      if (!held) continue;
      score += (tw * held) / words.length;
      if (held === words.length) whole += 1;
      telling ||= !weak;
    }
    if (telling && score > (best?.score ?? 0)) best = { score, units: whole };
  }
  return best;
}

/** A unit made only of weak words (MergeInput.weak). */
function isWeakUnit(text: string, weak: ReadonlySet<string> | undefined): boolean {
  if (!weak?.size) return false;
  const words = wordsOf(text).map(fold);
  return words.length > 0 && words.every((w) => weak.has(w));
}

/** Every page one query finds, whole or word by word, with its rank (RANK_WEIGHTS). */
function rankRun<T extends Scored>(q: QueryRun<T>, order: number, input: MergeInput<T>): Map<string, PageRank<T>> {
  const units = informativeUnits(q.units, input.unitHits, input.pages, input.weak).map((u) => {
    const hits = input.unitHits.get(u.text)!;
    const inTitles = hits.filter(inTitle).length;
    return {
      u,
      hits,
      weak: isWeakUnit(u.text, input.weak),
      w: u.weight * Math.log(1 + input.pages / hits.length),
      // In titles a word counts by how few titles hold it ("аккаунт" is in most, "пароль" in a few).
      tw: (u.kept && hits.length > SUBJECT_SHARE * input.pages ? SUBJECT_WEIGHT : 1) * u.weight * Math.log(1 + input.pages / Math.max(1, inTitles)),
      titleOf: phraseTitle(u, input),
      aw: u.weight * Math.log(1 + input.pages / Math.max(1, hits.filter(inAliases).length)),
      top: Math.max(...hits.map((h) => h.score), Number.EPSILON),
    };
  });
  const total = units.reduce((n, x) => n + x.w, 0);
  // Title and alias shares are out of what the words would count in a field only one page holds:
  // words that most titles hold ("аккаунт Xiaomi") add little even when they are all the query has.
  const fieldTotal = units.reduce((n, x) => n + x.u.weight * Math.log(1 + input.pages), 0);
  const titleTotal = fieldTotal;
  // What every unit would count for in a title: a FAQ question must hold most of it (QUESTION_SHARE).
  const questionTotal = units.reduce((n, x) => n + x.tw, 0);
  const aliasTotal = fieldTotal;
  // A query counts by the share of its searched words that some page holds: the reader's query, whose
  // "flashed" or "pwd" no page holds, ranks below its synonym variant that reads them as "factory reset" or "password".
  const searched = q.units.filter((u) => input.unitHits.has(u.text));
  const weightOf = (us: readonly Unit[]) => us.reduce((n, u) => n + u.weight, 0);
  const found = weightOf(searched) ? weightOf(searched.filter((u) => input.unitHits.get(u.text)!.length)) / weightOf(searched) : 1;
  const scope = (q.scope ?? 1) * found;
  // A title holding only words most pages hold ("аккаунт Xiaomi") says nothing about the page.
  const telling = units.some((x) => x.hits.length <= input.pages / 2);
  const kind: MatchKind = order === 0 ? 'full' : 'synonym';
  const pages = new Map<string, { hit: T; raw: number; full: boolean; matched: string[]; share: number; title: number; titleUnits: number; aliases: number; strength: number; weakTitle: number; weakTitleUnits: number; tellingTitle: boolean; questionUnits: number[] }>();
  const page = (h: T) =>
    pages.get(h.id) ??
    pages.set(h.id, { hit: h, raw: 0, full: false, matched: [], share: 0, title: 0, titleUnits: 0, aliases: 0, strength: 0, weakTitle: 0, weakTitleUnits: 0, tellingTitle: false, questionUnits: [] }).get(h.id)!;
  for (const h of q.full) Object.assign(page(h), { hit: h, raw: h.score, full: true });
  for (const [at, { u, hits, w, tw, aw, top, titleOf, weak }] of units.entries()) {
    // A title word most titles hold ("account") does not make a weak word beside it tell.
    const telling = hits.filter(inTitle).length <= input.pages / 2;
    for (const h of hits) {
      const p = page(h);
      p.matched.push(u.text);
      p.share += w / total;
      p.strength += ((w / total) * h.score) / top;
      if (titleOf) {
        const t = titleOf.get(h.id);
        if (t) {
          p.title += t.score / titleTotal;
          if (t.whole) p.titleUnits += 1;
          p.tellingTitle ||= !weak && telling;
        }
      } else if (inTitle(h)) {
        p.title += tw / titleTotal;
        p.titleUnits += 1;
        if (weak) (p.weakTitle += tw / titleTotal), (p.weakTitleUnits += 1);
        else p.tellingTitle ||= telling;
      }
      if (inAliases(h)) p.aliases += aw / aliasTotal;
      if (inQuestions(h)) p.questionUnits.push(at);
    }
  }
  const out = new Map<string, PageRank<T>>();
  for (const [id, p] of pages) {
    // A title holding only weak words of the query ("Can't …" for "cant get code") says nothing.
    if (!p.tellingTitle) (p.title -= p.weakTitle), (p.titleUnits -= p.weakTitleUnits);
    // The FAQ: its question that holds most of the query's words, weighed like a title.
    const asked = p.questionUnits.length ? bestQuestion(p.questionUnits.map((i) => units[i]!), input) : undefined;
    if (asked && asked.score >= QUESTION_SHARE * questionTotal && asked.score / titleTotal > p.title) (p.title = asked.score / titleTotal), (p.titleUnits = asked.units);
    // Pagefind found it for the whole query: it holds every word, whichever were searched alone.
    const share = p.full ? 1 : p.share;
    const whole = telling && units.length > 0 && p.titleUnits === units.length;
    const score = scope * (share + RANK_WEIGHTS.title * p.title + RANK_WEIGHTS.aliases * p.aliases + RANK_WEIGHTS.strength * p.strength + (p.full ? RANK_WEIGHTS.full : 0) + (whole ? RANK_WEIGHTS.wholeTitle : 0));
    out.set(id, {
      hit: p.hit,
      kind: p.full ? kind : 'partial',
      matched: p.full ? q.units.map((u) => u.text) : p.matched,
      score,
      raw: p.raw,
      order,
      full: p.full,
      share,
      corrected: !!q.corrected,
    });
  }
  return out;
}

/**
 * One list from the literal query, its synonym variants and each word alone: every page keeps its
 * best query's rank (RANK_WEIGHTS: the query's words it holds, in its title above all, Pagefind's
 * score, whether it holds all of them). Pages found only through the correction of a real word come
 * after the rest. Beside enough full matches, a page holding fewer than PARTIAL_SHARE of the words is
 * left out unless it outranks one of the first full matches; exact alias matches go first (promoteExact).
 */
export function mergeResults<T extends Scored>(input: MergeInput<T>): Ranked<T>[] {
  const best = new Map<string, PageRank<T>>();
  // Pages holding every word of the reader's query (or of a variant standing for all of it): a topic's
  // name searched alone ("Xiaomi account" for "giving phone to my son how to remove my mi account")
  // is on most pages, and its matches say nothing about the rest of the query.
  const wholeQuery = new Set<string>();
  [input.literal, ...input.variants].forEach((q, order) => {
    for (const [id, r] of rankRun(q, order, input)) {
      if (r.full && !r.corrected && (q.scope ?? 1) >= 1) wholeQuery.add(id);
      const seen = best.get(id);
      const better = !seen || Number(seen.corrected) - Number(r.corrected) > 0 || (seen.corrected === r.corrected && (r.score > seen.score || (r.score === seen.score && r.raw > seen.raw)));
      if (better) best.set(id, r);
    }
  });
  const all = [...best.values()];
  const enough = wholeQuery.size >= ENOUGH_FULL_RESULTS;
  // A page holding fewer of the words still stays when it outranks one of the first full matches (its
  // title or aliases say what the query is about: "region changed cloud empty" → the region article,
  // whose text lacks "empty", above pages that merely hold all four words somewhere).
  const fullScores = all.filter((r) => r.full && !r.corrected && wholeQuery.has(r.hit.id)).map((r) => r.score).sort((a, b) => b - a);
  const bar = fullScores[ENOUGH_FULL_RESULTS - 1] ?? -Infinity;
  const ranked = all
    .filter((r) => r.full || !enough || r.share >= PARTIAL_SHARE || (!r.corrected && r.score > bar))
    .sort((a, b) => Number(a.corrected) - Number(b.corrected) || b.score - a.score || b.raw - a.raw || a.order - b.order);
  return promoteExact(
    ranked.map((r) => ({ hit: r.hit, kind: r.kind, matched: r.matched })),
    input.aliasIds ?? new Set(),
  );
}

/** Moves pages whose alias is exactly the query to the top, keeping the order otherwise. */
export function promoteExact<T extends Scored>(ranked: readonly Ranked<T>[], exactIds: ReadonlySet<string>): Ranked<T>[] {
  if (exactIds.size === 0 || exactIds.size > MAX_EXACT_ALIAS_PAGES) return [...ranked];
  const lifted = ranked.filter((r) => exactIds.has(r.hit.id)).map((r) => ({ ...r, kind: 'alias' as const }));
  return [...lifted, ...ranked.filter((r) => !exactIds.has(r.hit.id))];
}
