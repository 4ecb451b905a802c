/**
 * Translations say the same thing in the same shape, and name Xiaomi's screens the way the
 * locale's glossary does. Read from the content files: these are editors' promises, not the build's.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/paths.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { articleStructure, uiPathNames } from '../../src/lib/article-structure.ts';

const FULL = LOCALES.filter((l) => l.full).map((l) => l.code);
const TRANSLATIONS = LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE);
const MAX_EXEMPTIONS = 2;

const mdx = (locale: string) =>
  readdirSync(join(ROOT, 'content/articles', locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
const read = (locale: string, slug: string) => readFileSync(join(ROOT, 'content/articles', locale, `${slug}.mdx`), 'utf8');
const frontmatter = (source: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as Record<string, unknown>;
const draft = (source: string) => frontmatter(source).draft === true;

describe('translations have the shape of their source', () => {
  for (const locale of TRANSLATIONS) {
    it(`${locale}: same number of ## sections and of <Steps> items as the Russian article, or a structureNote (at most ${MAX_EXEMPTIONS})`, () => {
      const differ: string[] = [];
      const exempt: string[] = [];
      for (const slug of mdx(locale)) {
        if (!existsSync(join(ROOT, 'content/articles', SOURCE_LOCALE, `${slug}.mdx`))) continue;
        const source = articleStructure(read(SOURCE_LOCALE, slug));
        const text = read(locale, slug);
        if (draft(text)) continue;
        const own = articleStructure(text);
        if (own.sections === source.sections && own.steps === source.steps) continue;
        const line = `${locale}/${slug}: ${own.sections} sections and ${own.steps} steps, the source has ${source.sections} and ${source.steps}`;
        const note = frontmatter(text).structureNote;
        if (typeof note === 'string') exempt.push(`${line} — ${note}`);
        else differ.push(line);
      }
      if (exempt.length) console.log(`Structure exemptions in ${locale}:\n  ${exempt.join('\n  ')}`);
      expect(differ).toEqual([]);
      expect(exempt.length, `more than ${MAX_EXEMPTIONS} structureNote exemptions in ${locale}`).toBeLessThanOrEqual(MAX_EXEMPTIONS);
    });
  }
});

describe('every full locale is complete', () => {
  const ids = (dir: string, ext: string) =>
    existsSync(join(ROOT, dir))
      ? readdirSync(join(ROOT, dir))
          .filter((f) => f.endsWith(ext))
          .map((f) => f.slice(0, -ext.length))
          .sort()
      : [];
  for (const locale of FULL) {
    it(`${locale} has every article, FAQ entry, category, recovery string file, proof list and glossary the source has`, () => {
      expect(mdx(locale)).toEqual(mdx(SOURCE_LOCALE));
      expect(ids(`content/faq/${locale}`, '.md')).toEqual(ids(`content/faq/${SOURCE_LOCALE}`, '.md'));
      expect(ids(`content/categories/${locale}`, '.yaml')).toEqual(ids(`content/categories/${SOURCE_LOCALE}`, '.yaml'));
      for (const file of [`content/recovery/strings/${locale}.yaml`, `content/proof/${locale}.yaml`, `content/glossary/${locale}.yaml`]) {
        expect(existsSync(join(ROOT, file)), file).toBe(true);
      }
    });
  }
});

describe('the glossary', () => {
  interface Term {
    name?: unknown;
    fact?: unknown;
    hedged?: unknown;
  }
  const glossary = (locale: string): Term[] => {
    const file = join(ROOT, 'content/glossary', `${locale}.yaml`);
    return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) as Term[] | null) ?? []) : [];
  };

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
      for (const slug of mdx(locale)) {
        for (const name of uiPathNames(read(locale, slug))) {
          if (!known.has(name)) unknown.push(`content/articles/${locale}/${slug}.mdx: "${name}" is not in content/glossary/${locale}.yaml`);
        }
      }
      expect(unknown).toEqual([]);
    });
  }
});

describe('the proof-of-ownership list', () => {
  it('is written once per locale and shown, item for item, wherever an article uses <ProofOfOwnership />', async () => {
    const { builtPages } = await import('../support/dist.ts');
    const shown = builtPages().filter((p) => p.doc.querySelector('[data-article-content] [data-proof]'));
    expect(shown.length).toBeGreaterThanOrEqual(LOCALES.length * 3);
    for (const p of shown) {
      const lang = p.url.split('/')[1]!;
      const content = p.doc.querySelector('[data-article-content]')!.getAttribute('lang') ?? lang;
      const file = parseYaml(readFileSync(join(ROOT, 'content/proof', `${content}.yaml`), 'utf8')) as { items: string[] };
      const items = p.doc.querySelectorAll('[data-proof] li').map((li) => li.text.trim());
      expect(items, p.url).toEqual(file.items.map((i) => i.trim()));
    }
  });

  it('is not written out by hand in any article', () => {
    const copies: string[] = [];
    for (const { code: locale } of LOCALES) {
      const file = join(ROOT, 'content/proof', `${locale}.yaml`);
      if (!existsSync(file)) continue;
      const items = (parseYaml(readFileSync(file, 'utf8')) as { items: string[] }).items;
      for (const slug of mdx(locale)) {
        const text = read(locale, slug);
        // Three or more of the list's items copied into one article is a hand-written copy.
        const copied = items.filter((i) => text.includes(i.slice(0, 40)));
        if (copied.length >= 3) copies.push(`content/articles/${locale}/${slug}.mdx repeats ${copied.length} items of content/proof/${locale}.yaml`);
      }
    }
    expect(copies).toEqual([]);
  });
});
