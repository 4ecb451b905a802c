/**
 * Structured data (schema.org JSON-LD) for search engines' rich results.
 * Builders take site paths (no base) and return plain objects; `buildHead` serializes them with `safeJson`.
 */
import { isoDay } from '../content/dates.ts';
import { decodeEntities } from '../entities.ts';
import { absoluteUrl } from '../urls.ts';

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

export interface JsonLdSite {
  site: string;
  base: string;
  /** The site's name: the publisher of every article. */
  name: string;
  /** Site path of the publisher's logo (a raster image). */
  logo: string;
  /** Site path of the default share image. */
  image: string;
}

const CONTEXT = 'https://schema.org' as const;
const abs = (s: JsonLdSite, path: string) => absoluteUrl(s.site, s.base, path);

/** The site itself publishes the guide (it is independent: Xiaomi is not the publisher). */
export function publisher(s: JsonLdSite) {
  return {
    '@type': 'Organization',
    name: s.name,
    url: abs(s, '/'),
    logo: { '@type': 'ImageObject', url: abs(s, s.logo) },
  };
}

export interface ArticleInput {
  /** Site path of the article page. */
  path: string;
  headline: string;
  description: string;
  /** BCP-47 tag of the text's language. */
  inLanguage: string;
  published: Date;
  modified: Date;
  /** Site path of the article's own share image (its card); the site's default image otherwise. */
  image?: string;
}

export function techArticle(s: JsonLdSite, a: ArticleInput): JsonLd {
  const url = abs(s, a.path);
  return {
    '@context': CONTEXT,
    '@type': 'TechArticle',
    headline: a.headline,
    description: a.description,
    inLanguage: a.inLanguage,
    datePublished: isoDay(a.published),
    dateModified: isoDay(a.modified),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: abs(s, a.image ?? s.image),
    author: publisher(s),
    publisher: publisher(s),
  };
}

export interface Crumb {
  name: string;
  /** Site path; the current page (last crumb) may omit it and gets `currentPath`. */
  path?: string;
}

export function breadcrumbList(s: JsonLdSite, crumbs: readonly Crumb[], currentPath: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: abs(s, c.path ?? currentPath),
    })),
  };
}

export interface QuestionInput {
  question: string;
  /** The answer as plain text (see `htmlToText`). */
  answer: string;
}

export function faqPage(s: JsonLdSite, page: { path: string; inLanguage: string }, questions: readonly QuestionInput[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: abs(s, page.path),
    inLanguage: page.inLanguage,
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer },
    })),
  };
}

export interface WebSiteInput {
  /** Site path of the locale's home page. */
  path: string;
  /** Site path of the locale's search page; `?q=` carries the query. */
  searchPath: string;
  name: string;
  description: string;
  inLanguage: string;
}

export function webSite(s: JsonLdSite, w: WebSiteInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: w.name,
    description: w.description,
    url: abs(s, w.path),
    inLanguage: w.inLanguage,
    publisher: publisher(s),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${abs(s, w.searchPath)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/]/.test(v);
const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);

/** What a block lacks for a rich result; empty when it is complete. */
export function jsonLdProblems(block: JsonLd): string[] {
  const out: string[] = [];
  const need = (path: string, ok: (v: unknown) => boolean, what: string) => {
    if (!ok(get(block, path))) out.push(`${path}: expected ${what}`);
  };
  if (block['@context'] !== CONTEXT) out.push(`@context: expected "${CONTEXT}"`);
  switch (block['@type']) {
    case 'TechArticle':
    case 'Article':
      need('headline', isText, 'text');
      need('description', isText, 'text');
      need('inLanguage', isText, 'a language tag');
      need('datePublished', isDay, 'a date');
      need('dateModified', isDay, 'a date');
      need('publisher.name', isText, 'a publisher with a name');
      need('url', isUrl, 'an absolute URL');
      break;
    case 'BreadcrumbList': {
      const items = block.itemListElement;
      if (!Array.isArray(items) || items.length === 0) out.push('itemListElement: expected at least one item');
      else
        items.forEach((it, i) => {
          if (get(it, 'position') !== i + 1) out.push(`itemListElement[${i}].position: expected ${i + 1}`);
          if (!isText(get(it, 'name'))) out.push(`itemListElement[${i}].name: expected text`);
          if (!isUrl(get(it, 'item'))) out.push(`itemListElement[${i}].item: expected an absolute URL`);
        });
      break;
    }
    case 'FAQPage': {
      const qs = block.mainEntity;
      if (!Array.isArray(qs) || qs.length === 0) out.push('mainEntity: expected at least one question');
      else
        qs.forEach((q, i) => {
          if (get(q, '@type') !== 'Question' || !isText(get(q, 'name'))) out.push(`mainEntity[${i}]: expected a Question with a name`);
          if (!isText(get(q, 'acceptedAnswer.text'))) out.push(`mainEntity[${i}].acceptedAnswer.text: expected the answer text`);
        });
      break;
    }
    case 'WebSite':
      need('name', isText, 'text');
      need('url', isUrl, 'an absolute URL');
      need('potentialAction.target.urlTemplate', (v) => isUrl(v) && String(v).includes('{search_term_string}'), 'a URL template with {search_term_string}');
      need('potentialAction.query-input', (v) => v === 'required name=search_term_string', '"required name=search_term_string"');
      break;
    default:
      out.push(`@type: "${String(block['@type'])}" is not a type this site builds`);
  }
  return out;
}

/** Plain text of rendered HTML (for FAQ answers): tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|div|li|ul|ol|br|h[1-6]|blockquote|table|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
