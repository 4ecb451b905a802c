/**
 * Reusable blocks, as an editor meets them: a translation that drops a warning, a misspelt block id
 * and a draft translation, all in one fixture build (the content checks report every problem at once).
 * The partial-locale case (a block shown in the fallback language) is on the shared fallback site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import { builtPages, page } from '../support/dist.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const DROPPED = 'content/articles/en/reset-password.mdx';
const MISSPELT = 'content/articles/es/reset-password.mdx';
const DRAFT = 'content/articles/ar/reset-password.mdx';
const SOURCE = 'content/articles/ru/reset-password.mdx';

let build: FixtureBuild;
let misspeltLine = 0;

beforeAll(() => {
  const f = fixtureProject('blocks-parity', { articles: ['reset-password', 'strong-password', 'unlock-service-scams', 'account-restricted'] });
  const drop = (path: string, id: string) => {
    const before = f.read(path);
    const after = before.replace(new RegExp(`\\n<Block id="${id}" />\\n`), '\n');
    expect(after, `${path} uses <Block id="${id}" />`).not.toBe(before);
    f.write(path, after);
  };
  drop(DROPPED, 'keep-phone-signed-in');
  const es = f.read(MISSPELT).replace('<Block id="never-share-codes" />', '<Block id="never-share-code" />');
  f.write(MISSPELT, es);
  misspeltLine = es.split('\n').findIndex((l) => l.includes('"never-share-code"')) + 1;
  drop(DRAFT, 'keep-phone-signed-in');
  f.write(DRAFT, f.read(DRAFT).replace(/^---\n/, '---\ndraft: true\n'));
  build = buildFixture(f);
});

describe('a translation cannot silently drop a block', () => {
  it('the build stops', () => {
    expect(build.ok).toBe(false);
  });

  it('a translation that drops a block is named with the block id and its source file', () => {
    expect(build.output).toContain(`${DROPPED}: lacks <Block id="keep-phone-signed-in" /> that its source ${SOURCE} has — add it where the source has it`);
  });

  it('an unknown block id names the article, the line and the closest id', () => {
    expect(misspeltLine).toBeGreaterThan(0);
    expect(build.output).toContain(
      `${MISSPELT}:${misspeltLine}: <Block id="never-share-code" />: no block "never-share-code" — expected a file content/blocks/<locale>/never-share-code.mdx (did you mean "never-share-codes"?)`,
    );
  });

  it('a draft translation without the block is not reported', () => {
    // (This small fixture lacks most articles, so its `related` links are reported too: only block lines count here.)
    const blockLines = build.output.split('\n').filter((l) => l.includes(DRAFT) && /Block|structure|sections/.test(l));
    expect(blockLines).toEqual([]);
  });
});

describe('a partial locale without a block’s text', () => {
  it(`shows the block in its fallback language, marked with that language (${FALLBACK.locale} lacks never-share-codes on the fallback site)`, () => {
    const site = fallbackSite();
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const page = parse(readFileSync(join(site.dist, FALLBACK.locale, 'reset-password', 'index.html'), 'utf8'));
    const box = page.querySelector('[data-block="never-share-codes"]');
    expect(box, 'the block is on the page').not.toBeNull();
    expect(box!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe(FALLBACK.locale);
    // A block the locale has is shown in its own language, without a lang of its own.
    const own = page.querySelector('[data-block="keep-phone-signed-in"]');
    expect(own).not.toBeNull();
    expect(own!.hasAttribute('lang')).toBe(false);
  });
});

describe('blocks on the real site', () => {
  it('every article of every locale shows its blocks in its own language (no block falls back in a full locale)', () => {
    const articles = builtPages().filter((p) => p.doc.querySelector('[data-article-content]') && !p.doc.querySelector('[data-fallback-notice]'));
    expect(articles.length).toBeGreaterThan(80);
    const fellBack = articles.flatMap((p) => p.doc.querySelectorAll('[data-block][lang]').map((b) => `${p.url}: ${b.getAttribute('data-block')}`));
    expect(fellBack).toEqual([]);
    expect(articles.filter((p) => p.doc.querySelector('[data-block]')).length).toBeGreaterThan(80);
  });

  it('a block that links to the page it is shown on shows the words, not a link to the same page', () => {
    for (const lang of LOCALES.filter((l) => l.full).map((l) => l.code)) {
      const scams = page(`/${lang}/unlock-service-scams/`);
      expect(scams.doc.querySelector('[data-block="no-official-bypass"]'), lang).not.toBeNull();
      expect(scams.doc.querySelectorAll(`[data-article-content] a[href="/${lang}/unlock-service-scams/"]`).length, lang).toBe(0);
      expect(page(`/${lang}/device-locked-after-reset/`).doc.querySelectorAll(`[data-block] a[href="/${lang}/unlock-service-scams/"]`).length, lang).toBeGreaterThan(0);
    }
  });
});
