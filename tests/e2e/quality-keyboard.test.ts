import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { pageKind, sitePaths } from '../support/site.ts';

/**
 * Keyboard only: the skip link comes first and moves focus to the content; Tab reaches the search,
 * the language switcher and the content; and wherever focus goes it can be seen (an outline or ring,
 * on screen, not hidden under anything).
 */
const site = useSite();

interface Stop {
  desc: string;
  search: boolean;
  language: boolean;
  content: boolean;
  inHeader: boolean;
  ring: boolean;
  onScreen: boolean;
  covered: string;
}

/** What the focused element is and whether a sighted keyboard user can see where focus is. */
function focusState(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const transparent = (c: string) => /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
    const ringed = (node: Element) => {
      const cs = getComputedStyle(node);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
      const shadow = cs.boxShadow !== 'none' && !/^(rgba\([^)]*,\s*0\)\s*)?0px 0px( 0px)?( 0px)?$/.test(cs.boxShadow);
      return outline || shadow;
    };
    // The ring may be drawn around a wrapper through :focus-within (a search field inside its form).
    let ring = ringed(el);
    for (let a = el.parentElement, i = 0; !ring && a && i < 3; a = a.parentElement, i++) ring = a.matches(':focus-within') && ringed(a);
    const r = el.getBoundingClientRect();
    const onScreen = r.width >= 2 && r.height >= 2 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    // A link that wraps has several boxes; probe the middle of its first line.
    const line = el.getClientRects()[0] ?? r;
    const cx = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
    const cy = Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(cx, cy);
    const covered = hit && hit !== el && !el.contains(hit) && !hit.contains(el) ? `${hit.tagName.toLowerCase()}.${String(hit.className).slice(0, 40)}` : '';
    const content = document.querySelector('[data-article-content]') ?? document.querySelector('main');
    return {
      desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.innerText || el.getAttribute('aria-label') || el.getAttribute('href') || '').trim().slice(0, 40)}"`,
      search: el.matches('[data-search-trigger], input[type="search"], [role="searchbox"], a[href$="/search/"]'),
      language: !!el.closest('.lang-switcher') || el.matches('[aria-label*="anguage"]'),
      content: !!content?.contains(el) && el !== content,
      inHeader: !!el.closest('header'),
      ring,
      onScreen,
      covered,
    };
  });
}

const paths = sitePaths();
const pick = (lang: string, kind: string) => paths.find((p) => p.startsWith(`/${lang}/`) && pageKind(p) === kind);
const kinds = ['home', 'article', 'articles', 'category', 'faq', 'recovery', 'tools', 'search'];
const pages = [
  ...kinds.flatMap((k) => [pick('en', k), pick('ar', k)]),
  pick('ru', 'article'),
  pick('es', 'article'),
  pick('en', '404'),
].filter((p): p is string => !!p);

describe('keyboard', () => {
  it('Tab first lands on a visible skip link, and Enter moves focus to the main content', { timeout: 180_000 }, async () => {
    const { page } = await openPage(site.browser);
    for (const path of pages) {
      await page.goto(`${site.server.url}${path}`);
      const href = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (await focusState(page)) {
        // The page focuses something itself (the search page its field): the skip link is then a Shift+Tab or few away.
        for (let i = 0; i < 20 && (await href()) !== '#main'; i++) await page.keyboard.press('Shift+Tab');
      } else {
        await page.keyboard.press('Tab');
      }
      const first = await focusState(page);
      expect(await href(), `${path}: first stop in the Tab order`).toBe('#main');
      expect(first?.ring && first.onScreen && !first.covered, `${path}: skip link visible when focused (${JSON.stringify(first)})`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main')), `${path}: focus in <main> after the skip link`).toBe(true);
      await page.keyboard.press('Tab');
      const next = await focusState(page);
      expect(next?.inHeader, `${path}: after skipping, Tab stays out of the header (got ${next?.desc})`).toBe(false);
    }
  });

  it('Tab reaches the search, the language switcher and the content, and focus is always visible', { timeout: 300_000 }, async () => {
    const { page } = await openPage(site.browser);
    const problems: string[] = [];
    let stopsSeen = 0;
    for (const path of pages) {
      await page.goto(`${site.server.url}${path}`);
      const seen = { search: false, language: false, content: false };
      const visited = new Set<string>();
      let left = 0;
      const start = await focusState(page);
      if (start) seen.search ||= start.search;
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press('Tab');
        const s = await focusState(page);
        // Past the last stop focus leaves the document once, then starts again from the top.
        if (!s && ++left <= 1) continue;
        if (!s) break;
        const key = `${s.desc}@${await page.evaluate(() => {
          const r = document.activeElement!.getBoundingClientRect();
          return `${Math.round(r.left)},${Math.round(r.top + scrollY)}`;
        })}`;
        if (visited.has(key)) break; // wrapped around
        visited.add(key);
        stopsSeen++;
        seen.search ||= s.search;
        seen.language ||= s.language;
        seen.content ||= s.content;
        if (!s.ring) problems.push(`${path}: no visible focus indicator on ${s.desc}`);
        if (!s.onScreen) problems.push(`${path}: focused ${s.desc} is off screen or has no size`);
        if (s.covered) problems.push(`${path}: focused ${s.desc} is covered by ${s.covered}`);
      }
      if (!seen.search) problems.push(`${path}: Tab never reaches the search`);
      if (!seen.language) problems.push(`${path}: Tab never reaches the language switcher`);
      if (!seen.content) problems.push(`${path}: Tab never reaches anything in the content`);
    }
    console.log(`keyboard: ${pages.length} pages, ${stopsSeen} Tab stops checked`);
    expect(problems).toEqual([]);
  });
});
