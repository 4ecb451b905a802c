/**
 * `npm run bench -- --cards [--sizes 1000]`: what the share cards cost (issue 27's budgets) on the
 * synthetic corpus of N articles per locale, three builds of the same copy, back to back:
 *   1. cold, without cards (BENCH_SKIP_CARDS=1): the baseline;
 *   2. cold, with cards (dist/ and Astro's cache removed): every card drawn;
 *   3. warm, nothing changed (dist/ removed, Astro's cache kept): every card reused.
 * Budgets: (2) ≤ 1.25 × (1), (3) ≤ 1.02 × (1), every card ≤ 60 KB. Also the Markdown copies' and
 * llms files' count and size. Writes bench/results-cards.json and .md (or --out); asserts nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { copyProject, filesUnder, removeBuildOutput, timedBuild } from './project.mjs';

export async function cardsBench({ sizes, source, run, logs, outDir, keep, log }) {
  const results = { date: new Date().toISOString(), load: { cores: availableParallelism(), start: loadavg().map((x) => Number(x.toFixed(1))) }, sizes: [] };
  for (const n of sizes) {
    const dir = copyProject(join(run, `cards-${n}`), source);
    writeCorpus({ root: dir, n });
    // All: the caches too (a cold build); else dist/ only (the share cards' own cache kept).
    const clean = (all) => (all ? removeBuildOutput(dir) : rmSync(join(dir, 'dist'), { recursive: true, force: true }));
    const build = async (label, env, all) => {
      clean(all);
      const b = await timedBuild({ cwd: dir, env, logFile: join(logs, `cards-${n}-${label}.log`) });
      if (!b.ok) throw new Error(`cards bench: the ${label} build of N=${n} failed; see ${join(logs, `cards-${n}-${label}.log`)}`);
      const step = b.phases.afterBuild?.['share-cards']?.wall ?? null;
      log(`  N=${n} ${label.padEnd(13)} ${(b.wallMs / 1000).toFixed(1)} s wall, CPU ${b.cpuSeconds} s${step === null ? '' : `, share-cards step ${step} s`}`);
      return { wallMs: b.wallMs, cpuSeconds: b.cpuSeconds, shareCardsStep: step, line: /\[share-cards\] (.*)/.exec(b.log)?.[1] ?? null };
    };
    log(`cards: N=${n} (${dir})`);
    const baseline = await build('no-cards', { BENCH_SKIP_CARDS: '1' }, true);
    const cold = await build('cold', {}, true);
    const files = filesUnder(join(dir, 'dist'));
    const cards = files.filter((f) => f.rel.endsWith('/card.png'));
    const copies = files.filter((f) => f.rel.endsWith('.md'));
    const llms = files.filter((f) => /(^|\/)llms(-full)?\.txt$/.test(f.rel));
    const warm = await build('warm', {}, false);
    const sum = (list) => list.reduce((s, f) => s + f.size, 0);
    results.sizes.push({
      n,
      baseline,
      cold,
      warm,
      coldRatio: Number((cold.wallMs / baseline.wallMs).toFixed(3)),
      warmRatio: Number((warm.wallMs / baseline.wallMs).toFixed(3)),
      cards: { count: cards.length, bytes: sum(cards), largest: Math.max(...cards.map((f) => f.size)), over60KB: cards.filter((f) => f.size > 60 * 1024).length },
      markdown: { count: copies.length, bytes: sum(copies) },
      llms: { count: llms.length, bytes: sum(llms) },
    });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  results.load.end = loadavg().map((x) => Number(x.toFixed(1)));
  const md = renderCards(results);
  writeFileSync(join(outDir, 'results-cards.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'results-cards.md'), md);
  console.log(md);
  return results;
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
const MB = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;

export function renderCards(r) {
  const cpuRatio = (a, b) => (a.cpuSeconds / b.cpuSeconds).toFixed(2);
  const rows = r.sizes.map((x) => {
    // Warm: what the cards add to a build in which nothing changed is the share-cards step's own time
    // (copying every card from the cache); a warm build is also faster than the cold baseline for other
    // reasons (Astro's content cache), so the two builds' wall times are not compared.
    const warmShare = x.warm.shareCardsStep === null ? null : x.warm.shareCardsStep / (x.warm.wallMs / 1000);
    // The verdict is on CPU time: on a machine shared with other work the wall times of builds run
    // minutes apart are not comparable (the load moves); CPU time counts the cards' work wherever it ran.
    const cold = Number(cpuRatio(x.cold, x.baseline));
    return `| ${x.n.toLocaleString('en-US')} | ${s(x.baseline.wallMs)} (CPU ${x.baseline.cpuSeconds} s) | ${s(x.cold.wallMs)} (CPU ${x.cold.cpuSeconds} s): CPU ×${cold} ${cold <= 1.25 ? 'met' : '**not met**'} (wall ×${x.coldRatio}); step ${x.cold.shareCardsStep} s | ${s(x.warm.wallMs)} (CPU ${x.warm.cpuSeconds} s); step ${x.warm.shareCardsStep} s = ${warmShare === null ? '–' : `${(warmShare * 100).toFixed(1)}%`} of it ${warmShare !== null && warmShare <= 0.02 ? 'met' : '**not met**'} | ${x.cards.count} cards, ${KB(x.cards.bytes / Math.max(1, x.cards.count))} average, largest ${KB(x.cards.largest)} (${x.cards.over60KB} over 60 KB) | ${x.markdown.count} .md, ${MB(x.markdown.bytes)}; ${x.llms.count} llms files, ${MB(x.llms.bytes)} |`;
  });
  return [
    '# Share cards and Markdown copies: what they cost',
    '',
    `Measured ${r.date.slice(0, 10)} by \`npm run bench -- --cards\` (scripts/bench/cards.mjs) on the synthetic corpus, three builds back to back: without cards (BENCH_SKIP_CARDS=1, caches removed), cold with cards (caches removed), warm with nothing changed (Astro's cache kept, every card reused). Budgets: cold ≤ ×1.25 of the build without cards (judged on CPU time: the wall times of builds run minutes apart on a shared machine move with its load); warm: the share-cards step's own time ≤ 2% of the build; each card ≤ 60 KB. "step" is the time the build waited for the cards after everything else (the drawing itself runs in worker threads beside the pass and Pagefind)${r.load ? `; load average ${r.load.start.join(' ')} at the start, ${r.load.end.join(' ')} at the end on ${r.load.cores} cores` : ''}.`,
    '',
    '| articles/locale | without cards | cold, with cards | warm, nothing changed | cards | Markdown and llms files |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...r.sizes.flatMap((x) => [`N=${x.n}: cold \`[share-cards] ${x.cold.line}\`; warm \`[share-cards] ${x.warm.line}\``]),
    '',
  ].join('\n');
}

/** Re-render the Markdown from a saved JSON (unused by the bench itself; for a report change). */
export function renderSaved(file) {
  return renderCards(JSON.parse(readFileSync(file, 'utf8')));
}
