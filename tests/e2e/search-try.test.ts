/**
 * `npm run search:try` runs the site's own query code in Node against dist/pagefind/: for a handful
 * of reader queries per locale it gives the same top 3 as the search page in Chromium, and its
 * output names the correction and the words each result matched.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { openSiteSearch } from '../../scripts/search-try.mjs';

const site = useSite();

const QUERIES: Record<string, string[]> = {
  ru: ['забыл пороль', 'pf,sk gfhjkm', 'купил телефон с рук просит чужой аккаунт', 'не приходит смс с кодом'],
  en: ['forgot passwrod', 'left my phone on the bus', 'hard reset asks for mi account', '2fa'],
  es: ['olvide contrasena', 'me robaron el celular', 'cambie de chip y no puedo entrar', 'contraseña olbidada'],
  ar: ['نسيت كلمه السر', 'رمز التحقيق لا يصل', 'الهاتف مقفل بعد الفورمات', 'شاومى نسيت الباسورد'],
  // Hindi is partial: its search also reads the English index (pages shown at /hi/…), in Node as in the browser.
  hi: ['पासवर्ड भूल गया', 'password bhool gaya', 'phone kho gaya', 'bootloader unlock'],
};

async function pageTop3(page: Page, query: string): Promise<string[]> {
  await page.locator('[data-search-page] [data-search-input]').fill(query);
  await expect.poll(() => page.locator('[data-search-page] [data-search-results]').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
  return page.locator('[data-search-page] [data-search-results] > li > [role="option"]').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('npm run search:try', () => {
  it.each(Object.entries(QUERIES))('%s: the same top 3 as the search page', async (lang, queries) => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/search/`);
    const node = await openSiteSearch({ dist: DIST, lang });
    for (const q of queries) {
      const fromNode = (await node.search(q, { top: 3 })).top.map((t: { url: string }) => t.url);
      expect(fromNode, q).toHaveLength(3);
      expect(await pageTop3(page, q), q).toEqual(fromNode);
    }
    await node.close();
  });

  it('prints the correction, the synonyms used and the words each result matched', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'search-try.mjs'), '--dist', DIST, ...args], { encoding: 'utf8' });
    const typo = run('--locale', 'ru', 'забыл пороль');
    expect(typo.status, typo.stderr).toBe(0);
    expect(typo.stdout).toContain('corrected: пороль → пароль — searched "забыл пароль"');
    expect(typo.stdout).toMatch(/1\. .+ {2}\/ru\/reset-password\//);
    expect(typo.stdout).toMatch(/matched every word: забыл, пароль/);

    const situation = run('--locale', 'ru', 'купил телефон с рук');
    expect(situation.stdout).toContain('also searched with the site\'s words: "б/у телефон"');

    const exact = run('--locale', 'ru', '--exact', 'забыл пороль');
    expect(exact.stdout).not.toContain('corrected');

    const bad = run('--locale', 'xx', 'пароль');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown locale "xx"; expected one of ru, en, es, ar');
  });
});
