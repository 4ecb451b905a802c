/**
 * What a first view costs, read from a built dist/ without a browser: per locale and page type, the
 * page's HTML, its render-blocking CSS and the JavaScript it loads before anyone touches it, each
 * gzip -9 as the bench's server sends it. `npm run bench -- --first-view [--dist <dir>]` prints it
 * (a few seconds over an existing build); the full bench adds it to bench/results.md.
 *
 * - HTML: the page's file (inline <style>, inline scripts and JSON-LD are part of it).
 * - Blocking CSS: every <link rel="stylesheet"> without a media query that keeps it off a phone
 *   (`media="print"` and the like; `(prefers-color-scheme…)` and `all`/`screen` count). A stylesheet
 *   loaded later (rel=preload + onload, or media switched by script) is not blocking and not counted.
 * - JS: every <script src>, <link rel="modulepreload"> and island (component and renderer), and the modules they import statically
 *   (`import … from "./x.js"`, `import "./x.js"`), each file once; dynamic `import()` is loaded on
 *   use and not counted (the search dialog, the password checker's word lists).
 * The article figure is the median article of the locale: articles (og:type article, fallback pages
 * included) sorted by HTML + blocking CSS, the ⌈n/2⌉-th. Other page types: the page, or the median of
 * its kind (category pages). The goal of issue 24 (one TCP window): median article HTML + CSS ≤ 14 KB.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/i18n/locales.ts';
import { serveForBench } from './browser.mjs';
import { runLighthouse } from './lighthouse.mjs';

export const FIRST_WINDOW = 14 * 1024;
export const JS_BUDGET = 2 * 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The page types reported beside the article, and where each lives in a locale's folder. */
const TYPES = [
  ['home', (l) => [`${l}/index.html`]],
  ['faq', (l) => [`${l}/faq/index.html`]],
  ['category', (l, dist) => subpages(dist, `${l}/category`)],
  ['articles', (l) => [`${l}/articles/index.html`]],
  ['search', (l) => [`${l}/search/index.html`]],
  ['tools', (l) => [`${l}/tools/password-strength/index.html`]],
  ['recovery', (l) => [`${l}/recovery/index.html`]],
  ['404', (l) => [`${l}/404.html`, `${l}/404/index.html`]],
];

function subpages(dist, dir) {
  const abs = join(dist, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((d) => existsSync(join(abs, d, 'index.html')))
    .map((d) => `${dir}/${d}/index.html`);
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v != null) ?? null;

/** A media query that does not apply to a screen (a stylesheet the first paint does not wait for). */
const offScreen = (media) => media != null && /^\s*(print|speech|not\s+all|only\s+print)\b/i.test(media);

export function createMeter(dist) {
  const cache = new Map();
  const fileSize = (url) => {
    if (!cache.has(url)) {
      const path = join(dist, decodeURI(url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]));
      cache.set(url, existsSync(path) ? { text: readFileSync(path, 'utf8'), gzip: gz(readFileSync(path)) } : null);
    }
    return cache.get(url);
  };
  /** The module and its static imports, each once. */
  const moduleClosure = (url, seen) => {
    if (seen.has(url)) return;
    const f = fileSize(url);
    if (!f) return;
    seen.add(url);
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    const re = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
    for (const m of f.text.matchAll(re)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      moduleClosure(spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname, seen);
    }
  };
  /** One page: its HTML, blocking CSS and first-load JS, gzip bytes, and which files. */
  return function measurePage(rel) {
    const raw = readFileSync(join(dist, rel));
    const html = raw.toString('utf8');
    const css = [];
    const js = new Set();
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rels = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rels.includes('stylesheet') && !offScreen(attr(tag, 'media')) && !/\sdisabled\b/i.test(tag)) css.push(href);
      if (rels.includes('modulepreload')) moduleClosure(href, js);
    }
    // An island's component and renderer load when it hydrates (client:load/idle/visible: on the first view).
    for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
      for (const a of ['component-url', 'renderer-url']) if (attr(tag, a)) moduleClosure(attr(tag, a), js);
    }
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
      const src = attr(tag, 'src');
      if (src) moduleClosure(src, js);
    }
    const cssBytes = [...new Set(css)].reduce((s, u) => s + (fileSize(u)?.gzip ?? 0), 0);
    const jsBytes = [...js].reduce((s, u) => s + fileSize(u).gzip, 0);
    const inlineStyle = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((s, m) => s + m[1].length, 0);
    return { path: `/${rel}`, html: gz(raw), css: cssBytes, js: jsBytes, cssFiles: [...new Set(css)], jsFiles: [...js], inlineStyleChars: inlineStyle };
  };
}

const median = (pages) => {
  if (!pages.length) return null;
  const sorted = [...pages].sort((a, b) => a.html + a.css - (b.html + b.css) || a.path.localeCompare(b.path));
  return { ...sorted[Math.ceil(sorted.length / 2) - 1], of: pages.length };
};

/** Every locale's median article and other page types in `dist`. */
export function firstViewReport(dist) {
  const measure = createMeter(dist);
  const locales = {};
  for (const { code } of LOCALES) {
    if (!existsSync(join(dist, code, 'index.html'))) continue;
    const articles = readdirSync(join(dist, code))
      .map((d) => `${code}/${d}/index.html`)
      .filter((rel) => existsSync(join(dist, rel)) && /<meta property="og:type" content="article"/.test(readFileSync(join(dist, rel), 'utf8').slice(0, 20000)));
    const measured = articles.map(measure);
    const types = { article: median(measured) };
    types.article.largest = measured.reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a)).path;
    types.article.largestBytes = Math.max(...measured.map((p) => p.html + p.css));
    for (const [type, where] of TYPES) {
      const found = where(code, dist).filter((rel) => existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile());
      if (found.length) types[type] = median(found.map(measure));
    }
    locales[code] = types;
  }
  return { dist, locales, method: 'gzip -9 of each file; blocking CSS = <link rel=stylesheet> without a print-only media; JS = <script src>, modulepreload and their static imports; the article is the median by HTML + CSS over the locale\'s articles' };
}

const KB = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)}`);

/** Markdown tables: the median article per locale, then HTML + CSS (JS) of each page type per locale. */
export function renderFirstView(report, { title = true } = {}) {
  const codes = Object.keys(report.locales);
  const out = [];
  if (title) out.push('## First view per locale (gzip -9, KB; from dist/, no browser)', '');
  out.push(`Median article: HTML + render-blocking CSS against one TCP window (${KB(FIRST_WINDOW)} KB); JS loaded before use against ${KB(JS_BUDGET)} KB.`, '');
  out.push('| locale | article (median of n) | HTML | CSS | HTML + CSS | ≤ 14 KB | JS | largest article HTML + CSS |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const code of codes) {
    const a = report.locales[code].article;
    out.push(`| ${code} | \`${a.path}\` (${a.of}) | ${KB(a.html)} | ${KB(a.css)} | ${KB(a.html + a.css)} | ${a.html + a.css <= FIRST_WINDOW ? 'yes' : '**no**'} | ${KB(a.js)} | ${KB(a.largestBytes)} |`);
  }
  const types = ['article', ...TYPES.map(([t]) => t)];
  out.push('', 'Every page type: HTML / blocking CSS / JS (KB gzip); category = the median category page.', '');
  out.push(`| page | ${codes.join(' | ')} |`, `| --- | ${codes.map(() => '---').join(' | ')} |`);
  for (const t of types) {
    out.push(`| ${t} | ${codes.map((c) => { const p = report.locales[c][t]; return p ? `${KB(p.html)} / ${KB(p.css)} / ${KB(p.js)}` : '–'; }).join(' | ')} |`);
  }
  const audited = codes.flatMap((c) => types.map((t) => [c, t, report.locales[c][t]?.lighthouse])).filter(([, , lh]) => lh);
  if (audited.length) {
    const v = audited.find(([, , lh]) => lh.lighthouseVersion)?.[2].lighthouseVersion ?? '?';
    out.push('', `Lighthouse ${v}, mobile (Moto G Power, simulated slow 4G, 4× CPU slowdown), the bench's gzip server on loopback: performance, then FCP / LCP / TBT / CLS.`, '');
    out.push('| locale | page | performance | FCP ms | LCP ms | TBT ms | CLS | accessibility | best practices | SEO | points lost |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [c, t, lh] of audited) {
      const p = report.locales[c][t];
      if (lh.error) out.push(`| ${c} | ${t} \`${p.path}\` | error: ${lh.error.split('\n')[0]} | | | | | | | | |`);
      else out.push(`| ${c} | ${t} \`${p.path}\` | ${lh.scores.performance} | ${lh.metrics.fcpMs} | ${lh.metrics.lcpMs} | ${lh.metrics.tbtMs} | ${lh.metrics.cls} | ${lh.scores.accessibility} | ${lh.scores['best-practices']} | ${lh.scores.seo} | ${lh.lost.join('; ') || '–'} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Lighthouse mobile (scripts/bench/lighthouse.mjs) on each locale's median article and on every page
 * type of the first locale, served by the bench's gzip server; the result goes on the page's entry
 * in `report` (`lighthouse`), shown by renderFirstView. `--first-view --lighthouse`.
 */
export async function lighthouseFirstView(report, cli, logDir) {
  mkdirSync(logDir, { recursive: true });
  const server = await serveForBench(report.dist);
  try {
    const codes = Object.keys(report.locales);
    const targets = codes.map((c) => [c, 'article']);
    for (const [t] of TYPES) if (report.locales[codes[0]][t]) targets.push([codes[0], t]);
    for (const [code, type] of targets) {
      const page = report.locales[code][type];
      const path = page.path.replace(/index\.html$/, '');
      page.lighthouse = await runLighthouse(cli, `${server.origin}${path}`, join(logDir, `lighthouse-first-view-${code}-${type}.json`));
      const lh = page.lighthouse;
      console.error(`${code} ${type} ${path}: ${lh.error ?? `performance ${lh.scores.performance}, LCP ${lh.metrics.lcpMs} ms, CLS ${lh.metrics.cls}`}`);
    }
  } finally {
    await server.close();
  }
}
