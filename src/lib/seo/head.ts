/**
 * The <head> of a page, built as data so every page gets the same, tested tags:
 * title, description, robots, canonical, hreflang, feed, Open Graph, Twitter card and JSON-LD.
 * `buildHead` returns the tags merged (a later tag with the same key replaces an earlier one) and sorted.
 */
import { type JsonLd, jsonLdProblems } from './jsonld.ts';
import { absoluteUrl } from '../urls.ts';

export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content: the title text, or JSON-LD already serialized with `safeJson`. */
  content?: string;
}

export interface Alternate {
  /** BCP-47 tag, or "x-default". */
  hreflang: string;
  /** Site path without base: "/en/reset-password/". */
  path: string;
}

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** Site path without base of this page. */
  path: string;
  /** Canonical site path; defaults to `path`. A fallback page points at the original. */
  canonicalPath?: string;
  noindex?: boolean;
  /** Real translations of this page (including itself); empty on fallback and noindex pages. */
  alternates?: Alternate[];
  /** Open Graph type: "article" for articles, "website" otherwise. */
  type?: 'website' | 'article';
  /** For articles: when the text was published and last changed. */
  published?: Date;
  modified?: Date;
  /** Structured data blocks (see `jsonld.ts`). */
  jsonLd?: JsonLd[];
  /** The page's own share image (an article's card); else the site's (`SiteContext.image`). */
  image?: ShareImage;
  /** Site path without base of a Markdown copy of the page's text (`rel="alternate" type="text/markdown"`). */
  markdownPath?: string;
  /** For articles: the category's name (`article:section`). */
  section?: string;
  /** Extra tags; they win over the built ones with the same key. */
  head?: HeadTag[];
}

export interface ShareImage {
  /** Site path without base: "/share.png". */
  path: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export interface SiteContext {
  site: string;
  base: string;
  /** Site name: the " — Site" of every title and og:site_name. */
  siteName?: string;
  /** Shown after the site name on the home page's title. */
  tagline?: string;
  /** Site path of this locale's home page (its title is "Site — tagline"). */
  homePath?: string;
  /** BCP-47 tag of the page's language, for og:locale. */
  lang?: string;
  image?: ShareImage;
  /** This locale's feed, linked from every page of the locale. */
  feed?: { path: string; title: string };
}

/** "Page — Site"; the home page is "Site — tagline". */
export function documentTitle(meta: Pick<PageMeta, 'title' | 'path'>, ctx: Pick<SiteContext, 'siteName' | 'tagline' | 'homePath'>): string {
  if (!ctx.siteName) return meta.title;
  if (ctx.homePath !== undefined && meta.path === ctx.homePath) return ctx.tagline ? `${ctx.siteName} — ${ctx.tagline}` : ctx.siteName;
  return meta.title === ctx.siteName ? meta.title : `${meta.title} — ${ctx.siteName}`;
}

/** Open Graph wants language_TERRITORY ("en_US"); a bare language gets its likely territory. */
export function ogLocale(tag: string): string {
  const l = new Intl.Locale(tag).maximize();
  return l.region ? `${l.language}_${l.region}` : l.language;
}

export function buildHead(meta: PageMeta, ctx: SiteContext): HeadTag[] {
  if (!meta.description.trim()) throw new Error(`${meta.path}: the page has no description (meta.description is empty)`);
  const abs = (p: string) => absoluteUrl(ctx.site, ctx.base, p);
  const canonical = abs(meta.canonicalPath ?? meta.path);
  const alternates = meta.noindex ? [] : (meta.alternates ?? []);
  const meta_ = (key: 'name' | 'property', k: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: k, content } });

  const tags: HeadTag[] = [
    { tag: 'title', attrs: {}, content: documentTitle(meta, ctx) },
    meta_('name', 'description', meta.description),
    { tag: 'link', attrs: { rel: 'canonical', href: canonical } },
  ];
  if (meta.noindex) tags.push(meta_('name', 'robots', 'noindex, follow'));
  for (const alt of alternates) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: alt.hreflang, href: abs(alt.path) } });
  if (ctx.feed) {
    tags.push({ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: ctx.feed.title, href: abs(ctx.feed.path) } });
  }
  if (meta.markdownPath) tags.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', href: abs(meta.markdownPath) } });

  const type = meta.type ?? 'website';
  tags.push(meta_('property', 'og:type', type), meta_('property', 'og:title', meta.title), meta_('property', 'og:description', meta.description));
  tags.push(meta_('property', 'og:url', canonical));
  if (ctx.siteName) tags.push(meta_('property', 'og:site_name', ctx.siteName));
  if (ctx.lang) {
    tags.push(meta_('property', 'og:locale', ogLocale(ctx.lang)));
    for (const alt of alternates) {
      if (alt.hreflang !== 'x-default' && alt.hreflang !== ctx.lang) tags.push(meta_('property', 'og:locale:alternate', ogLocale(alt.hreflang)));
    }
  }
  const image = meta.image ?? ctx.image;
  if (image) {
    tags.push(
      meta_('property', 'og:image', abs(image.path)),
      meta_('property', 'og:image:type', image.type),
      meta_('property', 'og:image:width', String(image.width)),
      meta_('property', 'og:image:height', String(image.height)),
      meta_('property', 'og:image:alt', image.alt),
    );
  }
  if (type === 'article') {
    if (meta.published) tags.push(meta_('property', 'article:published_time', meta.published.toISOString()));
    if (meta.modified) tags.push(meta_('property', 'article:modified_time', meta.modified.toISOString()));
    if (meta.section) tags.push(meta_('property', 'article:section', meta.section));
  }
  tags.push(
    meta_('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta_('name', 'twitter:title', meta.title),
    meta_('name', 'twitter:description', meta.description),
  );
  if (image) tags.push(meta_('name', 'twitter:image', abs(image.path)), meta_('name', 'twitter:image:alt', image.alt));

  for (const block of meta.jsonLd ?? []) {
    const problems = jsonLdProblems(block);
    if (problems.length) throw new Error(`${meta.path}: structured data ${String(block['@type'])} is incomplete: ${problems.join('; ')}`);
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: safeJson(block) });
  }
  return mergeHead(tags, meta.head ?? []);
}

/** Properties that may appear several times with different values. */
const REPEATABLE = new Set(['og:locale:alternate', 'article:tag']);

/** Two tags with the same key cannot both be in a head: the later one wins. */
export function headKey(t: HeadTag): string {
  const a = t.attrs;
  if (t.tag === 'title') return 'title';
  if (t.tag === 'meta') {
    if (a.charset !== undefined) return 'meta:charset';
    const name = a.name ?? a.property ?? a['http-equiv'] ?? '';
    const kind = a.name !== undefined ? 'name' : a.property !== undefined ? 'property' : 'http-equiv';
    return REPEATABLE.has(name) ? `meta:${kind}:${name}:${a.content ?? ''}` : `meta:${kind}:${name}`;
  }
  if (t.tag === 'link') {
    if (a.rel === 'canonical') return 'link:canonical';
    if (a.rel === 'alternate' && a.hreflang) return `link:alternate:hreflang:${a.hreflang}`;
    return `link:${a.rel ?? ''}:${a.type ?? ''}:${a.href ?? ''}`;
  }
  return `script:${a.type ?? ''}:${a.src ?? ''}:${t.content ?? ''}`;
}

/** Where a tag goes in the head: the title and what crawlers read first, structured data last. */
function rank(t: HeadTag): number {
  const a = t.attrs;
  if (t.tag === 'title') return 0;
  if (t.tag === 'meta' && a.name === 'description') return 1;
  if (t.tag === 'meta' && a.name === 'robots') return 2;
  if (t.tag === 'link' && a.rel === 'canonical') return 3;
  if (t.tag === 'link' && a.hreflang) return 4;
  if (t.tag === 'link') return 5;
  if (t.tag === 'meta' && /^(og|article):/.test(a.property ?? '')) return 6;
  if (t.tag === 'meta' && (a.name ?? '').startsWith('twitter:')) return 7;
  if (t.tag === 'meta') return 8;
  return 9;
}

/** Merges tag lists: a later tag replaces an earlier one with the same key; the result is sorted by `rank`. */
export function mergeHead(...lists: HeadTag[][]): HeadTag[] {
  const byKey = new Map<string, HeadTag>();
  for (const t of lists.flat()) {
    const k = headKey(t);
    byKey.delete(k);
    byKey.set(k, t);
  }
  return [...byKey.values()].map((t, i) => ({ t, i })).sort((x, y) => rank(x.t) - rank(y.t) || x.i - y.i).map(({ t }) => t);
}

/** JSON for a <script> element: `<`, `>` and `&` are escaped so no string can close the element. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
