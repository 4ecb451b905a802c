/**
 * Link checking on the built site: every internal `<a href>` must reach a built file, and every
 * `#anchor` an element with that id. Problems name the content file the link was written in
 * (the nearest `data-source` ancestor, set on article and FAQ wrappers) so an editor knows what to fix.
 */
import { parse } from 'node-html-parser';
import { scanPage, type PageFacts } from './page-scan.ts';
import { normalizeBase } from '../urls.ts';

export interface FoundLink {
  href: string;
  /** Content file the link comes from (`content/articles/ru/x.mdx`); undefined for page chrome. */
  source: string | undefined;
}

export interface PageLinks {
  /** The page as served, base included: "/ru/reset-password/" or "/help/ru/404.html". */
  url: string;
  links: FoundLink[];
  /** Every `id` on the page (and `name` of `<a>`), for anchors. */
  ids: ReadonlySet<string>;
  /** Ids of h2/h3 headings in the page's content, suggested when an anchor is wrong. */
  headingIds: readonly string[];
}

export interface LinkProblem {
  /** Where to fix it: a content file, or `page /ru/faq/` for links in page templates. */
  source: string;
  href: string;
  /** Served URLs of the pages the link appears on. */
  pages: string[];
  /** What is wrong and what was expected, in one sentence. */
  reason: string;
}

/** Reads the links and ids out of one built HTML page. */
export function extractLinks(url: string, html: string): PageLinks {
  const doc = parse(html);
  const links = doc.querySelectorAll('a[href], area[href]').map((a) => ({
    href: a.getAttribute('href') ?? '',
    source: a.closest('[data-source]')?.getAttribute('data-source') || undefined,
  }));
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  // Suggest the headings an editor wrote (inside content), not the page chrome's.
  const scope = doc.querySelectorAll('[data-source]');
  const headings = scope.length ? scope.flatMap((s) => s.querySelectorAll('h2[id], h3[id]')) : doc.querySelectorAll('h2[id], h3[id]');
  const headingIds = headings.map((h) => h.getAttribute('id') ?? '');
  return { url, links, ids, headingIds };
}

/**
 * The fast path of `extractLinks`, for sites of thousands of pages: links and ids from the tag scanner
 * every post-build step shares (src/lib/built/page-scan.ts). It does not know where a link came from;
 * `checkSite` re-reads the pages through `extractLinks` only when something is broken.
 */
export function scanLinks(url: string, html: string): PageLinks {
  return scannedLinks(url, scanPage(html));
}

/** `PageLinks` from a page already scanned. */
export function scannedLinks(url: string, facts: Pick<PageFacts, 'links' | 'ids'>): PageLinks {
  return { url, links: facts.links.map((href) => ({ href, source: undefined })), ids: facts.ids, headingIds: [] };
}

/**
 * Checks a whole built site from its scanned pages; only when something is broken are the pages
 * read again as DOMs, so each problem names its content file and suggests headings.
 */
export function checkSite(files: ReadonlySet<string>, pages: readonly { links: PageLinks; read: () => string }[], base = '/'): LinkProblem[] {
  if (checkLinks(pages.map((p) => p.links), files, base).length === 0) return [];
  return checkLinks(pages.map((p) => extractLinks(p.links.url, p.read())), files, base);
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const MAX_SUGGESTIONS = 8;

/**
 * Checks every internal link of every page against the set of built files (served URLs, base
 * included, e.g. "/ru/x/index.html", "/favicon.svg"). Identical problems on several pages
 * (a fallback page repeats its source's links) are reported once.
 */
export function checkLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, base = '/'): LinkProblem[] {
  const b = normalizeBase(base);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const problems = new Map<string, LinkProblem>();
  const report = (page: PageLinks, link: FoundLink, reason: string) => {
    const source = link.source ?? `page ${page.url}`;
    const key = `${source}\u0000${link.href}\u0000${reason}`;
    const known = problems.get(key);
    if (known) known.pages.push(page.url);
    else problems.set(key, { source, href: link.href, pages: [page.url], reason });
  };

  // Most links are absolute paths repeated on thousands of pages (navigation, related articles):
  // each distinct one is resolved and looked up once.
  const resolved = new Map<string, { path: string; fragment: string; problem?: string }>();
  const resolve = (href: string, pageUrl: string) => {
    const key = href.startsWith('/') && !href.startsWith('//') ? href : `${pageUrl}\u0000${href}`;
    let r = resolved.get(key);
    if (r) return r;
    const target = new URL(href, `http://site.invalid${pageUrl}`);
    const path = decode(target.pathname);
    r = { path, fragment: decode(target.hash.slice(1)) };
    if (!path.startsWith(b) && `${path}/` !== b) r.problem = `points outside the site: expected a path under ${b}`;
    else if (path.endsWith('/')) {
      if (!files.has(`${path}index.html`)) r.problem = `no page at ${path} — expected the path of an existing page, like /reset-password/ (an article's file name without .mdx)`;
    } else if (!files.has(path)) r.problem = files.has(`${path}/index.html`) ? `expected a slash at the end: ${path}/` : `no page or file at ${path}`;
    resolved.set(key, r);
    return r;
  };

  for (const page of pages) {
    for (const link of page.links) {
      const href = link.href.trim();
      if (EXTERNAL.test(href)) continue;
      const { path, fragment, problem } = resolve(href, page.url);
      if (problem) {
        report(page, link, problem);
        continue;
      }
      const targetPage = byUrl.get(path);
      // "#top" always means the top of the page (HTML standard); an empty fragment too.
      if (!fragment || fragment.toLowerCase() === 'top' || !targetPage) continue;
      if (!targetPage.ids.has(fragment)) {
        const where = targetPage === page ? 'this page' : targetPage.url;
        const choices = targetPage.headingIds.slice(0, MAX_SUGGESTIONS).map((id) => `#${id}`);
        const more = targetPage.headingIds.length > MAX_SUGGESTIONS ? ', …' : '';
        report(
          page,
          link,
          `${where} has no heading or element with id "${fragment}"` +
            (choices.length ? ` — expected one of ${choices.join(', ')}${more}` : ' — expected the id of a heading on that page'),
        );
      }
    }
  }
  return [...problems.values()];
}

/** One line per problem: the file to edit first, then the link and what was expected. */
export function formatLinkProblem(p: LinkProblem): string {
  const on = p.source.startsWith('page ') ? '' : ` (on ${p.pages.slice(0, 3).join(', ')}${p.pages.length > 3 ? ', …' : ''})`;
  return `${p.source}: broken link "${decode(p.href)}"${on}: ${p.reason}`;
}
