/**
 * Every full locale says the same things in the same shape as the source language. Read from the
 * content files: these are editors' promises, not the build's, and run in seconds (`npm test -- content`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSlugs, frontmatter, list, readArticle } from '../support/content-files.ts';
import { ROOT } from '../support/paths.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { articleStructure } from '../../src/lib/content/article-structure.ts';
import { ENTRY_KINDS, kindFolder } from '../../src/lib/content/model.ts';
import { readiness } from '../../src/lib/translations/readiness.ts';
import { readinessInput } from '../../src/data/locale-files.ts';

/** Locales that must translate everything (src/i18n/locales.ts), the source language first. */
const FULL = LOCALES.filter((l) => l.full).map((l) => l.code);
const FULL_TRANSLATIONS = FULL.filter((l) => l !== SOURCE_LOCALE);
const TRANSLATIONS = LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE);
const MAX_EXEMPTIONS = 2;
const REQUIRED_TOPICS = [
  'cannot-sign-in',
  'reset-password',
  'no-access-to-phone-or-email',
  'which-phone-or-email-is-linked',
  'verification-code-not-arriving',
  'account-restricted',
  'device-locked-after-reset',
  'account-hacked',
  'strong-password',
  'two-step-verification',
  'back-up-your-data',
  'contact-support',
];

describe('translation parity', () => {
  const ru = articleSlugs('ru');

  it('Russian covers every required topic', () => {
    expect(ru).toEqual(expect.arrayContaining(REQUIRED_TOPICS));
  });

  it(`every Russian article exists in every full locale (${FULL_TRANSLATIONS.join(', ')}) under the same slug`, () => {
    for (const l of FULL_TRANSLATIONS) expect(articleSlugs(l), l).toEqual(ru);
  });

  it('every FAQ entry exists in every full locale, at least 12 per locale', () => {
    const ruFaq = list('content/faq/ru', '.md');
    expect(ruFaq.length).toBeGreaterThanOrEqual(12);
    for (const l of FULL_TRANSLATIONS) expect(list(`content/faq/${l}`, '.md'), l).toEqual(ruFaq);
  });

  it('every locale has the same 4–6 categories', () => {
    const ruCats = list('content/categories/ru', '.yaml');
    expect(ruCats.length).toBeGreaterThanOrEqual(4);
    expect(ruCats.length).toBeLessThanOrEqual(6);
    for (const l of LOCALES.filter((x) => x.code !== SOURCE_LOCALE)) expect(list(`content/categories/${l.code}`, '.yaml'), l.code).toEqual(ruCats);
  });
});

describe('translations have the shape of their source', () => {
  for (const locale of TRANSLATIONS) {
    it(`${locale}: same number of ## sections and of <Steps> items as the Russian article, or a structureNote (at most ${MAX_EXEMPTIONS})`, () => {
      const differ: string[] = [];
      const exempt: string[] = [];
      for (const slug of articleSlugs(locale)) {
        if (!existsSync(join(ROOT, 'content/articles', SOURCE_LOCALE, `${slug}.mdx`))) continue;
        const source = articleStructure(readArticle(SOURCE_LOCALE, slug));
        const text = readArticle(locale, slug);
        if (frontmatter(text).draft === true) continue;
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

describe('every full locale is complete (what the content model and the dictionaries require of one: src/lib/translations/readiness.ts)', () => {
  for (const locale of FULL) {
    it(`${locale} needs nothing a full locale must have, file by file`, () => {
      expect(readiness(readinessInput(ROOT, locale)).needs.map((n) => `${n.file}${n.detail ? ` (${n.detail})` : ''}`)).toEqual([]);
    });
    it(`${locale} has no ${ENTRY_KINDS.filter((k) => k.fullNeeds === 'entries').map((k) => k.label).join(', ')} the source lacks`, () => {
      for (const kind of ENTRY_KINDS.filter((k) => k.fullNeeds === 'entries')) {
        expect(list(kindFolder(kind, locale), kind.ext), kind.name).toEqual(list(kindFolder(kind, SOURCE_LOCALE), kind.ext));
      }
    });
  }
});
