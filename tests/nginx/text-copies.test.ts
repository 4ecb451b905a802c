/**
 * The files for assistants and link previews behind nginx with docs/nginx.conf: Markdown copies as
 * text/markdown, llms.txt as text/plain, both UTF-8, share cards as PNG; each with the site's CSP and
 * security headers; a missing copy is the locale's own 404 page. The node test server agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, type NginxHost } from '../support/nginx.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let host: NginxHost;
let node: StaticServer;

beforeAll(async () => {
  host = await startNginx({ dist: DIST, snippet: readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8'), name: 'text-copies' });
  node = await serveDist();
}, 300_000);
afterAll(async () => {
  await Promise.all([host?.close(), node?.close()]);
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });

describe('Markdown copies, llms.txt and share cards behind nginx', () => {
  const cases = [
    ['/ru/reset-password.md', 'text/markdown; charset=utf-8'],
    ['/ar/reset-password.md', 'text/markdown; charset=utf-8'],
    ['/en/llms.txt', 'text/plain; charset=utf-8'],
    ['/en/llms-full.txt', 'text/plain; charset=utf-8'],
    ['/llms.txt', 'text/plain; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/ru/reset-password/card.png', 'image/png'],
  ] as const;

  it('serves each with its type, the site’s CSP and security headers, as the test server does', async () => {
    const page = await get(`${host.url}/ru/reset-password/`);
    for (const [path, type] of cases) {
      const res = await get(`${host.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(page.headers.get(name));
      }
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      const mine = await get(`${node.url}${path}`);
      expect(mine.status, `test server ${path}`).toBe(200);
      expect(mine.headers.get('content-type'), `test server ${path}`).toBe(type);
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(await mine.arrayBuffer())), path).toBe(true);
    }
  });

  it('compresses the Markdown and the text files', async () => {
    for (const path of ['/ru/reset-password.md', '/ru/llms-full.txt']) {
      const res = await get(`${host.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('answers a missing Markdown copy with the locale’s 404 page', async () => {
    const res = await get(`${host.url}/es/no-such-article.md`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('lang="es"');
  });
});
