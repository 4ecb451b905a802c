#!/usr/bin/env node
/**
 * `npm run i18n:status [-- --json] [-- --strict] [-- --brief] [-- --html [file]] [-- --review-age <months>] [-- --locale <code>]`:
 * per locale, which articles, FAQ entries and categories are translated, missing or outdated (the Russian
 * original changed after the translation's `translatedFrom` date); for an outdated one, what changed in
 * the original since then (its diff from git history). Then the articles due for a fact check: their
 * `reviewed` date is older than 6 months, or the `--review-age` given. `--strict` exits 1 when a full
 * locale has anything missing or outdated. `--html` writes the translation dashboard (recovery selector
 * strings included) to translation-status.html at the repository root, or to the file given; its links
 * to content files work when it is opened from there. `--locale <code>` prints the readiness report of
 * one locale instead: what it has, what falls back and to which language, what a full locale still
 * needs (file by file: dictionary keys, content files of each kind, blocks, synonyms, proof list…), what
 * it would be poorer without (stop words, a search query set, password word lists), then its outdated
 * translations and articles due for a fact check. Run from the project root (npm does that).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { dashboardPage, readContentFiles, readLocaleReport, readReviewDue, readStatuses } from '../src/dev/translation-files.ts';
import { formatReadiness } from '../src/lib/translations/readiness.ts';
import { noticeStatusText } from '../src/dev/notice-files.ts';
import { DEFAULT_REVIEW_AGE_MONTHS, formatReviewDue, parseReviewAge } from '../src/lib/translations/review-due.ts';
import { changesText, formatStatus, strictFailures } from '../src/lib/translations/status.ts';

const USAGE = 'expected --json, --strict, --brief, --html [file], --review-age <months> or --locale <code>';
const args = process.argv.slice(2);
const flags = new Set(['--json', '--strict', '--brief', '--html']);
/** Options that take a value: `--name value`, or `--name=value`. */
const values = new Map();
const rest = [];
for (let i = 0; i < args.length; i++) {
  const [name, inline] = args[i].split(/=(.*)/s);
  if (name === '--review-age' || name === '--locale') values.set(name, inline ?? args[++i]);
  else if (name === '--html' && inline === undefined && args[i + 1] && !args[i + 1].startsWith('--')) {
    rest.push(name);
    values.set(name, args[++i]);
  } else rest.push(args[i]);
}
const unknown = rest.filter((a) => !flags.has(a));
if (unknown.length) {
  console.error(`i18n:status: unknown option ${unknown.join(' ')} — ${USAGE}`);
  process.exit(2);
}
let reviewAge = DEFAULT_REVIEW_AGE_MONTHS;
if (values.has('--review-age')) {
  reviewAge = parseReviewAge(values.get('--review-age'));
  if (reviewAge === undefined) {
    console.error(`i18n:status: --review-age expects a whole number of months (1 or more), got ${JSON.stringify(values.get('--review-age') ?? '')}`);
    process.exit(2);
  }
}
const locale = values.get('--locale');
if (values.has('--locale') && !LOCALES.some((l) => l.code === locale)) {
  console.error(`i18n:status: --locale expects one of ${LOCALES.map((l) => l.code).join(', ')} (src/i18n/locales.ts), got ${JSON.stringify(locale ?? '')}`);
  process.exit(2);
}
if (locale && rest.includes('--html')) {
  console.error('i18n:status: --locale prints one locale\'s report; --html writes the dashboard of every locale — use one or the other');
  process.exit(2);
}
const json = rest.includes('--json');
const strict = rest.includes('--strict');
const htmlFile = values.get('--html');

const root = process.cwd();
const files = readContentFiles(root);
const statuses = readStatuses(root, files);
const failures = strictFailures(statuses);
const now = new Date();
const due = readReviewDue(root, { months: reviewAge, today: now }, files);

if (locale) {
  // The readiness report of one locale, then what to update in its translations and facts.
  const report = readLocaleReport(root, locale);
  const status = statuses.find((s) => s.locale === locale);
  const outdated = status?.outdated ?? [];
  const dueHere = { ...due, items: due.items.filter((i) => i.locale === locale) };
  if (json) {
    console.log(JSON.stringify({ source: SOURCE_LOCALE, ...report, outdated, reviewDue: dueHere }, null, 2));
  } else {
    console.log(formatReadiness(report));
    if (outdated.length) {
      console.log(`  outdated (the ${SOURCE_LOCALE} original changed since the translation was made):`);
      for (const i of outdated) console.log(`    ${i.file} — ${i.reason}; update it from ${i.source}, then set translatedFrom${changesText(i, '      ')}`);
    }
    console.log('');
    console.log(formatReviewDue(dueHere));
  }
  const info = LOCALES.find((l) => l.code === locale);
  if (strict && info.full && (report.needs.length || outdated.length)) process.exit(1);
  process.exit(0);
}

if (rest.includes('--html')) {
  const out = resolve(root, htmlFile ?? 'translation-status.html');
  // Links are relative, from the page's folder to the repository root: they work when the file is opened there.
  const up = relative(dirname(out), root).split(sep).join('/');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, dashboardPage(root, (path) => (up ? `${up}/${path}` : path), { now, reviewAge, files, statuses }));
  console.log(`Translation dashboard written to ${relative(root, out).split(sep).join('/')} — open it in a browser.`);
} else if (json) {
  console.log(JSON.stringify({ source: SOURCE_LOCALE, ok: failures.length === 0, locales: statuses, reviewDue: due }, null, 2));
} else {
  console.log(formatStatus(statuses, { sourceLocale: SOURCE_LOCALE, brief: rest.includes('--brief') }));
  console.log('');
  console.log(formatReviewDue(due));
  console.log('');
  // Dated notices written in some full locales and not yet in the others (listed, never a failure).
  const notices = noticeStatusText(root, now);
  if (notices) console.log(`${notices}\n`);
  if (failures.length) {
    console.log(`Full locales are not up to date: ${failures.join('; ')}.`);
  } else {
    console.log('Every full locale is complete and up to date.');
  }
}
if (strict && failures.length) process.exit(1);
