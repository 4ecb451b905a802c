/**
 * Reader feedback (issue 26) on the built site, both ways. Without FEEDBACK_ENDPOINT (the production
 * build in dist/): no widget, no thank-you page, no feedback script. With it (tests/support/feedback-site.ts):
 * a widget under every article readers find and every recovery outcome, the search's "tell us" form,
 * the thank-you pages (noindex, outside the sitemap), and the same CSP as without it.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isFallback, isNoindex, page, type BuiltPage } from '../support/dist.ts';
import { sitemapPaths } from '../support/site.ts';
import { FEEDBACK_ENDPOINT, feedbackSite } from '../support/feedback-site.ts';
import { metaCspOf } from '../../src/lib/security/headers.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { readSite } from '../../services/feedback/site.ts';
import { REASONS } from '../../services/feedback/contract.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-config.ts';

const isArticle = (p: BuiltPage) => p.doc.querySelector('[data-article-content]') !== null;
const widgets = (p: BuiltPage) => p.doc.querySelectorAll('section[data-feedback]');
const value = (form: ReturnType<BuiltPage['doc']['querySelector']>, name: string) => form?.querySelector(`input[name="${name}"]`)?.getAttribute('value');

describe('without FEEDBACK_ENDPOINT (dist/)', () => {
  it('has no widget, no feedback form, no thank-you page and no feedback script on any page', () => {
    const found = builtPages()
      .filter((p) => /data-feedback|FeedbackScript|\/feedback\/thanks\//.test(p.html))
      .map((p) => p.url);
    expect(found).toEqual([]);
  });
});

describe(`with FEEDBACK_ENDPOINT=${FEEDBACK_ENDPOINT}`, () => {
  const dist = () => feedbackSite().dist;

  it('shows "Did this solve your problem?" under every article readers find, posting its locale and path, and under no fallback page', () => {
    const problems: string[] = [];
    for (const p of builtPages(dist()).filter(isArticle)) {
      const forms = p.doc.querySelectorAll('section[data-feedback] form');
      if (isNoindex(p) || isFallback(p)) {
        if (forms.length) problems.push(`${p.url}: a widget on a page the service refuses`);
        continue;
      }
      const lang = p.url.split('/')[1];
      if (forms.length < 2) problems.push(`${p.url}: no widget`);
      for (const f of forms.slice(0, 2)) {
        if (f.getAttribute('action') !== FEEDBACK_ENDPOINT || f.getAttribute('method') !== 'post') problems.push(`${p.url}: form posts elsewhere`);
        if (value(f, 'kind') !== 'page' || value(f, 'locale') !== lang || value(f, 'path') !== p.url) problems.push(`${p.url}: ${value(f, 'locale')} ${value(f, 'path')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('offers every reason, a labelled comment of at most 500 characters with the privacy line, and Yes, No and Send', () => {
    const w = widgets(page('/ar/reset-password/', dist()))[0]!;
    expect(w.querySelectorAll('input[name="reason"]').map((r) => r.getAttribute('value'))).toEqual([...REASONS]);
    expect(w.querySelector('input[name="reason"]')?.hasAttribute('required')).toBe(true);
    const comment = w.querySelector('textarea[name="comment"]')!;
    expect(comment.getAttribute('maxlength')).toBe('500');
    expect(w.querySelector(`label[for="${comment.id}"]`)).not.toBeNull();
    expect(w.querySelector(`#${comment.getAttribute('aria-describedby')}`)?.text).toBe('لا تكتب كلمات المرور أو الرموز أو أرقام الهواتف أو عناوين البريد الإلكتروني.');
    expect(w.querySelector('button[name="helpful"][value="true"]')?.text).toBe('نعم');
    expect(w.querySelector('details summary')?.text).toBe('لا');
    expect(w.querySelector('[data-feedback-status][role="status"]')).not.toBeNull();
  });

  it('asks under every outcome of the recovery page (the full tree) and under the selector itself, each with its outcome', () => {
    const recovery = page('/es/recovery/', dist());
    const outcomes = recovery.doc.querySelectorAll('[data-recovery-tree] [data-recovery-outcome]').map((o) => o.getAttribute('data-recovery-outcome'));
    const asked = recovery.doc.querySelectorAll('[data-recovery-tree] section[data-feedback]').map((w) => value(w.querySelector('form'), 'outcome'));
    expect(outcomes.length).toBeGreaterThan(10);
    expect(asked).toEqual(outcomes);
    const scope = recovery.doc.querySelector('[data-feedback-scope]');
    expect(scope?.querySelector('section[data-feedback][data-feedback-selector]')).not.toBeNull();
    // The article that embeds the selector: its own widget and the selector's.
    const hub = page('/en/cannot-sign-in/', dist());
    expect(hub.doc.querySelectorAll('[data-recovery-embed][data-feedback-scope] section[data-feedback-selector]').length).toBe(1);
    expect(widgets(hub).map((w) => value(w.querySelector('form'), 'path'))).toEqual(['/en/cannot-sign-in/', '/en/cannot-sign-in/']);
  });

  it('puts "tell us what you were looking for" in the search box\'s empty state, sending only kind and locale from the page', () => {
    const form = page('/ru/search/', dist()).doc.querySelector('[data-search-page] [data-search-empty] form[data-feedback-search]');
    expect(form?.querySelectorAll('input').map((i) => `${i.getAttribute('name')}=${i.getAttribute('value')}`)).toEqual(['kind=search', 'locale=ru']);
  });

  it("has a thank-you page per locale (noindex, outside the sitemap), and every page the widget names is one the service takes", () => {
    for (const l of LOCALE_CODES) {
      const thanks = page(`/${l}/feedback/thanks/`, dist());
      expect(isNoindex(thanks), l).toBe(true);
      expect(thanks.doc.querySelector('[data-feedback-thanks]')).not.toBeNull();
    }
    expect(sitemapPaths(dist()).filter((p) => p.includes('/feedback/'))).toEqual([]);
    const site = readSite(dist(), DEFAULT_SITE_URL, '/');
    expect(site.hasThanksPages).toBe(true);
    const refused: string[] = [];
    for (const p of builtPages(dist())) {
      for (const f of p.doc.querySelectorAll('form[data-feedback-form]')) {
        const path = value(f, 'path');
        const outcome = value(f, 'outcome');
        if (path && site.pages.get(path) !== value(f, 'locale')) refused.push(`${p.url}: path ${path}`);
        if (outcome && !site.outcomes.has(outcome)) refused.push(`${p.url}: outcome ${outcome}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('keeps the CSP of the site without the widget (connect-src and form-action stay \'self\')', () => {
    const csp = new Set(builtPages(dist()).map((p) => metaCspOf(p.html)));
    expect([...csp]).toEqual([metaCspOf(page('/en/reset-password/').html)]);
    expect([...csp][0]).toMatch(/connect-src 'self'/);
    expect([...csp][0]).toMatch(/form-action 'self'/);
  });
});
