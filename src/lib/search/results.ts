/**
 * Pure helpers for the search UI: shaping Pagefind's result data for display, keyboard moves.
 * No DOM, no Pagefind import. Plurals and placeholders: src/i18n/format.ts.
 */
import { decodeEntities } from '../entities.ts';
import type { MessageKey } from '../../i18n/types.ts';

// — results —

/** The parts of Pagefind's result data the UI reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations?: { balanced_score: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** A piece of an excerpt: marked (matched) or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  /** Sections of the page that match (headings, FAQ questions), best first. */
  sections: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

export { decodeEntities };

/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around matches. Split it into plain parts so the
 * UI builds text nodes (no innerHTML): "a <mark>b</mark> &amp; c" → a · [b] · & c.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  // Any other tag is dropped before entities are decoded, so escaped text like "&lt;b&gt;" survives as text.
  const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: text(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: text(m[1] ?? ''), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: text(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

const sectionScore = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** Display data for one result: title, marked excerpt and up to `maxSections` matching sections with anchors. */
export function toResultView(data: PagefindResultData, maxSections = 3): ResultView {
  const title = data.meta.title?.trim() || data.url;
  const sections = data.sub_results
    .filter((s) => s.anchor && s.url.includes('#') && s.title.trim() && s.title.trim() !== title)
    .map((s, order) => ({ s, order, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .map(({ s }) => ({ url: s.url, title: s.title.trim(), excerpt: excerptParts(s.excerpt) }));
  const excerpt = excerptParts(data.excerpt);
  // Pagefind's page excerpt is often its best section's: shown once, under that section's heading.
  const plain = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('').trim();
  const repeated = excerpt.length > 0 && sections.some((sec) => plain(sec.excerpt) === plain(excerpt));
  return { url: data.url, title, excerpt: repeated ? [] : excerpt, sections };
}

/**
 * A result from another language's index, as a partial locale shows it: the page at the locale's own
 * path (`/en/reset-password/` → `/de/reset-password/`, which shows that text with a notice).
 */
export function localizeUrl(url: string, from: readonly string[], to: string): string {
  const prefix = from.find((p) => url.startsWith(p));
  return prefix ? to + url.slice(prefix.length) : url;
}

export function localizeView(view: ResultView, from: readonly string[], to: string): ResultView {
  return { ...view, url: localizeUrl(view.url, from, to), sections: view.sections.map((s) => ({ ...s, url: localizeUrl(s.url, from, to) })) };
}

// — keyboard —

/** Next active option for an arrow key: wraps around; -1 means none active. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** The interface strings the search UI script says itself, handed over with `clientStrings` (src/i18n/index.ts). */
export const SEARCH_UI_KEYS = [
  'search.results',
  'search.noResults',
  'search.loading',
  'search.error',
  'search.sectionsOf',
  'search.correction',
  'search.instead',
] as const satisfies readonly MessageKey[];
export type SearchUiKey = (typeof SEARCH_UI_KEYS)[number];
