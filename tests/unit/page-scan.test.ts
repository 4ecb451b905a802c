import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../src/lib/built/page-scan.ts';

/** A built page of about `kb` KB: a head like ours, long ids and links, and a lot of text. */
const page = (i: number, kb: number) => {
  const filler = `<p>${'Текст статьи о том, как вернуть доступ к аккаунту. '.repeat(20)}</p>`;
  const body = filler.repeat(Math.ceil((kb * 1024) / filler.length));
  return `<!doctype html><html lang="ru" data-pagefind-lang="ru"><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG=';">
<link rel="canonical" href="https://help.example.org/ru/reset-the-password-${i}/">
<link rel="alternate" hreflang="en" href="https://help.example.org/en/reset-the-password-${i}/">
<meta property="article:modified_time" content="2026-11-30T00:00:00.000Z">
</head><body><h2 id="what-to-do-first-section-${i}">Что сделать</h2>${body}
<a href="/ru/reset-the-password-${i + 1}/#what-to-do-first-section">дальше</a></body></html>`;
};

function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('what the steps after the build read from a page', () => {
  it('finds links, ids, the head’s SEO facts, the CSP and the search language', () => {
    const facts = scanPage(page(7, 1));
    expect(facts.links).toEqual(['/ru/reset-the-password-8/#what-to-do-first-section']);
    expect(facts.ids.has('what-to-do-first-section-7')).toBe(true);
    expect(facts.seo.canonical).toBe('https://help.example.org/ru/reset-the-password-7/');
    expect(facts.seo.alternates).toEqual([{ hreflang: 'en', href: 'https://help.example.org/en/reset-the-password-7/' }]);
    expect(facts.seo.modified).toBe('2026-11-30T00:00:00.000Z');
    expect(facts.csp).toContain("script-src 'self' 'sha256-");
    expect(facts.searchLang).toBe('ru');
  });

  it('finds what link previews and assistants read: <html lang dir>, og:title, site name, section, image and the Markdown copy', () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta name="description" content="وصف &amp; المزيد">
<link rel="alternate" type="text/markdown" href="https://help.example.org/ar/x.md"><link rel="alternate" type="application/rss+xml" href="https://help.example.org/ar/rss.xml">
<meta property="og:title" content="عنوان"><meta property="og:site_name" content="مساعدة"><meta property="article:section" content="الأمان">
<meta property="og:image" content="https://help.example.org/ar/x/card.png"></head><body><p lang="en">x</p></body></html>`;
    expect(scanPage(html).about).toEqual({
      lang: 'ar',
      dir: 'rtl',
      title: 'عنوان',
      description: 'وصف & المزيد',
      siteName: 'مساعدة',
      section: 'الأمان',
      image: 'https://help.example.org/ar/x/card.png',
      markdown: 'https://help.example.org/ar/x.md',
    });
  });

  // The sitemap, link check and headers steps keep every page's facts until the last page has been
  // read. A substring in V8 can keep the whole string it was cut from alive: at 20,000 pages that was
  // about a gigabyte of HTML held by a few URLs each.
  it('keeping the facts of many pages does not keep their HTML in memory', () => {
    const pages = 200;
    const kb = 200;
    const before = heapAfterGc();
    const kept = [];
    for (let i = 0; i < pages; i++) kept.push(scanPage(page(i, kb)));
    const held = heapAfterGc() - before;
    expect(kept).toHaveLength(pages);
    // The pages total about 40 MB (UTF-16 in memory: more); their facts are a few hundred bytes each.
    expect(held / 1024 / 1024, 'MB held after scanning').toBeLessThan(8);
  });
});
