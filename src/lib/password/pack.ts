/**
 * The packed word-list format the browser downloads. Per list: its most common entries ("head",
 * ranks up to `exact`) in rank order with their exact ranks; the rest ("tail") sorted, with ranks
 * rounded like a float with `bits` mantissa bits (within 2^-bits). Each word is front-coded: a
 * base-36 digit says how many leading characters it shares with the word before. Plain text, so
 * the host's gzip or brotli does the rest; decoded once, on first use. The three kinds of data
 * (word endings, prefix digits, rank characters) are kept apart, each for all lists in a row:
 * gzip compresses text, digits and ranks better one kind at a time (3–7% smaller than the
 * lines of format 1, which mixed them).
 *
 *   zxpack 2
 *   <name>\t<head count>\t<tail count>\t<exact>\t<bits>   one a list
 *   (empty line)
 *   <word endings>     one a line: each list's head words (rank order), then its tail (sorted)
 *   <prefix digits>    one line, one base-36 digit per word above: characters shared with the word before
 *   <rank characters>  one line, one per word above: a head word's rank minus the previous one's,
 *                      a tail word's rank code
 * Front-coding starts afresh at each list's head and at its tail.
 */
import type { RankedList } from './word-index.ts';

const MAGIC = 'zxpack 2';
/** Prefix lengths are one base-36 digit; longer shared prefixes are written out. */
const MAX_PREFIX = 35;
/** Rank steps and codes start at "!" so that none is a line break. */
const CODE_BASE = 0x21;

/** The code of a rank above `exact`: exponent and the top `bits` bits of the mantissa, counted from `exact`'s. */
export function rankCode(rank: number, exact: number, bits: number): number {
  const e = Math.floor(Math.log2(rank));
  const mantissa = Math.floor(rank / 2 ** (e - bits)) - 2 ** bits;
  const e0 = Math.floor(Math.log2(exact + 1));
  return (e - e0) * 2 ** bits + mantissa;
}

/** The ranks a code stands for, [first, last]. */
export function codeRange(code: number, exact: number, bits: number): [number, number] {
  const e0 = Math.floor(Math.log2(exact + 1));
  const e = Math.floor(code / 2 ** bits) + e0;
  const mantissa = code % 2 ** bits;
  const unit = 2 ** Math.max(0, e - bits);
  const first = (2 ** bits + mantissa) * unit;
  return [first, first + unit - 1];
}

/** The rank a code is read back as: the geometric middle of its range (errors even on a log scale), never ≤ `exact`. */
export function codeRank(code: number, exact: number, bits: number): number {
  const [a, b] = codeRange(code, exact, bits);
  return Math.max(exact + 1, Math.round(Math.sqrt(a * b)));
}

/** `rank` as the packed form gives it back. */
export const roundedRank = (rank: number, exact: number, bits: number) => (rank <= exact ? rank : codeRank(rankCode(rank, exact, bits), exact, bits));

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PackInput {
  name: string;
  /** Words with their exact ranks; a word appears once. */
  entries: readonly (readonly [word: string, rank: number])[];
  /** Ranks up to this are kept exact. */
  exact: number;
  /** Mantissa bits of the rounded ranks above `exact` (3: within 12.5%, 2: within 25%). */
  bits: number;
}

function frontCoded(words: readonly string[], endings: string[], prefixes: string[], name: string) {
  let prev = '';
  for (const word of words) {
    if (!word || /[\r\n]/.test(word)) throw new Error(`pack ${name}: word ${JSON.stringify(word)} is empty or has a line break`);
    let p = 0;
    while (p < MAX_PREFIX && p < prev.length && p < word.length && prev[p] === word[p]) p += 1;
    prefixes.push(p.toString(36));
    endings.push(word.slice(p));
    prev = word;
  }
}

export function encodePack(lists: readonly PackInput[]): string {
  const headers: string[] = [];
  const endings: string[] = [];
  const prefixes: string[] = [];
  const ranks: string[] = [];
  for (const { name, entries, exact, bits } of lists) {
    if (!name || /[\t\n]/.test(name)) throw new Error(`pack: list name ${JSON.stringify(name)} is empty or has a tab or line break`);
    if (new Set(entries.map(([w]) => w)).size !== entries.length) throw new Error(`pack ${name}: a word appears twice`);
    if (!(exact >= 2 ** bits - 1 && exact <= 16_384)) throw new Error(`pack ${name}: expected exact ranks up to 2^bits - 1 … 16384, got ${exact}`);
    const head = entries.filter(([, r]) => r <= exact).sort((a, b) => a[1] - b[1]);
    const tail = entries.filter(([, r]) => r > exact).sort((a, b) => byCodeUnits(a[0], b[0]));
    headers.push(`${name}\t${head.length}\t${tail.length}\t${exact}\t${bits}`);
    frontCoded(head.map(([w]) => w), endings, prefixes, name);
    frontCoded(tail.map(([w]) => w), endings, prefixes, name);
    ranks.push(head.map(([, r], k) => String.fromCharCode(CODE_BASE + r - (k === 0 ? 0 : head[k - 1]![1]))).join(''));
    ranks.push(tail.map(([, r]) => String.fromCharCode(CODE_BASE + rankCode(r, exact, bits))).join(''));
  }
  return [MAGIC, ...headers, '', ...endings, prefixes.join(''), ranks.join('')].join('\n') + '\n';
}

/** Ranked lists from packed text (head words first, then the tail; ranks exact, then rounded). */
export function decodePack(text: string): RankedList[] {
  const lines = text.split('\n');
  if (lines[0] !== MAGIC) throw new Error(`pack: expected "${MAGIC}" on the first line, got ${JSON.stringify(lines[0]?.slice(0, 20))}`);
  const headers: [name: string, head: number, tail: number, exact: number, bits: number][] = [];
  let at = 1;
  let total = 0;
  for (; at < lines.length && lines[at] !== ''; at += 1) {
    const [name = '', ...numbers] = lines[at]!.split('\t');
    const [headCount, tailCount, exact, bits] = numbers.map(Number) as [number, number, number, number];
    if (!name || ![headCount, tailCount, exact, bits].every(Number.isInteger)) throw new Error(`pack: bad list header on line ${at + 1}`);
    headers.push([name, headCount, tailCount, exact, bits]);
    total += headCount + tailCount;
  }
  const first = at + 1;
  const prefixes = lines[first + total] ?? '';
  const codes = lines[first + total + 1] ?? '';
  if (prefixes.length !== total || codes.length !== total) throw new Error('pack: the prefix and rank lines do not match the word counts');
  const lists: RankedList[] = [];
  let k = 0;
  for (const [name, headCount, tailCount, exact, bits] of headers) {
    const count = headCount + tailCount;
    const words: string[] = new Array(count);
    const ranks = new Uint32Array(count);
    let prev = '';
    let rank = 0;
    const cache = new Map<number, number>();
    for (let n = 0; n < count; n += 1, k += 1) {
      if (n === headCount) prev = '';
      const p = prefixes.charCodeAt(k);
      // Base-36 digit: "0"–"9" then "a"–"z".
      prev = prev.slice(0, p <= 57 ? p - 48 : p - 87) + lines[first + k]!;
      words[n] = prev;
      const c = codes.charCodeAt(k) - CODE_BASE;
      if (n < headCount) ranks[n] = rank += c;
      else {
        let r = cache.get(c);
        if (r === undefined) cache.set(c, (r = codeRank(c, exact, bits)));
        ranks[n] = r;
      }
    }
    lists.push({ name, words, ranks });
  }
  return lists;
}
