/**
 * What changed in a source article since a translation was made from it: a line diff of two versions
 * of the file, as a short unified diff for `npm run i18n:status` and the translation dashboard. Pure:
 * the caller reads both versions (src/dev/git-history.ts takes the old one from git).
 */

export type DiffOp = { op: ' ' | '-' | '+'; line: string };

/** The file's lines (line endings normalised; a final newline ends the last line, it does not add one). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A shortest edit script from `a` to `b` (Myers' O(ND) algorithm), in order: kept lines (' '), removed
 * lines ('-') and added ones ('+'). Within a changed run, removals come before additions.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  // The common start and end need no search.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) endA--, endB--;
  const head: DiffOp[] = a.slice(0, start).map((line) => ({ op: ' ', line }));
  const tail: DiffOp[] = a.slice(endA).map((line) => ({ op: ' ', line }));
  return [...head, ...myers(a.slice(start, endA), b.slice(start, endB)), ...tail];
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ op: '+', line }));
  if (m === 0) return a.map((line) => ({ op: '-', line }));
  const max = n + m;
  // v[off + k] = the furthest x reached on diagonal k; trace[d] keeps diagonals -d-1 … d+1 of v as they were before step d.
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const at = (saved: Int32Array, d: number, k: number) => saved[k + d + 1]!;
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[off + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  // Walk back from the end through the saved steps.
  const out: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(saved, d, k - 1) < at(saved, d, k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(saved, d, prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) out.push({ op: ' ', line: a[--x]! }), y--;
    if (d > 0) {
      if (x === prevX) out.push({ op: '+', line: b[--y]! });
      else out.push({ op: '-', line: a[--x]! });
    }
  }
  return out.reverse();
}

export interface CompactDiff {
  /** Unified-diff lines: `@@ -a,b +c,d @@` hunk headers, then ` ` context, `-` removed and `+` added lines. */
  lines: string[];
  /** Lines added and removed in the whole diff (shown or not). */
  added: number;
  removed: number;
  /** Added and removed lines left out by the cap. */
  cut: number;
}

export interface CompactDiffOptions {
  /** Unchanged lines shown around a change, counting only non-blank ones (blank lines between come with them). Default 1. */
  context?: number;
  /** At most this many lines in `lines` (headers included). Default 40. */
  maxLines?: number;
  /** Context lines longer than this are shortened with "…" (changed lines never are). Default 120 characters. */
  contextWidth?: number;
}

/**
 * A short unified diff from `before` to `after`. Articles keep a paragraph on one line with blank lines
 * between, so the context is counted in non-blank lines and long context lines are shortened: a
 * translator sees where each change is without re-reading the article.
 */
export function compactDiff(before: string, after: string, options: CompactDiffOptions = {}): CompactDiff {
  const { context = 1, maxLines = 40, contextWidth = 120 } = options;
  const ops = diffLines(splitLines(before), splitLines(after));
  const added = ops.filter((o) => o.op === '+').length;
  const removed = ops.filter((o) => o.op === '-').length;

  // Which unchanged lines to show: up to `context` non-blank lines (and the blank ones between) on each side of a change.
  const show = ops.map((o) => o.op !== ' ');
  const reach = (from: number, step: 1 | -1) => {
    let nonBlank = 0;
    let last = from - step;
    let i = from;
    for (; i >= 0 && i < ops.length && ops[i]!.op === ' '; i += step) {
      if (ops[i]!.line.trim() === '') continue;
      if (nonBlank === context) break;
      nonBlank++;
      last = i;
    }
    // Only blank lines (or the context) up to the next change: they belong to the same hunk.
    if (i >= 0 && i < ops.length && ops[i]!.op !== ' ') last = i - step;
    for (let t = from; step > 0 ? t <= last : t >= last; t += step) show[t] = true;
  };
  ops.forEach((o, i) => {
    if (o.op === ' ') return;
    if (i > 0 && ops[i - 1]!.op === ' ') reach(i - 1, -1);
    if (i + 1 < ops.length && ops[i + 1]!.op === ' ') reach(i + 1, 1);
  });
  // Two hunks apart by blank lines only are one hunk.
  for (let i = 1; i < ops.length; i++) {
    if (show[i] || !show[i - 1]) continue;
    let j = i;
    while (j < ops.length && !show[j] && ops[j]!.line.trim() === '') j++;
    if (j < ops.length && show[j]) for (let t = i; t < j; t++) show[t] = true;
    i = j;
  }

  const lines: string[] = [];
  let cut = 0;
  let full = false;
  let oldLine = 1;
  let newLine = 1;
  const shorten = (s: string) => (s.length > contextWidth ? `${s.slice(0, contextWidth - 1)}…` : s);
  for (let i = 0; i < ops.length; ) {
    if (!show[i]) {
      if (ops[i]!.op !== '+') oldLine++;
      if (ops[i]!.op !== '-') newLine++;
      i++;
      continue;
    }
    let j = i;
    while (j < ops.length && show[j]) j++;
    const hunk = ops.slice(i, j);
    const oldCount = hunk.filter((o) => o.op !== '+').length;
    const newCount = hunk.filter((o) => o.op !== '-').length;
    const body = [
      `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@`,
      ...hunk.map((o) => (o.op === ' ' ? ` ${shorten(o.line)}` : `${o.op}${o.line}`)),
    ];
    // A hunk's header comes only with at least one of its lines; once a line is left out, so is the rest.
    if (lines.length + 1 >= maxLines) full = true;
    for (const line of body) {
      if (!full && lines.length < maxLines) lines.push(line);
      else {
        full = true;
        if (line[0] === '+' || line[0] === '-') cut++;
      }
    }
    oldLine += oldCount;
    newLine += newCount;
    i = j;
  }
  // Cut short: end on a change, not on its context or a lone header.
  if (cut) while (lines.length && !/^[-+]/.test(lines[lines.length - 1]!)) lines.pop();
  return { lines, added, removed, cut };
}
