import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrateIslands } from '../support/islands.ts';
import { axeSite, sample } from '../support/axe-site.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

/**
 * axe-core with the WCAG 2.2 AA rule set in the light theme on every page of one locale (Arabic, right
 * to left) and on each kind of page of the others (tests/support/site.ts, samplePages: the other
 * pages of a kind are the same template with other words), and interactive states in both themes. The
 * dark theme's crawl is quality-a11y-dark.test.ts (its own file, so the two run side by side).
 */
const { auditAll, runAxe, themedContext, url } = axeSite();
const paths = sample.visit;

describe('axe-core, WCAG 2.2 AA: zero violations', () => {
  it(`light theme: ${sample.says}, of ${sample.all.length} pages`, { timeout: 600_000 }, async () => {
    expect(paths.some((p) => p.startsWith('/ar/'))).toBe(true);
    const problems = await auditAll('light', paths, () => true);
    console.log(`axe light: ${paths.length} of ${sample.all.length} pages`);
    expect(problems).toEqual([]);
  });

  it('the search dialog with results, the password checker in use and a recovery outcome, in both themes, English and Arabic', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();
    for (const theme of ['light', 'dark'] as const) {
      const context = await themedContext(theme);
      const page = await context.newPage();
      for (const lang of ['en', 'ar']) {
        const report = (state: string, found: string[]) => problems.push(...found.map((v) => `${lang} ${state} [${theme}]: ${v}`));

        await page.goto(`${url()}/${lang}/`);
        await page.locator('[data-search-trigger]').first().click();
        await visible(page, 'dialog[open] input[type="search"]').fill(lang === 'ar' ? 'كلمة' : 'password');
        await visible(page, 'dialog[open] [role="option"]').waitFor({ timeout: 10_000 });
        report('search dialog with results', await runAxe(page));

        await page.goto(`${url()}/${lang}/tools/password-strength/`);
        await hydrateIslands(page);
        const field = visible(page, 'main input[type="password"], main input[type="text"]');
        await field.fill('correct horse battery staple');
        await page.waitForTimeout(500);
        report('password checker with a password', await runAxe(page));

        await page.goto(`${url()}/${lang}/recovery/`);
        await hydrateIslands(page);
        let answered = 0;
        for (; answered < 8; answered++) {
          const choice = visible(page, 'main astro-island [data-recovery-answer]');
          if ((await choice.count()) === 0) break;
          await choice.click();
        }
        expect(answered, `${lang}: reached a recovery outcome`).toBeGreaterThan(0);
        report('recovery outcome', await runAxe(page));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  // Before the selector wakes (or without JavaScript) the whole tree is open: its answers are links in
  // running text ("answer — where it leads"), so colour alone must not mark them (link-in-text-block).
  // The crawl above may meet the page after the selector has folded the tree; here its script is held
  // back, as on a slow phone.
  it('the recovery page before its selector wakes (the whole tree open), every locale, both themes', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const context = await themedContext(theme);
      await context.route('**/_astro/RecoverySelector.*.js', (route) => route.abort());
      const page = await context.newPage();
      for (const lang of LOCALE_CODES) {
        await page.goto(`${url()}/${lang}/recovery/`);
        expect(await page.locator('details[data-recovery-tree]').getAttribute('open'), `${lang}: the tree is open`).not.toBeNull();
        problems.push(...(await runAxe(page)).map((v) => `${lang} [${theme}]: ${v}`));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
