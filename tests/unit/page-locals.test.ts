import { describe, expect, it } from 'vitest';
import { attachPageLocals, setPageLocals } from '../../src/data/locals.ts';
import type { PageContext } from '../../src/data/page.ts';

const ctx = { lang: 'en' } as PageContext;

describe('the page handed to components (Astro.locals.page)', () => {
  it('stops the build, naming the page, when a component reads it before the page handed its route over', () => {
    const locals = {} as App.Locals;
    attachPageLocals(locals, new URL('https://example.test/en/faq/'));
    expect(() => locals.page).toThrow(/^\/en\/faq\/: .*setPageLocals\(Astro\.locals, route\)/);
  });

  it("gives components the page's context, and the page's own language for its text unless the route says otherwise", () => {
    const locals = {} as App.Locals;
    attachPageLocals(locals, new URL('https://example.test/en/'));
    setPageLocals(locals, { ctx });
    expect(locals.page.ctx).toBe(ctx);
    expect(locals.page.content).toEqual({ pageLang: 'en', contentLang: 'en' });
    setPageLocals(locals, { ctx, content: { pageLang: 'en', contentLang: 'ru', contentFile: 'content/articles/ru/x.mdx' } });
    expect(locals.page.content.contentLang).toBe('ru');
  });
});
