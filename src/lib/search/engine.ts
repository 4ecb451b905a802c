/**
 * The query pipeline, the same in the browser (src/browser/search-engine.ts) and in Node
 * (`npm run search:try`): what the reader typed → normal form → typo corrections (a real word of the
 * language is kept: the lexicon) → synonym variants → Pagefind queries → one ranked list (titles
 * count: merge.ts). A query in Latin letters on a page whose language has its own script is also read
 * as that script (transliteration, then the keyboard layout). Pagefind, the vocabulary, the lexicon
 * and the synonyms are handed in, so this file has no DOM, no fetch and no Pagefind import.
 */
import type { Correction } from './correct.ts';
import { hasWord, hasWordStartingWith, indexOfWord, type Shard } from './vocabulary.ts';

/** The index holds `key` or a word it begins (Pagefind matches beginnings). */
const isKnown = (key: string, shard: Shard | undefined) => !!shard && (hasWord(shard, key) || hasWordStartingWith(shard, key));
import { mergeResults, type QueryRun, type Ranked, type Scored, type Unit } from './merge.ts';
import { aliasKey, fold, isPlainWord, isStopWord, letterCount, normalizeQuery, withoutStopWords, wordsOf } from './normalize.ts';
import { findSiteWords, findSynonyms, isSynonymWord, type SynonymMatch, type SynonymSet } from './synonyms.ts';
import { MIN_WORD_LETTERS, type WordSource } from './vocabulary.ts';

export interface SearchBackend<T extends Scored> {
  /** Pagefind's results for a query, best first. */
  search: (query: string) => Promise<T[]>;
  /** Pages whose `alias` filter is exactly `key`. */
  aliasPages: (key: string) => Promise<T[]>;
}

export interface SearchResources {
  words: WordSource;
  synonyms: () => Promise<SynonymSet>;
  /**
   * The language's common words (src/lib/search/lexicon-build.ts), fetched shard by shard only for a
   * word the site's vocabulary lacks. Without it (or when it fails to load) such a word may be corrected.
   */
  lexicon?: WordSource;
}

export interface SearchOptions {
  /** Pagefind language of the index (and the stop words and layout rules to use). */
  lang: string;
  /** Search exactly what was typed: no corrections, no keyboard-layout reading ("search for … instead"). */
  exact?: boolean;
}

export interface SearchOutcome<T extends Scored> {
  /** What the reader typed, normalized. */
  typed: string;
  /** What was searched, as the "showing results for" line says it; equals `typed` unless `reason` is set. */
  searched: string;
  /** Why `searched` differs: words corrected, a Russian query typed in Latin letters, or typed on the English layout. */
  reason?: 'typo' | 'translit' | 'layout';
  corrections: Correction[];
  /** Extra queries run for synonyms: the site's words that replaced a reader's phrase. */
  synonyms: string[];
  results: Ranked<T>[];
}

/**
 * Locales whose queries in Latin letters may be their own language: a reader in translit.ts
 * (LATIN_READERS) or a keyboard layout in layout.ts. Named here so other locales load neither
 * (tests/unit/search-understanding.test.ts checks the three agree).
 */
export const OTHER_READINGS: ReadonlySet<string> = new Set(['ru', 'hi']);
/** Of those, the locales whose readers may type on another keyboard layout (layout.ts, JCUKEN_LOCALES): Russian. */
export const LAYOUT_READINGS: ReadonlySet<string> = new Set(['ru']);

/** Queries of at most this many words are looked up as exact aliases (one more file, Pagefind's filters). */
export const MAX_ALIAS_WORDS = 1;

/** At most this many synonym variants per query (each is one more Pagefind search). */
const MAX_VARIANTS = 6;

/**
 * known: the index holds it; real: a word of the language the index lacks (kept, not required);
 * corrected: a typo replaced by an indexed word; unknown: neither; skipped: not judged (short, digits, stop word).
 */
type WordState = 'known' | 'real' | 'corrected' | 'unknown' | 'skipped';

interface Plan {
  display: string;
  terms: string[];
  corrections: Correction[];
  /** The query's words, normal form, and what became of each. */
  words: string[];
  states: WordState[];
  variants: Variant[];
  /** The query with a real word replaced by a close indexed one: searched too, its pages ranked below. */
  alternate?: Variant;
}

interface Variant {
  text: string;
  units: Unit[];
  sites: string[];
  /** A topic's name alone, without the reader's other words: the share of the query's words it stands for. */
  scope?: number;
}

/** Words of fewer letters are never read as two letters swapped (swapsOf): "fro", "teh". */
const MIN_SWAPPED_LETTERS = 4;

/** The word with two neighbouring letters swapped, each way once ("sing": isng, snig, sign). */
function swapsOf(key: string): string[] {
  const letters = [...key];
  const out: string[] = [];
  for (let at = 0; at + 1 < letters.length; at++) {
    if (letters[at] === letters[at + 1]) continue;
    const s = [...letters];
    [s[at], s[at + 1]] = [s[at + 1]!, s[at]!];
    out.push(s.join(''));
  }
  return out;
}

/** A bare form counts when the index holds it whole (a prefix of a longer word would say little: "قف"). */
const hasWordOrPrefix = (key: string, shard: Shard | undefined) => !!shard && hasWord(shard, key);

/**
 * How common a word is in its language: the lexicon's rank band (3: among the 1,000 commonest words,
 * 2: the 5,000, 1: the 10,000), 0 when it is not there. A lexicon that cannot be read knows no word.
 */
async function lexiconBand(lexicon: WordSource | undefined, key: string): Promise<number> {
  if (!lexicon) return 0;
  try {
    const shard = await lexicon.shard(key);
    if (!shard) return 0;
    const at = indexOfWord(shard, key);
    return at < 0 ? 0 : shard.freqs[at]!;
  } catch {
    return 0;
  }
}

/** A real word in this rank band or commoner is always kept as typed ("помогите"). */
const ALWAYS_KEPT_BAND = 3;

/**
 * A less common real word one edit from a word the site uses on average once a page or more is read
 * as that word ("رمز التحقيق", 'investigation code', is "رمز التحقق", 'verification code'): readers
 * come to a help site for what it is about.
 */
function likelyMeant(c: Correction, band: number, wide: Shard | undefined, pages: number): boolean {
  if (band >= ALWAYS_KEPT_BAND || !wide) return false;
  const at = wide.words.indexOf(c.to);
  return at >= 0 && wide.freqs[at]! >= Math.max(1, pages);
}

/** Words of one or two letters that readers run into the next word ("незнаю", "неприходит", "miaccount"). */
const JOINED_SHORT: ReadonlySet<string> = new Set(['не', 'ни', 'mi', 'ми']);

/**
 * Two words typed without the space between them ("forgotpassword", "незнаю пароль"): the split
 * whose two parts the site's words, the readers' words or the stop words hold, the more even one
 * first. A part of one or two letters only from JOINED_SHORT or the stop words. The second part's
 * vocabulary shard is fetched only once the first part is a word.
 */
async function splitJoined(key: string, words: WordSource, synonyms: SynonymSet, siteWords: ReadonlySet<string>): Promise<string | undefined> {
  const letters = [...key];
  const isWord = async (part: string) => {
    if ([...part].length < MIN_WORD_LETTERS) return JOINED_SHORT.has(part) || isStopWord(part, synonyms.stop);
    if (siteWords.has(part) || isSynonymWord(synonyms, part) || isStopWord(part, synonyms.stop)) return true;
    const shard = await words.shard(part).catch(() => undefined);
    return !!shard && hasWord(shard, part);
  };
  const ats = letters.map((_, at) => at).filter((at) => at >= 2 && letters.length - at >= 2);
  ats.sort((a, b) => Math.abs(letters.length / 2 - a) - Math.abs(letters.length / 2 - b));
  for (const at of ats) {
    const left = letters.slice(0, at).join('');
    const right = letters.slice(at).join('');
    if ((await isWord(left)) && (await isWord(right))) return `${left} ${right}`;
  }
  return undefined;
}

/**
 * The query with reader phrases replaced by the site's words. The site's words are one unit that
 * counts for as many words as the reader's phrase had ("никто кроме меня" → 2), and is always kept.
 */
function variantOf(tokens: readonly string[], matches: readonly SynonymMatch[], stop: readonly string[]): Variant {
  const content = (ts: readonly string[]) => ts.filter((t) => !isStopWord(t, stop));
  const pieces: string[] = [];
  const units: Unit[] = [];
  let at = 0;
  for (const m of matches) {
    for (const t of content(tokens.slice(at, m.start))) pieces.push(t), units.push({ text: t, weight: 1 });
    // The phrase's own words: the brand or "account" standing between them adds nothing (SynonymMatch.words).
    const weight = Math.max(1, m.words ?? content(tokens.slice(m.start, m.end)).length);
    // The site's words without their stop words ("olvidé la contraseña" → "olvidé contraseña"): Pagefind
    // would load the index chunks of "la", which every page holds (hundreds of KB on a large site).
    const site = content(m.site.split(' ')).join(' ') || m.site;
    const same = units.find((u) => u.text === site);
    if (same) same.weight += weight;
    else pieces.push(site), units.push({ text: site, weight, kept: true });
    at = m.end;
  }
  for (const t of content(tokens.slice(at))) pieces.push(t), units.push({ text: t, weight: 1 });
  return { text: pieces.join(' '), units, sites: [...new Set(matches.map((m) => m.site))] };
}

async function plan(text: string, opts: SearchOptions, res: SearchResources, synonyms: SynonymSet, pages: number): Promise<Plan> {
  const words = normalizeQuery(text).split(' ').filter(Boolean);
  const keys = words.map(fold);
  // Words of 3 letters or more are looked up (shorter ones are not in the vocabulary); 4 or more may be corrected.
  const judged = words.map((w) => isPlainWord(w) && !isStopWord(w, synonyms.stop) && letterCount(w) >= MIN_WORD_LETTERS && !opts.exact);
  // Known without a shard: a reader's word of the synonyms, or one of the site's words they map to.
  const siteWords = new Set(synonyms.entries.flatMap((e) => wordsOf(e.site).map(fold)));
  const sure = keys.map((k, i) => judged[i] && (siteWords.has(k) || isSynonymWord(synonyms, k)));
  const shards = await Promise.all(keys.map((k, i) => (judged[i] && !sure[i] ? res.words.shard(k) : undefined)));
  // Else known when the index holds it or a word it begins (Pagefind matches beginnings).
  const knownAsTyped = keys.map((k, i) => judged[i] && (sure[i] || (!!shards[i] && (hasWord(shards[i]!, k) || hasWordStartingWith(shards[i]!, k)))));
  // A word the index holds only as the beginning of longer words ("sing": "single"), whose two
  // neighbouring letters swapped make a word it holds whole ("sign"), is that word mistyped: "cant
  // sing in" is not about "single". A word the readers' phrases or the site's synonyms hold is sure.
  const swapped = await Promise.all(
    keys.map(async (k, i) => {
      if (!knownAsTyped[i] || sure[i] || letterCount(k) < MIN_SWAPPED_LETTERS || hasWord(shards[i]!, k)) return undefined;
      for (const c of swapsOf(k)) {
        const shard = await res.words.shard(c).catch(() => undefined);
        const at = shard ? indexOfWord(shard, c) : -1;
        if (shard && at >= 0) return shard.words[at] ?? c;
      }
      return undefined;
    }),
  );
  // The correction code and the bare forms (a word without a clitic: Arabic "و", "ال", "ي"…) are
  // loaded only for a word the index lacks: most queries never need them.
  const [forms, correct] = knownAsTyped.every((k, i) => k || !judged[i]) ? [] : await Promise.all([import('./forms.ts'), import('./correct.ts')]);
  const bare = (k: string) => forms?.bareForms(k, opts.lang) ?? [];
  const correctable = (k: string) => !!correct && letterCount(k) >= correct.MIN_CORRECTED_LETTERS;
  const known = await Promise.all(
    keys.map(async (k, i) => {
      if (!judged[i] || knownAsTyped[i]) return knownAsTyped[i]!;
      for (const b of bare(k)) if (hasWordOrPrefix(b, await res.words.shard(b))) return true;
      return false;
    }),
  );
  // Only for a word the index lacks: all of its first letter's words, where its correction may be.
  const wide = await Promise.all(keys.map((k, i) => (judged[i] && !known[i] && correctable(k) ? res.words.letter(k) : undefined)));
  // Only for a word the index lacks, or one read with two letters swapped: is it a word of the
  // language at all? (one lexicon shard)
  const real = await Promise.all(
    keys.map(async (k, i) => {
      if (!judged[i] || (known[i] && !swapped[i])) return 0;
      let band = 0;
      for (const form of [k, ...bare(k)]) band = Math.max(band, await lexiconBand(res.lexicon, form));
      return band;
    }),
  );
  // Only for a word neither the index nor the language holds: two words run together?
  const splits = await Promise.all(keys.map((k, i) => (judged[i] && !known[i] && !real[i] && letterCount(k) >= 5 ? splitJoined(k, res.words, synonyms, siteWords) : undefined)));
  const corrections: Correction[] = [];
  const states: WordState[] = [];
  const alternates: string[] = [];
  const corrected = words.map((w, i) => {
    if (!judged[i]) return states.push('skipped'), w;
    const key = keys[i]!;
    if (swapped[i]) {
      // A real word of the language ("sing") is kept as typed: the swapped one is a second reading, ranked below.
      if (real[i]) return (alternates[i] = swapped[i]!), states.push('real'), w;
      return corrections.push({ from: key, to: swapped[i]!, distance: 1 }), states.push('corrected'), swapped[i]!;
    }
    if (known[i]) return states.push('known'), w;
    const site = correctable(key) ? correct!.closestWord(key, wide[i]) : undefined;
    // A word the language lacks may also be a misspelling of a reader's word of the synonyms ("hijakced"): the closer one wins, the site's word on a tie.
    const reader = correctable(key) && !real[i] ? correct!.closestReaderWord(key, synonyms) : undefined;
    const closest = reader && (!site || reader.distance < site.distance) ? reader : site;
    // Two words typed together read better than a word two edits away ("неприходит" is not "приходит").
    const c = splits[i] && !real[i] && (!closest || closest.distance > 1) ? { from: key, to: splits[i]!, distance: 1 } : closest;
    if (real[i] && !(c && likelyMeant(c, real[i]!, wide[i], pages))) {
      // Kept as typed; its correction is only a second reading, whose pages rank below.
      if (c) alternates[i] = c.to;
      return states.push('real'), w;
    }
    if (!c) return states.push('unknown'), w;
    corrections.push(c);
    return states.push('corrected'), c.to;
  });
  // Pagefind also matches a word the index lacks by any indexed word it begins with ("такси" finds
  // "так"), and a number by longer ones ("12" finds "123456"): such words are not required, unless
  // nothing else is left.
  const required = corrected.filter((w, i) => states[i] !== 'unknown' && states[i] !== 'real' && !/^\p{N}+$/u.test(w)).flatMap((w) => w.split(' '));
  const terms = withoutStopWords(required.length ? required : corrected.flatMap((w) => w.split(' ')), synonyms.stop);

  // Synonyms match whole words of the (corrected) query, stop words included ("с рук").
  const tokens = wordsOf(required.join(' '));
  // A reader's phrase, or the site's own words in the reader's word forms ("забыла пароль").
  const folded = tokens.map(fold);
  const found = findSynonyms(folded, synonyms);
  const matches = [...found, ...findSiteWords(folded, synonyms).filter((m) => !found.some((f) => f.site === m.site && f.start === m.start && f.end === m.end))].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const together: SynonymMatch[] = [];
  for (const m of matches) if (m.start >= (together.at(-1)?.end ?? 0)) together.push(m);
  const variants: Variant[] = [];
  const candidates = [
    ...(together.length > 1 ? [variantOf(tokens, together, synonyms.stop)] : []),
    ...matches.map((m) => variantOf(tokens, [m], synonyms.stop)),
    // A topic's name on its own ("удалить аккаунт" for "больше не пользуюсь"): the reader's other words
    // may be missing from the page that answers.
    ...matches
      .filter((m) => m.site.trim().split(/\s+/).length > 1)
      .map((m) => {
        const content = (ts: readonly string[]) => Math.max(1, ts.filter((t) => !isStopWord(t, synonyms.stop)).length);
        const scope = Math.min(1, content(tokens.slice(m.start, m.end)) / content(tokens));
        return { ...variantOf(tokens.slice(m.start, m.end), [{ ...m, start: 0, end: m.end - m.start }], synonyms.stop), ...(scope < 1 ? { scope } : {}) };
      }),
  ];
  for (const v of candidates) {
    if (variants.length < MAX_VARIANTS && !variants.some((x) => x.text === v.text)) variants.push(v);
  }
  const alternateTerms = corrected.flatMap((w, i) => (alternates[i] ? [alternates[i]!] : states[i] === 'unknown' || states[i] === 'real' || /^\p{N}+$/u.test(w) ? [] : [w]));
  const alternate = alternates.some(Boolean) ? variantOf(wordsOf(alternateTerms.join(' ')), [], synonyms.stop) : undefined;
  return { display: corrected.join(' '), terms, corrections, words: keys, states, variants, ...(alternate?.text ? { alternate } : {}) };
}

async function run<T extends Scored>(p: Plan, typed: string, backend: SearchBackend<T>, pages: number, stop: readonly string[], weak: ReadonlySet<string>, questions: readonly string[][]): Promise<Ranked<T>[]> {
  const query = p.terms.join(' ');
  if (!query) return [];
  const aliasKeys = [...new Set([aliasKey(typed), aliasKey(p.display)])];
  const [full, aliasLists, alternateFull, ...variantFull] = await Promise.all([
    backend.search(query),
    // An exact alias matters for one word ("сяоми" → the hub); longer queries rank by their words
    // (aliases count there too), and the alias filter file stays unfetched.
    p.words.length <= MAX_ALIAS_WORDS ? Promise.all(aliasKeys.map((k) => backend.aliasPages(k))) : Promise.resolve([] as T[][]),
    p.alternate ? backend.search(p.alternate.text) : Promise.resolve([] as T[]),
    ...p.variants.map((v) => backend.search(v.text)),
  ]);
  const literal: QueryRun<T> = { units: p.terms.map((t) => ({ text: t, weight: 1 })), full };
  const variants: QueryRun<T>[] = p.variants.map((v, i) => ({ units: v.units, full: variantFull[i]!, ...(v.scope ? { scope: v.scope } : {}) }));
  const alternate: QueryRun<T>[] = p.alternate ? [{ units: p.alternate.units, full: alternateFull, corrected: true }] : [];
  // Words of one or two letters ("ми", "не") begin half the index: searched alone they only add noise.
  const units = [...new Set([...literal.units, ...variants.flatMap((v) => v.units)].filter((u) => u.kept || [...u.text].length >= MIN_WORD_LETTERS).map((u) => u.text))];
  // Each word alone: which pages hold it, and in which fields (a title that holds the query's words
  // ranks first). Pagefind has already loaded these words' index chunks for the whole query.
  // The words of a unit of several words (a synonym's site words) alone too: which titles hold which
  // of them (their index chunks are loaded already, for the unit).
  const phraseWords = new Map<string, string[]>();
  for (const u of units) {
    const words = [...new Set(wordsOf(u).filter((w) => letterCount(w) >= MIN_WORD_LETTERS && !isStopWord(w, stop)))];
    if (words.length > 1) phraseWords.set(u, words);
  }
  const searched = [...new Set([...units, ...[...phraseWords.values()].flat()])];
  const unitHits = new Map<string, T[]>();
  const lists = await Promise.all(searched.map((u) => (u === query ? Promise.resolve(full) : backend.search(u))));
  searched.forEach((u, i) => unitHits.set(u, lists[i]!));
  return mergeResults({ literal, variants: [...variants, ...alternate], unitHits, pages, aliasIds: new Set(aliasLists.flat().map((h) => h.id)), phraseWords, weak, questions });
}

/**
 * Other readings of a query typed in Latin letters on a page whose language has its own script:
 * transliterated (words the site writes in Latin letters stay: "xiaomi"), then, when nothing was
 * found, read key by key as typed on the English layout. Both loaded only here.
 */
async function readingsOf(raw: string, first: Plan, found: boolean, lang: string, res: SearchResources, synonyms: SynonymSet): Promise<{ text: string; reason: 'translit' | 'layout' }[]> {
  if (!OTHER_READINGS.has(lang)) return [];
  const latinAt = first.words.map((w, i) => /^[a-z]+$/.test(w) && first.states[i] !== 'skipped');
  // A Latin word the index holds as typed stays ("password", "xiaomi"); one known only as a reader's
  // word of the synonyms ("shikayat", complaint) is read as well: its own script may say more.
  const indexed = await Promise.all(first.words.map(async (w, i) => latinAt[i] && first.states[i] === 'known' && isKnown(w, await res.words.shard(w).catch(() => undefined))));
  if (!first.words.some((_, i) => latinAt[i] && !indexed[i])) return [];
  const out: { text: string; reason: 'translit' | 'layout' }[] = [];
  const { latinSpellings } = await import('./translit.ts');
  const spellings = await latinSpellings(first.words, lang, (w) => indexed[first.words.indexOf(w)]!);
  // Of a word's spellings ("bhul": भुल, भूल), the first the site's words hold; else the likeliest, for the typo correction.
  if (spellings) out.push({ text: (await Promise.all(spellings.map((s) => siteSpelling(s, res.words, synonyms)))).join(' '), reason: 'translit' });
  if (!found && LAYOUT_READINGS.has(lang)) {
    const { layoutReading } = await import('./layout.ts');
    const layout = layoutReading(raw, lang);
    if (layout) out.push({ text: layout, reason: 'layout' });
  }
  return out;
}

/** The first of a word's spellings that the index, the synonyms or the stop words hold, else the first. */
async function siteSpelling(spellings: readonly string[], words: WordSource, synonyms: SynonymSet): Promise<string> {
  if (spellings.length === 1) return spellings[0]!;
  for (const s of spellings) {
    const key = fold(s);
    if (isStopWord(s, synonyms.stop) || isSynonymWord(synonyms, key)) return s;
    const shard = await words.shard(key).catch(() => undefined);
    if (shard && hasWord(shard, key)) return s;
  }
  return spellings[0]!;
}

/** How well the words of a plan are understood: known words count, unknown ones count against. */
const understood = (p: Plan) => p.states.reduce((n, s) => n + (s === 'known' || s === 'real' ? 1 : s === 'corrected' ? 0.5 : s === 'unknown' ? -1 : 0), 0);

/** Every page for what the reader typed, best first, and what was searched instead if anything. */
export async function searchSite<T extends Scored>(raw: string, opts: SearchOptions, backend: SearchBackend<T>, res: SearchResources): Promise<SearchOutcome<T>> {
  const typed = normalizeQuery(raw);
  const empty: SearchOutcome<T> = { typed, searched: typed, corrections: [], synonyms: [], results: [] };
  if (!typed) return empty;
  const [synonyms, manifest] = await Promise.all([res.synonyms(), res.words.manifest()]);
  const weak = new Set(synonyms.weak ?? []);
  const questions = (synonyms.questions ?? []).map((q) => q.split(' '));
  const first = await plan(raw, opts, res, synonyms, manifest.pages);
  const results = await run(first, raw, backend, manifest.pages, synonyms.stop, weak, questions);
  const outcome = (p: Plan, r: Ranked<T>[], reading?: 'translit' | 'layout'): SearchOutcome<T> => {
    const reason = reading ?? (p.corrections.length ? 'typo' : undefined);
    return {
      typed,
      searched: p.display,
      ...(reason ? { reason } : {}),
      corrections: p.corrections,
      synonyms: [...new Set(p.variants.flatMap((v) => v.sites))],
      results: r,
    };
  };
  if (opts.exact) return outcome(first, results);

  // A query in Latin letters on a Russian or Hindi page: the language typed in Latin letters ("zabyl
  // parol", "password bhool gaya"), or Russian with the English layout on ("pf,sk gfhjkm"). The other reading wins when more of its words are understood.
  for (const reading of await readingsOf(raw, first, results.length > 0, opts.lang, res, synonyms)) {
    const second = await plan(reading.text, opts, res, synonyms, manifest.pages);
    const judged = second.states.filter((s) => s !== 'skipped');
    const unknown = judged.filter((s) => s === 'unknown').length;
    if (!judged.includes('known') || unknown > (reading.reason === 'layout' ? 0 : judged.length / 2)) continue;
    if (results.length && understood(second) <= understood(first)) continue;
    const converted = await run(second, reading.text, backend, manifest.pages, synonyms.stop, weak, questions);
    if (converted.length) return outcome(second, converted, reading.reason);
  }
  return outcome(first, results);
}
