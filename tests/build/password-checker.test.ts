import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, page } from '../support/dist.ts';
import { buildFixture, fixtureProject } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { packText } from '../support/password.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { PACK_NAMES, packsFor } from '../../src/lib/password/packs.ts';
import { headersFor, IMMUTABLE_CACHE, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

/** The editor's numbers, read from the file as an editor would write them. */
const rulesYaml = readFileSync(join(ROOT, 'content/password-rules.yaml'), 'utf8');
const number = (key: string) => Number(new RegExp(`^\\s+${key}:\\s*(\\d+)`, 'm').exec(rulesYaml)?.[1]);

const tool = (lang: string) => page(`/${lang}/tools/password-strength/`);
const ancestors = (el: HTMLElement) => {
  const out: string[] = [];
  for (let p = el.parentNode; p; p = p.parentNode) out.push(p.rawTagName?.toLowerCase() ?? '');
  return out;
};

describe('the password-strength page in every language', () => {
  it.each(LOCALE_CODES)('%s: the server-rendered page already shows the field, the privacy notice and the tips', (lang) => {
    const t = DICTIONARIES[lang];
    const { doc } = tool(lang);
    expect(doc.querySelector('h1')?.text).toBe(t['password.title']);
    const input = doc.querySelector('[data-password-input]')!;
    expect(input).toBeTruthy();
    expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.text.trim()).toBe(t['password.label']);
    expect(doc.querySelector('[data-password-privacy]')?.text).toContain(t['password.privacyText']);
    expect(doc.querySelector('[data-password-privacy]')?.text).toContain(t['password.privacyLike']);
    expect(doc.querySelector('[data-password-privacy] a[href="https://account.xiaomi.com/"]')).toBeTruthy();
    expect(doc.querySelectorAll('[data-password-tips] li')).toHaveLength(7);
    expect(doc.querySelector('[data-password-article]')?.getAttribute('href')).toBe(`/${lang}/strong-password/`);
    expect(doc.querySelector('[data-password-announce]')?.getAttribute('aria-live')).toBe('polite');
    expect(doc.querySelector('[data-password-toggle]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it.each(LOCALE_CODES)('%s: without JavaScript a note says the check needs it, above what makes a password strong', (lang) => {
    const { html } = tool(lang);
    const note = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(note).toContain(DICTIONARIES[lang]['password.noJs']);
  });

  it.each(LOCALE_CODES)('%s: the field is private by construction (no form, no name, no autocomplete, spellcheck or autocorrect)', (lang) => {
    const input = tool(lang).doc.querySelector('[data-password-input]')!;
    expect(input.getAttribute('type')).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('autocapitalize')).toBe('off');
    expect(input.getAttribute('autocorrect')).toBe('off');
    expect(input.getAttribute('name')).toBeUndefined();
    expect(ancestors(input)).not.toContain('form');
  });

  it.each(LOCALE_CODES)('%s: the island is hydrated when visible and its word lists are not part of the page', (lang) => {
    const { doc, html } = tool(lang);
    const island = doc.querySelector('astro-island[component-url*="PasswordChecker"]');
    expect(island?.getAttribute('client')).toBe('visible');
    expect(html).not.toMatch(new RegExp(`_astro/(${PACK_NAMES.join('|')})\\.[\\w-]+\\.txt`));
    expect(html).not.toMatch(/_astro\/load\.[\w-]+\.js/);
  });

  it.each(LOCALE_CODES)('%s: the island is told which word lists its language needs (no Spanish on the Russian page, Indonesian on Indonesian pages only)', (lang) => {
    const props = tool(lang).doc.querySelector('astro-island[component-url*="PasswordChecker"]')!.getAttribute('props') ?? '';
    const lists = JSON.parse(props.replace(/&quot;/g, '"')).lists as [number, [number, string][]];
    expect(lists[1].map(([, name]) => name)).toEqual(packsFor(lang));
  });

  it.each(LOCALE_CODES)('%s: no inline style attributes (the CSP forbids them)', (lang) => {
    expect(tool(lang).html).not.toMatch(/<[^>]+\sstyle=/);
  });

  it.each(LOCALE_CODES)("%s: Xiaomi's rule comes with the editor's numbers, as a prop for the island, and the tips keep long-password advice away from Xiaomi", (lang) => {
    const island = tool(lang).doc.querySelector('astro-island[component-url*="PasswordChecker"]')!;
    const props = (island.getAttribute('props') ?? '').replace(/&quot;/g, '"');
    expect(props).toContain(`"minLength":[0,${number('minLength')}]`);
    expect(props).toContain(`"maxLength":[0,${number('maxLength')}]`);
    expect(props).toContain('"requireSpecial":[0,true]');
    const intro = tool(lang).doc.querySelector('[data-password-rule]')?.text ?? '';
    expect(intro).toContain(String(number('minLength')));
    expect(intro).toContain(String(number('maxLength')));
    expect(intro).toContain(DICTIONARIES[lang]['password.ruleSpecial']);
    const tips = tool(lang).doc.querySelectorAll('[data-password-tips] li').map((li) => li.text);
    expect(tips[0]).toContain(String(number('maxLength')));
    expect(tips[0]).not.toContain(String(number('recommendedLength')));
    expect(tips.find((t) => t.includes(String(number('recommendedLength'))))).toContain('Xiaomi');
  });

  it('the island gets the words of its page’s language only', () => {
    const props = (lang: string) => tool(lang).doc.querySelector('astro-island[component-url*="PasswordChecker"]')!.getAttribute('props') ?? '';
    expect(props('ru')).toContain(DICTIONARIES.ru['password.warning.wrongLayout']);
    expect(props('ru')).not.toContain(DICTIONARIES.en['password.warning.wrongLayout']);
    expect(props('en')).toContain(DICTIONARIES.en['password.warning.wrongLayout']);
  });
});

describe('the packed word lists', () => {
  const assets = readdirSync(join(DIST, '_astro'));
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const island = readFileSync(join(DIST, '_astro', assets.find((f) => /^PasswordChecker\.[\w-]+\.js$/.test(f))!), 'utf8');

  it.each(PACK_NAMES)('%s ships once, under a content-hashed name, exactly as committed, cached for a year', (name) => {
    const files = assets.filter((f) => new RegExp(`^${name}\\.[\\w-]{8}\\.txt$`).test(f));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(DIST, '_astro', files[0]!), 'utf8') === packText(name)).toBe(true);
    expect(headersFor(rules, `/_astro/${files[0]}`)['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(island).toContain(`/_astro/${files[0]}`);
  });
});

describe('the checker in articles', () => {
  it.each(['ru', 'en', 'es'])('%s: the strong-password article links to the tool and embeds the checker', (lang) => {
    const { doc } = page(`/${lang}/strong-password/`);
    const content = doc.querySelector('[data-article-content]')!;
    expect(content.querySelectorAll('a').some((a) => a.getAttribute('href') === `/${lang}/tools/password-strength/`)).toBe(true);
    expect(content.querySelector('astro-island[component-url*="PasswordChecker"]')?.getAttribute('client')).toBe('visible');
    expect(content.querySelector('[data-password-tool]')?.getAttribute('data-pagefind-ignore')).toBe('all');
  });

  it('no other page loads the checker', () => {
    const withChecker = builtPages()
      .filter((p) => p.doc.querySelector('astro-island[component-url*="PasswordChecker"]'))
      .map((p) => p.url)
      .sort();
    expect(withChecker).toEqual(LOCALES.flatMap((l) => [`/${l.code}/strong-password/`, `/${l.code}/tools/password-strength/`]).sort());
  });
});

describe('content/password-rules.yaml', () => {
  // Its own small site: each collection is loaded on its own, and the first that fails stops the build.
  it('a wrong value stops the build, naming the file, the field and what was expected', () => {
    const f = fixtureProject('password-rules-bad-number', { small: [] });
    f.write('content/password-rules.yaml', f.read('content/password-rules.yaml').replace(/minLength: \d+/, 'minLength: eight'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/content\/password-rules\.yaml: xiaomi\.minLength: expected a whole number of characters like 8, got "eight"/);
  });
});
