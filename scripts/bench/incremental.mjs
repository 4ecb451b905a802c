/**
 * `npm run bench -- --incremental [--n 1000 …]`: an editor's rebuild (issue 24 §2). Per size (default
 * 1,000 articles per locale, the synthetic corpus of scripts/bench/corpus.mjs), in one copy of the
 * project, every cache removed first, each `astro build` (what `npm run build` runs for the whole site): a cold build;
 * the same sources again (nothing changed); one English article's text given one more sentence; the
 * edit undone. Reports each build's wall and CPU time, peak memory, pages rendered and restored and
 * the phases, and each build against the cold one. Writes bench/results-incremental-run.json and .md (or
 * --out); asserts nothing.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { renderedPages } from '../lib/astro-log.ts';
import { copyProject, removeBuildOutput, timedBuild } from './project.mjs';

const load = () => loadavg().map((x) => Number(x.toFixed(1)));
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

export async function incrementalBench({ sizes, source, run, logs, outDir, keep, log }) {
  const results = { date: new Date().toISOString(), cores: availableParallelism(), node: process.version, targets: [] };
  for (const n of sizes) {
    const dir = copyProject(join(run, `incremental-${n}`), source);
    writeCorpus({ root: dir, n });
    removeBuildOutput(dir);
    // A synthetic English article near the middle: its text, not its frontmatter, is edited.
    const en = join(dir, 'content', 'articles', 'en');
    const files = readdirSync(en).filter((f) => f.endsWith('.mdx')).sort();
    const article = join(en, files[Math.floor(files.length / 2)]);
    const original = readFileSync(article, 'utf8');
    const body = original.indexOf('\n---\n', 4) + 5;
    const paragraph = original.indexOf('\n\n', body);
    const rows = [];
    for (const [label, text] of [
      ['cold', original],
      ['unchanged', original],
      ['one-article', `${original.slice(0, paragraph)} One more sentence, added by the bench.${original.slice(paragraph)}`],
      ['undone', original],
    ]) {
      writeFileSync(article, text);
      const started = load();
      const b = await timedBuild({ cwd: dir, logFile: join(logs, `incremental-${n}-${label}.log`) });
      if (!b.ok) throw new Error(`incremental bench: the ${label} build at ${n} failed; see ${join(logs, `incremental-${n}-${label}.log`)}`);
      const pages = renderedPages(b.log);
      const row = {
        label,
        wallMs: b.wallMs,
        cpuSeconds: b.cpuSeconds,
        peakMB: b.maxRssMB ?? b.treePeakRssMB,
        rendered: pages.rendered.length,
        restored: pages.cached,
        phases: b.phases,
        load: started,
      };
      log(`  ${n} ${label.padEnd(11)} ${s(row.wallMs)} wall, CPU ${row.cpuSeconds} s, peak ${row.peakMB} MB, ${row.rendered} rendered / ${row.restored} restored (load ${started[0]})`);
      rows.push(row);
    }
    results.targets.push({ n, article: files[Math.floor(files.length / 2)], rows });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  const md = renderIncremental(results);
  writeFileSync(join(outDir, 'results-incremental-run.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'results-incremental-run.md'), md);
  console.log(md);
  return results;
}

export function renderIncremental(r) {
  const phase = (row, key) => {
    const p = row.phases?.[key];
    return p ? `${p.wall}` : '–';
  };
  const step = (row, name) => {
    const p = row.phases?.afterBuild?.[name];
    return p ? `${p.wall}` : '–';
  };
  const rows = r.targets.flatMap((t) =>
    t.rows.map((x) => {
      const cold = t.rows[0];
      return `| ${t.n} | ${x.label} | ${s(x.wallMs)} | ${Math.round((x.wallMs / cold.wallMs) * 100)} % | ${x.cpuSeconds} s | ${x.peakMB} MB | ${x.rendered} / ${x.restored} | ${phase(x, 'contentSync')} | ${phase(x, 'bundle')} | ${phase(x, 'renderPages')} | ${step(x, 'help-center')} | ${step(x, 'search-index')} | ${step(x, 'search-words')} | ${x.load.join(' ')} |`;
    }),
  );
  return [
    '# Incremental builds: cold, nothing changed, one article edited',
    '',
    `Measured ${r.date.slice(0, 10)} by \`npm run bench -- --incremental\` (scripts/bench/incremental.mjs) on ${r.cores} cores, Node ${r.node}: per size, in one copy of the project with every cache removed first, four builds in a row (\`astro build\`, as \`npm run build\` runs it): cold; the same sources; one English article's text given one more sentence; the edit undone. *of cold*: wall time against the cold build's. *rendered / restored*: Astro's page lines. Phases in wall seconds (sync, bundling, rendering and restoring; then the pass over every page and the two search steps). The load average when each build started is in the last column.`,
    '',
    '| articles/locale | build | wall | of cold | CPU | peak memory | rendered / restored | sync | bundle | render | pass | search-index | search-words | load at start |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
