/**
 * What the translation tools read from content/ on disk, without a build: `npm run i18n:status` (text,
 * JSON, HTML) and the dashboard page of `astro dev` (src/dev/dashboard-route.ts). Paths are from the
 * repository root, as editors see them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { recoveryStringsSchema, recoveryTreeSchema } from '../schemas/recovery.ts';
import { dashboardData, dashboardHtml, fileRows, recoveryRows, siteTokens, type DashboardLocale, type DashboardRow } from '../lib/translations/dashboard.ts';
import { frontmatterDate, readFrontmatter } from '../lib/content/frontmatter.ts';
import { CONTENT_LAYOUT, translationStatus, type ContentFile, type LocaleStatus } from '../lib/translations/status.ts';
import type { LocaleStrings } from '../lib/recovery/types.ts';
import { reviewDue, type ReviewDue } from '../lib/translations/review-due.ts';
import { compactDiff } from '../lib/translations/source-diff.ts';
import { sourceAsOf } from './git-history.ts';
import { contentFiles, readinessInput } from '../data/locale-files.ts';
import { readiness, type Readiness } from '../lib/translations/readiness.ts';
import { readinessExtras } from './readiness-extras.ts';

const TREE_FILE = 'content/recovery/tree.yaml';
const stringsFile = (locale: string) => `content/recovery/strings/${locale}.yaml`;

/** Every article, FAQ entry and category file, with the dates and flags translation status needs. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [kind, { dir, ext }] of Object.entries(CONTENT_LAYOUT) as [ContentFile['kind'], { dir: string; ext: string }][]) {
    for (const { code } of LOCALES) {
      const folder = join(root, dir, code);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((n) => n.endsWith(ext)).sort()) {
        const entry: ContentFile = { kind, locale: code, slug: name.slice(0, -ext.length) };
        if (kind === 'article') {
          const fm = readFrontmatter(readFileSync(join(folder, name), 'utf8'));
          Object.assign(entry, {
            updated: frontmatterDate(fm.updated),
            translatedFrom: frontmatterDate(fm.translatedFrom),
            reviewed: frontmatterDate(fm.reviewed),
            draft: fm.draft === 'true',
          });
        }
        files.push(entry);
      }
    }
  }
  return files;
}

/**
 * Each locale's status; every outdated article carries what changed in its source since its
 * translatedFrom, from git (or why that cannot be shown).
 */
export function readStatuses(root: string, files: readonly ContentFile[] = readContentFiles(root)): LocaleStatus[] {
  const statuses = translationStatus({ locales: LOCALES, sourceLocale: SOURCE_LOCALE, files });
  // Translations of one source made from the same day share one git lookup.
  const versions = new Map<string, ReturnType<typeof sourceAsOf>>();
  for (const item of statuses.flatMap((s) => s.outdated)) {
    if (!item.translatedFrom) {
      item.changes = { unavailable: 'the translation has no translatedFrom date, so compare it with the whole source' };
      continue;
    }
    const key = `${item.source}@${item.translatedFrom}`;
    if (!versions.has(key)) versions.set(key, sourceAsOf(root, item.source, item.translatedFrom));
    const old = versions.get(key)!;
    if (!old.ok) item.changes = { unavailable: old.reason };
    else {
      const now = readFileSync(join(root, item.source), 'utf8');
      item.changes = { since: item.translatedFrom, commit: old.commit, commitDate: old.date, diff: compactDiff(old.text, now) };
    }
  }
  return statuses;
}

/**
 * One locale's readiness report (src/lib/translations/readiness.ts, from the files on disk), with the
 * suggestions the build does not check: a search query set and password word lists in the language.
 */
export function readLocaleReport(root: string, code: Locale): Readiness {
  const report = readiness(readinessInput(root, code));
  report.suggests.push(...readinessExtras(root, code, SOURCE_LOCALE));
  report.suggests.sort((a, b) => a.file.localeCompare(b.file));
  return report;
}

/** Articles due for a fact check: `reviewed` older than `months` (default 6) before `today`. */
export function readReviewDue(root: string, options: { months?: number | undefined; today?: Date | undefined } = {}, files: readonly ContentFile[] = readContentFiles(root)): ReviewDue {
  return reviewDue(files, { months: options.months, today: options.today ?? new Date() });
}

const readYaml = (root: string, path: string): unknown => (existsSync(join(root, path)) ? parse(readFileSync(join(root, path), 'utf8')) : undefined);

/** Per locale but the source: one row per node of the recovery tree. Files the build would refuse give no rows (the build says why). */
export function readRecoveryRows(root: string): Record<string, DashboardRow[]> {
  const tree = recoveryTreeSchema.safeParse(readYaml(root, TREE_FILE));
  if (!tree.success) return {};
  const rows: Record<string, DashboardRow[]> = {};
  for (const { code, full } of LOCALES) {
    if (code === SOURCE_LOCALE) continue;
    const raw = readYaml(root, stringsFile(code));
    const strings = raw === undefined ? undefined : recoveryStringsSchema.safeParse(raw);
    if (strings && !strings.success) continue;
    rows[code] = recoveryRows(TREE_FILE, tree.data, { locale: code, file: stringsFile(code), full, strings: strings?.data as LocaleStrings | undefined }, stringsFile(SOURCE_LOCALE));
  }
  return rows;
}

export function readDashboard(root: string, statuses: readonly LocaleStatus[] = readStatuses(root)): DashboardLocale[] {
  return dashboardData({
    statuses,
    names: Object.fromEntries(LOCALES.map((l) => [l.code, l.nativeName])),
    recovery: readRecoveryRows(root),
    // The files a locale writes once (proof list, glossary, search synonyms), as the content model lists them.
    files: ((existing) => Object.fromEntries(LOCALES.filter((l) => l.code !== SOURCE_LOCALE).map((l) => [l.code, fileRows(l.code, existing, SOURCE_LOCALE)])))(new Set(contentFiles(root))),
  });
}

export interface DashboardPageOptions {
  /** When the page is made: shown at its top, and the day review-due ages count to. */
  now?: Date | undefined;
  /** Review-due age in months (default 6). */
  reviewAge?: number | undefined;
  /** What the caller has read already (the statuses carry the git diffs: read them once). */
  files?: readonly ContentFile[] | undefined;
  statuses?: readonly LocaleStatus[] | undefined;
}

/** The dashboard page. `href` turns a path from the repository root into a link from where the page is opened. */
export function dashboardPage(root: string, href: (path: string) => string, options: DashboardPageOptions = {}): string {
  const now = options.now ?? new Date();
  const files = options.files ?? readContentFiles(root);
  return dashboardHtml(readDashboard(root, options.statuses ?? readStatuses(root, files)), {
    reviewDue: readReviewDue(root, { months: options.reviewAge, today: now }, files),
    sourceLocale: SOURCE_LOCALE,
    tokens: siteTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8')),
    href,
    generated: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  });
}
