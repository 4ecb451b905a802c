import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFallback, page, type BuiltPage } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { ROOT } from '../support/paths.ts';

const content = (p: BuiltPage) => p.doc.querySelector('[data-article-content]')!;

/** docs/editing.md, "Components": what each component puts in the page, without JavaScript, in every direction. */
describe('MDX components on the published site', () => {
  it('UiPath is plain text that reads and copies as the menu path, arrows following the text direction', () => {
    const ru = content(page('/ru/reset-password/')).querySelector('[data-ui-path]')!;
    // Menu items are written as an English-language phone shows them (the facts' December rule).
    expect(ru.text).toBe('Settings → Xiaomi Account');
    expect(ru.getAttribute('role')).toBe('group');
    expect(ru.getAttribute('aria-label')).toBe('Путь в меню');
    expect(ru.querySelectorAll('kbd').map((k) => k.getAttribute('dir'))).toEqual(['auto', 'auto']);
    const ar = content(page('/ar/reset-password/')).querySelector('[data-ui-path]')!;
    expect(ar.text).toMatch(/^Settings ← Xiaomi Account/);
  });

  it('OfficialLink is marked as the official site in the reader’s language and opens without referrer or opener', () => {
    for (const [url, marker] of [
      ['/ru/reset-password/', 'официальный сайт Xiaomi'],
      ['/en/reset-password/', 'official Xiaomi site'],
      ['/ar/reset-password/', 'موقع Xiaomi الرسمي'],
    ] as const) {
      const a = content(page(url)).querySelector('a[data-official]')!;
      expect(a.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer', 'external']));
      expect(a.text, url).toContain(marker);
      expect(a.querySelector('[aria-hidden="true"]')?.text, url).toMatch(/[↗↖]/);
    }
  });

  it('Steps is a real ordered list that keeps its list semantics', () => {
    const ol = content(page('/en/reset-password/')).querySelector('[data-steps] > ol')!;
    expect(ol.getAttribute('role')).toBe('list');
    expect(ol.querySelectorAll(':scope > li').length).toBeGreaterThanOrEqual(3);
  });

  it('a Callout with a title is a note named by that title', () => {
    // The first titled Callout of an English article, as the editor wrote it.
    const [, type, title] = /<Callout type="(\w+)" title="([^"]+)"/.exec(readFileSync(join(ROOT, 'content/articles/en/back-up-your-data.mdx'), 'utf8')) ?? [];
    expect(title, 'a titled Callout in content/articles/en/back-up-your-data.mdx').toBeTruthy();
    const c = content(page('/en/back-up-your-data/'))
      .querySelectorAll(`[data-callout="${type}"]`)
      .find((x) => x.getAttribute('aria-label') === title)!;
    expect(c.getAttribute('role')).toBe('note');
    expect(c.getAttribute('aria-label')).toBe(title);
  });
});

describe('MDX components in a fixture article (tests/support/fallback-site.ts)', () => {
  let r: FixtureBuild;
  beforeAll(() => {
    r = fallbackSite();
  });

  it('builds', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
  });

  it('a Callout without a title is labelled with its type in the language of the text', () => {
    const label = (url: string, type: string) => content(page(url, r.dist)).querySelector(`[data-callout="${type}"]`)?.getAttribute('aria-label');
    expect(label('/ru/reset-password/', 'warning')).toBe('Внимание');
    expect(label('/es/reset-password/', 'danger')).toBe('Peligro');
    expect(label('/ar/reset-password/', 'note')).toBe('ملاحظة');
    // The fixture's Arabic page for strong-password is a fallback showing the English text: the label is English too.
    expect(label(FALLBACK.url, 'tip')).toBe('Tip');
  });

  it('Figure renders an optimized, responsive image with its alt text and caption', () => {
    const figure = content(page('/ru/reset-password/', r.dist)).querySelector('figure[data-figure]')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Экран «Забыли пароль?» в настройках');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/editor-figure\.[\w-]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/360w.*720w.*1080w/);
    expect(img.getAttribute('sizes')).toBeTruthy();
    expect(figure.querySelector('figcaption')?.text).toBe('Так выглядит экран сброса пароля.');
  });

  it('on a fallback page, links stay in the reader’s language, but a link to a section goes to the language its anchor was written in', () => {
    expect(isFallback(page(FALLBACK.url, r.dist))).toBe(true);
    const links = (url: string) => content(page(url, r.dist)).querySelectorAll('a').filter((a) => /the browser steps|the whole article/.test(a.text));
    expect(links(FALLBACK.url).map((a) => a.getAttribute('href'))).toEqual(['/en/reset-password/#reset-in-a-browser', '/ar/reset-password/']);
    expect(links('/en/strong-password/').map((a) => a.getAttribute('href'))).toEqual(['/en/reset-password/#reset-in-a-browser', '/en/reset-password/']);
  });

  it('Kbd marks a key', () => {
    expect(content(page('/ru/reset-password/', r.dist)).querySelector('kbd.kbd')?.text).toBe('Ctrl');
  });
});
