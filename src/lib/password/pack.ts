/**
 * The packed word-list format the browser downloads. Per list: its most common entries ("head",
 * ranks up to `exact`) in rank order with their exact ranks; the rest ("tail") sorted, with ranks
 * rounded like a float with `bits` mantissa bits (within 2^-bits). Each word is front-coded: a
 * base-36 digit says how many leading characters it shares with the word before. Plain text, so
 * the host's gzip or brotli does the rest; decoded once, on first use.
 *
 *   zxpack 1
 *   <name>\t<head count>\t<tail count>\t<exact>\t<bits>
 *   <head words, rank order>      one a line
 *   <rank steps>                  one character per head word: its rank minus the previous one's
 *   <tail words, sorted>          one a line
 *   <rank codes>                  one character per tail word
 */
import type { RankedList } from './word-index.ts';

const MAGIC = 'zxpack 1';
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
  /** Mantissa bits of the rounded ranks above `exact` (3: within 12%). */
  bits: number;
}

function frontCoded(words: readonly string[], out: string[], name: string) {
  let prev = '';
  for (const word of words) {
    if (!word || /[\r\n]/.test(word)) throw new Error(`pack ${name}: word ${JSON.stringify(word)} is empty or has a line break`);
    let p = 0;
    while (p < MAX_PREFIX && p < prev.length && p < word.length && prev[p] === word[p]) p += 1;
    out.push(p.toString(36) + word.slice(p));
    prev = word;
  }
}

export function encodePack(lists: readonly PackInput[]): string {
  const out = [MAGIC];
  for (const { name, entries, exact, bits } of lists) {
    if (!name || /[\t\n]/.test(name)) throw new Error(`pack: list name ${JSON.stringify(name)} is empty or has a tab or line break`);
    if (new Set(entries.map(([w]) => w)).size !== entries.length) throw new Error(`pack ${name}: a word appears twice`);
    if (!(exact >= 2 ** bits - 1 && exact <= 16_384)) throw new Error(`pack ${name}: expected exact ranks up to 2^bits - 1 … 16384, got ${exact}`);
    const head = entries.filter(([, r]) => r <= exact).sort((a, b) => a[1] - b[1]);
    const tail = entries.filter(([, r]) => r > exact).sort((a, b) => byCodeUnits(a[0], b[0]));
    out.push(`${name}\t${head.length}\t${tail.length}\t${exact}\t${bits}`);
    frontCoded(head.map(([w]) => w), out, name);
    out.push(head.map(([, r], k) => String.fromCharCode(CODE_BASE + r - (k === 0 ? 0 : head[k - 1]![1]))).join(''));
    frontCoded(tail.map(([w]) => w), out, name);
    out.push(tail.map(([, r]) => String.fromCharCode(CODE_BASE + rankCode(r, exact, bits))).join(''));
  }
  return out.join('\n') + '\n';
}

function readWords(lines: readonly string[], at: number, count: number, into: string[]) {
  let prev = '';
  for (let k = 0; k < count; k += 1) {
    const line = lines[at + k]!;
    prev = prev.slice(0, parseInt(line[0]!, 36)) + line.slice(1);
    into.push(prev);
  }
}

/** Ranked lists from packed text (head words first, then the tail; ranks exact, then rounded). */
export function decodePack(text: string): RankedList[] {
  const lines = text.split('\n');
  if (lines[0] !== MAGIC) throw new Error(`pack: expected "${MAGIC}" on the first line, got ${JSON.stringify(lines[0]?.slice(0, 20))}`);
  const lists: RankedList[] = [];
  let at = 1;
  while (at < lines.length && lines[at] !== '') {
    const [name = '', ...numbers] = lines[at]!.split('\t');
    const [headCount, tailCount, exact, bits] = numbers.map(Number) as [number, number, number, number];
    if (!name || ![headCount, tailCount, exact, bits].every(Number.isInteger)) throw new Error(`pack: bad list header on line ${at + 1}`);
    const words: string[] = [];
    const ranks = new Uint32Array(headCount + tailCount);
    readWords(lines, at + 1, headCount, words);
    const steps = lines[at + 1 + headCount] ?? '';
    const tailAt = at + 2 + headCount;
    readWords(lines, tailAt, tailCount, words);
    const codes = lines[tailAt + tailCount] ?? '';
    if (steps.length !== headCount || codes.length !== tailCount) throw new Error(`pack ${name}: rank line lengths do not match the word counts`);
    let rank = 0;
    for (let k = 0; k < headCount; k += 1) ranks[k] = rank += steps.charCodeAt(k) - CODE_BASE;
    const cache = new Map<number, number>();
    for (let k = 0; k < tailCount; k += 1) {
      const c = codes.charCodeAt(k) - CODE_BASE;
      let r = cache.get(c);
      if (r === undefined) cache.set(c, (r = codeRank(c, exact, bits)));
      ranks[headCount + k] = r;
    }
    lists.push({ name, words, ranks });
    at = tailAt + tailCount + 1;
  }
  return lists;
}
