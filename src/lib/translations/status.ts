/**
 * Translation freshness. A translation records `translatedFrom: <the source's updated date>`;
 * when the source's `updated` is later, the translation is outdated. Used by `npm run i18n:status`
 * and by article pages (the outdated notice). No file access here: callers pass what they read.
 */
import { CONTENT_MODEL, ENTRY_KINDS } from '../content/model.ts';
import { isoDay } from '../content/dates.ts';
import type { CompactDiff } from './source-diff.ts';

/**
 * The kinds translation status follows: those of the content model written one file per entry per
 * locale that a full locale must have (dated notices are not required: src/lib/content/notices.ts lists them).
 */
export type ContentKind = Extract<(typeof CONTENT_MODEL)[number], { shape: 'entries'; fullNeeds: 'entries' }>['one'];
const TRACKED = ENTRY_KINDS.filter((k) => k.fullNeeds === 'entries');

/** Where each kind of content lives: `<dir>/<locale>/<slug><ext>` (src/lib/content/model.ts), and what editors call it. */
export const CONTENT_LAYOUT = Object.fromEntries(TRACKED.map((k) => [k.one, { dir: k.dir, ext: k.ext, label: k.label }])) as Record<
  ContentKind,
  { dir: string; ext: string; label: string }
>;

export function contentPath(kind: ContentKind, locale: string, slug: string): string {
  const { dir, ext } = CONTENT_LAYOUT[kind];
  return `${dir}/${locale}/${slug}${ext}`;
}

export interface ContentFile {
  kind: ContentKind;
  locale: string;
  slug: string;
  /** Articles only. */
  updated?: Date | undefined;
  translatedFrom?: Date | undefined;
  /** Articles: when the facts were last checked (review-due, src/lib/translations/review-due.ts). */
  reviewed?: Date | undefined;
  draft?: boolean | undefined;
}

/**
 * What changed in the source since an outdated translation's `translatedFrom`: the source file at the
 * last commit on or before that day, diffed against the file now (src/dev/git-history.ts,
 * src/lib/translations/source-diff.ts), or why that cannot be shown (no git, no history, no translatedFrom).
 */
export type SourceChanges =
  | {
      /** The translation's translatedFrom (YYYY-MM-DD). */
      since: string;
      /** The commit the old version is from (full hash) and its commit day. */
      commit: string;
      commitDate: string;
      diff: CompactDiff;
    }
  | { unavailable: string };

export interface StatusItem {
  kind: ContentKind;
  slug: string;
  /** The translation's file (existing or to create). */
  file: string;
  /** The source-language file it is (or would be) translated from. */
  source: string;
  /** Why it is outdated or missing, in one short phrase. */
  reason?: string;
  /** Articles: the source's `updated` and the translation's `translatedFrom` (YYYY-MM-DD). */
  sourceUpdated?: string;
  translatedFrom?: string;
  /** The translation exists as a draft (listed as missing: readers do not see it). */
  draft?: boolean;
  /** A missing block of a partial locale: the language readers see it in meanwhile (its fallback chain's first with the block). */
  shownIn?: string;
  /** Outdated articles: what changed in the source since translatedFrom (added by the caller that reads git). */
  changes?: SourceChanges;
}

export interface LocaleStatus {
  locale: string;
  full: boolean;
  translated: StatusItem[];
  missing: StatusItem[];
  outdated: StatusItem[];
  /** Files with no source-language original (allowed, never outdated). */
  withoutSource: StatusItem[];
}

/** True when the source changed after the version the translation was made from (or that version is unknown). */
export function isOutdated(sourceUpdated: Date, translatedFrom: Date | undefined): boolean {
  return translatedFrom === undefined || isoDay(sourceUpdated) > isoDay(translatedFrom);
}

export function translationStatus(input: {
  /** `fallback`: the locale's fallback chain (src/i18n/locales.ts), for where a missing block is shown from. */
  locales: readonly { code: string; full: boolean; fallback?: readonly string[] }[];
  sourceLocale: string;
  files: readonly ContentFile[];
}): LocaleStatus[] {
  const { locales, sourceLocale, files } = input;
  const key = (f: { kind: string; slug: string }) => `${f.kind}:${f.slug}`;
  const sources = new Map(files.filter((f) => f.locale === sourceLocale).map((f) => [key(f), f]));
  const published = new Set(files.filter((f) => !f.draft).map((f) => `${f.locale} ${key(f)}`));
  const order = (a: StatusItem, b: StatusItem) => a.file.localeCompare(b.file);

  return locales
    .filter((l) => l.code !== sourceLocale)
    .map(({ code, full, fallback = [] }) => {
      const status: LocaleStatus = { locale: code, full, translated: [], missing: [], outdated: [], withoutSource: [] };
      const own = new Map(files.filter((f) => f.locale === code).map((f) => [key(f), f]));
      for (const [k, src] of sources) {
        // A draft original is not published yet: nothing to translate.
        if (src.draft) continue;
        const item: StatusItem = {
          kind: src.kind,
          slug: src.slug,
          file: contentPath(src.kind, code, src.slug),
          source: contentPath(src.kind, sourceLocale, src.slug),
        };
        const t = own.get(k);
        if (src.updated) item.sourceUpdated = isoDay(src.updated);
        if (t?.translatedFrom) item.translatedFrom = isoDay(t.translatedFrom);
        if (!t && src.kind === 'block') {
          // A block is shown through the fallback chain; a full locale must have its own (the build stops otherwise).
          const shownIn = full ? undefined : fallback.find((l) => published.has(`${l} ${k}`));
          status.missing.push({
            ...item,
            ...(shownIn ? { shownIn } : {}),
            reason: full
              ? 'a full locale must have every block: the build stops without it'
              : shownIn
                ? `readers see the ${shownIn} text meanwhile`
                : 'no language of its fallback chain has it: the build stops',
          });
        } else if (!t) status.missing.push(item);
        else if (t.draft) status.missing.push({ ...item, draft: true, reason: 'draft: not published yet' });
        else if (src.kind === 'article' && src.updated && isOutdated(src.updated, t.translatedFrom)) {
          status.outdated.push({
            ...item,
            reason: t.translatedFrom
              ? `translated from ${isoDay(t.translatedFrom)}, source updated ${isoDay(src.updated)}`
              : `no translatedFrom date, source updated ${isoDay(src.updated)}`,
          });
        } else status.translated.push(item);
      }
      for (const [k, t] of own) {
        if (!sources.has(k)) {
          status.withoutSource.push({ kind: t.kind, slug: t.slug, file: contentPath(t.kind, code, t.slug), source: contentPath(t.kind, sourceLocale, t.slug) });
        }
      }
      for (const list of [status.translated, status.missing, status.outdated, status.withoutSource]) list.sort(order);
      return status;
    });
}

/** Why `--strict` fails: anything missing or outdated in a full locale. Empty when all is well. */
export function strictFailures(statuses: readonly LocaleStatus[]): string[] {
  return statuses
    .filter((s) => s.full && (s.missing.length || s.outdated.length))
    .map((s) => `${s.locale}: ${s.missing.length} missing, ${s.outdated.length} outdated`);
}

/** The command that shows a source's whole diff since the commit a translation was made from. */
export const fullDiffCommand = (commit: string, source: string) => `git diff ${commit.slice(0, 10)} -- ${source}`;

/** "3 lines added, 1 removed". */
export const changeCount = (d: { added: number; removed: number }) => `${d.added} line${d.added === 1 ? '' : 's'} added, ${d.removed} removed`;

/** The lines under an outdated item: what changed in its source, indented (empty when not known). */
export function changesText(item: StatusItem, indent: string): string {
  const c = item.changes;
  if (!c) return '';
  if ('unavailable' in c) return `\n${indent}what changed in the source: not shown — ${c.unavailable}`;
  const { diff } = c;
  if (!diff.added && !diff.removed) return `\n${indent}what changed in the source: nothing since ${c.since} (commit ${c.commit.slice(0, 10)} of ${c.commitDate}): only set translatedFrom`;
  const head = `what changed in ${item.source} since ${c.since} (commit ${c.commit.slice(0, 10)} of ${c.commitDate}): ${changeCount(diff)}`;
  const more = diff.cut ? [`… ${diff.cut} more changed lines not shown: ${fullDiffCommand(c.commit, item.source)}`] : [];
  return [head, ...diff.lines.map((l) => `  ${l}`), ...more].map((l) => `\n${indent}${l}`).join('');
}

/** The report `npm run i18n:status` prints. */
export function formatStatus(statuses: readonly LocaleStatus[], options: { sourceLocale: string; brief?: boolean }): string {
  const labels = TRACKED.map((k) => k.label);
  const lines: string[] = [`Translation status (source language: ${options.sourceLocale}; counts cover ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)})`];
  for (const s of statuses) {
    lines.push('', `${s.locale} (${s.full ? 'full locale: everything must be translated' : 'partial locale'}): ` +
      `${s.translated.length} translated, ${s.missing.length} missing, ${s.outdated.length} outdated`);
    const list = (title: string, items: StatusItem[], detail: (i: StatusItem) => string) => {
      if (!items.length) return;
      lines.push(`  ${title}:`);
      for (const i of items) lines.push(`    ${i.file}${detail(i)}`);
    };
    list('outdated', s.outdated, (i) => ` — ${i.reason}; update it from ${i.source}, then set translatedFrom${changesText(i, '      ')}`);
    list('missing', s.missing, (i) =>
      i.draft
        ? ` — ${i.reason}`
        : ` — translate ${i.source}${i.kind === 'article' ? ` (npm run new -- ${i.slug} --translate ${s.locale})` : ''}${i.reason ? `; ${i.reason}` : ''}`,
    );
    if (!options.brief) list('translated', s.translated, () => '');
    list(`without a ${options.sourceLocale} original`, s.withoutSource, () => '');
  }
  return lines.join('\n');
}
