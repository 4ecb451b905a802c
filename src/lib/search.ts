/**
 * Pure helpers for the search UI: turning what a reader types into a Pagefind query, ordering
 * results, shaping Pagefind's result data for display, plurals. No DOM, no Pagefind import.
 */
import { decodeEntities } from './entities.ts';
import type { PluralMessage } from '../i18n/types.ts';

// — queries —

/** Words so common that requiring them (Pagefind matches every word) only hides good pages. */
const STOP_WORDS: Record<string, readonly string[]> = {
  ru: ['я', 'мне', 'меня', 'мой', 'моя', 'моё', 'мое', 'мои', 'моего', 'моей', 'мою', 'у', 'в', 'во', 'на', 'с', 'со', 'от', 'к', 'ко', 'по', 'за', 'из', 'о', 'об', 'и', 'а', 'но', 'же', 'ли', 'бы', 'это', 'как', 'что', 'где', 'пожалуйста'],
  en: ['a', 'an', 'the', 'my', 'me', 'i', "i'm", 'im', 'is', 'am', 'are', 'was', 'were', 'to', 'of', 'on', 'in', 'at', 'for', 'with', 'it', 'its', 'and', 'or', 'do', 'does', 'did', 'how', 'what', 'please'],
  // "mi" stays: it is also the brand ("cuenta Mi").
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'y', 'o', 'que', 'qué', 'por', 'para', 'con', 'me', 'se', 'lo', 'le', 'es', 'como', 'cómo'],
  ar: ['في', 'من', 'على', 'إلى', 'الى', 'عن', 'و', 'أو', 'ماذا', 'كيف', 'هل'],
};

/** Lower case, punctuation to spaces, single spaces: "  Забыл пароль?!" → "забыл пароль". */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[?!,;:«»"“”„()[\]{}<>…¿¡،؟]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words sent to Pagefind: the normalized query without stop words (unless nothing else is left). */
export function queryTerms(raw: string, lang: string): string[] {
  const terms = normalizeQuery(raw).split(' ').filter(Boolean);
  const stop = new Set(STOP_WORDS[lang] ?? []);
  const kept = terms.filter((t) => !stop.has(t));
  return kept.length ? kept : terms;
}

/** The same query with one word left out at a time: a second chance when every word together finds nothing. */
export function relaxedQueries(terms: readonly string[]): string[] {
  if (terms.length < 2) return [];
  return terms.map((_, i) => terms.filter((__, j) => j !== i).join(' '));
}

/**
 * The form of an alias (and of a query) compared for an exact match: normalized, accents and
 * diacritics dropped ("Надёжный" = "надежный", "contraseña" = "contrasena").
 */
export function aliasKey(text: string): string {
  return normalizeQuery(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** An exact alias match is a strong hint only when few pages share the alias ("сяоми" yes, "redmi" no). */
export const MAX_EXACT_ALIAS_PAGES = 3;

/** Moves pages whose alias is exactly the query to the top, keeping Pagefind's order otherwise. */
export function promoteExact<T extends { id: string }>(ranked: readonly T[], exactIds: ReadonlySet<string>): T[] {
  if (exactIds.size === 0 || exactIds.size > MAX_EXACT_ALIAS_PAGES) return [...ranked];
  return [...ranked.filter((r) => exactIds.has(r.id)), ...ranked.filter((r) => !exactIds.has(r.id))];
}

/** Several ranked lists into one: each page once, at its best score, best first. */
export function mergeByScore<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

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
  return { url: data.url, title, excerpt: excerptParts(data.excerpt), sections };
}

// — keyboard and strings —

/** Next active option for an arrow key: wraps around; -1 means none active. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** "{count} результатов" for `count` in `tag`, with the locale's plural rules and digits. */
export function formatCount(message: PluralMessage, count: number, tag: string): string {
  const form = message[new Intl.PluralRules(tag).select(count)] ?? message.other;
  return form.replace(/\{count\}/g, new Intl.NumberFormat(tag).format(count));
}
