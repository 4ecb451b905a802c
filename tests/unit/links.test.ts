import { describe, expect, it } from 'vitest';
import { BrokenLinksError } from '../../src/lib/content/errors.ts';
import { checkLinks, checkSite, extractLinks, formatLinkProblem, scanLinks, type PageLinks } from '../../src/lib/built/links.ts';
import { fileUrl } from '../../src/lib/urls.ts';

const article = (lang: string, slug: string, body: string, source = `content/articles/${lang}/${slug}.mdx`) =>
  extractLinks(
    `/${lang}/${slug}/`,
    `<html><body><a href="#main">skip</a><main id="main"><article id="top"><h1>${slug}</h1>` +
      `<div data-article-content data-source="${source}">${body}</div></article></main></body></html>`,
  );

const filesOf = (pages: PageLinks[], extra: string[] = []) =>
  new Set([...pages.map((p) => (p.url.endsWith('/') ? `${p.url}index.html` : p.url)), ...extra]);

describe('extractLinks', () => {
  it('finds every link with the content file it was written in, and every id', () => {
    const p = article('ru', 'a', '<h2 id="что-делать">Что делать</h2><p><a href="/ru/b/#x">b</a></p>');
    expect(p.links).toEqual([
      { href: '#main', source: undefined },
      { href: '/ru/b/#x', source: 'content/articles/ru/a.mdx' },
    ]);
    expect([...p.ids]).toEqual(expect.arrayContaining(['main', 'top', 'что-делать']));
    expect(p.headingIds).toEqual(['что-делать']);
  });
});

describe('fileUrl', () => {
  it('turns built files into the URLs a reader opens, with the base', () => {
    expect(fileUrl('/', 'index.html')).toBe('/');
    expect(fileUrl('/', 'ru/reset-password/index.html')).toBe('/ru/reset-password/');
    expect(fileUrl('/help', 'ru/404.html')).toBe('/help/ru/404.html');
  });
});

describe('checkLinks', () => {
  it('accepts links to existing pages, files, own headings and headings of other pages', () => {
    const a = article('ru', 'a', '<h2 id="one">One</h2><a href="/ru/b/">b</a> <a href="/ru/b/#шаги">b steps</a> <a href="#one">up</a> <a href="/favicon.svg">icon</a> <a href="#top">top</a>');
    const b = article('ru', 'b', '<h2 id="шаги">Шаги</h2><a href="../a/#one">relative</a> <a href="/ru/b/#%D1%88%D0%B0%D0%B3%D0%B8">encoded</a>');
    expect(checkLinks([a, b], filesOf([a, b], ['/favicon.svg']))).toEqual([]);
  });

  it('ignores external, mail and phone links', () => {
    const a = article('ru', 'a', '<a href="https://account.xiaomi.com/">x</a> <a href="mailto:a@b.c">m</a> <a href="tel:+1">t</a> <a href="//cdn.example/x">c</a>');
    expect(checkLinks([a], filesOf([a]))).toEqual([]);
  });

  it('reports a link to a page that does not exist, naming the content file', () => {
    const a = article('ru', 'a', '<a href="/ru/no-such-article/">x</a>');
    const problems = checkLinks([a], filesOf([a]));
    expect(problems).toHaveLength(1);
    expect(formatLinkProblem(problems[0]!)).toBe(
      'content/articles/ru/a.mdx: broken link "/ru/no-such-article/" (on /ru/a/): no page at /ru/no-such-article/ — expected the path of an existing page, like /reset-password/ (an article\'s file name without .mdx)',
    );
  });

  it('reports an anchor that matches no id on the target page and lists its headings', () => {
    const a = article('en', 'a', '<a href="/en/b/#step-9">x</a> <a href="#nowhere">y</a>');
    const b = article('en', 'b', '<h2 id="step-1">Step 1</h2><h3 id="step-2">Step 2</h3>');
    const lines = checkLinks([a, b], filesOf([a, b])).map(formatLinkProblem);
    expect(lines).toEqual([
      'content/articles/en/a.mdx: broken link "/en/b/#step-9" (on /en/a/): /en/b/ has no heading or element with id "step-9" — expected one of #step-1, #step-2',
      'content/articles/en/a.mdx: broken link "#nowhere" (on /en/a/): this page has no heading or element with id "nowhere" — expected the id of a heading on that page',
    ]);
  });

  it('names the page when a broken link is in a page template rather than in content', () => {
    const p = extractLinks('/ru/faq/', '<nav><a href="/ru/missing/">x</a></nav>');
    expect(checkLinks([p], filesOf([p])).map(formatLinkProblem)).toEqual([
      expect.stringMatching(/^page \/ru\/faq\/: broken link "\/ru\/missing\/": no page at \/ru\/missing\//),
    ]);
  });

  it('asks for the trailing slash the site uses', () => {
    const a = article('ru', 'a', '<a href="/ru/b">b</a>');
    const b = article('ru', 'b', '');
    expect(checkLinks([a, b], filesOf([a, b]))[0]?.reason).toBe('expected a slash at the end: /ru/b/');
  });

  it('respects the base path: links must stay under it', () => {
    const a = extractLinks('/help/ru/a/', '<div data-source="content/articles/ru/a.mdx"><a href="/help/ru/b/">ok</a> <a href="/ru/b/">no base</a></div>');
    const b = extractLinks('/help/ru/b/', '<p>b</p>');
    const problems = checkLinks([a, b], new Set(['/help/ru/a/index.html', '/help/ru/b/index.html']), '/help/');
    expect(problems.map((p) => [p.href, p.reason])).toEqual([['/ru/b/', 'points outside the site: expected a path under /help/']]);
  });

  it('reports the same broken link once, with every page it appears on', () => {
    const source = 'content/articles/en/a.mdx';
    const en = article('en', 'a', '<a href="/en/gone/">x</a>', source);
    const ar = article('ar', 'a', '<a href="/en/gone/">x</a>', source);
    const problems = checkLinks([en, ar], filesOf([en, ar]));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pages).toEqual(['/en/a/', '/ar/a/']);
  });

  it('fails with one line per problem', () => {
    const a = article('ru', 'a', '<a href="/ru/x/">x</a><a href="/ru/y/">y</a>');
    const error = new BrokenLinksError(checkLinks([a], filesOf([a])));
    expect(error.message.split('\n')).toHaveLength(3);
    expect(error.message).toMatch(/^2 broken link\(s\):\n {2}- content\/articles\/ru\/a\.mdx: broken link "\/ru\/x\/"/);
  });
});

describe('anchor suggestions', () => {
  it('come from the headings of the content, not from the page around it', () => {
    const p = extractLinks('/en/a/', '<div data-source="content/articles/en/a.mdx"><h2 id="one">One</h2></div><section><h2 id="related-heading">Related</h2></section>');
    expect(p.headingIds).toEqual(['one']);
  });
});

describe('the fast link scanner', () => {
  const html = `<!doctype html><html><head><script>const s = '<a href="/in-script/">';</script><!-- <a href="/in-comment/"> --></head>
    <body><h2 id="steps">Steps</h2><a name="old-anchor"></a><input name="q">
    <p aria-label="A > B"><a class="x" href="/ru/a/?x=1&amp;y=2#steps">a</a> <a href='/ru/b/'>b</a> <area href="/ru/c/"></p></body></html>`;

  it('reads the same links and ids as the DOM reader, ignoring scripts and comments', () => {
    const fast = scanLinks('/ru/x/', html);
    const dom = extractLinks('/ru/x/', html);
    expect(fast.links.map((l) => l.href)).toEqual(['/ru/a/?x=1&y=2#steps', '/ru/b/', '/ru/c/']);
    expect(fast.links.map((l) => l.href)).toEqual(dom.links.map((l) => l.href));
    expect([...fast.ids].sort()).toEqual([...dom.ids].sort());
    expect(fast.ids.has('q')).toBe(false);
  });

  it('on a broken site re-reads pages so problems still name their content file', () => {
    const page = `<div data-source="content/articles/ru/x.mdx"><a href="/ru/missing/">m</a></div>`;
    const problems = checkSite(new Set(['/ru/x/index.html']), [{ links: scanLinks('/ru/x/', page), read: () => page }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.source).toBe('content/articles/ru/x.mdx');
  });
});
