/**
 * The vocabulary of a locale's index (issue 13, item 1): every word the index holds (titles,
 * headings, body, descriptions, aliases) with how often it occurs, so the browser can tell a known
 * word from a typo and find the closest known one. Built after Pagefind (vocabulary-build.ts),
 * read here; both sides share this file's format.
 *
 * Files, in `pagefind/words/`:
 *   <lang>.json                 the manifest: page count, word count and the shards in order
 *   shards/<lang>-<n>.<hash>.txt one shard (hashed: cached for a year): the words from its `from` up to the next shard's, in order;
 *                               shards are cut between first letters, or between second (then
 *                               third) letters inside a group too large for one shard
 * A shard has one word per line in normal-form order, front-coded: one base-36 digit (letters shared
 * with the previous line's word), the rest of the word, a space and its frequency in base 36.
 * The word is the spelling readers see most in the text ("contraseña"); its normal form is computed.
 */
import { fold } from './normalize.ts';

export const VOCABULARY_VERSION = 1;

/** Shorter words are not in the vocabulary: a query word that short is never judged. */
export const MIN_WORD_LETTERS = 3;

export interface VocabularyManifest {
  version: number;
  lang: string;
  /** Pages in the locale's index. */
  pages: number;
  words: number;
  /** In order; the first starts at "". */
  shards: { from: string; file: string; words: number }[];
}

export interface VocabularyEntry {
  /** The spelling shown to readers ("contraseña"). */
  word: string;
  /** Occurrences in the indexed text. */
  freq: number;
}

const MAX_SHARED = 35;

/** Entries must be sorted by normal form (see sortEntries). */
export function encodeShard(entries: readonly VocabularyEntry[]): string {
  let prev = '';
  const lines: string[] = [];
  for (const { word, freq } of entries) {
    let shared = 0;
    while (shared < MAX_SHARED && shared < prev.length && shared < word.length && prev[shared] === word[shared]) shared++;
    lines.push(`${shared.toString(36)}${word.slice(shared)} ${freq.toString(36)}`);
    prev = word;
  }
  return lines.join('\n');
}

/** One shard, ready to look words up: parallel arrays sorted by normal form. */
export interface Shard {
  keys: string[];
  words: string[];
  freqs: number[];
}

export function decodeShard(text: string): Shard {
  const keys: string[] = [];
  const words: string[] = [];
  const freqs: number[] = [];
  let prev = '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    const space = line.lastIndexOf(' ');
    const shared = parseInt(line[0]!, 36);
    const word = prev.slice(0, shared) + line.slice(1, space);
    words.push(word);
    keys.push(fold(word));
    freqs.push(parseInt(line.slice(space + 1), 36));
    prev = word;
  }
  return { keys, words, freqs };
}

/** Code-unit order, the same at build time and in every browser. */
export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** First index whose key is >= `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `key` (a normal form) stands in the shard (its word, frequency…), -1 when it is not there. */
export function indexOfWord(shard: Shard, key: string): number {
  const at = lowerBound(shard.keys, key);
  return shard.keys[at] === key ? at : -1;
}

/** `key` (a normal form) occurs in the index. */
export function hasWord(shard: Shard, key: string): boolean {
  return indexOfWord(shard, key) >= 0;
}

/** Some indexed word begins with `key` (Pagefind matches word beginnings, so the reader may still be typing). */
export function hasWordStartingWith(shard: Shard, key: string): boolean {
  return shard.keys[lowerBound(shard.keys, key)]?.startsWith(key) ?? false;
}

/** The shard whose range holds `key`: the last one starting at or before it. */
export function shardFor(manifest: VocabularyManifest, key: string): VocabularyManifest['shards'][number] | undefined {
  let found: VocabularyManifest['shards'][number] | undefined;
  for (const s of manifest.shards) {
    if (s.from <= key) found = s;
    else break;
  }
  return found;
}

/** The shards that may hold words beginning with `key`'s first letter. */
export function shardsForLetter(manifest: VocabularyManifest, key: string): VocabularyManifest['shards'] {
  const letter = [...key][0] ?? '';
  const first = shardFor(manifest, letter);
  return manifest.shards.filter((s) => s === first || (s.from.startsWith(letter) && s.from !== ''));
}

/** Only the words whose normal form begins with `letter`. */
function ofLetter(shard: Shard, letter: string): Shard {
  if (shard.keys.every((k) => k.startsWith(letter))) return shard;
  const at = shard.keys.flatMap((k, i) => (k.startsWith(letter) ? [i] : []));
  return { keys: at.map((i) => shard.keys[i]!), words: at.map((i) => shard.words[i]!), freqs: at.map((i) => shard.freqs[i]!) };
}

/** One shard from several consecutive ones (their words are already in order). */
export function joinShards(shards: readonly Shard[]): Shard {
  if (shards.length === 1) return shards[0]!;
  return { keys: shards.flatMap((s) => s.keys), words: shards.flatMap((s) => s.words), freqs: shards.flatMap((s) => s.freqs) };
}

/**
 * The vocabulary of one locale as the query code sees it: fetched piece by piece, only the shards
 * for the words typed. `fetchText` is the browser's fetch or a file read in Node.
 */
export interface WordSource {
  manifest: () => Promise<VocabularyManifest>;
  /** The loaded shard whose range holds `key`: enough to tell whether `key` (or a word it begins) is indexed. */
  shard: (key: string) => Promise<Shard | undefined>;
  /** Every indexed word with `key`'s first letter, where a correction is looked for (a typo may be in the second letter). */
  letter: (key: string) => Promise<Shard | undefined>;
}

export function wordSource(manifestUrl: string, fetchText: (url: string) => Promise<string>): WordSource {
  let manifest: Promise<VocabularyManifest> | undefined;
  const shards = new Map<string, Promise<Shard>>();
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const load = () => {
    manifest ??= fetchText(manifestUrl).then((t) => JSON.parse(t) as VocabularyManifest);
    manifest.catch(() => (manifest = undefined));
    return manifest;
  };
  const get = (file: string) => {
    let p = shards.get(file);
    if (!p) {
      p = fetchText(base + file).then(decodeShard);
      shards.set(file, p);
      p.catch(() => shards.delete(file));
    }
    return p;
  };
  return {
    manifest: load,
    shard: async (key) => {
      const s = shardFor(await load(), key);
      return s && get(s.file);
    },
    letter: async (key) => {
      const list = shardsForLetter(await load(), key);
      if (!list.length) return undefined;
      // A shard may begin or end with another letter's words (small groups are packed together).
      return ofLetter(joinShards(await Promise.all(list.map((s) => get(s.file)))), [...key][0] ?? '');
    },
  };
}

/** One shard from shards of several languages' vocabularies: their words in normal-form order. */
export function mergeShards(shards: readonly (Shard | undefined)[]): Shard | undefined {
  const present = shards.filter((s): s is Shard => s !== undefined);
  if (present.length <= 1) return present[0];
  const rows = present.flatMap((s) => s.keys.map((key, i) => ({ key, word: s.words[i]!, freq: s.freqs[i]! })));
  rows.sort((a, b) => byKey(a.key, b.key));
  return { keys: rows.map((r) => r.key), words: rows.map((r) => r.word), freqs: rows.map((r) => r.freq) };
}

/**
 * Several languages' vocabularies read as one: a partial locale searches its fallback languages'
 * indexes, so a word is known when any of them holds it. A language whose files are missing counts
 * as empty; the page count is the sum (the engine weighs common words by it).
 */
export function unionWordSource(sources: readonly WordSource[]): WordSource {
  if (sources.length === 1) return sources[0]!;
  const settled = <T>(p: Promise<T>) => p.then((v) => v as T | undefined, () => undefined);
  let manifest: Promise<VocabularyManifest> | undefined;
  return {
    manifest: () => {
      manifest ??= Promise.all(sources.map((s) => settled(s.manifest()))).then((all) => {
        const found = all.filter((m): m is VocabularyManifest => m !== undefined);
        if (!found.length) throw new Error('no vocabulary for any of the languages searched');
        return { ...found[0]!, lang: found.map((m) => m.lang).join('+'), pages: found.reduce((n, m) => n + m.pages, 0), words: found.reduce((n, m) => n + m.words, 0), shards: [] };
      });
      manifest.catch(() => (manifest = undefined));
      return manifest;
    },
    shard: async (key) => mergeShards(await Promise.all(sources.map((s) => settled(s.shard(key))))),
    letter: async (key) => mergeShards(await Promise.all(sources.map((s) => settled(s.letter(key))))),
  };
}
