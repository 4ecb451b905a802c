/**
 * What the translation tools read from content/ on disk, without a build: `npm run i18n:status` (text,
 * JSON, HTML) and the dashboard page of `astro dev` (src/dev/translations.ts). Paths are from the
 * repository root, as editors see them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, SOURCE_LOCALE } from '../i18n/locales.ts';
import { recoveryStringsSchema, recoveryTreeSchema } from '../schemas/recovery.ts';
import { dashboardData, dashboardHtml, recoveryRows, siteTokens, type DashboardLocale, type DashboardRow } from '../lib/translation-dashboard.ts';
import { frontmatterDate, readFrontmatter } from '../lib/frontmatter.ts';
import { CONTENT_LAYOUT, translationStatus, type ContentFile, type LocaleStatus } from '../lib/translation-status.ts';
import type { LocaleStrings } from '../lib/recovery/types.ts';

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
          Object.assign(entry, { updated: frontmatterDate(fm.updated), translatedFrom: frontmatterDate(fm.translatedFrom), draft: fm.draft === 'true' });
        }
        files.push(entry);
      }
    }
  }
  return files;
}

export function readStatuses(root: string): LocaleStatus[] {
  return translationStatus({ locales: LOCALES, sourceLocale: SOURCE_LOCALE, files: readContentFiles(root) });
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

export function readDashboard(root: string): DashboardLocale[] {
  return dashboardData({
    statuses: readStatuses(root),
    names: Object.fromEntries(LOCALES.map((l) => [l.code, l.nativeName])),
    recovery: readRecoveryRows(root),
  });
}

/** The dashboard page. `href` turns a path from the repository root into a link from where the page is opened. */
export function dashboardPage(root: string, href: (path: string) => string, now = new Date()): string {
  return dashboardHtml(readDashboard(root), {
    sourceLocale: SOURCE_LOCALE,
    tokens: siteTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8')),
    href,
    generated: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  });
}
