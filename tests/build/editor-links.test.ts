import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';
import { builtPages, page } from '../support/dist.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

/**
 * docs/editing.md, "Checks before publishing": a broken link or anchor stops the build, naming the file
 * and the link. The link check runs on the whole built site and reports every broken link at once:
 * one small site with three, built once.
 */
describe('the build refuses broken internal links and anchors', () => {
  let r: FixtureBuild;
  beforeAll(() => {
    const f = fixtureProject('editor-broken-links', { small: ['no-access-to-phone-or-email'] });
    const edit = (path: string, from: string | RegExp, to: string) => {
      const before = f.read(path);
      const after = before.replace(from, to);
      expect(after, `fixture edit of ${path}`).not.toBe(before);
      f.write(path, after);
    };
    edit('content/articles/ru/reset-password.mdx', '(/no-access-to-phone-or-email/)', '(/no-acces-to-phone-or-email/)');
    edit('content/articles/en/cannot-sign-in.mdx', '(/reset-password/)', '(/reset-password/#reset-on-the-phone)');
    // The article's first link to strong-password, whatever its text (a quality gate, tests/build/bad-input.test.ts).
    edit('content/articles/en/reset-password.mdx', /\]\(\/strong-password\/\)/, '](/no-such-article/)');
    r = buildFixture(f);
  });

  it('fails the build', () => {
    expect(r.ok).toBe(false);
  });

  it('a link to a page that does not exist names the source file, the link and what was expected', () => {
    expect(r.output).toContain(
      'content/articles/ru/reset-password.mdx: broken link "/ru/no-acces-to-phone-or-email/" (on /ru/reset-password/): no page at /ru/no-acces-to-phone-or-email/ — expected the path of an existing page',
    );
  });

  it('a link to a heading that does not exist names the source file and lists the headings it could have meant', () => {
    const m = /content\/articles\/en\/cannot-sign-in\.mdx: broken link "\/en\/reset-password\/#reset-on-the-phone" \(on \/en\/cannot-sign-in\/[^)]*\): \/en\/reset-password\/ has no heading or element with id "reset-on-the-phone" — expected one of (#[^,\s]+(?:, #[^,\s]+)*)/.exec(r.output);
    expect(m, 'the broken-anchor line').not.toBeNull();
    // The anchors offered are real headings of the page (read from the published site).
    const offered = m![1]!.split(', ').map((a) => a.slice(1));
    const headings = page('/en/reset-password/').doc.querySelectorAll('[data-article-content] h2[id], [data-article-content] h3[id]').map((h) => h.id);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(headings).toEqual(expect.arrayContaining(offered));
  });

  // From the quality gates: one line with the article, "broken link" and the link.
  it('a broken internal link names the article and the link', () => {
    const line = /content\/articles\/en\/reset-password\.mdx: broken link.*no-such-article/;
    expect(r.output.split('\n').some((l) => line.test(l)), `a line matching ${line}`).toBe(true);
  });
});

describe('the published site', () => {
  it('marks every article body with the content file it comes from, so link errors can name it', () => {
    const articles = builtPages().filter((p) => p.doc.querySelector('[data-article-content]'));
    expect(articles.length).toBeGreaterThan(40);
    const unmarked = articles
      .filter((p) => !new RegExp(`^content/articles/(${LOCALE_CODES.join('|')})/[a-z0-9-]+\\.mdx$`).test(p.doc.querySelector('[data-article-content]')?.getAttribute('data-source') ?? ''))
      .map((p) => p.url);
    expect(unmarked).toEqual([]);
  });
});
