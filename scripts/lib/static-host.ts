/**
 * How a typical static host serves dist/: directory index, trailing-slash redirect, <locale>/404.html,
 * then 404.html. One server for the tests, the bench and the scripts that open the built site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../../src/lib/urls.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export type Resolved = { status: number; file: string } | { redirect: string };

/** `pathname` is the decoded path below the base ("/ru/faq/"); `search` is kept on redirects. */
export function resolveStatic(dist: string, pathname: string, requested: string, search = ''): Resolved {
  const notFound = () => {
    const lang = pathname.split('/')[1] ?? '';
    const local404 = join(dist, lang, '404.html');
    return { status: 404, file: lang && existsSync(local404) ? local404 : join(dist, '404.html') };
  };
  let file = normalize(join(dist, pathname));
  if (!file.startsWith(dist)) return { status: 404, file: join(dist, '404.html') };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${requested}/${search}` };
    file = join(file, 'index.html');
  }
  return existsSync(file) ? { status: 200, file } : notFound();
}

export interface StaticServer {
  /** Origin and base without the trailing slash: `${url}/ru/` is a page. */
  url: string;
  origin: string;
  /** Paths requested so far (for "no request before interaction" checks). */
  requests: string[];
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** The built site. */
  dir: string;
  /** The base path it was built for ("/" or "/help/"); anything outside it is a 404. */
  base?: string | undefined;
  /** Compress text responses (gzip level 9) when the browser accepts it, as a host with pre-compressed files would. */
  gzip?: boolean;
  /** Extra response headers for a URL path (e.g. the rules of dist/_headers, as a host applies them). */
  headers?: ((path: string) => Record<string, string>) | undefined;
  /** A Cache-Control header for every response (the bench measures first views: "no-cache"). */
  cacheControl?: string;
}

/** Content types a host compresses: text of every kind (HTML, scripts, styles, JSON, XML, SVG) and WebAssembly. */
export const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** A static host on loopback for tests and the bench (one implementation for both). */
export async function startStaticServer({ dir: folder, base = '/', gzip = false, headers, cacheControl }: StaticServerOptions): Promise<StaticServer> {
  const dir = resolve(folder);
  const root = normalizeBase(base);
  const requests: string[] = [];
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const send = (status: number, file: string) => {
      if (!existsSync(file)) {
        res.writeHead(status, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      let body: Buffer = readFileSync(file);
      const head: Record<string, string> = { ...headers?.(url.pathname), 'content-type': type, ...(cacheControl ? { 'cache-control': cacheControl } : {}) };
      if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type)) {
        let z = compressed.get(file);
        if (!z) compressed.set(file, (z = gzipSync(body, { level: 9 })));
        body = z;
        head['content-encoding'] = 'gzip';
        head.vary = 'accept-encoding';
      }
      head['content-length'] = String(body.length);
      res.writeHead(status, head).end(req.method === 'HEAD' ? undefined : body);
    };
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(root)) return send(404, join(dir, '404.html'));
    const r = resolveStatic(dir, path.slice(root.length - 1), url.pathname, url.search);
    if ('redirect' in r) return res.writeHead(301, { location: r.redirect }).end();
    return send(r.status, r.file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: `${origin}${root.replace(/\/$/, '')}`,
    origin,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
