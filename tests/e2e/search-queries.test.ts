/**
 * Readers type what they mean, not the article's title: inflected Russian, colloquial phrasing,
 * transliterations and misspellings from the articles' aliases. Each query must bring the
 * expected article into the top 3 results of the real search page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';

const QUERIES: Record<'ru' | 'en' | 'es', [query: string, slug: string][]> = {
  ru: [
    ['забыл пароль от ми аккаунта', 'reset-password'],
    ['ми аккаунт', 'cannot-sign-in'],
    ['сяоми', 'cannot-sign-in'],
    ['не могу войти в аккаунт', 'cannot-sign-in'],
    ['не приходит смс с кодом', 'verification-code-not-arriving'],
    ['взломали аккаунт', 'account-hacked'],
    ['телефон просит пароль после сброса', 'device-locked-after-reset'],
    ['потерял телефон', 'find-lost-phone'],
    ['украли телефон редми', 'find-lost-phone'],
    ['аккаунт заблокирован', 'account-restricted'],
    ['сменил номер телефона', 'no-access-to-phone-or-email'],
    ['какая почта привязана', 'which-phone-or-email-is-linked'],
    ['двухфакторная аутентификация', 'two-step-verification'],
    ['обход ми аккаунта', 'unlock-service-scams'],
    ['резервная копия фото', 'back-up-your-data'],
    ['написать в поддержку', 'contact-support'],
    ['надежный пароль', 'strong-password'],
  ],
  en: [
    ['forgot password', 'reset-password'],
    ['cant log in to mi account', 'cannot-sign-in'],
    ['code not coming', 'verification-code-not-arriving'],
    ['sms code not received', 'verification-code-not-arriving'],
    ['account hacked', 'account-hacked'],
    ['phone locked after factory reset', 'device-locked-after-reset'],
    ['lost my phone', 'find-lost-phone'],
    ['too many attempts', 'account-restricted'],
    ['changed my number', 'no-access-to-phone-or-email'],
    ['which email is linked', 'which-phone-or-email-is-linked'],
    ['2fa', 'two-step-verification'],
    ['mi account bypass', 'unlock-service-scams'],
    ['backup photos', 'back-up-your-data'],
    ['contact xiaomi support', 'contact-support'],
    ['xiomi password', 'reset-password'],
  ],
  es: [
    ['olvidé mi contraseña', 'reset-password'],
    ['no puedo entrar a mi cuenta', 'cannot-sign-in'],
    ['no me llega el código', 'verification-code-not-arriving'],
    ['me hackearon la cuenta', 'account-hacked'],
    ['bloqueado después de formatear', 'device-locked-after-reset'],
    ['perdí mi celular', 'find-lost-phone'],
    ['cuenta restringida', 'account-restricted'],
    ['cambié de número', 'no-access-to-phone-or-email'],
    ['qué correo tiene mi cuenta', 'which-phone-or-email-is-linked'],
    ['verificación en dos pasos', 'two-step-verification'],
    ['quitar cuenta mi', 'unlock-service-scams'],
    ['copia de seguridad fotos', 'back-up-your-data'],
    ['contactar soporte', 'contact-support'],
    ['shaomi contraseña', 'reset-password'],
  ],
};

const site = useSite();

/** Types the query into the search page's box and returns the top result pages' paths. */
async function topResults(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-page] [data-search-input]');
  await input.fill(query);
  const list = page.locator('[data-search-page] [data-search-results]');
  await expect.poll(() => list.getAttribute('aria-busy')).toBe('false');
  return list.locator(':scope > li > [role="option"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each(Object.entries(QUERIES))('search in %s', (lang, queries) => {
  it(`finds the expected article in the top 3 for ${queries.length} queries readers type`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/search/`);
    const misses: string[] = [];
    for (const [query, slug] of queries) {
      const top = (await topResults(page, query)).slice(0, 3);
      if (!top.includes(`/${lang}/${slug}/`)) misses.push(`"${query}" → expected /${lang}/${slug}/, got ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
  });
});
