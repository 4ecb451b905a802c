/**
 * Readers' words (issue 13, item 3): `content/search/synonyms/<locale>.yaml` maps what readers type
 * to what the site says ("симка" → "SIM-карта"). A query containing a reader's phrase is searched
 * once more with the phrase replaced by the site's words. Phrases match whole words in normal form
 * (case, accents, ё fold away); a word ending in `*` matches any ending ("симк*": симка, симку…).
 */
import { fold, isStopWord, wordsOf } from './normalize.ts';

/** The editor's file: the site's words → the phrases readers type for them. */
export type SynonymFile = Record<string, readonly string[]>;

/** As the browser gets it: reader phrases in normal form, words separated by one space ("сим карт*"). */
export interface SynonymSet {
  entries: { site: string; readers: string[] }[];
  /** The locale's stop words (src/lib/search/stop-words.ts): never required in a Pagefind query. */
  stop: string[];
  /** The locale's weak words (src/lib/search/stop-words.ts, WEAK_WORDS), folded; absent where it has none. */
  weak?: string[];
  /**
   * The FAQ page's questions, each its words folded, without stop words, one string a question (the
   * page is one long list: merge.ts weighs the question a query's words are in like a title).
   */
  questions?: string[];
  /** The locale's clause words (src/lib/search/stop-words.ts, CLAUSE_WORDS), folded; absent where it has none. */
  clause?: string[];
}

const MAX_PHRASE_WORDS = 6;
const MIN_STEM_LETTERS = 3;

/** Problems an editor must fix, each with the entry (the site's words) and the phrase's position. */
export function synonymProblems(file: SynonymFile): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Map<string, { site: string; phrase: string }>();
  for (const [site, readers] of Object.entries(file)) {
    if (!wordsOf(site).length) problems.push({ path: [site], message: 'the site’s words must contain a letter' });
    readers.forEach((phrase, i) => {
      const at = [site, i];
      const words = phrase.trim().split(/\s+/);
      if (!wordsOf(phrase).length) {
        problems.push({ path: at, message: `"${phrase}": expected a word or phrase readers type` });
        return;
      }
      if (words.length > MAX_PHRASE_WORDS) problems.push({ path: at, message: `"${phrase}": at most ${MAX_PHRASE_WORDS} words; write the words that matter` });
      for (const w of words) {
        const star = w.indexOf('*');
        if (star >= 0 && star !== w.length - 1) problems.push({ path: at, message: `"${phrase}": * may only end a word ("симк*")` });
        else if (star > 0 && [...fold(w.slice(0, -1))].length < MIN_STEM_LETTERS) {
          problems.push({ path: at, message: `"${phrase}": a word ending in * needs at least ${MIN_STEM_LETTERS} letters before it` });
        }
      }
      const key = phraseKey(phrase).join(' ');
      if (key === phraseKey(site).join(' ')) problems.push({ path: at, message: `"${phrase}": is the site’s own words; the search finds them already` });
      const other = seen.get(key);
      if (other?.site === site) {
        problems.push({ path: at, message: `"${phrase}": the same as "${other.phrase}" for the search (case, accents and punctuation don't count); keep one` });
      } else if (!other) seen.set(key, { site, phrase });
    });
  }
  return problems;
}

/** A phrase as normal-form words; a trailing * survives on its word. */
function phraseKey(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((w) => {
      const star = w.endsWith('*');
      const parts = wordsOf(star ? w.slice(0, -1) : w).map(fold);
      if (star && parts.length) parts[parts.length - 1] += '*';
      return parts;
    });
}

export function compileSynonyms(file: SynonymFile, stop: readonly string[] = [], weak: readonly string[] = [], questions: readonly string[] = [], clause: readonly string[] = []): SynonymSet {
  const content = (q: string) => wordsOf(q).filter((w) => !isStopWord(w, stop)).map(fold).join(' ');
  return {
    entries: Object.entries(file).map(([site, readers]) => ({ site: site.trim(), readers: readers.map((r) => phraseKey(r).join(' ')) })),
    stop: [...stop],
    ...(weak.length ? { weak: [...new Set(weak.map(fold))] } : {}),
    ...(questions.length ? { questions: questions.map(content).filter(Boolean) } : {}),
    ...(clause.length ? { clause: [...new Set(clause.map(fold))] } : {}),
  };
}

/**
 * A word's form without its ending, for matching a reader's phrase in any of its word forms ("горячая
 * линия" is also "горячей линии", "восстановить пароль" also "vosstanovit parol" read as "восстановит
 * парол", "lost phone" also "lost phones"): a Russian noun, adjective or past-tense ending; an English
 * -s, -es or -ing (not -ed: "changed my number" is not "change my number") and a final -e. One ending
 * at most, and the word keeps at least 4 letters (Russian) or 3 (Latin letters). Shorter words, and a
 * phrase word ending in *, are compared as they are.
 */
function formOf(word: string): string {
  let form = FORMS.get(word);
  if (form !== undefined) return form;
  form = word;
  if (/^[а-яё]{5,}$/.test(word)) {
    const ending = RU_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
    if (ending) form = word.slice(0, -ending.length);
  } else if (/^[a-z]{4,}$/.test(word)) {
    const ending = ['ing', 'es', 's'].find((e) => word.endsWith(e) && !word.endsWith('ss') && word.length - e.length >= 3);
    if (ending) form = word.slice(0, -ending.length);
    if (form.length > 3 && form.endsWith('e')) form = form.slice(0, -1);
  }
  FORMS.set(word, form);
  return form;
}
const FORMS = new Map<string, string>();
/** Longest first. */
const RU_ENDINGS = ['ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ою', 'ею', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й'];

const wordMatches = (pattern: string, word: string) => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern || formOf(word) === formOf(pattern));

/** The word (a normal form) appears in some reader phrase: it is the reader's word, never a typo. */
export function isSynonymWord(set: SynonymSet, key: string): boolean {
  return set.entries.some((e) => e.readers.some((r) => r.split(' ').some((p) => wordMatches(p, key))));
}

export interface SynonymMatch {
  /** The site's words. */
  site: string;
  /** Where the reader's phrase is in the query's words: [start, end). */
  start: number;
  end: number;
  /**
   * How many of the query's words the phrase itself is, stop words aside: fewer than the words
   * between start and end when the brand or "account" stood between ("recover my mi account" is
   * "recover account": two words, not three). Absent: every word between start and end.
   */
  words?: number;
}

/** Every place a reader's phrase occurs in `words` (normal forms), longest phrase first at each start. */
export function findSynonyms(words: readonly string[], set: SynonymSet): SynonymMatch[] {
  return matchPhrases(words, set, (e) => e.readers);
}

/**
 * Every place an entry's site's words of two words or more occur in `words`, matched as a reader's
 * phrase is (other word forms, stop words, the brand between, readers' spellings): "забыла пароль" is
 * "забыли пароль", "forgot my mi pasword" is "forgot password". The query then gets the site's words
 * as one unit and the topic searched alone, as for a reader's phrase.
 */
export function findSiteWords(words: readonly string[], set: SynonymSet): SynonymMatch[] {
  let phrases = sitePhrases.get(set);
  if (!phrases) {
    phrases = new Map(set.entries.map((e) => [e, phraseKey(e.site).map((w) => w.replace(/\*$/, ''))] as const).filter(([, k]) => k.length > 1).map(([e, k]) => [e, [k.join(' ')]]));
    sitePhrases.set(set, phrases);
  }
  const of = phrases;
  return matchPhrases(words, set, (e) => of.get(e) ?? []);
}
const sitePhrases = new WeakMap<SynonymSet, Map<SynonymSet['entries'][number], string[]>>();

function matchPhrases(words: readonly string[], set: SynonymSet, phrasesOf: (e: SynonymSet['entries'][number]) => readonly string[]): SynonymMatch[] {
  const matches = matchJoined(words, set, phrasesOf);
  // "did not do it" is also "didnt do it", "was not me" "wasnt me": the phrases are matched on the
  // query with such pairs joined too ("is not mine" stays "not mine" as well), each match's place
  // given back in the query's own words.
  const joined = joinNegations(words);
  if (!joined) return matches;
  const seen = new Set(matches.map((m) => `${m.site}|${m.start}|${m.end}`));
  for (const m of matchJoined(joined.words, set, phrasesOf)) {
    const match = { site: m.site, start: joined.from[m.start]!, end: joined.to[m.end - 1]!, ...(m.words ? { words: m.words } : {}) };
    const id = `${match.site}|${match.start}|${match.end}`;
    if (!seen.has(id)) seen.add(id), matches.push(match);
  }
  return matches.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
}

/**
 * An auxiliary and the "not" after it, as readers also type them in one word ("did not" → "didnt",
 * "can not" → "cant"): the query's words with each such pair joined, and where each word came from
 * ([from, to) in the query's words). Undefined when the query has none.
 */
export function joinNegations(words: readonly string[]): { words: string[]; from: number[]; to: number[] } | undefined {
  if (!words.some((w, i) => w === 'not' && i > 0 && NOT_JOINED[words[i - 1]!])) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = words[i + 1] === 'not' ? NOT_JOINED[words[i]!] : undefined;
    out.push(one ?? words[i]!);
    from.push(i);
    if (one) i += 1;
    to.push(i + 1);
  }
  return { words: out, from, to };
}
/** An English auxiliary → its contraction with "not", as readers type it (apostrophes fold away). */
const NOT_JOINED: Readonly<Record<string, string>> = {
  do: 'dont', does: 'doesnt', did: 'didnt', is: 'isnt', are: 'arent', was: 'wasnt', were: 'werent', can: 'cant', could: 'couldnt',
  will: 'wont', would: 'wouldnt', should: 'shouldnt', have: 'havent', has: 'hasnt', had: 'hadnt',
};

function matchJoined(words: readonly string[], set: SynonymSet, phrasesOf: (e: SynonymSet['entries'][number]) => readonly string[]): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  const reversed = new Set<SynonymMatch>();
  const seen = new Set<string>();
  // A reader's one-word spelling of a one-word site word ("pasword", "акк", "мыло") is that word in
  // other readers' phrases too: "pasword recovery" is "password recovery".
  const spelled = spellingsOf(set);
  const as = words.map((w) => spelled(w));
  const matchesAt = (p: string, i: number) => wordMatches(p, words[i]!) || (as[i] !== undefined && wordMatches(p, as[i]!));
  for (const e of set.entries) {
    for (const phrase of phrasesOf(e)) {
      const r = phrase.split(' ');
      for (let start = 0; start + r.length <= words.length; start++) {
        if (!r.every((p, k) => matchesAt(p, start + k))) continue;
        const id = `${e.site}|${start}|${start + r.length}`;
        if (!seen.has(id)) {
          seen.add(id);
          matches.push({ site: e.site, start, end: start + r.length });
        }
      }
    }
  }
  // The same phrases over the words that are not stop words, on both sides: "left my phone" is also
  // "left phone on the bus", "didnt receive the code" also "didnt receive code". Only for a phrase of
  // two words or more once its stop words are gone ("с рук" keeps its preposition), and a negation
  // is never skipped ("dont remember my password" is not "remember password").
  const skippable = (w: string) => isStopWord(w, set.stop) && !NEGATIONS.has(w);
  const content = words.map((w, i) => ({ w, i })).filter(({ w }) => !skippable(w));
  const at = (p: string, c: { w: string; i: number }) => matchesAt(p, c.i);
  // Between two words of a phrase the reader may name the brand or the account ("lost mi account
  // password" is "lost password", "delete my xiaomi account" is "delete account"): such words are
  // passed over when the phrase's next word is not there. Never before its first word.
  const gap = gapWordsOf(set);
  // "to" or "by" between two words of the query turns them around: "locked to my old account" is a
  // phone bound to an account, not a "locked account". Passed over only where the phrase has one too.
  // Not after a word that says which one ("my number linked to xiaomi got deactivated"), nor in a
  // phrase's two words turned round ("number to my new one" is still a new number).
  const turned = (from: number, to: number) => words.slice(from + 1, to).some((w, j) => TURNING_WORDS.has(w) && !gap(words[from + j]!));
  // A phrase's words stay in one clause: "password but my phone" is no "phone password".
  const clause = new Set(set.clause ?? []);
  const crossesClause = (from: number, to: number) => words.slice(from + 1, to).some((w) => clause.has(w));
  const endOf = (o: readonly string[], start: number, joins: readonly boolean[]): number => {
    let pos = start;
    let skipped = 0;
    let last = start;
    for (let k = 0; k < o.length; k++) {
      while (k > 0 && pos < content.length && !at(o[k]!, content[pos]!) && gap(content[pos]!.w) && skipped < MAX_GAP_WORDS) pos++, skipped++;
      if (pos >= content.length || !at(o[k]!, content[pos]!)) return -1;
      if (k > 0 && !joins[k] && turned(content[last]!.i, content[pos]!.i)) return -1;
      if (k > 0 && crossesClause(content[last]!.i, content[pos]!.i)) return -1;
      last = pos;
      pos++;
    }
    return pos;
  };
  for (const e of set.entries) {
    for (const phrase of phrasesOf(e)) {
      const all = phrase.split(' ');
      const r = all.filter((p) => !skippable(p));
      if (r.length < 2) continue;
      // Where the phrase itself has "to" or "by" before a word, the query may too ("locked to mi account").
      const joins: boolean[] = [];
      let turn = false;
      for (const p of all) {
        if (skippable(p)) turn ||= TURNING_WORDS.has(p);
        else joins.push(turn), (turn = false);
      }
      // Two words match in either order too ("password lost" is "lost password"), unless the first is
      // one readers put anywhere: "mi unlock" (the tool) is not "unlock my mi account".
      const orders = r.length === 2 && !gap(r[0]!) ? [r, [r[1]!, r[0]!]] : [r];
      for (let start = 0; start + r.length <= content.length; start++) {
        const ends = orders.map((o, turnedRound) => endOf(o, start, turnedRound ? [...joins].reverse() : joins));
        const end = Math.max(...ends);
        if (end < 0) continue;
        const from = content[start]!.i;
        const to = content[end - 1]!.i + 1;
        const id = `${e.site}|${from}|${to}`;
        if (!seen.has(id)) {
          seen.add(id);
          const m = { site: e.site, start: from, end: to, ...(end - start > r.length ? { words: r.length } : {}) };
          if (ends[0]! < 0) reversed.add(m);
          matches.push(m);
        }
      }
    }
  }
  // A phrase matched only turned round yields the same words to another entry's phrase matched in its
  // own order: "change my mi acc number" is "change my number", not "number is change" turned round.
  const kept = matches.filter((m) => !reversed.has(m) || !matches.some((o) => !reversed.has(o) && o.site !== m.site && o.start === m.start && o.end === m.end));
  return kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
}

/**
 * Words readers put anywhere in a query — the brand and the word "account" — that may stand between
 * two words of a reader's phrase. With them, the one-word readers' words of an entry whose site's
 * words are all such words ("Xiaomi": сяоми, xiomi; "аккаунт": акк). And the words that say which
 * number, email or account is meant ("the number i used for xiaomi is switched off", "my number
 * linked to xiaomi got deactivated", "locked to my old account"): they add nothing to the phrase.
 */
const GAP_WORDS = ['xiaomi', 'mi', 'redmi', 'poco', 'account', 'acc', 'аккаунт*', 'акк', 'ми', 'linked', 'registered', 'used', 'old', 'previous', 'attached', 'connected'];
/**
 * Stop words that turn two words around when they stand between them ("locked to … account"), or make
 * a question of them ("dont know if its the password" is not "dont know my password").
 */
const TURNING_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'if', 'whether']);
/** At most this many such words between the words of one phrase ("mi account"). */
const MAX_GAP_WORDS = 3;

/**
 * The site's word a word is a reader's spelling of: an entry whose site's words are one word and whose
 * reader's phrase is one word ("password": pasword, pwd; "почта": мыло), a word ending in * excepted
 * (a stem says less about the word: "формат*"). Undefined when it is none.
 */
const spellings = new WeakMap<SynonymSet, (w: string) => string | undefined>();
function spellingsOf(set: SynonymSet): (w: string) => string | undefined {
  let of = spellings.get(set);
  if (!of) {
    const pairs = set.entries
      .filter((e) => wordsOf(e.site).length === 1)
      .flatMap((e) => e.readers.filter((r) => !r.includes(' ') && !r.endsWith('*')).map((r) => [r, fold(wordsOf(e.site)[0]!)] as const));
    const cache = new Map<string, string | undefined>();
    of = (w: string) => {
      if (!cache.has(w)) cache.set(w, pairs.find(([r]) => wordMatches(r, w))?.[1]);
      return cache.get(w);
    };
    spellings.set(set, of);
  }
  return of;
}

const gapWords = new WeakMap<SynonymSet, (w: string) => boolean>();
function gapWordsOf(set: SynonymSet): (w: string) => boolean {
  let is = gapWords.get(set);
  if (!is) {
    const isGap = (w: string) => GAP_WORDS.some((p) => wordMatches(p, w));
    const own = set.entries.filter((e) => wordsOf(e.site).every((w) => isGap(fold(w)))).flatMap((e) => e.readers.filter((r) => !r.includes(' ')));
    const patterns = [...GAP_WORDS, ...own];
    is = (w: string) => patterns.some((p) => wordMatches(p, w));
    gapWords.set(set, is);
  }
  return is;
}

/** Stop words that turn a phrase around: never skipped when phrases are matched without stop words. */
const NEGATIONS: ReadonlySet<string> = new Set(['dont', "don't", 'nadie']);
