/**
 * How a typical static host maps a request to a file of dist/: directory index, trailing-slash
 * redirect, <locale>/404.html, then 404.html. Shared by the test server and the bench server.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

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
