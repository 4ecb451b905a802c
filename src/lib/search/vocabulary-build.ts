/**
 * Builds each locale's vocabulary from the text Pagefind indexed (its fragments: body, title,
 * description, aliases). Pure: texts in, files out; the post-build step writes them.
 */
import { byKey, encodeShard, MIN_WORD_LETTERS, VOCABULARY_VERSION, type VocabularyEntry, type VocabularyManifest } from './vocabulary.ts';
import { fold, wordsOf } from './normalize.ts';

/**
 * Bytes of text per shard (about 40% of it gzipped): a known word needs only its shard, so smaller
 * shards keep the first query light (issue 25: ≤ 160 KB gzip); a correction fetches every shard of
 * the word's first letter.
 */
export const SHARD_TARGET_BYTES = 1_200;

export interface IndexedPage {
  /** Pagefind language of the page. */
  lang: string;
  /** The texts Pagefind indexed for it. */
  texts: readonly string[];
}

export interface OutputFile {
  /** Path inside the words folder. */
  path: string;
  content: string;
}

/** Word counts of a locale: normal form → the spelling seen most and the total count. */
export function countWords(texts: readonly string[]): VocabularyEntry[] {
  const byNormal = new Map<string, { freq: number; spellings: Map<string, number> }>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if ([...word].length < MIN_WORD_LETTERS) continue;
      const key = fold(word);
      let e = byNormal.get(key);
      if (!e) byNormal.set(key, (e = { freq: 0, spellings: new Map() }));
      e.freq++;
      e.spellings.set(word, (e.spellings.get(word) ?? 0) + 1);
    }
  }
  return [...byNormal.entries()]
    .sort(([a], [b]) => byKey(a, b))
    .map(([key, e]) => ({
      // The most frequent spelling; on a tie the one with accents (the language's own spelling).
      word: [...e.spellings].sort((a, b) => b[1] - a[1] || Number(b[0] !== key) - Number(a[0] !== key) || byKey(a[0], b[0]))[0]![0],
      freq: e.freq,
    }));
}

/** FNV-1a, for cache-safe file names. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

const firstLetters = (e: VocabularyEntry, n: number) => [...fold(e.word)].slice(0, n).join('');

function groupBy(entries: readonly VocabularyEntry[], n: number): { prefix: string; entries: VocabularyEntry[] }[] {
  const groups: { prefix: string; entries: VocabularyEntry[] }[] = [];
  for (const e of entries) {
    const p = firstLetters(e, n);
    if (groups.at(-1)?.prefix !== p) groups.push({ prefix: p, entries: [] });
    groups.at(-1)!.entries.push(e);
  }
  return groups;
}

/** Shards are cut between words that differ in one of their first this many letters. */
const MAX_PREFIX_LETTERS = 3;

/**
 * Cuts the sorted entries into shards of about `target` bytes, only between words that differ in
 * their first letter (or, inside a first letter too large for one shard, their second, then third). A known
 * word needs only its shard; a correction looks through every shard of the word's first letter.
 */
export function packShards(entries: readonly VocabularyEntry[], target: number): { from: string; entries: VocabularyEntry[] }[] {
  const size = (list: readonly VocabularyEntry[]) => utf8Bytes(encodeShard(list));
  // Arabic words share their first two letters often (ال): a group still too large is cut by its third.
  const cut = (list: readonly VocabularyEntry[], n: number): { prefix: string; entries: VocabularyEntry[] }[] =>
    groupBy(list, n).flatMap((g) => (size(g.entries) > target && n < MAX_PREFIX_LETTERS ? cut(g.entries, n + 1) : [g]));
  const atoms = cut(entries, 1);
  const shards: { from: string; entries: VocabularyEntry[] }[] = [];
  for (const atom of atoms) {
    const last = shards.at(-1);
    if (last && size([...last.entries, ...atom.entries]) <= target) last.entries.push(...atom.entries);
    else shards.push({ from: shards.length ? atom.prefix : '', entries: [...atom.entries] });
  }
  return shards.length ? shards : [{ from: '', entries: [] }];
}

/** The files for every locale: a manifest each and its shards. */
export function buildVocabularies(pages: readonly IndexedPage[], options: { shardBytes?: number } = {}): OutputFile[] {
  const byLang = new Map<string, string[]>();
  const pageCount = new Map<string, number>();
  for (const p of pages) {
    (byLang.get(p.lang) ?? byLang.set(p.lang, []).get(p.lang)!).push(...p.texts);
    pageCount.set(p.lang, (pageCount.get(p.lang) ?? 0) + 1);
  }
  const files: OutputFile[] = [];
  for (const [lang, texts] of [...byLang].sort(([a], [b]) => byKey(a, b))) {
    const entries = countWords(texts);
    const shards = packShards(entries, options.shardBytes ?? SHARD_TARGET_BYTES).map((s, i) => {
      const content = encodeShard(s.entries);
      return { from: s.from, file: `shards/${lang}-${i}.${hash(content)}.txt`, words: s.entries.length, content };
    });
    const manifest: VocabularyManifest = {
      version: VOCABULARY_VERSION,
      lang,
      pages: pageCount.get(lang) ?? 0,
      words: entries.length,
      shards: shards.map(({ from, file, words }) => ({ from, file, words })),
    };
    files.push({ path: `${lang}.json`, content: JSON.stringify(manifest) });
    for (const s of shards) files.push({ path: s.file, content: s.content });
  }
  return files;
}

/** What Pagefind indexed for one page, from its decompressed fragment JSON. */
export function fragmentTexts(fragment: { content?: string; meta?: Record<string, string | undefined> }): string[] {
  const meta = fragment.meta ?? {};
  return [fragment.content ?? '', meta.title ?? '', meta.description ?? '', meta.aliases ?? ''].filter(Boolean);
}
