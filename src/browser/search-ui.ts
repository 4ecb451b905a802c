/**
 * One search panel (dialog or search page): a combobox input over a listbox of results.
 * Arrow keys move the active result (aria-activedescendant, search-listbox.ts), Enter opens it.
 * Results are built from text nodes only (search-results.ts). This file runs the queries: as the
 * reader types, more results, the "search for … instead" line.
 */
import { translator, type ClientStrings } from '../i18n/format.ts';
import type { SearchUiKey } from '../lib/search/results.ts';
import { findPages, viewsOf, type PagefindHit, type SearchSources } from './search-engine.ts';
import { listbox } from './search-listbox.ts';
import { el, renderResults, showCorrection } from './search-results.ts';

export interface SearchPanel {
  input: HTMLInputElement;
  focus: () => void;
  /** `exact`: search the words as typed, without corrections ("search for … instead"). */
  run: (query: string, exact?: boolean) => Promise<void>;
}

/** Where a panel's Pagefind bundle, vocabulary and synonyms are, from its data attributes. */
export function sourcesOf(root: HTMLElement): SearchSources {
  const { bundle = '/pagefind/', searchLang = '', synonyms = '', searchSeveral } = root.dataset;
  return { bundle, lang: searchLang, synonyms, ...(searchSeveral ? { several: JSON.parse(searchSeveral) as NonNullable<SearchSources['several']> } : {}) };
}

/** Results loaded at a time: each costs one fragment request (2–5 KB); five fill a phone's screen. */
const PAGE_SIZE = 5;
const DEBOUNCE_MS = 120;

export function attachSearchPanel(root: HTMLElement, hooks: { onChoose?: () => void; onQuery?: (q: string, exact: boolean) => void } = {}): SearchPanel {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const list = root.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const correction = root.querySelector<HTMLElement>('[data-search-correction]')!;
  // The page's strings for what the script says itself (SearchPanel.astro: clientStrings with SEARCH_UI_KEYS).
  const t = translator(JSON.parse(root.dataset.strings ?? '{}') as ClientStrings<SearchUiKey>);
  const sources = sourcesOf(root);
  const searchPage = form.getAttribute('action') ?? '';
  const idBase = list.id;

  const box = listbox(input);
  let hits: PagefindHit[] = [];
  let shown = 0;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query the listed results are for; Enter on a newer one searches first. */
  let listedFor = '';

  const render = (views: Parameters<typeof renderResults>[1]) => renderResults({ list, box, t, idBase, onChoose: hooks.onChoose }, views);

  const reset = () => {
    box.clear();
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    empty.hidden = true;
    correction.replaceChildren();
    correction.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const showMore = async (mine: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const views = await viewsOf(next, sources);
    if (mine !== seq) return;
    const first = box.options.length;
    render(views);
    shown += next.length;
    more.hidden = shown >= hits.length;
    if (first === 0) box.setActive(0);
  };

  const run = async (raw: string, exact = false) => {
    const mine = ++seq;
    clearTimeout(timer);
    hooks.onQuery?.(raw, exact);
    list.setAttribute('aria-busy', 'true');
    if (!raw.trim()) {
      listedFor = raw;
      reset();
      status.textContent = '';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    try {
      const outcome = await findPages(sources, raw, exact);
      if (mine !== seq) return;
      reset();
      listedFor = raw;
      hits = outcome.results.map((r) => r.hit);
      shown = 0;
      if (hits.length === 0) {
        empty.hidden = false;
        status.textContent = t('search.noResults', { query: raw.trim() });
        return; // `finally` still clears aria-busy
      }
      const corrected = outcome.reason ? t('search.correction', { query: outcome.searched }) : '';
      if (outcome.reason) {
        const typed = raw.trim();
        showCorrection({ correction, searchPage, t }, outcome.searched, typed, () => {
          input.value = typed;
          void run(typed, true).then(() => input.focus());
        });
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      await showMore(mine);
      if (mine === seq) {
        // The correction line above already shows what was searched: said aloud with the count, not shown twice.
        const said = el('span', 'sr-only');
        said.textContent = corrected ? `${corrected}. ` : '';
        status.replaceChildren(...(corrected ? [said] : []), t('search.results', { count: hits.length }));
      }
    } catch {
      if (mine === seq) status.textContent = t('search.error');
    } finally {
      if (mine === seq) list.setAttribute('aria-busy', 'false');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    if (!status.textContent) status.textContent = t('search.loading');
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!box.options.length) return;
      e.preventDefault();
      box.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const chosen = box.options[box.active];
      if (chosen && listedFor === input.value) chosen.click();
      else void run(input.value);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  more.addEventListener('click', () => {
    const before = box.options.length;
    void showMore(seq).then(() => {
      // Keep the keyboard where the new results start.
      if (box.options[before]) box.setActive(before);
      input.focus();
    });
  });

  return {
    input,
    focus: () => {
      input.focus();
      input.select();
    },
    run,
  };
}
