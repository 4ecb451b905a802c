/**
 * Turns schema problems into one line each an editor can act on:
 * `content/articles/en/x.mdx: order: expected a whole number like 10, got "two"`.
 * The messages themselves live in src/schemas/*; this file adds the file, the field and typo hints.
 */
import { isoDay, parseDay } from './dates.ts';
import { splitFrontmatter } from './frontmatter.ts';

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** "related (item 2)" for ["related", 1]; "title" for ["title"]. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += ` (item ${p + 1})`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** One line per problem, each starting with the file. `fields` are the names the schema accepts. */
export function formatIssues(file: string, issues: readonly SchemaIssue[], fields: readonly string[] = []): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        const guess = closest(key, fields);
        lines.push(
          `${file}: ${key}: unknown field — ` + (guess ? `did you mean "${guess}"? ` : '') + (fields.length ? `expected only ${fields.join(', ')}` : 'remove it'),
        );
      }
      continue;
    }
    const field = fieldName(issue.path);
    lines.push(field ? `${file}: ${field}: ${issue.message}` : `${file}: ${issue.message}`);
  }
  return lines;
}

/**
 * YAML turns an impossible date such as 2026-02-30 into another day without complaint;
 * find such dates in the raw text so they can be reported instead.
 */
export function impossibleDates(file: string, text: string): string[] {
  const lines: string[] = [];
  for (const line of (splitFrontmatter(text).block ?? text).split(/\r?\n/)) {
    const m = /^([\w-]+):\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*(?:#.*)?$/.exec(line);
    if (m && !parseDay(m[2])) lines.push(`${file}: ${m[1]}: ${m[2]} is not a real calendar date — expected a date written as YYYY-MM-DD`);
  }
  return lines;
}

/** A value as it appears in the error: short and quoted when it is text. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : isoDay(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
