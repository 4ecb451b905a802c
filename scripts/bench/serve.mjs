/**
 * A static server on loopback that behaves like a typical static host for the measurements:
 * directory index, trailing-slash redirect, <locale>/404.html, and gzip (level 9, as a host serving
 * pre-compressed files would) for text types when the browser accepts it. Pagefind's own files
 * (.pf_*, .pagefind) are already compressed and are sent as they are, as hosts do.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
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
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Size of `buf` gzipped at level 9 (what the server sends). */
export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

export async function serveDir(dist, { port = 0 } = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status, file) => {
      if (!existsSync(file)) {
        res.writeHead(status, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (gzipOk && COMPRESSIBLE.test(type)) {
        let z = cache.get(file);
        if (!z) cache.set(file, (z = gzipSync(body, { level: 9 })));
        body = z;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return send(404, join(dist, '404.html'));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file)) return send(200, file);
    const lang = path.split('/')[1] ?? '';
    const local404 = join(dist, lang, '404.html');
    return send(404, lang && existsSync(local404) ? local404 : join(dist, '404.html'));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
