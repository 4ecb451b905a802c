/**
 * The recovery selector's data for pages: loads the tree and its strings, validates them together
 * with the articles (the build stops on any problem), and builds one locale's view.
 */
import { getCollection } from 'astro:content';
import { clientStrings, fallbackChain, LOCALES, useTranslations, type Locale } from '../i18n/index.ts';
import { localePath, withBase } from '../lib/urls.ts';
import { pageOwner } from '../lib/official.ts';
import { RecoveryTreeError } from '../lib/content/errors.ts';
import { validateRecovery, type StringsFile } from '../lib/recovery/validate.ts';
import { buildView } from '../lib/recovery/view.ts';
import { RECOVERY_KEYS, type LocaleStrings, type RecoveryStrings, type RecoveryTree, type RecoveryView } from '../lib/recovery/types.ts';
import { loadContent, loadSite } from './content.ts';

const TREE_FILE = 'content/recovery/tree.yaml';
const stringsFile = (locale: string) => `content/recovery/strings/${locale}.yaml`;

interface RecoveryData {
  tree: RecoveryTree;
  strings: Map<string, LocaleStrings>;
}

let loaded: Promise<RecoveryData> | undefined;

async function load(): Promise<RecoveryData> {
  const [trees, stringEntries, content] = await Promise.all([getCollection('recoveryTree'), getCollection('recoveryStrings'), loadContent()]);
  const entry = trees.find((e) => e.id === 'tree');
  if (!entry) throw new RecoveryTreeError([`${TREE_FILE}: missing — the recovery selector needs its tree`]);
  const tree: RecoveryTree = entry.data;
  const strings = new Map<string, LocaleStrings>(stringEntries.map((e) => [e.id, e.data]));

  const known = new Set<string>(LOCALES.map((l) => l.code));
  const files: StringsFile[] = LOCALES.map((l) => ({ locale: l.code, file: stringsFile(l.code), full: l.full, strings: strings.get(l.code) }));
  const problems = [
    ...[...strings.keys()].filter((k) => !known.has(k)).map((k) => `${stringsFile(k)}: "${k}" is not a site locale (expected one of ${[...known].join(', ')})`),
    ...validateRecovery({
      treeFile: entry.filePath ?? TREE_FILE,
      tree,
      strings: files,
      articleSlugs: new Set(content.articles.map((a) => a.slug)),
    }),
  ];
  if (problems.length) throw new RecoveryTreeError(problems);
  return { tree, strings };
}

/** The validated tree and strings (loaded once per build). */
export function loadRecovery(): Promise<RecoveryData> {
  loaded ??= load();
  return loaded;
}

/**
 * Everything the selector shows in `lang`: strings fall back along the locale's chain; articles link
 * into `linkLang` (the page's locale, which differs from `lang` inside a fallback article).
 */
export async function recoveryView(lang: Locale, base: string, linkLang: Locale = lang): Promise<RecoveryView> {
  const { tree, strings } = await loadRecovery();
  const site = await loadSite();
  return buildView(
    tree,
    fallbackChain(lang).map((l) => strings.get(l)),
    {
      article: (slug) => {
        const page = site.plan(linkLang, slug);
        if (!page) throw new RecoveryTreeError([`${TREE_FILE}: article "${slug}" has no page in ${linkLang}`]);
        return { label: page.entry.data.title, href: withBase(base, localePath(linkLang, slug)) };
      },
      officialMarker: (href) => {
        const owner = pageOwner(href);
        return owner ? useTranslations(lang)('officialLink.markerOther', { owner }) : undefined;
      },
    },
  );
}

/** The selector's interface strings in `lang`, as the island receives them (the one way: src/i18n/index.ts). */
export function recoveryStrings(lang: Locale): RecoveryStrings {
  return clientStrings(lang, RECOVERY_KEYS);
}
