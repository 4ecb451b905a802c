/** Pairs translations by slug and decides, for each locale, which version of a page it shows. */

export interface LocalizedEntry<T = unknown> {
  locale: string;
  slug: string;
  data: T;
}

export interface PagePlan<E extends LocalizedEntry> {
  /** The locale of the URL (/<lang>/<slug>/). */
  lang: string;
  slug: string;
  /** The entry whose content is shown. */
  entry: E;
  /** True when `entry.locale` differs from `lang`: shown with a notice, noindex, not in search or sitemap. */
  isFallback: boolean;
  /** Locales in which this slug really exists (sorted in site order). */
  translations: string[];
}

/** Splits a collection id "ru/reset-password" into its locale and slug. */
export function splitId(id: string): { locale: string; slug: string } {
  const i = id.indexOf('/');
  if (i <= 0 || id.indexOf('/', i + 1) !== -1) {
    throw new Error(`"${id}": expected the file directly inside a locale folder, like <locale>/<slug>`);
  }
  return { locale: id.slice(0, i), slug: id.slice(i + 1) };
}

export function groupBySlug<E extends LocalizedEntry>(entries: readonly E[]): Map<string, Map<string, E>> {
  const bySlug = new Map<string, Map<string, E>>();
  for (const e of entries) {
    let m = bySlug.get(e.slug);
    if (!m) bySlug.set(e.slug, (m = new Map()));
    m.set(e.locale, e);
  }
  return bySlug;
}

/**
 * For every locale and every slug: the translation if it exists, else the first locale of the
 * fallback chain that has it. Slugs reachable through no chain get no page in that locale.
 */
export function planPages<E extends LocalizedEntry>(
  entries: readonly E[],
  locales: readonly { code: string; fallback: readonly string[] }[],
): PagePlan<E>[] {
  const order = locales.map((l) => l.code);
  const plans: PagePlan<E>[] = [];
  for (const [slug, versions] of groupBySlug(entries)) {
    const translations = order.filter((code) => versions.has(code));
    for (const { code, fallback } of locales) {
      const source = [code, ...fallback].find((c) => versions.has(c));
      if (!source) continue;
      plans.push({ lang: code, slug, entry: versions.get(source)!, isFallback: source !== code, translations });
    }
  }
  return plans;
}
