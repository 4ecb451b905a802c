#!/usr/bin/env node
/**
 * `npm run search:eval [-- --locale ru] [-- --dist dir] [-- --misses] [-- --held-out-misses] [-- --json] [-- --alias-free]`:
 * how often the site's search puts the right article in the top 3 for queries nobody tuned it for
 * (tests/search-queries/unseen/), per locale, on the training half and on the held-out half
 * (split once by a fixed seed: tests/search-queries/unseen/split.ts). Runs the same query code as the
 * browser against the built dist/pagefind/ (scripts/search-try.mjs). Build the site first.
 * `--alias-free` also builds a copy of the work tree whose articles have no aliases (about a minute,
 * in a temporary folder) and scores the held-out half there: the search without what editors added.
 * The extra training set (tests/search-queries/training-extra/, ru and en) is scored too, as "extra training",
 * and the later rounds of unseen queries (tests/search-queries/unseen-2/, ru and en: written after round 1's
 * held-out misses were named; unseen-3/, en: written after round 2's English held-out rate had been looked
 * at while tuning; unseen-4/, en: after rounds 2 and 3's had; unseen-5/, en: after rounds 2 to 4's had), each half on its own, as "round 2" … "round 5".
 * `--misses` names the training misses (the only ones to read while tuning); `--held-out-misses` names the
 * held-out ones, for a report after the tuning is done. `--training-only` prints no held-out figure at all:
 * tuning with it leaves the held-out rates unlooked at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSiteSearch } from './search-try.mjs';
import { HELD_OUT_TARGET, heldOutMet, LATER_ROUNDS, laterRoundsIn, splitUnseen, UNSEEN } from '../tests/search-queries/unseen/split.ts';
import { EXTRA_TRAINING } from '../tests/search-queries/training-extra/index.ts';

const pathOf = (lang, slug) => (slug === 'faq' ? `/${lang}/faq/` : `/${lang}/${slug}/`);

/** Top-3 hits of one half: `{ total, hits, rate, misses: ["q → expected, got …"] }`. */
async function score(search, lang, queries) {
  let hits = 0;
  const misses = [];
  for (const q of queries) {
    const r = await search.search(q.q, { top: 3 });
    const got = r.top.map((t) => new URL(t.url, 'https://x').pathname.replace(/^.*?(\/[^/]+\/[^/]*\/?)$/, '$1'));
    const want = q.expect.map((s) => pathOf(lang, s));
    if (got.some((g) => want.some((w) => g.endsWith(w)))) hits += 1;
    else misses.push(`[${q.tag}] "${q.q}" → expected ${q.expect.join(' or ')}, got ${got.map((g) => g.split('/').filter(Boolean).pop() ?? '(home)').join(', ') || 'nothing'}`);
  }
  return { total: queries.length, hits, rate: queries.length ? hits / queries.length : 1, misses };
}

/**
 * Training and held-out rates for each locale of the unseen sets, against a built site; with
 * `aliasFreeDist` (a build without aliases: scripts/lib/alias-free.ts) also the held-out rate there.
 */
export async function evaluateSearch({ dist = 'dist', locales = Object.keys(UNSEEN), aliasFreeDist } = {}) {
  const out = {};
  for (const lang of locales) {
    const search = await openSiteSearch({ dist, lang });
    const { training, heldOut } = splitUnseen(UNSEEN[lang]);
    out[lang] = { training: await score(search, lang, training), heldOut: await score(search, lang, heldOut), target: HELD_OUT_TARGET[lang] };
    // A second training set, written later (tests/search-queries/training-extra/): tuned on, never the measure.
    if (EXTRA_TRAINING[lang]) out[lang].extra = await score(search, lang, EXTRA_TRAINING[lang]);
    const later = LATER_ROUNDS.filter((r) => r.sets[lang]).map((r) => ({ key: r.key, ...splitUnseen(r.sets[lang]) }));
    for (const r of later) out[lang][r.key] = { training: await score(search, lang, r.training), heldOut: await score(search, lang, r.heldOut) };
    await search.close();
    if (aliasFreeDist) {
      const bare = await openSiteSearch({ dist: aliasFreeDist, lang });
      out[lang].aliasFree = await score(bare, lang, heldOut);
      for (const r of later) out[lang][r.key].aliasFree = await score(bare, lang, r.heldOut);
      await bare.close();
    }
  }
  return out;
}

/** Builds the alias-free copy of the project at `root` in a temporary folder; `done()` removes it. */
export async function aliasFreeBuild(root = fileURLToPath(new URL('..', import.meta.url)), from = 'worktree') {
  const { buildAliasFree } = await import('./lib/alias-free.ts');
  const dir = mkdtempSync(join(tmpdir(), 'search-alias-free-'));
  const { dist } = buildAliasFree(root, dir, { from });
  return { dist, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const pct = (r) => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const locale = at('--locale');
  if (locale && !UNSEEN[locale]) {
    console.error(`search:eval: no unseen query set for "${locale}" — expected one of ${Object.keys(UNSEEN).join(', ')}`);
    process.exit(2);
  }
  const bare = argv.includes('--alias-free') ? await aliasFreeBuild() : undefined;
  const result = await evaluateSearch({ dist: at('--dist') ?? 'dist', locales: locale ? [locale] : undefined, aliasFreeDist: bare?.dist });
  bare?.done();
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    for (const [lang, r] of Object.entries(result)) {
      const later = laterRoundsIn(r);
      const extra = r.extra ? `, extra training ${pct(r.extra)}` : '';
      if (argv.includes('--training-only')) console.log(`${lang}: training ${pct(r.training)}${extra}` + later.map((x) => `; ${x.label}: training ${pct(x.training)}`).join(''));
      else
        console.log(
          `${lang}: training ${pct(r.training)}${extra}, held-out ${pct(r.heldOut)}${r.aliasFree ? `, held-out without aliases ${pct(r.aliasFree)}` : ''}` +
            later.map((x) => `; ${x.label}: training ${pct(x.training)}, held-out ${pct(x.heldOut)}${x.aliasFree ? `, held-out without aliases ${pct(x.aliasFree)}` : ''}`).join('') +
            ` — target ${r.target * 100}% ${heldOutMet(r) ? 'met' : 'NOT met'}`,
        );
      if (argv.includes('--misses')) {
        for (const m of r.training.misses) console.log(`  training miss ${m}`);
        for (const m of r.extra?.misses ?? []) console.log(`  extra training miss ${m}`);
        for (const x of later) for (const m of x.training.misses) console.log(`  ${x.label} training miss ${m}`);
      }
      // Named only on request, for a report after tuning: a held-out miss seen while tuning is no longer held out.
      if (argv.includes('--held-out-misses') && !argv.includes('--training-only')) {
        for (const m of r.heldOut.misses) console.log(`  held-out miss ${m}`);
        for (const x of later) for (const m of x.heldOut.misses) console.log(`  ${x.label} held-out miss ${m}`);
      }
    }
  }
}
