#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of the built site (dist/) in Chromium for the README — home and an
 * article on a 390×844 phone and a 1280×900 desktop, light and dark, and a right-to-left page.
 * Build first (`npm run build`). Writes docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { startStaticServer } from './lib/static-host.ts';
import { launchChromium } from './lib/chromium.ts';

const OUT = 'docs/screenshots';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SHOTS = [
  { name: 'home-phone-light', path: '/en/', viewport: PHONE, theme: 'light' },
  { name: 'home-phone-dark', path: '/en/', viewport: PHONE, theme: 'dark' },
  { name: 'article-phone-light', path: '/en/reset-password/', viewport: PHONE, theme: 'light' },
  { name: 'article-phone-dark', path: '/ru/reset-password/', viewport: PHONE, theme: 'dark' },
  { name: 'menu-phone-light', path: '/es/cannot-sign-in/', viewport: PHONE, theme: 'light', openMenu: true },
  { name: 'article-phone-rtl', path: '/ar/google-or-xiaomi-lock/', viewport: PHONE, theme: 'light' },
  // One per script the new languages brought: Latin with stacked diacritics, Devanagari (needs Debian's fonts-noto-core).
  { name: 'article-phone-vi', path: '/vi/reset-password/', viewport: PHONE, theme: 'light' },
  { name: 'article-phone-hi-dark', path: '/hi/reset-password/', viewport: PHONE, theme: 'dark' },
  { name: 'home-desktop-light', path: '/en/', viewport: DESKTOP, theme: 'light' },
  { name: 'article-desktop-dark', path: '/en/google-or-xiaomi-lock/', viewport: DESKTOP, theme: 'dark' },
];

mkdirSync(OUT, { recursive: true });
const server = await startStaticServer({ dir: process.env.DIST_DIR ?? 'dist' });
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.theme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
    if (shot.openMenu) await page.locator('[data-site-menu] summary').click();
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    await context.close();
    console.log(`${OUT}/${shot.name}.png  ${shot.path} ${shot.viewport.width}×${shot.viewport.height} ${shot.theme}`);
  }
} finally {
  await browser.close();
  await server.close();
}
