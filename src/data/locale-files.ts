/**
 * What a locale has on disk, read through the content model (src/lib/content/model.ts): every content
 * file and which are drafts, and the readiness of a locale (src/lib/translations/readiness.ts). Node only,
 * no astro imports: the build reads it when the content loads, `npm run i18n:status` without a build.
 * Paths are from the repository root, as editors see them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES, DICTIONARY_PARTS } from '../i18n/dictionaries/index.ts';
import { LOCALES, SOURCE_LOCALE, localeInfo, type Locale } from '../i18n/locales.ts';
import { CONTENT_MODEL } from '../lib/content/model.ts';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import { readiness, type Readiness, type ReadinessInput } from '../lib/translations/readiness.ts';
import { STOP_WORDS } from '../lib/search/stop-words.ts';

const names = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

/** Every file of every kind of the model (`content/articles/ru/reset-password.mdx`, `content/proof/ru.yaml`…). */
export function contentFiles(root: string): string[] {
  const out: string[] = [];
  for (const kind of CONTENT_MODEL) {
    if (kind.shape === 'once') {
      if (names(join(root, kind.dir)).includes(kind.file)) out.push(`${kind.dir}/${kind.file}`);
    } else if (kind.shape === 'file') {
      for (const n of names(join(root, kind.dir))) if (n.endsWith(kind.ext)) out.push(`${kind.dir}/${n}`);
    } else {
      for (const locale of names(join(root, kind.dir))) {
        if (locale.includes('.')) continue;
        for (const n of names(join(root, kind.dir, locale))) if (n.endsWith(kind.ext)) out.push(`${kind.dir}/${locale}/${n}`);
      }
    }
  }
  return out;
}

/** The Markdown and MDX files among `files` whose frontmatter says `draft: true`. */
export function draftFiles(root: string, files: readonly string[]): string[] {
  return files.filter((f) => /\.mdx?$/.test(f) && readFrontmatter(readFileSync(join(root, f), 'utf8')).draft === 'true');
}

/** The ids of the articles a build shows ("ru/reset-password"): every article file but the drafts. */
export function articleIds(root: string, files = contentFiles(root)): string[] {
  const articles = files.filter((f) => f.startsWith('content/articles/'));
  const drafts = new Set(draftFiles(root, articles));
  return articles.filter((f) => !drafts.has(f)).map((f) => f.slice('content/articles/'.length).replace(/\.mdx?$/, ''));
}

/** Everything readiness needs about one locale, read from disk (`files` when the caller already listed them). */
export function readinessInput(root: string, code: Locale, files = contentFiles(root), drafts = draftFiles(root, files)): ReadinessInput {
  const info = localeInfo(code);
  return {
    locale: { code, full: info.full, fallback: info.fallback, searchLang: info.searchLang },
    sourceLocale: SOURCE_LOCALE,
    files,
    drafts,
    dictionary: { parts: DICTIONARY_PARTS, keysOf: (l) => Object.keys(DICTIONARIES[l as Locale] ?? {}) },
    stopWordLangs: Object.keys(STOP_WORDS),
  };
}

/** Every locale's readiness (the source language included: it has everything by definition). */
export function readReadiness(root: string): Readiness[] {
  const files = contentFiles(root);
  const drafts = draftFiles(root, files);
  return LOCALES.map((l) => readiness(readinessInput(root, l.code, files, drafts)));
}
