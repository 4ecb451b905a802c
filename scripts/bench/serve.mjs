/**
 * A static server on loopback that behaves like a typical static host for the measurements:
 * directory index, trailing-slash redirect, <locale>/404.html, and gzip (level 9, as a host serving
 * pre-compressed files would) for text types when the browser accepts it. Pagefind's own files
 * (.pf_*, .pagefind) are already compressed and are sent as they are, as hosts do.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, resolveStatic } from '../../tests/support/static-host.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Size of `buf` gzipped at level 9 (what the server sends). */
export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

export async function serveDir(dist, { port = 0 } = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status, file) => {
      if (!existsSync(file)) {
        res.writeHead(status, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
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
    const r = resolveStatic(dist, path, url.pathname, url.search);
    if ('redirect' in r) {
      res.writeHead(301, { location: r.redirect });
      return res.end();
    }
    return send(r.status, r.file);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
