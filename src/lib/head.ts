/** The <head> of a page, built as data so every page gets the same, tested tags. */
import { absoluteUrl } from './urls.ts';

export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content (JSON-LD); serialized by the caller with `safeJson`. */
  content?: string;
}

export interface Alternate {
  /** BCP-47 tag, or "x-default". */
  hreflang: string;
  /** Site path without base: "/en/reset-password/". */
  path: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Site path without base of this page. */
  path: string;
  /** Canonical site path; defaults to `path`. A fallback page points at the original. */
  canonicalPath?: string;
  noindex?: boolean;
  /** Real translations of this page (including itself); empty on fallback and noindex pages. */
  alternates?: Alternate[];
}

export interface SiteContext {
  site: string;
  base: string;
}

export function buildHead(meta: PageMeta, ctx: SiteContext): HeadTag[] {
  const abs = (p: string) => absoluteUrl(ctx.site, ctx.base, p);
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { name: 'description', content: meta.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: abs(meta.canonicalPath ?? meta.path) } },
  ];
  if (meta.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex, follow' } });
  if (!meta.noindex) {
    for (const alt of meta.alternates ?? []) {
      tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: alt.hreflang, href: abs(alt.path) } });
    }
  }
  return tags;
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
