/**
 * The one place pages get content from: loads the collections, drops drafts from production,
 * runs the cross-file checks, and indexes the pages each locale shows (src/data/routes.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackChain, LOCALE_CODES, LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/index.ts';
import { blockPlainText, blockUses, checkBlocks } from '../lib/content/block-parity.ts';
import { checkContent, findDuplicateSlugs, fullLocaleGaps } from '../lib/content/checks.ts';
import { ENTRY_KINDS } from '../lib/content/model.ts';
import { readReadiness } from './locale-files.ts';
import { ContentError } from '../lib/content/errors.ts';
import { readingMinutes } from '../lib/content/reading-time.ts';
import { splitId } from '../lib/translations/pairing.ts';
import { buildEnv } from './page.ts';
import { siteIndex, type SiteIndex } from './routes.ts';

type RawArticle = CollectionEntry<'articles'>;
export interface Article {
  id: string;
  locale: Locale;
  slug: string;
  filePath: string;
  data: RawArticle['data'];
  /** Reading time of the text, counted from the file (the data store keeps no copy of the source). */
  minutes: number;
  /** The ids of the blocks its text shows (`<Block id="…" />`), for its page's cache key (src/data/cache-keys.ts). */
  blocks: string[];
  /** The site's components its text uses (`<RecoverySelector`…), for the same key. */
  components: string[];
  raw: RawArticle;
}
export interface Category {
  locale: Locale;
  slug: string;
  filePath: string;
  data: CollectionEntry<'categories'>['data'];
}
export interface Faq {
  locale: Locale;
  slug: string;
  filePath: string;
  data: CollectionEntry<'faq'>['data'];
  /** The answer, rendered by the content layer. */
  html: string;
  /** Its blocks (frontmatter `blocks`) as plain text, in the answer's language or its fallback. */
  blockText: string;
  raw: CollectionEntry<'faq'>;
}

/** Drafts are visible in `astro dev` and absent from production builds. */
export const SHOW_DRAFTS = import.meta.env.DEV;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (/\.(mdx|md|ya?ml)$/.test(n)) out.push(`${rel}${n}`);
      else if (!n.includes('.')) walk(p, `${rel}${n}/`);
    }
  };
  walk(dir, `${dir}/`);
  return out;
}

function place<T extends { id: string; filePath?: string | undefined }>(e: T, folder: string) {
  const { locale, slug } = splitId(e.id);
  return { locale: locale as Locale, slug, filePath: e.filePath ?? `content/${folder}/${e.id}` };
}

let loaded: Promise<{ articles: Article[]; categories: Category[]; faq: Faq[]; ownRecovery: ReadonlySet<Locale> }> | undefined;

async function load() {
  const [rawArticles, rawCategories, rawFaq, rawBlocks, recoveryStrings] = await Promise.all([
    getCollection('articles'),
    getCollection('categories'),
    getCollection('faq'),
    getCollection('blocks'),
    getCollection('recoveryStrings'),
  ]);
  // Each article's source is read once: its reading time and the blocks and structure parity checks use it.
  const sources = new Map(rawArticles.map((e) => [e.id, readFileSync(e.filePath ?? `content/articles/${e.id}.mdx`, 'utf8')]));
  const articles: Article[] = rawArticles.map((e) => ({
    id: e.id,
    ...place(e, 'articles'),
    data: e.data,
    minutes: readingMinutes(sources.get(e.id)!),
    blocks: [...new Set(blockUses(sources.get(e.id)!).map((u) => u.id))].sort(),
    components: [...new Set([...sources.get(e.id)!.matchAll(/<([A-Z]\w*)\b/g)].map((m) => m[1]!))].sort(),
    raw: e,
  }));
  const categories: Category[] = rawCategories.map((e) => ({ ...place(e, 'categories'), data: e.data }));
  const blockById = new Map(rawBlocks.map((b) => [b.id, b]));
  const blockText = (locale: Locale, ids: readonly string[]) =>
    ids
      .map((id) => fallbackChain(locale).map((l) => blockById.get(`${l}/${id}`)).find(Boolean))
      .map((b) => (b ? blockPlainText(b.data.title, b.body ?? '') : ''))
      .filter(Boolean)
      .join(' ');
  const faq: Faq[] = rawFaq.map((e) => {
    const at = place(e, 'faq');
    return { ...at, data: e.data, html: e.rendered?.html ?? '', blockText: blockText(at.locale, e.data.blocks), raw: e };
  });

  const problems = [
    ...ENTRY_KINDS.flatMap((kind) => findDuplicateSlugs(listFiles(kind.dir))),
    ...checkContent({ locales: LOCALE_CODES, sourceLocale: SOURCE_LOCALE, articles, categories, faq, chains: Object.fromEntries(LOCALES.filter((l) => !l.full).map((l) => [l.code, fallbackChain(l.code)])) }),
    ...checkBlocks({
      sourceLocale: SOURCE_LOCALE,
      fullLocales: LOCALES.filter((l) => l.full).map((l) => l.code),
      articles: articles.map((a) => ({ ...a, draft: a.data.draft, source: sources.get(a.id)!, structureNote: a.data.structureNote })),
      faq: faq.map((f) => ({ ...f, blocks: f.data.blocks })),
      blocks: rawBlocks.map((b) => ({ ...place(b, 'blocks'), id: splitId(b.id).slug, type: b.data.type })),
    }),
  ];
  // What a full locale lacks (src/lib/translations/readiness.ts) stops a build; in `astro dev` it is a warning, so a writer's new source article does not stop the preview.
  const gaps = fullLocaleGaps(readReadiness(process.cwd()), problems);
  if (SHOW_DRAFTS && gaps.length) console.warn(`Full locales lack ${gaps.length} file(s) or key set(s):\n  ${gaps.join('\n  ')}`);
  else problems.push(...gaps);
  if (problems.length) throw new ContentError(problems);

  const byOrder = <T extends { data: { order: number }; slug: string }>(a: T, b: T) =>
    a.data.order - b.data.order || a.slug.localeCompare(b.slug);
  return {
    articles: articles.filter((a) => SHOW_DRAFTS || !a.data.draft).sort(byOrder),
    categories: categories.sort(byOrder),
    faq: faq.sort(byOrder),
    ownRecovery: new Set(recoveryStrings.map((e) => e.id as Locale)),
  };
}

export function loadContent() {
  loaded ??= load();
  return loaded;
}

let indexed: Promise<SiteIndex<Article, Faq>> | undefined;

/** Every page's plan and category, memoised by locale and slug for the whole build. */
export function loadSite(): Promise<SiteIndex<Article, Faq>> {
  indexed ??= loadContent().then((c) => siteIndex(c, buildEnv()));
  return indexed;
}
