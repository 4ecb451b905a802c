/**
 * The benchmarks other parts of the project own, called from `npm run bench`:
 *  - scripts/bench/password.mjs → benchPassword({ dist, root, browser: true, log }): island size, what
 *    each tool page fetches on first focus (gzip -9) and per-keystroke scoring time (in Chromium, and
 *    in Node/V8 wall and CPU).
 *  - scripts/bench/search.mjs → benchSearch({ dist, queries, log }): index and vocabulary size per
 *    locale, the query set's top-3 hit rate, and the bytes of a first query typed into the site's own
 *    search dialog in Chromium.
 *  - scripts/bench/feedback.mjs → benchFeedback({ dist, root, log }): the feedback service behind nginx —
 *    load (requests/s, p99), the default rate limit, kill -9 during a burst, bad input.
 * The scripts are taken from the measured copy of the project (so they match the commit under test),
 * else from the work tree. When one is missing or fails, the results say so instead of inventing figures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './project.mjs';
import { laterRoundsIn } from '../../tests/search-queries/unseen/split.ts';

async function load(name, root) {
  for (const base of [root, ROOT]) {
    const file = base && join(base, 'scripts', 'bench', name);
    if (file && existsSync(file)) return import(pathToFileURL(file).href);
  }
  return null;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function passwordBench({ dist, root, log, notes }) {
  const mod = await load('password.mjs', root);
  if (!mod?.benchPassword) {
    const missing = 'scripts/bench/password.mjs is missing (island size, dictionary chunks and per-keystroke scoring time not measured)';
    notes.push(missing);
    return { missing };
  }
  try {
    const r = await mod.benchPassword({ dist, root, browser: true, log: null });
    const k = r.keystroke;
    const b = r.browser;
    const summary =
      `Password checker (scripts/bench/password.mjs): island JS ${kb(r.island.gzip)} gzip before use; ` +
      `${kb(r.lazy.gzip)} gzip more on first focus/keystroke (${r.lazy.files.length} files, largest ${r.lazy.files[0] ? kb(r.lazy.files[0].gzip) : '–'})` +
      (r.perLocale ? ` — per tool page ${Object.entries(r.perLocale).map(([l, g]) => `${l} ${kb(g.gzip)}`).join(', ')}` : '') +
      (r.budget ? ` (budget ${kb(r.budget.gzip)}; over it: ${r.budget.over.join(', ') || 'none'}). ` : '. ') +
      (b ? `In Chromium: focus → checker ready ${b.readyAfterFocusMs} ms; per keystroke (${b.keystroke.samples} checks, 1–64 characters) median ${b.keystroke.wall.median} ms, p95 ${b.keystroke.wall.p95} ms, max ${b.keystroke.wall.max} ms. ` : '') +
      `In Node/V8 (${k.samples} checks): median ${k.wall.median} ms, p95 ${k.wall.p95} ms wall (CPU median ${k.cpu.median} ms, p95 ${k.cpu.p95} ms); scorer setup ${r.scorerSetupMs} ms.`;
    log(`  ${summary}`);
    return { ...r, summary };
  } catch (e) {
    const missing = `scripts/bench/password.mjs failed: ${String(e.message ?? e).split('\n')[0]}`;
    notes.push(missing);
    return { missing };
  }
}

/** The corpus keeps the real articles, so the script's default pages (/<lang>/reset-password/) exist at every N. */
export async function searchBench({ dist, root, log, notes, n, aliasFreeDist }) {
  const mod = await load('search.mjs', root);
  if (!mod?.benchSearch) {
    if (!notes.some((x) => x.startsWith('scripts/bench/search.mjs'))) {
      notes.push('scripts/bench/search.mjs is missing: search figures come from this bench alone (Pagefind index per locale, first query through the Pagefind API)');
    }
    return null;
  }
  try {
    // The measured copy has no tests/: the query set comes from the work tree.
    const r = await mod.benchSearch({ dist, log: null, querySetRoot: ROOT, aliasFreeDist });
    for (const [lang, v] of Object.entries(r.vocabulary ?? {})) {
      log(`  vocabulary (${lang}): ${v.words} words in ${v.shards} shard(s), ${kb(v.gzipBytes)} gzip`);
    }
    for (const [lang, q] of Object.entries(r.querySet ?? {})) {
      log(`  query set (${lang}): ${q.hits}/${q.total} in the top 3 (${Math.round(q.rate * 100)}%)`);
    }
    for (const [lang, u] of Object.entries(r.unseen ?? {})) {
      const pct = (x) => `${(x.rate * 100).toFixed(1)}%`;
      log(`  unseen queries (${lang}): training ${pct(u.training)}, held-out ${pct(u.heldOut)}${u.aliasFree ? `, held-out without aliases ${pct(u.aliasFree)}` : ''}${laterRoundsIn(u).map((x) => `; ${x.label}: training ${pct(x.training)}, held-out ${pct(x.heldOut)}`).join('')} (target ${u.target * 100}%)`);
    }
    for (const q of r.firstQuery) {
      log(`  first query in the search dialog "${q.query}" (${q.lang}): ~${kb(q.gzipBytes)} gzip (${kb(q.bytes)} as served: Pagefind ${kb(q.pagefindBytes)}, vocabulary and synonyms ${kb(q.wordsBytes ?? 0)}, UI code ${kb(q.codeBytes)}) in ${q.requests} requests, ${q.results} results${q.pagefindAloneGzipBytes ? `; Pagefind alone ${kb(q.pagefindAloneGzipBytes)}, the dialog adds ${(q.overShare * 100).toFixed(1)}%` : ''}`);
    }
    return r;
  } catch (e) {
    notes.push(`${typeof n === 'number' ? `N=${n}` : n}: scripts/bench/search.mjs failed: ${String(e.message ?? e).split('\n')[0]}`);
    return null;
  }
}

/** The feedback service (services/feedback) on the real site's build; its own figures also go to bench/feedback.{json,md}. */
export async function feedbackBench({ dist, root, log, notes }) {
  const mod = await load('feedback.mjs', root);
  if (!mod?.benchFeedback) {
    notes.push('scripts/bench/feedback.mjs is missing (feedback service load, faults and bad input not measured)');
    return { missing: true };
  }
  try {
    return await mod.benchFeedback({ dist, root, log: (line) => log(`  ${line}`) });
  } catch (e) {
    const missing = `scripts/bench/feedback.mjs failed: ${String(e.message ?? e).split('\n')[0]}`;
    notes.push(missing);
    return { missing };
  }
}
