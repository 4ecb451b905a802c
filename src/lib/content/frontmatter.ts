/**
 * The `---` block at the top of a Markdown/MDX file, for the scripts and checks that read it without
 * the build (i18n status, new article, date checks, the bench corpus). The build's schema stays the
 * real validator; this reads top-level `key: value` lines only.
 */
import { parseDay } from './dates.ts';

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/** The frontmatter's lines (undefined when the file has none) and the body after it. */
export function splitFrontmatter(text: string): { block: string | undefined; body: string } {
  const m = BLOCK.exec(text);
  return m ? { block: m[1]!, body: text.slice(m[0].length).replace(/^\r?\n/, '') } : { block: undefined, body: text };
}

/** A value as written: double quotes are a JSON-like string, single quotes a YAML one; anything else stays. */
function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  return /^'.*'$/.test(value) ? value.slice(1, -1).replace(/''/g, "'") : value;
}

/** The top-level `key: value` lines, quotes and trailing `# comments` removed. */
export function readFrontmatter(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of (splitFrontmatter(text).block ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (kv) out[kv[1]!] = unquote(kv[2]!.replace(/\s+#.*$/, ''));
  }
  return out;
}

/** A flow list `[a, "b c"]` as its items; an empty or missing value is an empty list. */
export function frontmatterList(value: string | undefined): string[] {
  const inner = /^\[(.*)\]$/.exec(value?.trim() ?? '')?.[1] ?? '';
  return [...inner.matchAll(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,\s][^,]*/g)].map((m) => unquote(m[0].trim())).filter(Boolean);
}

/** A frontmatter date ("2026-11-24"), or undefined when absent or not a real YYYY-MM-DD day. */
export const frontmatterDate = parseDay;

/** Sets (or adds at the end of) a top-level frontmatter field, keeping everything else as written. */
export function setFrontmatterField(text: string, key: string, value: string): string {
  const m = BLOCK.exec(text);
  if (!m) throw new Error('expected the file to start with a frontmatter block between --- lines');
  const lines = m[1]!.split(/\r?\n/);
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (i >= 0) lines[i] = `${key}: ${value}`;
  else lines.push(`${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---${text.slice(m[0].length)}`;
}
