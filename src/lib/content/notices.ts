/**
 * Dated notices (content/notices/<locale>/<id>.md): which ones an article shows on the day of the
 * build, the cross-file check of what they name, and which notices a full locale lacks (for
 * i18n:status). Pure: data in, answers out.
 */
import { isoDay } from './dates.ts';

export interface NoticeEntry {
  locale: string;
  /** The file name without .md: the same id in every language. */
  id: string;
  filePath: string;
  data: { from: Date; until: Date; articles: readonly string[]; categories: readonly string[]; tone: 'info' | 'warning' };
}

/**
 * The notices an article shows on `day`, newest first, warnings before information: those written in
 * the first language of `chain` that has each id (a full locale passes only itself), whose dates
 * include the day and that name the article or its category.
 */
export function noticesFor<N extends NoticeEntry>(notices: readonly N[], where: { chain: readonly string[]; slug: string; category: string; day: Date }): N[] {
  const today = isoDay(where.day);
  const byId = new Map<string, N>();
  for (const locale of [...where.chain].reverse()) for (const n of notices) if (n.locale === locale) byId.set(n.id, n);
  return [...byId.values()]
    .filter((n) => isoDay(n.data.from) <= today && today <= isoDay(n.data.until))
    .filter((n) => n.data.articles.includes(where.slug) || n.data.categories.includes(where.category))
    .sort((a, b) => Number(b.data.tone === 'warning') - Number(a.data.tone === 'warning') || b.data.from.getTime() - a.data.from.getTime() || a.id.localeCompare(b.id));
}

/**
 * A notice must name articles and categories its language has (a partial locale: or its fallback
 * languages); each problem names the file, the field and what was expected.
 */
export function checkNotices(input: {
  notices: readonly NoticeEntry[];
  articles: readonly { locale: string; slug: string }[];
  categories: readonly { locale: string; slug: string }[];
  /** Each locale's fallback chain, itself first; a full locale's is itself alone. */
  chain: (locale: string) => readonly string[];
}): string[] {
  const problems: string[] = [];
  const have = (items: readonly { locale: string; slug: string }[], locale: string) => new Set(items.filter((i) => input.chain(locale).includes(i.locale)).map((i) => i.slug));
  for (const n of input.notices) {
    const articles = have(input.articles, n.locale);
    const categories = have(input.categories, n.locale);
    for (const a of n.data.articles) {
      if (!articles.has(a)) problems.push(`${n.filePath}: articles: no article "${a}" in content/articles/${n.locale}/ (expected the slug of one of its ${articles.size} articles${closest(a, articles)})`);
    }
    for (const c of n.data.categories) {
      if (!categories.has(c)) problems.push(`${n.filePath}: categories: no category "${c}" in content/categories/${n.locale}/ (expected one of ${[...categories].sort().join(', ') || 'none'})`);
    }
  }
  return problems;
}

/** ", like reset-password" for the known slug nearest to a misspelt one. */
function closest(wrong: string, known: ReadonlySet<string>): string {
  let best = '';
  let score = Infinity;
  for (const k of known) {
    const d = distance(wrong, k);
    if (d < score) [best, score] = [k, d];
  }
  return best && score <= Math.max(2, wrong.length / 3) ? `; did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}

export interface NoticeGap {
  id: string;
  /** The full locales that have it, and those that do not. */
  in: string[];
  missing: string[];
}

/**
 * Notices written in some full locales and not in others (a notice is one id, one file per language):
 * for i18n:status. Expired notices (until before `day`) no longer need their translations.
 */
export function noticeGaps(notices: readonly NoticeEntry[], fullLocales: readonly string[], day: Date): NoticeGap[] {
  const today = isoDay(day);
  const ids = [...new Set(notices.filter((n) => isoDay(n.data.until) >= today).map((n) => n.id))].sort();
  return ids
    .map((id) => {
      const written = new Set(notices.filter((n) => n.id === id).map((n) => n.locale));
      return { id, in: fullLocales.filter((l) => written.has(l)), missing: fullLocales.filter((l) => !written.has(l)) };
    })
    .filter((g) => g.in.length > 0 && g.missing.length > 0);
}

/** The i18n:status lines for notices missing in some full locales ('' when there are none). */
export function formatNoticeGaps(gaps: readonly NoticeGap[], dir = 'content/notices'): string {
  if (!gaps.length) return '';
  const lines = gaps.map((g) => `  ${g.id}: in ${g.in.join(', ')}; missing in ${g.missing.join(', ')} — add ${g.missing.map((l) => `${dir}/${l}/${g.id}.md`).join(', ')}`);
  return [`Notices not yet in every full locale (until they end):`, ...lines].join('\n');
}
