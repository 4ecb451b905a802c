/**
 * Every built article page: its links to other articles, to official pages and elsewhere, its review
 * date, and the proof-of-ownership list where it is used. (What the content files promise without a
 * build, such as parity, word counts and the glossary, is in tests/content.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, isFallback, page } from '../support/dist.ts';
import { articleSlugs } from '../support/content-files.ts';
import { ROOT } from '../support/paths.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { isOfficialXiaomiUrl, officialLinkProblem, topicRule } from '../../src/lib/official.ts';

/** Locales that must translate everything (src/i18n/locales.ts). */
const FULL = LOCALES.filter((l) => l.full).map((l) => l.code);

describe('every article', () => {
  const articles = builtPages().filter((p) => p.doc.querySelector('[data-article-content]') && !isFallback(p));
  const urls = new Set(builtPages().map((p) => p.url));

  it('links to at least two other articles, and every such link resolves', () => {
    expect(articles.length).toBeGreaterThanOrEqual(articleSlugs('ru').length * FULL.length);
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
      if (!LOCALES.some((l) => p.url === `/${l.code}/faq/`)) continue;
      for (const a of p.doc.querySelectorAll('main a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        if (topicRule(href) || !isOfficialXiaomiUrl(href)) problems.push(`${p.url}: FAQ answer links to ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the proof-of-ownership list', () => {
  it('is written once per locale and shown, item for item, wherever an article uses <ProofOfOwnership />', () => {
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
});
