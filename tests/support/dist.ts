/** Reading the built site: every HTML page, parsed once. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './paths.ts';

export interface BuiltPage {
  /** Path inside dist, with forward slashes: "ru/reset-password/index.html". */
  file: string;
  /** URL path as served: "/ru/reset-password/". */
  url: string;
  html: string;
  doc: HTMLElement;
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export function fileToUrl(file: string): string {
  const f = file.split(sep).join('/');
  if (f === 'index.html') return '/';
  if (f.endsWith('/index.html')) return `/${f.slice(0, -'index.html'.length)}`;
  return `/${f}`;
}

const cache = new Map<string, BuiltPage[]>();

export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run "npm run build" first (npm test does it for you).`);
  }
  let pages = cache.get(dist);
  if (!pages) {
    pages = walk(dist)
      .filter((p) => p.endsWith('.html'))
      .map((p) => {
        const file = relative(dist, p).split(sep).join('/');
        const html = readFileSync(p, 'utf8');
        return { file, url: fileToUrl(file), html, doc: parse(html) };
      });
    cache.set(dist, pages);
  }
  return pages;
}

export function page(url: string, dist = DIST): BuiltPage {
  const p = builtPages(dist).find((x) => x.url === url);
  if (!p) throw new Error(`No built page at ${url}`);
  return p;
}

export const isNoindex = (p: BuiltPage) => /noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
export const isFallback = (p: BuiltPage) => p.doc.querySelector('[data-fallback-notice]') !== null;
