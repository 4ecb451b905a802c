#!/usr/bin/env node
/**
 * `npm run bench:feedback [-- --dist <dir>] [--duration <s>] [--connections <n>]`: the feedback service
 * (services/feedback, the real `serve.ts` process) behind Debian's nginx with the docs/nginx.conf
 * snippet, on loopback, measured — never asserted (issue 26):
 *  1. load: autocannon for --duration s (30) with the rate limit raised, as fast as it goes and at a
 *     fixed 500 requests/s: requests/s, latency p50/p99/max, errors, and whether every 201 is a row;
 *  2. the default limit (30 a minute from one address): how many 201s and 429s;
 *  3. faults: kill -9 of the service during a burst of unique requests, restart: PRAGMA integrity_check
 *     and every row acknowledged with 201 before the kill present; the same counts after a clean restart;
 *  4. bad input: the malformed and hostile requests of services/feedback/tests/hostile.ts through nginx,
 *     each with its expected status, nothing stored for the refused ones, and the report shows the
 *     stored hostile text inert.
 * Writes bench/feedback.json and bench/feedback.md; `npm run bench` calls it on the real site's build.
 * Needs a built site (`npm run build`, or --dist) and nginx (NGINX_PATH).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startNginx } from '../lib/nginx.ts';
import { builtSitePolicy } from '../../src/integrations/built-site.ts';
import { FEEDBACK_UPSTREAM, toNginx } from '../../src/lib/security/headers.ts';
import { DEFAULT_SITE_URL, normalizeBase } from '../../src/lib/site-config.ts';
import { readSite } from '../../services/feedback/site.ts';
import { openStore } from '../../services/feedback/store.ts';
import { reportHtml } from '../../services/feedback/report.ts';
import { HOSTILE } from '../../services/feedback/tests/hostile.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAME = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

/** A number as letters only (a, b, …, ba…): unique words the redaction leaves alone. */
const word = (n) => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};

/** CPU seconds a process has used (Linux /proc; undefined elsewhere): what a request costs, whatever else the machine runs. */
const cpuSeconds = (pid) => {
  const stat = `/proc/${pid}/stat`;
  if (!pid || !existsSync(stat)) return undefined;
  const f = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

function cannon(opts) {
  return new Promise((res, rej) => autocannon(opts, (err, r) => (err ? rej(err) : res(r))));
}

const count = (r, code) => Number(r.statusCodeStats?.[code]?.count ?? 0);
const summary = (r) => ({
  seconds: r.duration,
  requests: Object.values(r.statusCodeStats ?? {}).reduce((n, s) => n + Number(s.count), 0),
  perSecond: Math.round(r.requests.average),
  status: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)])),
  errors: r.errors,
  timeouts: r.timeouts,
  latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
});

export async function benchFeedback({ dist, root = ROOT, log = console.log, duration = 30, connections = 16, siteUrl = process.env.SITE_URL || DEFAULT_SITE_URL, base = normalizeBase(process.env.BASE_PATH) }) {
  const tmp = mkdtempSync(join(tmpdir(), 'feedback-bench-'));
  const db = join(tmp, 'feedback.db');
  const site = readSite(dist, siteUrl, base);
  const port = await freePort();
  const service = { child: null, output: '' };

  /** Starts serve.ts (the process `npm run feedback:serve` runs) and waits until it listens. */
  const start = (rate) =>
    new Promise((res, rej) => {
      const { FEEDBACK_RATE: _unset, ...inherited } = process.env;
      const env = { ...inherited, FEEDBACK_DB: db, FEEDBACK_SITE: dist, SITE_URL: siteUrl, BASE_PATH: base, PORT: String(port), HOST: '127.0.0.1', ...(rate ? { FEEDBACK_RATE: String(rate) } : {}) };
      const child = spawn(process.execPath, [join(root, 'services/feedback/serve.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      service.child = child;
      service.output = '';
      const on = (d) => {
        service.output += d;
        if (service.output.includes('listening on')) res(child);
      };
      child.stdout.on('data', on);
      child.stderr.on('data', on);
      child.once('exit', (code) => rej(new Error(`serve.ts exited with ${code}: ${service.output}`)));
    });
  const exited = (child) => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
  const stop = async (signal = 'SIGTERM') => {
    const child = service.child;
    child.removeAllListeners('exit');
    child.kill(signal);
    await exited(child);
  };
  const rows = () => {
    const s = openStore(db, { readOnly: true });
    try {
      return { count: s.count(), integrity: s.integrity(), queries: new Set(s.rows().map((r) => r.query)) };
    } finally {
      s.close();
    }
  };

  const snippet = toNginx(builtSitePolicy(dist, base), base).replaceAll(FEEDBACK_UPSTREAM, `127.0.0.1:${port}`);
  const nginx = await startNginx({ dist, snippet, base, dir: join(tmp, 'nginx'), workerConnections: 1024 });
  const nginxPid = Number(readFileSync(join(tmp, 'nginx', 'nginx.pid'), 'utf8'));
  const endpoint = `${base}api/feedback`;
  const out = { machine: { cpus: cpus().length, load: loadavg().map((l) => l.toFixed(2)) }, pages: site.pages.size, locales: [...site.locales] };
  try {
    // ── 1. load, with the limit raised ──
    const pages = [...site.pages].filter((_, i) => i % 7 === 0).slice(0, 12);
    const bodies = [
      ...pages.map(([path, locale], i) => (i % 2 ? { kind: 'page', locale, path, helpful: true } : { kind: 'page', locale, path, helpful: false, reason: 'steps-failed', comment: 'The code did not arrive, I waited a day' })),
      { kind: 'search', locale: site.locales.values().next().value, query: 'mi cloud photos' },
    ];
    const requests = bodies.map((b) => ({ method: 'POST', path: endpoint, headers: SAME, body: JSON.stringify(b) }));
    await start(100_000_000);
    const load = {};
    for (const [name, extra] of [
      ['as fast as it goes', {}],
      ['at 500 requests/s', { overallRate: 500 }],
    ]) {
      const before = rows().count;
      log(`  load ${name}: ${duration} s, ${connections} connections, through nginx`);
      const cpu0 = [cpuSeconds(service.child.pid), cpuSeconds(nginxPid), process.cpuUsage()];
      const load0 = loadavg()[0];
      const r = await cannon({ url: nginx.url, connections, duration, requests, ...extra });
      const cpu1 = [cpuSeconds(service.child.pid), cpuSeconds(nginxPid), process.cpuUsage(cpu0[2])];
      await new Promise((w) => setTimeout(w, 500));
      const after = rows();
      const n = summary(r).requests || 1;
      const perRequest = (a, b) => (a === undefined || b === undefined ? null : Number((((b - a) * 1000) / n).toFixed(2)));
      const cpuMsPerRequest = { service: perRequest(cpu0[0], cpu1[0]), nginx: perRequest(cpu0[1], cpu1[1]), autocannon: Number(((cpu1[2].user + cpu1[2].system) / 1000 / n).toFixed(2)) };
      load[name] = { ...summary(r), acknowledged: count(r, 201), newRows: after.count - before, everyAcknowledgedRowStored: after.count - before >= count(r, 201), integrity: after.integrity, cpuMsPerRequest, loadBefore: Number(load0.toFixed(1)) };
      const l = load[name];
      log(`    ${l.perSecond} requests/s; 201: ${l.acknowledged}, other: ${l.requests - l.acknowledged}, errors ${l.errors}, timeouts ${l.timeouts}; latency p50 ${l.latencyMs.p50} ms, p99 ${l.latencyMs.p99} ms, max ${l.latencyMs.max} ms; rows added ${l.newRows}; CPU per request: service ${cpuMsPerRequest.service} ms, nginx ${cpuMsPerRequest.nginx} ms, autocannon ${cpuMsPerRequest.autocannon} ms (load average ${l.loadBefore} before)`);
    }
    out.load = load;
    await stop();

    // ── 2. the default limit ──
    await start();
    log('  default limit (30 a minute per address): 10 s, 1 connection');
    const limited = await cannon({ url: nginx.url, connections: 1, duration: 10, requests: requests.slice(0, 1) });
    out.defaultLimit = { ...summary(limited), created: count(limited, 201), tooMany: count(limited, 429) };
    log(`    201: ${out.defaultLimit.created}, 429: ${out.defaultLimit.tooMany} of ${out.defaultLimit.requests}`);
    await stop();

    // ── 3. kill -9 during a burst ──
    await start(100_000_000);
    const acked = new Set();
    let sent = 0;
    let refused = 0;
    let stopAt = Infinity;
    let killedAt = 0;
    const worker = async () => {
      while (Date.now() < stopAt) {
        const q = `burst ${word(sent++)}`;
        try {
          const res = await fetch(`${nginx.url}${endpoint}`, { method: 'POST', headers: SAME, body: JSON.stringify({ kind: 'search', locale: 'en', query: q }) });
          if (res.status === 201) acked.add(q);
          else refused++;
          await res.arrayBuffer();
        } catch {
          refused++;
        }
      }
    };
    log('  kill -9 during a burst: 16 clients, the service killed after 2 s');
    const burst = Array.from({ length: 16 }, worker);
    await new Promise((w) => setTimeout(w, 2000));
    killedAt = acked.size;
    await stop('SIGKILL');
    stopAt = Date.now() + 500;
    await Promise.all(burst);
    const crashed = rows();
    const missing = [...acked].filter((q) => !crashed.queries.has(q));
    await start(100_000_000);
    const restarted = rows().count;
    await stop();
    await start(100_000_000);
    const again = rows().count;
    const health = (await fetch(`${nginx.url}${endpoint}/health`)).status;
    await stop();
    out.faults = { sent, acknowledged: acked.size, acknowledgedWhenKilled: killedAt, refusedAfterKill: refused, rowsAfterKill: crashed.count, acknowledgedMissing: missing.length, integrity: crashed.integrity, rowsAfterRestart: restarted, rowsAfterSecondRestart: again, healthAfterRestart: health };
    log(`    ${acked.size} acknowledged of ${sent} sent; after kill -9: integrity_check ${crashed.integrity}, ${missing.length} acknowledged rows missing; rows ${crashed.count} → ${restarted} after restart → ${again} after a clean restart; health ${health}`);

    // ── 4. bad input through nginx ──
    await start(100_000_000);
    const wrong = [];
    let stored = 0;
    for (const c of HOSTILE) {
      const before = rows().count;
      const res = await fetch(`${nginx.url}${endpoint}`, {
        method: c.method ?? 'POST',
        redirect: 'manual',
        headers: { ...(c.method === 'GET' ? {} : { 'content-type': c.contentType ?? 'application/json' }), ...(c.headers ?? { 'sec-fetch-site': 'same-origin' }) },
        ...(c.method === 'GET' ? {} : { body: c.body }),
      });
      await res.arrayBuffer();
      const added = rows().count - before;
      stored += added;
      if (res.status !== c.status || added !== (c.status === 201 ? 1 : 0)) wrong.push(`${c.name}: ${res.status} (${added} stored), expected ${c.status}`);
    }
    await stop();
    const s = openStore(db, { readOnly: true });
    const html = reportHtml(s.rows(), new Date());
    s.close();
    const inert = !/<script>alert|<img /.test(html);
    const byStatus = {};
    for (const c of HOSTILE) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    out.badInput = { cases: HOSTILE.length, byExpectedStatus: byStatus, asExpected: HOSTILE.length - wrong.length, wrong, storedValid: stored, reportInert: inert };
    log(`    bad input: ${out.badInput.asExpected} of ${HOSTILE.length} answered as expected (${Object.entries(byStatus).map(([k, v]) => `${v}× ${k}`).join(', ')}); report shows hostile text inert: ${inert}`);
    for (const w of wrong) log(`      ${w}`);
  } finally {
    if (service.child && service.child.exitCode === null && service.child.signalCode === null) await stop();
    await nginx.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

export function feedbackMarkdown(r) {
  const rows = Object.entries(r.load).map(
    ([name, l]) =>
      `| ${name} | ${l.perSecond} | ${l.requests} | ${l.acknowledged} | ${l.errors} | ${l.timeouts} | ${l.latencyMs.p50} | ${l.latencyMs.p99} | ${l.latencyMs.max} | ${l.everyAcknowledgedRowStored ? `yes (${l.newRows} rows)` : `NO (${l.newRows} rows)`} | ${l.cpuMsPerRequest.service ?? '–'} / ${l.cpuMsPerRequest.nginx ?? '–'} / ${l.cpuMsPerRequest.autocannon} | ${l.loadBefore} |`,
  );
  const f = r.faults;
  const b = r.badInput;
  return [
    '# Feedback service bench',
    '',
    `${r.generated}: \`npm run bench:feedback\` — services/feedback (\`serve.ts\`, Node ${r.node}) behind nginx (docs/nginx.conf snippet) on loopback, autocannon ${r.autocannon}, ${r.machine.cpus} CPUs (load ${r.machine.load.join(' ')}); site: ${r.pages} pages in ${r.locales.length} locales.`,
    '',
    `## Load (${r.duration} s each, ${r.connections} connections, rate limit raised)`,
    '',
    '| run | requests/s | requests | 201 | errors | timeouts | p50 ms | p99 ms | max ms | every 201 a row | CPU ms per request: service / nginx / autocannon | load average before |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- | --: |',
    ...rows,
    '',
    'requests/s depends on what else the machine runs (the load average before each run is in the last column: on 2 cores, anything above 2 means other work took the CPU); the CPU each request cost does not.',
    '',
    `Default limit (30 a minute from one address), 10 s: ${r.defaultLimit.created} × 201, ${r.defaultLimit.tooMany} × 429 of ${r.defaultLimit.requests}.`,
    '',
    '## Faults',
    '',
    `kill -9 of the service during a burst (16 clients): ${f.acknowledged} requests acknowledged with 201 of ${f.sent} sent (${f.acknowledgedWhenKilled} when the kill was sent); after the kill \`PRAGMA integrity_check\`: ${f.integrity}; acknowledged rows missing: ${f.acknowledgedMissing}; rows ${f.rowsAfterKill} after the kill, ${f.rowsAfterRestart} after the restart, ${f.rowsAfterSecondRestart} after a clean restart; health ${f.healthAfterRestart}.`,
    '',
    '## Bad input',
    '',
    `${b.cases} malformed or hostile requests through nginx (services/feedback/tests/hostile.ts): ${b.asExpected} answered as expected (${Object.entries(b.byExpectedStatus).map(([k, v]) => `${v} × ${k}`).join(', ')}); ${b.storedValid} rows stored, all from the requests expected to be stored; the report shows the stored hostile text inert: ${b.reportInert ? 'yes' : 'NO'}.${b.wrong.length ? `\n\nNot as expected:\n${b.wrong.map((w) => `- ${w}`).join('\n')}` : ''}`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '16' }, out: { type: 'string', default: join(ROOT, 'bench') } } });
  const dist = resolve(values.dist ?? process.env.DIST_DIR ?? join(ROOT, 'dist'));
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  console.log(`feedback bench on ${dist}`);
  const r = await benchFeedback({ dist, duration, connections });
  const { createRequire } = await import('node:module');
  const full = { generated: new Date().toISOString().slice(0, 16).replace('T', ' '), node: process.version, autocannon: createRequire(import.meta.url)('autocannon/package.json').version, duration, connections, ...r };
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'feedback.json'), `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(join(values.out, 'feedback.md'), feedbackMarkdown(full));
  console.log(`wrote ${join(values.out, 'feedback.json')} and feedback.md`);
}
