#!/usr/bin/env node
/**
 * `npm run i18n:status [-- --json] [-- --strict] [-- --brief]`: per locale, which articles, FAQ entries
 * and categories are translated, missing or outdated (the Russian original changed after the
 * translation's `translatedFrom` date). `--strict` exits 1 when a full locale has anything missing
 * or outdated. Run from the project root (npm does that).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import {
  CONTENT_LAYOUT,
  formatStatus,
  frontmatterDate,
  readFrontmatter,
  strictFailures,
  translationStatus,
} from '../src/lib/translation-status.ts';

const args = process.argv.slice(2);
const known = new Set(['--json', '--strict', '--brief']);
const unknown = args.filter((a) => !known.has(a));
if (unknown.length) {
  console.error(`i18n:status: unknown option ${unknown.join(' ')} — expected --json, --strict or --brief`);
  process.exit(2);
}
const json = args.includes('--json');
const strict = args.includes('--strict');

const root = process.cwd();
const files = [];
for (const [kind, { dir, ext }] of Object.entries(CONTENT_LAYOUT)) {
  for (const { code } of LOCALES) {
    const folder = join(root, dir, code);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith(ext)).sort()) {
      const entry = { kind, locale: code, slug: name.slice(0, -ext.length) };
      if (kind === 'article') {
        const fm = readFrontmatter(readFileSync(join(folder, name), 'utf8'));
        Object.assign(entry, {
          updated: frontmatterDate(fm.updated),
          translatedFrom: frontmatterDate(fm.translatedFrom),
          draft: fm.draft === 'true',
        });
      }
      files.push(entry);
    }
  }
}

const statuses = translationStatus({ locales: LOCALES, sourceLocale: SOURCE_LOCALE, files });
const failures = strictFailures(statuses);

if (json) {
  console.log(JSON.stringify({ source: SOURCE_LOCALE, ok: failures.length === 0, locales: statuses }, null, 2));
} else {
  console.log(formatStatus(statuses, { sourceLocale: SOURCE_LOCALE, brief: args.includes('--brief') }));
  console.log('');
  if (failures.length) {
    console.log(`Full locales are not up to date: ${failures.join('; ')}.`);
  } else {
    console.log('Every full locale is complete and up to date.');
  }
}
if (strict && failures.length) process.exit(1);
