#!/usr/bin/env node
/**
 * `npm run search:try -- --locale ru "забыл пороль"`: what the site's search returns for a reader's
 * words, in Node, against the built dist/pagefind/ — the same query code as the browser
 * (src/lib/search/engine.ts: normal form, corrections, lexicon, synonyms, transliteration, keyboard layout, ranking).
 * Prints the top 5 with the words each matched and any correction applied. Build the site first.
 * A partial locale (Hindi) searches its own index and its fallback languages' as its pages do
 * (data-search-several of the built page): English pages it shows come back at /hi/… addresses.
 *
 *   npm run search:try -- --locale es "olvide contrasena"
 *   npm run search:try -- --locale ru --exact "забыл пороль"     (as typed, no corrections)
 *   npm run search:try -- --locale en --top 10 --json "forgot pasword"
 *   --dist <dir>   a built site elsewhere (default dist/)
 *
 * Module: const s = await openSiteSearch({ dist, lang }); const r = await s.search('…', { exact });
 *         r = { ...SearchOutcome, top: [{ url, title, kind, matched, marked }] }
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { searchSite } from '../src/lib/search/engine.ts';
import { localizeView, toResultView } from '../src/lib/search/results.ts';
import { unionWordSource, wordSource } from '../src/lib/search/vocabulary.ts';
import { LOCALES } from '../src/i18n/locales.ts';

/** Pagefind's browser bundle fetches its files; in Node those are files of dist/. */
function allowFileFetch() {
  if (globalThis.fetch.__fileAware) return;
  const web = globalThis.fetch;
  const fileFetch = async (input, init) => {
    const url = String(input?.url ?? input);
    if (!url.startsWith('file:')) return web(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.replace(/\?.*$/, ''))), { status: 200 });
    } catch {
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }
  };
  fileFetch.__fileAware = true;
  globalThis.fetch = fileFetch;
}

/** PAGEFIND_OPTIONS of src/browser/search-engine.ts, read from there so the two never differ. */
async function pagefindOptions() {
  const src = await readFile(new URL('../src/browser/search-engine.ts', import.meta.url), 'utf8');
  const m = /export const PAGEFIND_OPTIONS = (\{[\s\S]*?\n\});/.exec(src);
  if (!m) throw new Error('search:try: could not read PAGEFIND_OPTIONS from src/browser/search-engine.ts');
  return Function(`return (${m[1].replace(/^\s*\/\/.*$/gm, '')})`)();
}

const text = async (url) => readFile(fileURLToPath(url), 'utf8');

/**
 * A partial locale's search scope, as its pages hand it to the browser (SearchPanel's
 * data-search-several: the languages' indexes to search, the `shown` filter, the paths to rewrite),
 * read from the built search page so Node searches exactly what the browser does. Undefined for a full locale.
 */
export async function scopeOf(root, lang) {
  // The locale's search page holds the search panel (the dialog fetches it from there).
  const html = await readFile(join(root, lang, 'search', 'index.html'), 'utf8').catch(() => '');
  const m = /data-search-several="([^"]*)"/.exec(html);
  if (!m) return undefined;
  return JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&'));
}

export async function openSiteSearch({ dist = 'dist', lang }) {
  const root = resolve(dist);
  const locale = LOCALES.find((l) => l.code === lang);
  if (!locale) throw new Error(`search:try: unknown locale "${lang}"; expected one of ${LOCALES.map((l) => l.code).join(', ')}`);
  const bundle = join(root, 'pagefind');
  if (!existsSync(join(bundle, 'pagefind.js'))) throw new Error(`search:try: no Pagefind bundle in ${bundle}: run "npm run build" first`);
  allowFileFetch();
  const searchLang = locale.searchLang;
  // A partial locale (Hindi) searches its own index and its fallback languages', like the browser
  // (src/browser/search-engine.ts, loadEngine): only the pages it shows, at its own address.
  const several = await scopeOf(root, lang);
  if (!several && !locale.full) throw new Error(`search:try: ${lang} is a partial locale, but ${join(root, lang, 'search', 'index.html')} names no languages to search (data-search-several): its search would read its own index only`);
  const langs = several?.langs ?? [searchLang];
  // Pagefind picks the first index by the page's <html lang>: give it the first language searched.
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => langs[0] }) };
  // One module per locale: Pagefind keeps its WebAssembly (the language's stemmer) module-wide.
  const pagefind = await import(`${pathToFileURL(join(bundle, 'pagefind.js')).href}?lang=${lang}`);
  const options = await pagefindOptions();
  const instance = pagefind.createInstance(options);
  delete globalThis.document;
  await instance.init();
  const bundleUrl = pathToFileURL(bundle).href;
  const { noWorker: _, ...perIndex } = options;
  // The same bundle under another spelling of its path: Pagefind skips a merge of its own path.
  for (const language of langs.slice(1)) await instance.mergeIndex(`${bundleUrl}/./`, { ...perIndex, language });
  let synonyms;
  const resources = {
    words: unionWordSource(langs.map((l) => wordSource(`${bundleUrl}/words/${l}.json`, text))),
    lexicon: unionWordSource([...new Set([searchLang, ...langs])].map((l) => wordSource(`${bundleUrl}/words/lexicon/${l}.json`, text))),
    synonyms: () => (synonyms ??= text(pathToFileURL(join(root, lang, 'search', 'synonyms.json')).href).then(JSON.parse)),
  };
  const only = several ? { shown: several.shown } : {};
  const backend = {
    search: async (q) => (await instance.search(q, several ? { filters: only } : undefined))?.results ?? [],
    aliasPages: async (key) => (await instance.search(null, { filters: { alias: key, ...only } }))?.results ?? [],
  };
  const viewOf = (data) => (several ? localizeView(toResultView(data), several.from, several.to) : toResultView(data));
  return {
    lang,
    async search(raw, { exact = false, top = 5 } = {}) {
      const outcome = await searchSite(raw, { lang: searchLang, exact }, backend, resources);
      const shown = await Promise.all(
        outcome.results.slice(0, top).map(async (r) => {
          const view = viewOf(await r.hit.data());
          const marked = [...new Set(view.excerpt.filter((p) => p.mark).map((p) => p.text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}-]+/gu, "")).filter(Boolean))];
          return { url: view.url, title: view.title, kind: r.kind, matched: r.matched, marked };
        }),
      );
      return { ...outcome, top: shown };
    },
    close: () => instance.destroy(),
  };
}

function parseArgs(argv) {
  const out = { lang: undefined, dist: 'dist', exact: false, json: false, top: 5, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--locale' || a === '--lang') out.lang = argv[++i];
    else if (a === '--dist') out.dist = argv[++i];
    else if (a === '--top') out.top = Number(argv[++i]);
    else if (a === '--exact') out.exact = true;
    else if (a === '--json') out.json = true;
    else out.words.push(a);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const query = args.words.join(' ');
  if (!args.lang || !query.trim()) {
    console.error(`usage: npm run search:try -- --locale <${LOCALES.map((l) => l.code).join('|')}> [--exact] [--top N] [--json] "what a reader types"`);
    process.exit(2);
  }
  try {
    const s = await openSiteSearch({ dist: args.dist, lang: args.lang });
    const r = await s.search(query, { exact: args.exact, top: args.top });
    if (args.json) console.log(JSON.stringify(r, (k, v) => (k === 'hit' ? undefined : v), 2));
    else {
      const lines = [`${args.lang}: "${r.typed}"${args.exact ? ' (exact)' : ''}`];
      if (r.reason === 'typo') lines.push(`  corrected: ${r.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')} — searched "${r.searched}"`);
      if (r.reason === 'layout') lines.push(`  typed on the English layout: searched "${r.searched}"`);
      if (r.reason === 'translit') lines.push(`  read as ${args.lang === 'hi' ? 'Hindi' : 'Russian'} typed in Latin letters: searched "${r.searched}"`);
      if (r.synonyms.length) lines.push(`  also searched with the site's words: ${r.synonyms.map((s) => `"${s}"`).join(', ')}`);
      lines.push(`  ${r.results.length} result(s)${r.results.length ? `, top ${r.top.length}:` : ''}`);
      r.top.forEach((t, i) => {
        lines.push(`  ${i + 1}. ${t.title}  ${t.url}`);
        lines.push(`     ${t.kind === 'partial' ? 'matched some words' : t.kind === 'synonym' ? 'matched via synonym' : t.kind === 'alias' ? 'alias matched exactly' : 'matched every word'}: ${t.matched.join(', ')}${t.marked.length ? `; in the text: ${t.marked.join(', ')}` : ''}`);
      });
      console.log(lines.join('\n'));
    }
    await s.close();
  } catch (e) {
    console.error(String(e?.message ?? e));
    process.exit(1);
  }
}
