import { describe, expect, it } from 'vitest';
import { BrokenLinksError, ContentError, ContentSchemaError } from '../../src/lib/content/errors.ts';
import { isoDay, parseDay } from '../../src/lib/content/dates.ts';
import { decodeEntities } from '../../src/lib/entities.ts';
import { frontmatterList, readFrontmatter, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { SLUG } from '../../src/lib/content/slug.ts';
import { fileUrl, normalizeBase } from '../../src/lib/urls.ts';

describe('helpers written once and shared by the build, the scripts and the bench', () => {
  it('frontmatter: the block and the body are split at the closing ---, values unquoted the way YAML writes them', () => {
    const text = '---\ntitle: "Say \\"hi\\": now"\nnote: \'it\'\'s\'\naliases: ["a, b", c, \'d\']\norder: 5 # first\n---\n\n## Body\n';
    expect(splitFrontmatter(text).body).toBe('\n## Body\n');
    expect(splitFrontmatter('no frontmatter').block).toBeUndefined();
    const fm = readFrontmatter(text);
    expect(fm).toMatchObject({ title: 'Say "hi": now', note: "it's", order: '5' });
    expect(frontmatterList(fm.aliases)).toEqual(['a, b', 'c', 'd']);
    expect(frontmatterList('[]')).toEqual([]);
  });

  it('days: written YYYY-MM-DD in UTC, and an impossible day is no day', () => {
    expect(isoDay(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
    expect(parseDay(' 2026-11-24 ')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('24.11.2026')).toBeUndefined();
  });

  it('slugs: lowercase latin words joined by single hyphens', () => {
    expect(['reset-password', 'a1', 'x'].every((s) => SLUG.test(s))).toBe(true);
    expect(['Reset', 'two--hyphens', '-edge', 'сброс', 'a_b'].some((s) => SLUG.test(s))).toBe(false);
  });

  it('entities: numeric references and the usual names are decoded, anything unknown stays as written', () => {
    expect(decodeEntities('&#39;x&#x27; &amp; &lt;b&gt; &nbsp;&foo; &#0;')).toBe("'x' & <b> \u00a0&foo; &#0;");
  });

  it('base paths and built files: one helper each', () => {
    expect(['', '/', 'help', '/help', 'help/', ' /help/ '].map(normalizeBase)).toEqual(['/', '/', '/help/', '/help/', '/help/', '/help/']);
    expect(fileUrl('help', 'ru/x/index.html')).toBe('/help/ru/x/');
  });

  it('content errors list every problem, one line each, with no stack trace', () => {
    const e = new ContentSchemaError(['a.mdx: title: missing', 'b.mdx: order: expected a number']);
    expect(e).toBeInstanceOf(ContentError);
    expect(e.message).toBe('Content does not match its schema (2 problem(s)):\n  - a.mdx: title: missing\n  - b.mdx: order: expected a number');
    expect(e.stack).toBe(e.message);
    expect(new BrokenLinksError([{ source: 'x.mdx', href: '/ru/y/', pages: ['/ru/x/'], reason: 'no page' }]).problems).toEqual(['x.mdx: broken link "/ru/y/" (on /ru/x/): no page']);
  });
});
