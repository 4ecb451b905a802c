#!/usr/bin/env node
/**
 * Draws the default share image (public/share.png, 1200×630, for og:image and Twitter cards)
 * and the publisher logo (public/logo.png, 512×512, for structured data) with Chromium.
 * Run after changing the drawing: `npx node scripts/share-image.mjs`; commit both PNGs.
 * No text in the images: one picture serves every language.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';

const ACCENT = '#a33f00';
const lock = (dx, dy, s) => `
  <g transform="translate(${dx} ${dy}) scale(${s})" fill="none">
    <path d="M-95 0V-60a95 95 0 0 1 190 0V0" stroke="#fff" stroke-width="34" stroke-linecap="round"/>
    <rect x="-150" y="-10" width="300" height="230" rx="34" fill="#fff"/>
    <circle cx="0" cy="80" r="30" fill="${ACCENT}"/>
    <rect x="-13" y="90" width="26" height="70" rx="10" fill="${ACCENT}"/>
  </g>`;
const key = (dx, dy, s) => `
  <g transform="translate(${dx} ${dy}) scale(${s}) rotate(-35)" fill="#fff">
    <circle cx="0" cy="0" r="62" fill="none" stroke="#fff" stroke-width="30"/>
    <rect x="60" y="-14" width="190" height="28" rx="8"/>
    <rect x="200" y="0" width="26" height="58" rx="6"/>
    <rect x="150" y="0" width="26" height="44" rx="6"/>
  </g>`;

const share = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${ACCENT}"/>
  <circle cx="1040" cy="-40" r="320" fill="#fff" opacity="0.07"/>
  <circle cx="120" cy="690" r="280" fill="#fff" opacity="0.07"/>
  ${lock(520, 290, 1.15)}
  ${key(810, 420, 0.9)}
  <rect x="64" y="64" width="96" height="96" rx="24" fill="#fff"/>
  <path transform="translate(64 64) scale(3)" d="M9 22V10h2.5l4.5 7 4.5-7H23v12h-2.6v-7.4L16 21l-4.4-6.4V22z" fill="${ACCENT}"/>
</svg>`;

const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="8" fill="${ACCENT}"/>
  <path d="M9 22V10h2.5l4.5 7 4.5-7H23v12h-2.6v-7.4L16 21l-4.4-6.4V22z" fill="#fff"/>
</svg>`;

const browser = await launchChromium();
try {
  for (const [file, svg, width, height] of [
    ['public/share.png', share, 1200, 630],
    ['public/logo.png', logo, 512, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    writeFileSync(file, await page.screenshot({ type: 'png', omitBackground: file.includes('logo') }));
    console.log(`wrote ${file} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
