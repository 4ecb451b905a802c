/**
 * Readers type what they mean, not the article's title: typos, no accents, brand spellings, a
 * situation in their own words (tests/search-queries/). Each query must bring the expected article
 * into the top 3 of the real search page, at the rate issue 13 asks per locale; the queries that
 * worked before must all still work. Every miss is printed with its tag.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { QUERY_SET, TARGET_RATE } from '../search-queries/index.ts';
import { scoreQueries, summary } from '../search-queries/score.ts';

const site = useSite();

/** Types the query into the search page's box and returns the top result pages' paths. */
async function topResults(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-page] [data-search-input]');
  await input.fill(query);
  const list = page.locator('[data-search-page] [data-search-results]');
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
  return list.locator(':scope > li > [role="option"]').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each(Object.entries(QUERY_SET))('search in %s', (lang, queries) => {
  it(`finds the expected article in the top 3 for at least ${TARGET_RATE[lang as keyof typeof TARGET_RATE] * 100}% of ${queries.length} queries readers type`, async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/search/`);
    const top: string[][] = [];
    for (const q of queries) top.push(await topResults(page, q.q));
    const scored = scoreQueries(lang, queries, top);
    console.log([summary(scored), ...scored.misses.map((m) => `  miss ${m}`)].join('\n'));
    expect(scored.lost, 'queries that worked before').toEqual([]);
    expect(scored.rate, scored.misses.join('\n')).toBeGreaterThanOrEqual(TARGET_RATE[lang as keyof typeof TARGET_RATE]);
    expect(errors).toEqual([]);
  });
});

/**
 * The commonest thing a locked-out reader types, in each language's plainest words: the article that
 * resets the account password comes first, not the one about the phone's screen lock (whose title
 * also says "forgot"), nor the hub.
 */
const FORGOT_PASSWORD = { ru: ['забыл пароль', 'не помню пароль'], en: ['forgot password'], es: ['olvidé mi contraseña', 'olvide la contrasena'], ar: ['نسيت كلمة المرور', 'نسيت كلمة السر'] };

describe('a forgotten password', () => {
  it.each(Object.entries(FORGOT_PASSWORD))('in %s, the password reset article is the first result', async (lang, queries) => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/search/`);
    for (const q of queries) expect((await topResults(page, q))[0], q).toBe(`/${lang}/reset-password/`);
    expect(errors).toEqual([]);
  });
});
