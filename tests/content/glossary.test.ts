/** Xiaomi's screens are named the way each locale's glossary (content/glossary/<locale>.yaml) says, and every name there is backed by the facts. */
import { describe, expect, it } from 'vitest';
import { articleSlugs, readArticle, readYaml } from '../support/content-files.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { uiPathNames } from '../../src/lib/content/article-structure.ts';

interface Term {
  name?: unknown;
  fact?: unknown;
  hedged?: unknown;
}
const glossary = (locale: string): Term[] => readYaml<Term[] | null>(`content/glossary/${locale}.yaml`) ?? [];

describe('the glossary', () => {
  for (const { code: locale } of LOCALES) {
    it(`${locale}: every term has a name and either the facts line behind it or hedged: true`, () => {
      const bad = glossary(locale)
        .filter((t) => typeof t.name !== 'string' || !(typeof t.fact === 'string' || t.hedged === true))
        .map((t) => `content/glossary/${locale}.yaml: ${JSON.stringify(t)} — expected name plus fact: "…" or hedged: true`);
      expect(bad).toEqual([]);
    });

    it(`${locale}: every menu name written in <UiPath> is one the glossary lists`, () => {
      const known = new Set(glossary(locale).map((t) => String(t.name)));
      const unknown: string[] = [];
      for (const slug of articleSlugs(locale)) {
        for (const name of uiPathNames(readArticle(locale, slug))) {
          if (!known.has(name)) unknown.push(`content/articles/${locale}/${slug}.mdx: "${name}" is not in content/glossary/${locale}.yaml`);
        }
      }
      expect(unknown).toEqual([]);
    });
  }
});
