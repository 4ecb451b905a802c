/**
 * The service on a loopback port with a temporary database and a tiny built site: the contract, every
 * malformed or hostile request of hostile.ts with its status (and nothing stored for it), the rate
 * limit per address, and the process itself: restart, SIGHUP after a deploy, kill -9.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { feedbackServer } from '../server.ts';
import { readSite } from '../site.ts';
import { openStore, type FeedbackStore } from '../store.ts';
import { reportHtml } from '../report.ts';
import { HOSTILE, type HostileCase } from './hostile.ts';
import { ORIGIN, SITE_URL, scratch, writeSite } from './fixture.ts';

const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url));
const JSON_TYPE = 'application/json';
const SAME = { 'sec-fetch-site': 'same-origin' };

interface Running {
  url: string;
  store: FeedbackStore;
  app: FastifyInstance;
}

async function start(dir: string, { base = '/', rate = 10_000 } = {}): Promise<Running> {
  const dist = join(dir, 'dist');
  writeSite(dist, { base });
  const store = openStore(join(dir, 'feedback.db'));
  const site = readSite(dist, SITE_URL, base);
  const app = await feedbackServer({ store, site: () => site, origin: ORIGIN, rate, now: () => new Date('2026-12-07T14:35:12Z') });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, store, app };
}

const post = (url: string, body: unknown, headers: Record<string, string> = SAME, type = JSON_TYPE) =>
  fetch(`${url}/api/feedback`, { method: 'POST', redirect: 'manual', headers: { 'content-type': type, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const send = (url: string, c: HostileCase) =>
  fetch(`${url}/api/feedback`, {
    method: c.method ?? 'POST',
    redirect: 'manual',
    headers: { ...(c.method === 'GET' ? {} : { 'content-type': c.contentType ?? JSON_TYPE }), ...(c.headers ?? SAME) },
    ...(c.method === 'GET' ? {} : { body: c.body }),
  });

describe('the service', () => {
  const tmp = scratch('service');
  let s: Running;
  beforeAll(async () => {
    s = await start(tmp.dir);
  });
  afterAll(async () => {
    await s?.app.close();
    await s?.store.close();
    tmp.remove();
  });

  it('stores a "no" with its reason and redacted comment, to the hour, and answers 201 {"ok":true}', async () => {
    const before = s.store.count();
    const res = await post(s.url, { kind: 'page', locale: 'en', path: '/en/reset-password/', helpful: false, reason: 'steps-failed', comment: 'The code 482913 never came to me@example.com' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const row = s.store.rows().at(-1)!;
    expect(s.store.count()).toBe(before + 1);
    expect(row).toMatchObject({ kind: 'page', locale: 'en', path: '/en/reset-password/', helpful: false, reason: 'steps-failed', comment: 'The code [code] never came to [email]', outcome: null, query: null, hour: '2026-12-07T14:00Z' });
  });

  it('takes a "yes", an outcome of the recovery selector, and a search query', async () => {
    expect((await post(s.url, { kind: 'page', locale: 'ar', path: '/ar/cannot-sign-in/', helpful: true })).status).toBe(201);
    expect((await post(s.url, { kind: 'page', locale: 'ru', path: '/ru/recovery/', helpful: false, reason: 'not-my-case', outcome: 'google-lock' })).status).toBe(201);
    expect((await post(s.url, { kind: 'search', locale: 'en', query: 'mi cloud photos gone' })).status).toBe(201);
    expect(s.store.rows().slice(-3).map((r) => [r.kind, r.locale, r.path, r.outcome, r.helpful, r.query])).toEqual([
      ['page', 'ar', '/ar/cannot-sign-in/', null, true, null],
      ['page', 'ru', '/ru/recovery/', 'google-lock', false, null],
      ['search', 'en', null, null, null, 'mi cloud photos gone'],
    ]);
  });

  it("answers a plain form with 303 to the locale's thank-you page; Origin: null is fine with Sec-Fetch-Site: same-origin", async () => {
    const form = (locale: string) => `kind=page&locale=${locale}&path=%2F${locale}%2Freset-password%2F&helpful=false&reason=unclear&comment=`;
    const FORM = 'application/x-www-form-urlencoded';
    // es is not a locale of the fixture's site.
    expect((await post(s.url, form('es'), { ...SAME, origin: 'null' }, FORM)).status).toBe(400);
    const res = await post(s.url, form('en'), { ...SAME, origin: 'null' }, `${FORM}; charset=UTF-8`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/feedback/thanks/');
    expect(s.store.rows().at(-1)).toMatchObject({ locale: 'en', helpful: false, reason: 'unclear', comment: null });
  });

  it('accepts a request without Sec-Fetch-Site when its Origin is the site (SITE_URL)', async () => {
    expect((await post(s.url, { kind: 'search', locale: 'ru', query: 'сяоми' }, { origin: ORIGIN })).status).toBe(201);
  });

  it('answers GET /api/feedback/health with 200', async () => {
    const res = await fetch(`${s.url}/api/feedback/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it(`answers ${HOSTILE.length} malformed or hostile requests each with its status, and stores only the valid ones`, async () => {
    const wrong: string[] = [];
    for (const c of HOSTILE) {
      const before = s.store.count();
      const res = await send(s.url, c);
      const text = await res.text();
      const stored = s.store.count() - before;
      if (res.status !== c.status) wrong.push(`${c.name}: ${res.status} ${text}, expected ${c.status}`);
      if (stored !== (c.status === 201 ? 1 : 0)) wrong.push(`${c.name}: ${stored} rows stored`);
      if (c.status >= 400) {
        const answer = JSON.parse(text) as { ok: boolean; error: string };
        if (answer.ok !== false || answer.error.length < 8) wrong.push(`${c.name}: no clear error (${text})`);
      }
      if (c.status === 201) {
        const row = s.store.rows().at(-1)!;
        for (const bad of c.storedWithout ?? []) if (JSON.stringify(row).includes(bad) || `${row.comment}${row.query}`.includes(bad)) wrong.push(`${c.name}: stored "${bad}"`);
      }
    }
    expect(wrong).toEqual([]);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
    expect(s.store.integrity()).toBe('ok');
    // What was stored is inert in the report.
    const html = reportHtml(s.store.rows(), new Date());
    expect(html).not.toMatch(/<script>alert|<img/);
  });

  it('keeps nothing about the reader: the table has no column for an address, agent or cookie', () => {
    const db = openStore(join(tmp.dir, 'feedback.db'), { readOnly: true });
    try {
      expect(Object.keys(db.rows()[0]!).sort()).toEqual(['comment', 'helpful', 'hour', 'id', 'kind', 'locale', 'outcome', 'path', 'query', 'reason']);
    } finally {
      db.close();
    }
  });
});

describe('the service under a base path', () => {
  it('takes paths with the base and sends forms to the thank-you page under it', async () => {
    const tmp = scratch('base');
    const s = await start(tmp.dir, { base: '/help/' });
    try {
      expect((await post(s.url, { kind: 'page', locale: 'en', path: '/en/reset-password/', helpful: true })).status).toBe(400);
      expect((await post(s.url, { kind: 'page', locale: 'en', path: '/help/en/reset-password/', helpful: true })).status).toBe(201);
      const res = await post(s.url, 'kind=search&locale=ar&query=%D9%83%D9%84%D9%85%D8%A9', SAME, 'application/x-www-form-urlencoded');
      expect(res.headers.get('location')).toBe('/help/ar/feedback/thanks/');
    } finally {
      await s.app.close();
      await s.store.close();
      tmp.remove();
    }
  });

  it('refuses to start on a site built for another SITE_URL or base, saying what to set', () => {
    const tmp = scratch('mismatch');
    try {
      writeSite(join(tmp.dir, 'dist'), { base: '/help/' });
      expect(() => readSite(join(tmp.dir, 'dist'), SITE_URL, '/help/')).not.toThrow();
      expect(() => readSite(join(tmp.dir, 'dist'), SITE_URL, '/')).toThrow(/set SITE_URL and BASE_PATH as for the build/);
      expect(() => readSite(join(tmp.dir, 'dist'), 'https://other.example', '/help/')).toThrow(/set SITE_URL and BASE_PATH as for the build/);
    } finally {
      tmp.remove();
    }
  });
});

describe('the site the service reads', () => {
  it("counts a partial locale's own pages even when its home page is noindex (not in the sitemap): its folder has a 404 page", () => {
    const tmp = scratch('partial');
    try {
      const dist = join(tmp.dir, 'dist');
      writeSite(dist, { extra: ['pt-br/reset-password/'] });
      expect(readSite(dist, SITE_URL).locales.has('pt-br')).toBe(false);
      mkdirSync(join(dist, 'pt-br'), { recursive: true });
      writeFileSync(join(dist, 'pt-br', '404.html'), '<!doctype html><html lang="pt-BR"></html>');
      const site = readSite(dist, SITE_URL);
      expect(site.locales.has('pt-br')).toBe(true);
      expect(site.pages.get('/pt-br/reset-password/')).toBe('pt-br');
    } finally {
      tmp.remove();
    }
  });
});

describe('the rate limit', () => {
  it('answers 429 after FEEDBACK_RATE requests a minute from one address, counting each address nginx forwards on its own', async () => {
    const tmp = scratch('rate');
    const s = await start(tmp.dir, { rate: 3 });
    try {
      const q = { kind: 'search', locale: 'en', query: 'limit' };
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(s.url, q, { ...SAME, 'x-forwarded-for': '198.51.100.1' })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const other = await post(s.url, q, { ...SAME, 'x-forwarded-for': '198.51.100.2' });
      expect(other.status).toBe(201);
      const limited = await post(s.url, q, { ...SAME, 'x-forwarded-for': '198.51.100.1' });
      expect(await limited.json()).toMatchObject({ ok: false });
      expect(s.store.count()).toBe(4);
      // Health is not limited.
      expect((await fetch(`${s.url}/api/feedback/health`)).status).toBe(200);
    } finally {
      await s.app.close();
      await s.store.close();
      tmp.remove();
    }
  });
});

describe('the process (npm run feedback:serve)', () => {
  const tmp = scratch('process');
  const dist = join(tmp.dir, 'dist');
  const db = join(tmp.dir, 'feedback.db');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    tmp.remove();
  });

  /** Starts serve.ts on a free port and resolves with its URL once it listens. */
  const serve = (): Promise<{ child: ChildProcess; url: string; output: () => string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [SERVE], { env: { ...process.env, FEEDBACK_DB: db, FEEDBACK_SITE: dist, SITE_URL, PORT: String(20_000 + Math.floor(Math.random() * 20_000)) }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let out = '';
      const onData = (d: Buffer) => {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve({ child, url: m[1]!, output: () => out });
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}:\n${out}`)));
    });
  const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));
  const count = () => {
    const s = openStore(db, { readOnly: true });
    try {
      return { n: s.count(), ok: s.integrity() };
    } finally {
      s.close();
    }
  };

  it('keeps its rows across a restart, re-reads the site on SIGHUP, and loses no acknowledged row to kill -9', { timeout: 60_000 }, async () => {
    writeSite(dist);
    let run = await serve();
    for (let i = 0; i < 5; i++) expect((await post(run.url, { kind: 'search', locale: 'en', query: `restart ${'abcde'[i]}` })).status).toBe(201);
    run.child.kill('SIGTERM');
    expect(await exited(run.child)).toBe(0);
    expect(count()).toEqual({ n: 5, ok: 'ok' });

    run = await serve();
    expect(run.output()).toContain('(5 rows)');
    // A deploy adds a page: unknown until SIGHUP.
    const fresh = { kind: 'page', locale: 'en', path: '/en/new-page/', helpful: true };
    expect((await post(run.url, fresh)).status).toBe(400);
    writeSite(dist, { extra: ['en/new-page/'] });
    run.child.kill('SIGHUP');
    await expect.poll(() => run.output()).toContain('site re-read');
    expect((await post(run.url, fresh)).status).toBe(201);

    // kill -9 right after 20 acknowledged rows: every one is in the file, and the file is sound.
    for (let i = 0; i < 20; i++) expect((await post(run.url, { kind: 'search', locale: 'ar', query: `kill ${i}` })).status).toBe(201);
    run.child.kill('SIGKILL');
    await exited(run.child);
    expect(count()).toEqual({ n: 26, ok: 'ok' });
    run = await serve();
    expect(run.output()).toContain('(26 rows)');
    run.child.kill('SIGTERM');
    expect(await exited(run.child)).toBe(0);
  });
});
