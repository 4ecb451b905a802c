import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltSite } from '../../src/integrations/built-site.ts';
import { runPipeline } from '../../src/integrations/pipeline.ts';
import { searchIndex } from '../../src/integrations/steps/search-index.ts';
import { walk } from '../support/dist.ts';

/**
 * A small site is indexed by two Pagefind processes at once (both cores), a large one a language at a
 * time as its pages stream by (src/integrations/steps/search-index.ts). Both must give the reader the
 * same search: the same files, byte for byte, and the same errors.
 */
const LANGS = ['ru', 'en', 'es'];
const WORDS: Record<string, string[]> = {
  ru: ['пароль', 'аккаунт', 'код', 'телефон', 'почта', 'вход'],
  en: ['password', 'account', 'code', 'phone', 'email', 'sign'],
  es: ['contraseña', 'cuenta', 'código', 'teléfono', 'correo', 'acceso'],
};

const page = (lang: string, i: number) => {
  const w = WORDS[lang]!;
  const text = Array.from({ length: 40 }, (_, k) => w[(i + k) % w.length]).join(' ');
  return `<!doctype html><html lang="${lang}" data-pagefind-lang="${lang}"><head><title>${w[i % w.length]} ${i}</title></head><body><main data-pagefind-body><h1>${w[i % w.length]} ${i}</h1><p>${text}</p></main></body></html>`;
};

const roots: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-cores-'));
  roots.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}
afterAll(() => {
  for (const d of roots) rmSync(d, { recursive: true, force: true });
});

const lines: string[] = [];
const logger = {
  fork: () => logger,
  info: (l: string) => lines.push(l),
  warn: (l: string) => lines.push(l),
  error: (l: string) => lines.push(l),
  debug: () => {},
} as unknown as AstroIntegrationLogger;

/** Runs the search-index step alone over `dir`; two processes when the site has at most `smallSiteFiles` pages. */
const index = (dir: string, smallSiteFiles: number) => runPipeline([searchIndex(LANGS, { smallSiteFiles })], new BuiltSite(dir, '/'), [], logger);

const files = (dir: string) => Object.fromEntries(walk(join(dir, 'pagefind')).map((f) => [relative(dir, f), readFileSync(f).toString('base64')]));

describe('the search index on one core and on two', () => {
  const pages: Record<string, string> = {};
  // Unequal languages, so the two processes get unequal shares.
  LANGS.forEach((lang, l) => {
    for (let i = 0; i < 6 + l * 5; i++) pages[`${lang}/a-${i}/index.html`] = page(lang, i);
  });

  it('gives the same files, byte for byte, with every language in the entry file', async () => {
    const two = site(pages);
    const one = site(pages);
    await index(two, 1_000);
    await index(one, 0);
    const a = files(two);
    expect(Object.keys(a).length).toBeGreaterThan(5);
    expect(a).toEqual(files(one));
    const entry = JSON.parse(readFileSync(join(two, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]))).toEqual({ en: 11, es: 16, ru: 6 });
  }, 60_000);

  it('stops with the same message either way when a language’s pages are split across folders', async () => {
    const stray = { ...pages, 'en/zz/index.html': page('ru', 1) };
    for (const small of [1_000, 0]) {
      // In path order: en/…, en/zz (a Russian page), es/…, then ru/a-0 — Russian again.
      await expect(index(site(stray), small), `smallSiteFiles ${small}`).rejects.toThrow("search-index: ru/a-0/index.html is a ru page outside the other ru pages' folder");
    }
  }, 60_000);
});
