/**
 * What the steps after the build need from one built page, read in a single pass of a tag scanner
 * (no DOM: a site has tens of thousands of pages): its links and ids (link check), what its head
 * says to crawlers (sitemap), its Content-Security-Policy (headers) and its search language (index).
 */
import { decodeEntities } from '../entities.ts';

/** What a page's head declares, as the sitemap needs it. */
export interface PageSeo {
  canonical: string | undefined;
  noindex: boolean;
  /** hreflang → absolute URL, in the order of the head. */
  alternates: { hreflang: string; href: string }[];
  /** ISO date-time of the last change, for articles. */
  modified: string | undefined;
}

export interface PageFacts {
  /** `href` of every `<a>` and `<area>`, entities decoded, in document order. */
  links: string[];
  /** Every `id` on the page, and the `name` of `<a>` elements (anchors). */
  ids: Set<string>;
  seo: PageSeo;
  /** Content of `<meta http-equiv="content-security-policy">`. */
  csp: string | undefined;
  /** `data-pagefind-lang` of `<html>`: the page belongs to that language's search index. */
  searchLang: string | undefined;
  /** What the page says about itself to link previews and assistants (share cards, Markdown copies). */
  about: PageAbout;
}

/** `<html lang dir>`, the Open Graph title, site name, section and image, the description and the Markdown alternate. */
export interface PageAbout {
  lang: string | undefined;
  dir: string | undefined;
  title: string | undefined;
  description: string | undefined;
  siteName: string | undefined;
  section: string | undefined;
  /** Absolute URL of og:image. */
  image: string | undefined;
  /** Absolute URL of `<link rel="alternate" type="text/markdown">`. */
  markdown: string | undefined;
}

const RAW_TEXT = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/gi;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const HEAD_END = /<\/head\s*>/i;

/** The attributes a step reads; every other attribute is skipped without being decoded. */
const WANTED = new Set(['id', 'href', 'name', 'rel', 'hreflang', 'content', 'property', 'http-equiv', 'data-pagefind-lang', 'lang', 'dir', 'type']);

/**
 * A copy of `s` that does not point into the page. V8 makes a substring a view of the string it was
 * cut from, so one kept href would keep the whole page's HTML alive; the steps keep every page's
 * facts until the pass is over (20,000 pages held about a gigabyte that way).
 */
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name = '', dq, sq, bare] of source.matchAll(ATTR)) {
    const key = name.toLowerCase();
    // The first of two same-named attributes wins, as in a browser.
    if (WANTED.has(key) && !(key in attrs)) attrs[key] = own(decodeEntities(dq ?? sq ?? bare ?? ''));
  }
  return attrs;
}

export function scanPage(html: string): PageFacts {
  const text = html.replace(RAW_TEXT, '');
  const headEnd = text.search(HEAD_END);
  const facts: PageFacts = {
    links: [],
    ids: new Set(),
    seo: { canonical: undefined, noindex: false, alternates: [], modified: undefined },
    csp: undefined,
    searchLang: undefined,
    about: { lang: undefined, dir: undefined, title: undefined, description: undefined, siteName: undefined, section: undefined, image: undefined, markdown: undefined },
  };
  const about = facts.about;
  let robots: string | undefined;
  for (const m of text.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    const id = attrs.id;
    if (id !== undefined) facts.ids.add(id);
    if (tag === 'a' || tag === 'area') {
      const href = attrs.href;
      if (href !== undefined) facts.links.push(href);
      const name = attrs.name;
      if (tag === 'a' && name !== undefined) facts.ids.add(name);
      continue;
    }
    if (tag === 'html') {
      facts.searchLang ??= attrs['data-pagefind-lang']?.trim() || undefined;
      about.lang ??= attrs.lang;
      about.dir ??= attrs.dir;
      continue;
    }
    if (headEnd !== -1 && m.index > headEnd) continue;
    if (tag === 'link') {
      const rel = attrs.rel;
      const href = attrs.href;
      if (rel === 'canonical') facts.seo.canonical ??= href;
      else if (rel === 'alternate' && attrs.hreflang !== undefined) facts.seo.alternates.push({ hreflang: attrs.hreflang, href: href ?? '' });
      else if (rel === 'alternate' && attrs.type === 'text/markdown') about.markdown ??= href;
    } else if (tag === 'meta') {
      const content = attrs.content;
      if (attrs.name === 'robots') robots ??= content ?? '';
      else if (attrs.name === 'description') about.description ??= content;
      else if (attrs.property === 'article:modified_time') facts.seo.modified ??= content;
      else if (attrs.property === 'og:title') about.title ??= content;
      else if (attrs.property === 'og:site_name') about.siteName ??= content;
      else if (attrs.property === 'article:section') about.section ??= content;
      else if (attrs.property === 'og:image') about.image ??= content;
      else if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy') facts.csp ??= content;
    }
  }
  facts.seo.noindex = /noindex/i.test(robots ?? '');
  return facts;
}
