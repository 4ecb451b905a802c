/** Lets every island on the open page hydrate: each is scrolled into view (client:visible) and awaited. */
import type { Page } from 'playwright-core';

/** Resolves true once no `astro-island[ssr]` (not yet hydrated) is left, false after `timeout` ms. */
export async function hydrateIslands(page: Page, timeout = 10_000): Promise<boolean> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      // <astro-island> is display: contents (no box of its own): bring its content into view.
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frame();
    }
    window.scrollTo(0, 0);
  });
  return page
    .waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout })
    .then(() => true)
    .catch(() => false);
}
