import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, isFallback, page } from '../support/dist.ts';
import { ROOT } from '../support/paths.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { countWords } from '../../src/lib/reading-time.ts';
import { isOfficialXiaomiUrl, officialLinkProblem, topicRule } from '../../src/lib/official.ts';

const list = (dir: string, ext: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();

/** Locales that must translate everything (src/i18n/locales.ts), the source language first. */
const FULL = LOCALES.filter((l) => l.full).map((l) => l.code);
const TRANSLATIONS = FULL.filter((l) => l !== SOURCE_LOCALE);
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
  const ru = list('content/articles/ru', '.mdx');

  it('Russian covers every required topic', () => {
    expect(ru).toEqual(expect.arrayContaining(REQUIRED_TOPICS));
  });

  it(`every Russian article exists in every full locale (${TRANSLATIONS.join(', ')}) under the same slug`, () => {
    for (const l of TRANSLATIONS) expect(list(`content/articles/${l}`, '.mdx'), l).toEqual(ru);
  });

  it('every FAQ entry exists in every full locale, at least 12 per locale', () => {
    const ruFaq = list('content/faq/ru', '.md');
    expect(ruFaq.length).toBeGreaterThanOrEqual(12);
    for (const l of TRANSLATIONS) expect(list(`content/faq/${l}`, '.md'), l).toEqual(ruFaq);
  });

  it('every locale has the same 4–6 categories', () => {
    const ruCats = list('content/categories/ru', '.yaml');
    expect(ruCats.length).toBeGreaterThanOrEqual(4);
    expect(ruCats.length).toBeLessThanOrEqual(6);
    for (const l of LOCALES.filter((x) => x.code !== SOURCE_LOCALE)) expect(list(`content/categories/${l.code}`, '.yaml'), l.code).toEqual(ruCats);
  });
});

describe('every article', () => {
  const articles = builtPages().filter((p) => p.doc.querySelector('[data-article-content]') && !isFallback(p));
  const urls = new Set(builtPages().map((p) => p.url));

  it('is between 350 and 1,200 words', () => {
    const wrong: string[] = [];
    for (const { code: l } of LOCALES) {
      for (const slug of list(`content/articles/${l}`, '.mdx')) {
        const n = countWords(readFileSync(join(ROOT, 'content/articles', l, `${slug}.mdx`), 'utf8'));
        if (n < 350 || n > 1200) wrong.push(`${l}/${slug}: ${n} words`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('links to at least two other articles, and every such link resolves', () => {
    expect(articles.length).toBeGreaterThanOrEqual(list('content/articles/ru', '.mdx').length * FULL.length);
    const problems: string[] = [];
    for (const p of articles) {
      const lang = p.url.split('/')[1];
      const internal = p.doc
        .querySelectorAll('[data-article-content] a[href^="/"]')
        .map((a) => a.getAttribute('href')!.split('#')[0]!)
        .filter((h) => h !== p.url && new RegExp(`^/${lang}/[a-z0-9-]+/$`).test(h) && page(h) && page(h).doc.querySelector('[data-article-content]'));
      const distinct = new Set(internal);
      if (distinct.size < 2) problems.push(`${p.url}: ${distinct.size} article link(s)`);
      for (const a of p.doc.querySelectorAll('[data-article-content] a[href^="/"]')) {
        const href = a.getAttribute('href')!.split('#')[0]!;
        if (!urls.has(href)) problems.push(`${p.url} → ${href} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links to at least one official Xiaomi page, marked as official', () => {
    const missing = articles
      .filter((p) => !p.doc.querySelectorAll('[data-article-content] a[data-official]').some((a) => isOfficialXiaomiUrl(a.getAttribute('href') ?? '')))
      .map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('shows when its facts were last reviewed', () => {
    const missing = articles.filter((p) => p.doc.querySelectorAll('time[datetime]').length < 2).map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('never links anywhere outside this site except official Xiaomi pages and its own topic-only pages', () => {
    const foreign: string[] = [];
    for (const p of articles) {
      const slug = p.url.split('/')[2]!;
      for (const a of p.doc.querySelectorAll('[data-article-content] a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        // An embedded recovery selector is checked below, outcome by outcome.
        if (a.closest('[data-recovery-outcome]')) continue;
        const problem = officialLinkProblem(href, slug);
        if (problem) foreign.push(`${p.url}: ${problem}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe('links to other sites across the built site', () => {
  const GOOGLE_ARTICLE = 'google-or-xiaomi-lock';
  const GOOGLE_OUTCOME = 'google-lock';

  it(`Google's recovery and help pages appear only in the ${GOOGLE_ARTICLE} article and the ${GOOGLE_OUTCOME} recovery outcome`, () => {
    const elsewhere: string[] = [];
    let seen = 0;
    for (const p of builtPages()) {
      for (const a of p.doc.querySelectorAll('a[href*="google.com"]')) {
        seen += 1;
        const outcome = a.closest('[data-recovery-outcome]')?.getAttribute('data-recovery-outcome');
        const inArticle = !outcome && a.closest('[data-article-content]') && p.url.split('/')[2] === GOOGLE_ARTICLE;
        if (!(inArticle || outcome === GOOGLE_OUTCOME)) elsewhere.push(`${p.url} → ${a.getAttribute('href')}${outcome ? ` (outcome ${outcome})` : ''}`);
        // Marked as Google's own page, never as Xiaomi's.
        const marker = (a.querySelector('.official-badge') ?? a.nextElementSibling)?.text ?? '';
        if (!marker.includes('Google') || marker.includes('Xiaomi')) elsewhere.push(`${p.url} → ${a.getAttribute('href')} is marked "${marker.trim()}"`);
      }
    }
    expect(elsewhere).toEqual([]);
    expect(seen, 'the Google-lock article and outcome link to Google in every locale').toBeGreaterThanOrEqual(4);
  });

  it('recovery outcomes and FAQ answers send readers only to official pages their topic may use', () => {
    const problems: string[] = [];
    for (const p of builtPages()) {
      for (const a of p.doc.querySelectorAll('[data-recovery-outcome] a[href^="http"]')) {
        const problem = officialLinkProblem(a.getAttribute('href')!, a.closest('[data-recovery-outcome]')!.getAttribute('data-recovery-outcome')!);
        if (problem) problems.push(`${p.url}: ${problem}`);
      }
      if (!/^\/[a-z]{2}\/faq\/$/.test(p.url)) continue;
      for (const a of p.doc.querySelectorAll('main a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        if (topicRule(href) || !isOfficialXiaomiUrl(href)) problems.push(`${p.url}: FAQ answer links to ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
