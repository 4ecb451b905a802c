/**
 * What each cached page shows that is data, not code, gathered for its `cacheKey` (the hashing and the
 * rules are src/lib/build/cache-key.ts). Astro's incremental build (astro.config.mjs) re-renders a page when
 * its key or its module graph changed; the module graph covers templates, components, styles and the
 * dictionaries, the key covers the rest:
 * - the build environment (SITE_URL, BASE_PATH: baked in through the config, FEEDBACK_ENDPOINT: read
 *   from the environment at build time, which no module hash sees) and the page's resolved strings;
 * - an article: its route (src/data/routes.ts: head, hreflang partners, breadcrumbs, category,
 *   prev/next, related, outdated state, copies and share card), its text's digest (for a fallback
 *   page the fallback language's), the translations present with `updated`/`translatedFrom`, the
 *   blocks its text shows and the notices it shows today;
 * - a category page: its route (the category and the fields of every article it lists);
 * - both: the search scope of the page's locale (the search panel of every page: which languages'
 *   indexes a partial locale searches) and the digests of the data files MDX components and the
 *   layout read from the content layer, which no module hash sees (proof of ownership, the recovery
 *   tree and strings, the password rules); an article with the recovery selector also the titles of
 *   its locale's articles (its outcomes name them).
 * The locale pages (home, lists, FAQ, search, tools, feeds, 404) have no key: they are rendered every
 * build (a few per locale).
 */
import { getCollection } from 'astro:content';
import { LOCALES, resolveStrings, type Locale } from '../i18n/index.ts';
import { cacheKey, describeEntries } from '../lib/build/cache-key.ts';
import type { PagePlan } from '../lib/translations/pairing.ts';
import { findBlock } from './blocks.ts';
import type { Article } from './content.ts';
import { FEEDBACK_ENDPOINT } from './feedback.ts';
import { articleNotices } from './notices.ts';
import { articleRoute, categoryRoute, searchScope, type CategoryEntry, type SiteIndex } from './routes.ts';

const strings = new Map<Locale, unknown>();
/** A locale's strings as its pages show them (own, else through its chain), once per build. */
function stringsOf(lang: Locale) {
  if (!strings.has(lang)) strings.set(lang, resolveStrings(lang));
  return strings.get(lang);
}

function environment(site: SiteIndex) {
  return { site: site.env.site, base: site.env.base, feedback: FEEDBACK_ENDPOINT ?? null, locales: LOCALES };
}

/** Content-layer data that components read on their own (src/components/mdx/*, the layout), by file digest. */
const COMPONENT_DATA = ['proof', 'recoveryTree', 'recoveryStrings', 'passwordRules'] as const;
let componentData: Promise<Record<string, [string, string | null][]>> | undefined;
function dataDigests() {
  componentData ??= Promise.all(COMPONENT_DATA.map(async (name) => [name, (await getCollection(name)).map((e) => [e.id, e.digest ?? null] as [string, string | null]).sort()] as const)).then(Object.fromEntries);
  return componentData;
}

/** What every keyed page of a locale shows besides its own data: the environment, its strings, its search panel, the components' data. */
async function common(site: SiteIndex<Article>, lang: Locale) {
  return { env: environment(site), strings: stringsOf(lang), search: searchScope(site, lang) ?? null, data: await dataDigests() };
}

export async function articleCacheKey(site: SiteIndex<Article>, plan: PagePlan<Article>): Promise<string> {
  const lang = plan.lang as Locale;
  const { entry } = plan;
  const route = articleRoute(site, plan);
  const notices = await articleNotices(lang, plan.slug, entry.data.category);
  const blocks = await Promise.all(
    entry.blocks.map(async (id) => {
      const found = await findBlock(id, entry.locale);
      return { id, from: found?.lang ?? null, data: found?.entry.data ?? null, digest: found?.entry.digest ?? null };
    }),
  );
  const translations = plan.translations.map((l) => {
    const t = site.plan(l as Locale, plan.slug)?.entry;
    return { locale: l, updated: t?.data.updated, translatedFrom: t?.data.translatedFrom };
  });
  // The recovery selector's outcomes name articles of the page's locale by their titles.
  const outcomes = entry.components.includes('RecoverySelector') ? site.pagesIn(lang).map((p) => ({ slug: p.slug, locale: p.entry.locale, data: p.entry.data })) : null;
  return cacheKey(
    {
      page: 'article',
      ...(await common(site, lang)),
      outcomes,
      route,
      translations,
      blocks,
      notices: notices.map((n) => ({ locale: n.locale, id: n.id, data: n.data, digest: n.raw.digest ?? null })),
    },
    describeEntries([entry]),
  );
}

export async function categoryCacheKey(site: SiteIndex<Article>, category: CategoryEntry, lang: Locale): Promise<string> {
  return cacheKey({ page: 'category', ...(await common(site, lang)), route: categoryRoute(site, category, lang) }, describeEntries([]));
}
