/**
 * The editors' report from the stored rows (pure: rows in, text out): an HTML page that opens from disk
 * with no server and no script — per locale, the pages readers said did not help, worst first, with
 * yes/no counts and rate, reasons, recent comments and recovery outcomes, then the searches readers
 * reported — and a CSV of every row, safe to open in a spreadsheet.
 */
import { REASONS } from './contract.ts';
import type { StoredRow } from './store.ts';

export const REASON_LABELS: Record<(typeof REASONS)[number], string> = {
  'not-my-case': 'my case is not described',
  'steps-failed': 'the steps did not work',
  unclear: 'a step is unclear',
  'wrong-or-outdated': 'wrong or out of date',
  other: 'other',
};

interface Tally {
  yes: number;
  no: number;
}

export interface PageSummary extends Tally {
  locale: string;
  path: string;
  /** yes / (yes + no). */
  rate: number;
  reasons: Map<string, number>;
  outcomes: Map<string, Tally>;
  /** Newest first. */
  comments: { hour: string; reason: string | null; outcome: string | null; text: string }[];
}

export interface SearchSummary {
  locale: string;
  query: string;
  count: number;
  last: string;
}

/** The key a reported search is counted under: case, spacing and width folded. */
const queryKey = (q: string) => q.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** Pages worst first: most "no" answers, then the lowest rate, then the path. */
export function summarizePages(rows: readonly StoredRow[], recent = 5): PageSummary[] {
  const pages = new Map<string, PageSummary>();
  for (const r of rows) {
    if (r.kind !== 'page' || r.path === null || r.helpful === null) continue;
    const key = `${r.locale}\0${r.path}`;
    let p = pages.get(key);
    if (!p) pages.set(key, (p = { locale: r.locale, path: r.path, yes: 0, no: 0, rate: 0, reasons: new Map(), outcomes: new Map(), comments: [] }));
    p[r.helpful ? 'yes' : 'no']++;
    if (r.reason) p.reasons.set(r.reason, (p.reasons.get(r.reason) ?? 0) + 1);
    if (r.outcome) {
      const o = p.outcomes.get(r.outcome) ?? { yes: 0, no: 0 };
      o[r.helpful ? 'yes' : 'no']++;
      p.outcomes.set(r.outcome, o);
    }
    if (r.comment) p.comments.unshift({ hour: r.hour, reason: r.reason, outcome: r.outcome, text: r.comment });
  }
  const list = [...pages.values()];
  for (const p of list) {
    p.rate = p.yes / (p.yes + p.no);
    p.comments = p.comments.slice(0, recent);
  }
  return list.sort((a, b) => b.no - a.no || a.rate - b.rate || a.path.localeCompare(b.path));
}

/** Reported searches per locale and query, most reported first. */
export function summarizeSearches(rows: readonly StoredRow[]): SearchSummary[] {
  const found = new Map<string, SearchSummary>();
  for (const r of rows) {
    if (r.kind !== 'search' || r.query === null) continue;
    const key = `${r.locale}\0${queryKey(r.query)}`;
    const s = found.get(key);
    if (s) {
      s.count++;
      s.last = r.hour > s.last ? r.hour : s.last;
    } else found.set(key, { locale: r.locale, query: r.query, count: 1, last: r.hour });
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.locale.localeCompare(b.locale) || a.query.localeCompare(b.query));
}

/** Text for HTML: every character that could open markup or an attribute is an entity. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const pct = (x: number) => `${Math.round(x * 100)}%`;

function pageTable(pages: readonly PageSummary[]): string {
  const rows = pages.map((p) => {
    const reasons = [...p.reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${escapeHtml(REASON_LABELS[r as keyof typeof REASON_LABELS] ?? r)}: ${n}`);
    const outcomes = [...p.outcomes].sort((a, b) => b[1].no - a[1].no).map(([o, t]) => `<code>${escapeHtml(o)}</code> ${t.yes} yes, ${t.no} no`);
    const comments = p.comments.map(
      (c) => `<li><bdi dir="auto">${escapeHtml(c.text)}</bdi> <small>(${escapeHtml(c.hour)}${c.reason ? `, ${escapeHtml(REASON_LABELS[c.reason as keyof typeof REASON_LABELS] ?? c.reason)}` : ''}${c.outcome ? `, ${escapeHtml(c.outcome)}` : ''})</small></li>`,
    );
    return `<tr><td><code>${escapeHtml(p.path)}</code></td><td class="n">${p.yes}</td><td class="n">${p.no}</td><td class="n">${pct(p.rate)}</td><td>${reasons.join('<br>')}</td><td>${outcomes.join('<br>')}</td><td>${comments.length ? `<ul>${comments.join('')}</ul>` : ''}</td></tr>`;
  });
  return `<table><thead><tr><th>page</th><th>yes</th><th>no</th><th>helped</th><th>reasons</th><th>recovery outcomes</th><th>recent comments</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function searchTable(searches: readonly SearchSummary[]): string {
  const rows = searches.map((s) => `<tr><td><bdi dir="auto">${escapeHtml(s.query)}</bdi></td><td class="n">${s.count}</td><td>${escapeHtml(s.last)}</td></tr>`);
  return `<table><thead><tr><th>what readers looked for</th><th>reports</th><th>last</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function reportHtml(rows: readonly StoredRow[], generated: Date): string {
  const pages = summarizePages(rows);
  const searches = summarizeSearches(rows);
  const locales = [...new Set([...pages.map((p) => p.locale), ...searches.map((s) => s.locale)])].sort();
  const sections = locales.map((l) => {
    const lp = pages.filter((p) => p.locale === l);
    const ls = searches.filter((s) => s.locale === l);
    const yes = lp.reduce((n, p) => n + p.yes, 0);
    const no = lp.reduce((n, p) => n + p.no, 0);
    return [
      `<section id="${escapeHtml(l)}"><h2>${escapeHtml(l)}</h2>`,
      `<p>${yes + no} answers on ${lp.length} pages: ${yes} yes, ${no} no${yes + no ? ` (${pct(yes / (yes + no))} helped)` : ''}; ${ls.reduce((n, s) => n + s.count, 0)} searches reported.</p>`,
      lp.length ? `<h3>Pages, worst first</h3>${pageTable(lp)}` : '',
      ls.length ? `<h3>Searches readers reported, most reported first</h3>${searchTable(ls)}` : '',
      '</section>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Reader feedback — report</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
  th, td { border: 1px solid #ccc; padding: 0.35rem 0.5rem; vertical-align: top; text-align: start; }
  td.n { text-align: end; font-variant-numeric: tabular-nums; }
  ul { margin: 0; padding-inline-start: 1.1rem; }
  small { color: #555; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } th, td { border-color: #444; } small { color: #aaa; } }
</style>
</head>
<body>
<h1>Reader feedback</h1>
<p>${rows.length} rows, generated ${escapeHtml(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC. Comments and searches were redacted before they were stored (codes, phone numbers, emails and tokens show as [code], [phone], [email], [token]).</p>
${locales.length ? `<nav><p>${locales.map((l) => `<a href="#${escapeHtml(l)}">${escapeHtml(l)}</a>`).join(' · ')}</p></nav>` : '<p>No feedback yet.</p>'}
${sections.join('\n')}
</body>
</html>
`;
}

/** A CSV cell: a leading =, +, -, @, tab or carriage return is defused with an apostrophe (no spreadsheet formula), then quoted. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = ['id', 'hour', 'kind', 'locale', 'path', 'outcome', 'helpful', 'reason', 'comment', 'query'] as const;

/** Every row, oldest first, with a byte order mark so spreadsheets read it as UTF-8. */
export function reportCsv(rows: readonly StoredRow[]): string {
  const lines = rows.map((r) => CSV_COLUMNS.map((c) => csvCell(c === 'helpful' ? (r.helpful === null ? null : r.helpful ? 'yes' : 'no') : r[c])).join(','));
  return `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
