#!/usr/bin/env node
/**
 * `npm run feedback:report [-- --out <folder>]`: reads FEEDBACK_DB (default feedback.db) without
 * changing it and writes feedback-report.html (opens from disk, no server) and feedback-report.csv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportCsv, reportHtml, summarizePages, summarizeSearches } from './report.ts';
import { openStore } from './store.ts';

try {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '.' } } });
  const file = resolve(process.env.FEEDBACK_DB || 'feedback.db');
  if (!existsSync(file)) throw new Error(`FEEDBACK_DB: ${file} not found; set FEEDBACK_DB to the file the service writes`);
  const store = openStore(file, { readOnly: true });
  let rows;
  try {
    rows = store.rows();
  } finally {
    store.close();
  }
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const html = join(out, 'feedback-report.html');
  const csv = join(out, 'feedback-report.csv');
  writeFileSync(html, reportHtml(rows, new Date()));
  writeFileSync(csv, reportCsv(rows));
  const pages = summarizePages(rows);
  console.log(`${rows.length} rows from ${file}: ${pages.length} pages with answers, ${summarizeSearches(rows).length} searches reported`);
  for (const p of pages.slice(0, 5)) console.log(`  ${p.locale} ${p.path}: ${p.no} no, ${p.yes} yes`);
  console.log(`wrote ${html}\n      ${csv}`);
} catch (e) {
  console.error(`feedback:report: ${(e as Error).message}`);
  process.exit(1);
}
