#!/usr/bin/env node
/**
 * `npm run i18n:status [-- --json] [-- --strict] [-- --brief] [-- --html [file]]`: per locale, which
 * articles, FAQ entries and categories are translated, missing or outdated (the Russian original
 * changed after the translation's `translatedFrom` date). `--strict` exits 1 when a full locale has
 * anything missing or outdated. `--html` writes the translation dashboard (recovery selector strings
 * included) to translation-status.html at the repository root, or to the file given; its links to
 * content files work when it is opened from there. Run from the project root (npm does that).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { dashboardPage, readStatuses } from '../src/dev/translation-files.ts';
import { formatStatus, strictFailures } from '../src/lib/translation-status.ts';

const args = process.argv.slice(2);
const flags = new Set(['--json', '--strict', '--brief', '--html']);
const htmlAt = args.indexOf('--html');
const htmlFile = htmlAt >= 0 && args[htmlAt + 1] && !args[htmlAt + 1].startsWith('--') ? args[htmlAt + 1] : undefined;
const unknown = args.filter((a, i) => !flags.has(a) && !(htmlFile && i === htmlAt + 1));
if (unknown.length) {
  console.error(`i18n:status: unknown option ${unknown.join(' ')} — expected --json, --strict, --brief or --html [file]`);
  process.exit(2);
}
const json = args.includes('--json');
const strict = args.includes('--strict');

const root = process.cwd();
const statuses = readStatuses(root);
const failures = strictFailures(statuses);

if (htmlAt >= 0) {
  const out = resolve(root, htmlFile ?? 'translation-status.html');
  // Links are relative, from the page's folder to the repository root: they work when the file is opened there.
  const up = relative(dirname(out), root).split(sep).join('/');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, dashboardPage(root, (path) => (up ? `${up}/${path}` : path)));
  console.log(`Translation dashboard written to ${relative(root, out).split(sep).join('/')} — open it in a browser.`);
} else if (json) {
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
