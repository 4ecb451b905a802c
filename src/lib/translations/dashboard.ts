/**
 * The translation dashboard: per locale, every article, FAQ entry, recovery-selector node and category
 * as translated, outdated, missing or draft, each naming its file. Data and HTML only (no file access):
 * `npm run i18n:status -- --html` and the `astro dev` page (src/dev/) hand it what they read.
 */
import type { RecoveryTree } from '../recovery/types.ts';
import { validateStrings, type StringsFile } from '../recovery/validate.ts';
import type { ReviewDue } from './review-due.ts';
import { CONTENT_MODEL, FILE_KINDS, kindPath } from '../content/model.ts';
import { changeCount, fullDiffCommand, type LocaleStatus, type SourceChanges, type StatusItem } from './status.ts';

export type RowState = 'outdated' | 'missing' | 'draft' | 'translated';
/** Every kind of the content model written per locale: entries, files (the recovery strings by node). */
export type RowKind = Extract<(typeof CONTENT_MODEL)[number], { perLocale: true }>['one'];
export const ROW_STATES: readonly RowState[] = ['outdated', 'missing', 'draft', 'translated'];
/** The dashboard's groups, in the content model's order. */
export const ROW_KINDS: readonly RowKind[] = CONTENT_MODEL.filter((k) => k.perLocale).map((k) => k.one as RowKind);

export interface DashboardRow {
  kind: RowKind;
  /** Slug, FAQ id, node id or category id. */
  id: string;
  state: RowState;
  /** The translation's file from the repository root (it may not exist yet). */
  file: string;
  /** The source-language file it is translated from. */
  source: string;
  /** Whether `file` exists. */
  exists: boolean;
  /** Articles: YYYY-MM-DD. */
  sourceUpdated?: string | undefined;
  translatedFrom?: string | undefined;
  /** What is missing, for a recovery node with some of its words. */
  detail?: string | undefined;
  /** Outdated articles: what changed in the source since translatedFrom (or why that is not shown). */
  changes?: SourceChanges | undefined;
}

export interface DashboardLocale {
  locale: string;
  name: string;
  full: boolean;
  counts: Record<RowState, number>;
  rows: DashboardRow[];
}

const STATE_ORDER = (s: RowState) => ROW_STATES.indexOf(s);

function fromStatus(item: StatusItem, state: RowState): DashboardRow {
  return {
    kind: item.kind,
    id: item.slug,
    state,
    file: item.file,
    source: item.source,
    exists: state !== 'missing',
    sourceUpdated: item.sourceUpdated,
    translatedFrom: item.translatedFrom,
    // A missing block says where readers see it meanwhile, or that the build stops.
    detail: item.kind === 'block' && state === 'missing' ? item.reason : undefined,
    ...(item.changes ? { changes: item.changes } : {}),
  };
}

/** One row per node of the recovery tree: translated when the locale gives it every word a full locale needs. */
export function recoveryRows(treeFile: string, tree: RecoveryTree, strings: StringsFile, sourceFile: string): DashboardRow[] {
  const problems = validateStrings(treeFile, tree, { ...strings, full: true });
  return Object.keys(tree.nodes).map((id) => {
    const own = problems.filter((p) => p.startsWith(`${strings.file}: node "${id}": `)).map((p) => p.slice(`${strings.file}: node "${id}": `.length));
    const words = strings.strings?.[id];
    return {
      kind: 'recovery',
      id,
      state: own.length || !words ? 'missing' : 'translated',
      file: strings.file,
      source: sourceFile,
      exists: strings.strings !== undefined,
      detail: words && own.length ? own.join('; ') : undefined,
    } satisfies DashboardRow;
  });
}

/**
 * One row per file a locale writes once (the proof list, the glossary, the search synonyms…): translated
 * when it exists. `except`: kinds whose rows the caller makes in more detail (the recovery strings, by node).
 */
export function fileRows(locale: string, existing: ReadonlySet<string>, sourceLocale: string, except: readonly string[] = ['recovery']): DashboardRow[] {
  return FILE_KINDS.filter((k) => !except.includes(k.one)).map((k) => {
    const file = kindPath(k, locale);
    return { kind: k.one as RowKind, id: locale, state: existing.has(file) ? 'translated' : 'missing', file, source: kindPath(k, sourceLocale), exists: existing.has(file) };
  });
}

/** The dashboard's data: the status of every locale but the source, with its recovery rows and per-locale files. */
export function dashboardData(input: {
  statuses: readonly LocaleStatus[];
  names: Readonly<Record<string, string>>;
  recovery: Readonly<Record<string, DashboardRow[]>>;
  files?: Readonly<Record<string, DashboardRow[]>>;
}): DashboardLocale[] {
  return input.statuses.map((s) => {
    // By kind, state, then file; the sort is stable, so recovery nodes (one file) keep the tree's order.
    const rows: DashboardRow[] = [
      ...s.translated.map((i) => fromStatus(i, 'translated')),
      ...s.outdated.map((i) => fromStatus(i, 'outdated')),
      ...s.missing.map((i) => fromStatus(i, i.draft ? 'draft' : 'missing')),
      ...(input.recovery[s.locale] ?? []),
      ...(input.files?.[s.locale] ?? []),
    ].sort((a, b) => ROW_KINDS.indexOf(a.kind) - ROW_KINDS.indexOf(b.kind) || STATE_ORDER(a.state) - STATE_ORDER(b.state) || a.file.localeCompare(b.file));
    const counts = Object.fromEntries(ROW_STATES.map((st) => [st, rows.filter((r) => r.state === st).length])) as Record<RowState, number>;
    return { locale: s.locale, name: input.names[s.locale] ?? s.locale, full: s.full, counts, rows };
  });
}

// ——— HTML ———

/** "articles", "FAQ entries", "blocks", … as the content model names them; capitalised as group titles. */
const KIND_LABELS = ROW_KINDS.map((k) => CONTENT_MODEL.find((m) => m.one === k)!.label);
const KIND_TITLES = Object.fromEntries(ROW_KINDS.map((k, i) => [k, KIND_LABELS[i]![0]!.toUpperCase() + KIND_LABELS[i]!.slice(1)])) as Record<RowKind, string>;
const STATE_LABELS: Record<RowState, string> = { outdated: 'Outdated', missing: 'Missing', draft: 'Draft', translated: 'Translated' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface DashboardHtmlOptions {
  sourceLocale: string;
  /** The site's design tokens (the `:root` block of src/styles/global.css). */
  tokens: string;
  /** The href of a repository file (a path from the repository root). */
  href: (path: string) => string;
  /** When the data was read, shown at the top. */
  generated: string;
  /** Articles due for a fact check (src/lib/translations/review-due.ts); the section is left out without it. */
  reviewDue?: ReviewDue | undefined;
}

/** The `:root { … }` blocks of the site's stylesheet: its colours for light and dark. */
export function siteTokens(css: string): string {
  return [...css.matchAll(/^:root(?:\[[^\]]*\])?\s*\{[^}]*\}/gm)].map((m) => m[0]).join('\n');
}

const STYLE = `
html { background: var(--bg); color: var(--fg); -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif; line-height: 1.6; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
ul.summary { padding-inline-start: 1.25rem; }
ul.summary > li { margin: 0.25rem 0; font-variant-numeric: tabular-nums; }
ul.rows { list-style: none; padding: 0; margin: 0; }
ul.rows > li { display: grid; grid-template-columns: 7rem 1fr; gap: 0.25rem 0.75rem; padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
ul.rows > li > :not(.state) { grid-column: 2; }
.state { font-weight: 700; font-size: 0.85rem; border-inline-start: 4px solid; padding-inline-start: 0.4rem; align-self: start; }
[data-state=outdated] .state { border-color: var(--warning); color: var(--warning); }
[data-state=missing] .state { border-color: var(--danger); color: var(--danger); }
[data-state=draft] .state { border-color: var(--note); color: var(--note); }
[data-state=translated] .state { border-color: var(--tip); color: var(--tip); }
.todo { font-size: 0.95rem; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; padding: 0.25rem 0; }
[data-state=review] .state { border-color: var(--note); color: var(--note); }
pre.diff { margin: 0.25rem 0 0; padding: 0.5rem 0.75rem; background: var(--bg-soft); border: 1px solid var(--border); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; line-height: 1.5; }
pre.diff code { font-size: inherit; }
pre.diff .ins { color: var(--tip); }
pre.diff .del { color: var(--danger); }
pre.diff .hunk, pre.diff .ctx { color: var(--muted); }
@media (max-width: 40rem) {
  main { padding: 0.75rem; }
  ul.rows > li { grid-template-columns: 1fr; }
  ul.rows > li > :not(.state) { grid-column: 1; }
}
`;

function rowHtml(r: DashboardRow, locale: string, o: DashboardHtmlOptions): string {
  const link = (path: string) => `<a href="${esc(o.href(path))}"><code>${esc(path)}</code></a>`;
  const what = r.kind === 'recovery' ? `<span>node <code>${esc(r.id)}</code> in ${r.exists ? link(r.file) : `<code>${esc(r.file)}</code> (no such file yet)`}</span>` : r.exists ? link(r.file) : `<code>${esc(r.file)}</code>`;
  const dates =
    r.sourceUpdated || r.translatedFrom
      ? `<span class="muted">source updated ${esc(r.sourceUpdated ?? '—')}${r.exists ? ` · translated from ${esc(r.translatedFrom ?? 'no date')}` : ''}</span>`
      : '';
  let todo = '';
  if (r.state === 'outdated') todo = `update it from ${link(r.source)}, then set <code>translatedFrom: ${esc(r.sourceUpdated ?? '')}</code>`;
  else if (r.state === 'missing' && r.kind === 'recovery') todo = r.detail ? `missing: ${esc(r.detail)}; the words are in ${link(r.source)}` : `add the node's words, translated from ${link(r.source)}`;
  else if (r.state === 'missing') todo = `translate ${link(r.source)}${r.kind === 'article' ? ` (<code>npm run new -- ${esc(r.id)} --translate ${esc(locale)}</code>)` : ''}${r.detail ? `; ${esc(r.detail)}` : ''}`;
  else if (r.state === 'draft') todo = `finish it and delete <code>draft: true</code> (source: ${link(r.source)})`;
  const changes = r.state === 'outdated' && r.changes ? changesHtml(r.changes, r.source, o.sourceLocale) : '';
  return `<li data-state="${r.state}" data-kind="${r.kind}"><span class="state">${STATE_LABELS[r.state]}</span>${what}${dates}${todo ? `<span class="todo">${todo}</span>` : ''}${changes}</li>`;
}

/** An outdated row's source diff since translatedFrom, open, each line marked added, removed or context. */
function changesHtml(c: SourceChanges, source: string, sourceLocale: string): string {
  if ('unavailable' in c) return `<span class="muted" data-changes="unavailable">What changed in the source: not shown — ${esc(c.unavailable)}.</span>`;
  const { diff } = c;
  const from = `since ${esc(c.since)} (commit <code>${esc(c.commit.slice(0, 10))}</code> of ${esc(c.commitDate)})`;
  if (!diff.added && !diff.removed) return `<span class="muted" data-changes="none">The source has not changed ${from}: only set <code>translatedFrom</code>.</span>`;
  const cls = (line: string) => (line.startsWith('@@') ? 'hunk' : line[0] === '+' ? 'ins' : line[0] === '-' ? 'del' : 'ctx');
  const lines = diff.lines.map((l) => `<span class="${cls(l)}">${esc(l)}</span>`).join('\n');
  const more = diff.cut ? `<p class="muted">… ${diff.cut} more changed lines not shown: <code>${esc(fullDiffCommand(c.commit, source))}</code></p>` : '';
  return (
    `<details open data-changes="diff"><summary>What changed in the source ${from}: ${changeCount(diff)}</summary>` +
    `<pre class="diff" lang="${esc(sourceLocale)}"><code>${lines}</code></pre>${more}</details>`
  );
}

/** The articles due for a fact check, every locale (the source's too). */
function reviewHtml(due: ReviewDue, o: DashboardHtmlOptions): string {
  const rows = due.items
    .map(
      (i) =>
        `<li data-state="review" data-review="${esc(i.locale)}"><span class="state">Review due</span><a href="${esc(o.href(i.file))}"><code>${esc(i.file)}</code></a>` +
        `<span class="muted">${i.reviewed ? `reviewed ${esc(i.reviewed)} (${i.months === 1 ? '1 month' : `${i.months} months`} ago)` : 'no reviewed date'}</span><span class="todo">check its facts against official sources, then set <code>reviewed</code></span></li>`,
    )
    .join('\n');
  return (
    `<div id="review-due" role="region" aria-labelledby="review-due-title">\n<h2 id="review-due-title">Due for a fact check: ${due.items.length ? `${due.items.length} article${due.items.length === 1 ? '' : 's'}` : 'none'}</h2>\n` +
    `<p class="muted">Articles in every language whose <code>reviewed</code> date is before ${esc(due.before)} (more than ${due.months === 1 ? '1 month' : `${due.months} months`} ago; <code>npm run i18n:status -- --review-age &lt;months&gt;</code> changes the age). Readers never see this list.</p>\n` +
    (rows ? `<ul class="rows">${rows}</ul>\n` : '') +
    `</div>`
  );
}

/** The language's own name, marked as that language, and its code. */
const nameOf = (l: DashboardLocale) => `<span lang="${esc(l.locale)}" dir="auto">${esc(l.name)}</span> (${esc(l.locale)})`;

const countsText = (rows: readonly DashboardRow[]) =>
  ROW_STATES.map((s) => [s, rows.filter((r) => r.state === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ') || 'nothing';

/** The whole page: plain HTML, the site's colours, readable on a phone, no script. */
export function dashboardHtml(locales: readonly DashboardLocale[], o: DashboardHtmlOptions): string {
  const summary = locales
    .map((l) => `<li><a href="#${esc(l.locale)}">${nameOf(l)}</a>: ${ROW_STATES.map((s) => `<span data-count="${s}">${l.counts[s]} ${s}</span>`).join(', ')}</li>`)
    .join('\n');
  const sections = locales
    .map((l) => {
      const groups = ROW_KINDS.map((kind) => {
        const rows = l.rows.filter((r) => r.kind === kind);
        if (!rows.length) return '';
        const open = rows.filter((r) => r.state !== 'translated');
        const done = rows.filter((r) => r.state === 'translated');
        return (
          `<h3>${KIND_TITLES[kind]}: ${countsText(rows)}</h3>\n` +
          (open.length ? `<ul class="rows">${open.map((r) => rowHtml(r, l.locale, o)).join('\n')}</ul>\n` : '') +
          (done.length ? `<details><summary>${done.length} translated</summary><ul class="rows">${done.map((r) => rowHtml(r, l.locale, o)).join('\n')}</ul></details>\n` : '')
        );
      }).join('');
      return (
        `<section id="${esc(l.locale)}" aria-labelledby="${esc(l.locale)}-title">\n<h2 id="${esc(l.locale)}-title">${nameOf(l)}</h2>\n` +
        `<p class="muted">${l.full ? 'Full locale: everything must be translated (<code>npm run i18n:status -- --strict</code> fails otherwise).' : 'Partial locale: what is missing is shown to readers in a fallback language, with a notice.'}</p>\n${groups}</section>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Translation status</title>
<style>${o.tokens}\n${STYLE}</style>
</head>
<body>
<main data-translation-dashboard>
<h1>Translation status</h1>
<p>Source language: <code>${esc(o.sourceLocale)}</code>. Read from <code>content/</code> on ${esc(o.generated)}. A translation is outdated when the source's <code>updated</code> is later than its <code>translatedFrom</code>; a draft counts as missing for readers.</p>
<p>Everything per language (${KIND_LABELS.slice(0, -1).join(', ')} and ${KIND_LABELS.at(-1)}):</p>
<ul class="summary">
${summary}
</ul>
${o.reviewDue ? reviewHtml(o.reviewDue, o) : ''}
${sections}
</main>
</body>
</html>
`;
}
