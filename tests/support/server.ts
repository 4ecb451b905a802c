/** A tiny static server for dist/ on loopback, like any static host: base path, index.html, 404.html. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DIST } from './paths.ts';
import { CONTENT_TYPES, resolveStatic } from '../../scripts/lib/static-host.ts';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Paths requested so far (for "no request before interaction" checks). */
  requests: string[];
}

export interface ServeOptions {
  dist?: string;
  base?: string;
  /** Extra response headers for a URL path (e.g. the rules of dist/_headers, as a host applies them). */
  headers?: (path: string) => Record<string, string>;
}

export async function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
  const dist = options.dist ?? DIST;
  const base = options.base ?? '/';
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run "npm run build" first.`);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { ...options.headers?.(url.pathname), 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    if (!path.startsWith(base)) return send(404, join(dist, '404.html'));
    path = path.slice(base.length - 1);
    const r = resolveStatic(dist, path, url.pathname, url.search);
    if ('redirect' in r) {
      res.writeHead(301, { location: r.redirect });
      return res.end();
    }
    return send(r.status, r.file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
