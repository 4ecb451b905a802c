/**
 * Dated notices (content/notices/<locale>/<id>.md) for the article pages: loaded once, checked
 * against the articles and categories they name (a bad name stops the build: file, field, what was
 * expected), and picked per page for the day of the build (src/lib/content/notices.ts). A notice appears or
 * goes away only when the site is built again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { fallbackChain, localeInfo, type Locale } from '../i18n/index.ts';
import { ContentError } from '../lib/content/errors.ts';
import { contentKind } from '../lib/content/model.ts';
import { checkNotices, noticesFor, type NoticeEntry } from '../lib/content/notices.ts';
import { splitId } from '../lib/translations/pairing.ts';
import { loadContent } from './content.ts';

export interface Notice extends NoticeEntry {
  locale: Locale;
  raw: CollectionEntry<'notices'>;
}

/** The day the build decides by: the day it runs. */
export const BUILD_DAY = new Date();

/** A full locale shows its own notices only; a partial one also its fallback languages'. */
const chain = (locale: string): Locale[] => (localeInfo(locale as Locale).full ? [locale as Locale] : fallbackChain(locale as Locale));

function hasNoticeFiles(): boolean {
  const { dir, ext } = contentKind('notices');
  return existsSync(dir) && readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith(ext));
}

let loaded: Promise<Notice[]> | undefined;

export function loadNotices(): Promise<Notice[]> {
  loaded ??= (async () => {
    // No notice file: no collection to ask for (Astro would warn that it is empty).
    if (!hasNoticeFiles()) return [];
    const [raw, content] = await Promise.all([getCollection('notices'), loadContent()]);
    const notices: Notice[] = raw.map((e) => {
      const { locale, slug } = splitId(e.id);
      return { locale: locale as Locale, id: slug, filePath: e.filePath ?? `content/notices/${e.id}.md`, data: e.data, raw: e };
    });
    const problems = checkNotices({ notices, articles: content.articles, categories: content.categories, chain });
    if (problems.length) throw new ContentError(problems);
    return notices;
  })();
  return loaded;
}

/** The notices an article page in `lang` shows today. */
export async function articleNotices(lang: Locale, slug: string, category: string): Promise<Notice[]> {
  return noticesFor(await loadNotices(), { chain: chain(lang), slug, category, day: BUILD_DAY });
}
