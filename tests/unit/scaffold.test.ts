import { describe, expect, it } from 'vitest';
import { newArticleText, today, translationText } from '../../src/lib/content/scaffold.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { readFrontmatter, setFrontmatterField } from '../../src/lib/content/frontmatter.ts';

describe('scaffolding', () => {
  it('a new article is a valid draft in the chosen category', () => {
    const text = newArticleText({ category: 'security', today: '2026-11-25' });
    const fm = readFrontmatter(text);
    expect([fm.aliases, fm.related, fm.draft]).toEqual(['[]', '[]', 'true']);
    const parsed = articleSchema.safeParse({ ...fm, order: Number(fm.order), draft: true, aliases: [], related: [] });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.draft).toBe(true);
    expect(parsed.data?.category).toBe('security');
    expect(parsed.data?.updated.toISOString().slice(0, 10)).toBe('2026-11-25');
  });

  it('a translation is a draft copy that records which version of the original it was made from', () => {
    const source = '---\ntitle: "Сброс"\nupdated: 2026-11-20\nreviewed: 2026-11-19\n---\n\nТекст: с двоеточием.\n';
    const text = translationText(source, { translatedFrom: '2026-11-20', today: '2026-11-25' });
    expect(readFrontmatter(text)).toEqual({ title: 'Сброс', updated: '2026-11-25', reviewed: '2026-11-19', translatedFrom: '2026-11-20', draft: 'true' });
    expect(text.endsWith('\n\nТекст: с двоеточием.\n')).toBe(true);
  });

  it('replaces an existing field instead of adding a second one', () => {
    const text = setFrontmatterField('---\ndraft: false\ntitle: x\n---\nbody', 'draft', 'true');
    expect(text).toBe('---\ndraft: true\ntitle: x\n---\nbody');
  });

  it('refuses a file without frontmatter', () => {
    expect(() => setFrontmatterField('no frontmatter', 'draft', 'true')).toThrow(/frontmatter block/);
  });

  it('dates are calendar days', () => {
    expect(today(new Date('2026-11-25T23:59:00Z'))).toBe('2026-11-25');
  });
});
