import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, htmlToText, jsonLdProblems, publisher, techArticle, webSite, type JsonLdSite } from '../../src/lib/seo/jsonld.ts';

const site: JsonLdSite = { site: 'https://help.example', base: '/help/', name: 'Xiaomi Account Help', logo: '/logo.png', image: '/share.png' };

describe('an article’s structured data', () => {
  const block = techArticle(site, {
    path: '/en/reset-password/',
    headline: 'Reset your password',
    description: 'Reset a forgotten password by SMS or email.',
    inLanguage: 'en',
    published: new Date('2026-11-20T00:00:00Z'),
    modified: new Date('2026-11-24T00:00:00Z'),
  });

  it('is a complete TechArticle in the page’s language, published by the site (not by Xiaomi)', () => {
    expect(block).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Reset your password',
      inLanguage: 'en',
      datePublished: '2026-11-20',
      dateModified: '2026-11-24',
      url: 'https://help.example/help/en/reset-password/',
      image: 'https://help.example/help/share.png',
      publisher: { '@type': 'Organization', name: 'Xiaomi Account Help', logo: { url: 'https://help.example/help/logo.png' } },
    });
    expect(jsonLdProblems(block)).toEqual([]);
  });

  it('shows the article’s own share card when it has one (the picture its link preview shows)', () => {
    const withCard = techArticle(site, {
      path: '/en/reset-password/', headline: 'Reset your password', description: 'Reset a forgotten password by SMS or email.',
      inLanguage: 'en', published: new Date('2026-11-20T00:00:00Z'), modified: new Date('2026-11-24T00:00:00Z'),
      image: '/en/reset-password/card.png',
    });
    expect(withCard.image).toBe('https://help.example/help/en/reset-password/card.png');
  });

  it('is reported incomplete without a headline, dates or publisher', () => {
    const { headline: _h, datePublished: _d, publisher: _p, ...rest } = block;
    expect(jsonLdProblems({ ...rest, '@context': 'https://schema.org', '@type': 'TechArticle' })).toEqual([
      'headline: expected text',
      'datePublished: expected a date',
      'publisher.name: expected a publisher with a name',
    ]);
  });
});

describe('breadcrumbs', () => {
  it('number the trail from 1 and give every step an absolute URL, the last one the current page', () => {
    const block = breadcrumbList(site, [{ name: 'Home', path: '/en/' }, { name: 'Sign-in', path: '/en/category/sign-in/' }, { name: 'Reset' }], '/en/reset-password/');
    expect(block.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://help.example/help/en/' },
      { '@type': 'ListItem', position: 2, name: 'Sign-in', item: 'https://help.example/help/en/category/sign-in/' },
      { '@type': 'ListItem', position: 3, name: 'Reset', item: 'https://help.example/help/en/reset-password/' },
    ]);
    expect(jsonLdProblems(block)).toEqual([]);
  });

  it('are reported incomplete when empty', () => {
    expect(jsonLdProblems(breadcrumbList(site, [], '/en/'))).toEqual(['itemListElement: expected at least one item']);
  });
});

describe('the FAQ page', () => {
  it('lists every question with its answer text', () => {
    const block = faqPage(site, { path: '/en/faq/', inLanguage: 'en' }, [
      { question: 'Why no code?', answer: 'Check the number.' },
      { question: 'Locked phone?', answer: 'Sign in with the old account.' },
    ]);
    expect(block.mainEntity).toEqual([
      { '@type': 'Question', name: 'Why no code?', acceptedAnswer: { '@type': 'Answer', text: 'Check the number.' } },
      { '@type': 'Question', name: 'Locked phone?', acceptedAnswer: { '@type': 'Answer', text: 'Sign in with the old account.' } },
    ]);
    expect(jsonLdProblems(block)).toEqual([]);
  });

  it('is reported incomplete when an answer is empty', () => {
    const block = faqPage(site, { path: '/en/faq/', inLanguage: 'en' }, [{ question: 'Why no code?', answer: '' }]);
    expect(jsonLdProblems(block)).toEqual(['mainEntity[0].acceptedAnswer.text: expected the answer text']);
  });
});

describe('a locale home', () => {
  it('describes the website with a search action into that locale’s search page', () => {
    const block = webSite(site, { path: '/es/', searchPath: '/es/search/', name: 'Ayuda', description: 'Guía', inLanguage: 'es' });
    expect(block.url).toBe('https://help.example/help/es/');
    expect(block.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://help.example/help/es/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
    expect(jsonLdProblems(block)).toEqual([]);
  });
});

describe('the publisher', () => {
  it('is the site with its logo', () => {
    expect(publisher(site)).toEqual({
      '@type': 'Organization',
      name: 'Xiaomi Account Help',
      url: 'https://help.example/help/',
      logo: { '@type': 'ImageObject', url: 'https://help.example/help/logo.png' },
    });
  });
});

describe('unknown types', () => {
  it('are reported, so a typo cannot ship', () => {
    expect(jsonLdProblems({ '@context': 'https://schema.org', '@type': 'TechArticel' })).toEqual(['@type: "TechArticel" is not a type this site builds']);
  });
});

describe('answer text from rendered Markdown', () => {
  it('drops tags, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Open <a href="/x/">Settings &gt; Mi&nbsp;Account</a> &amp; tap <strong>Sign out</strong>.</p>\n<ul><li>one</li><li>two</li></ul>')).toBe(
      'Open Settings > Mi Account & tap Sign out. one two',
    );
    expect(htmlToText('<p>It&#39;s &#x201C;fine&#x201D;</p>')).toBe('It\'s “fine”');
  });
});
