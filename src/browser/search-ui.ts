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

/** Results listed for a query, and added by "more": each costs one fragment request (3–5 KB gzip). */
const PAGE_SIZE = 5;
/**
 * Of those, loaded at once: what the list shows before the reader scrolls (two, in the dialog on a
 * phone or a laptop) and the next. The rest of the page loads when the last one listed comes into
 * view or the arrow keys reach it.
 */
const FIRST_LOAD = 3;
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
  /** Hits listed, and hits the reader asked for (a page, one more per "more"): the rest load as they come into view. */
  let shown = 0;
  let wanted = 0;
  /** The listing under way, so two never interleave. */
  let listing: Promise<unknown> = Promise.resolve();
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query the listed results are for; Enter on a newer one searches first. */
  let listedFor = '';

  const render = (views: Parameters<typeof renderResults>[1]) => renderResults({ list, box, t, idBase, onChoose: hooks.onChoose }, views);

  /** The last listed result coming into view lists the rest of the page (without the observer: at once). */
  const watcher =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) void listUpTo(wanted, seq).catch(() => (more.hidden = false));
        })
      : undefined;

  /** Lists hits up to `upTo` (each loads its fragment) after any listing under way, unless a newer query came. */
  const listUpTo = (upTo: number, mine: number): Promise<void> => {
    const step = listing.then(async () => {
      if (mine !== seq || shown >= upTo) return;
      const next = hits.slice(shown, upTo);
      const views = await viewsOf(next, sources);
      if (mine !== seq) return;
      const first = box.options.length;
      render(views);
      shown += next.length;
      if (first === 0) box.setActive(0);
    });
    listing = step.catch(() => {});
    return step.then(() => {
      if (mine !== seq) return undefined;
      // "More" adds a page beyond the one asked for; what is asked for but not listed comes into view first.
      more.hidden = wanted >= hits.length;
      watcher?.disconnect();
      if (shown >= wanted) return undefined;
      if (!watcher || !list.lastElementChild) return listUpTo(wanted, mine);
      watcher.observe(list.lastElementChild);
      return undefined;
    });
  };

  const reset = () => {
    watcher?.disconnect();
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
      wanted = Math.min(PAGE_SIZE, hits.length);
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
      await listUpTo(Math.min(FIRST_LOAD, wanted), mine);
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
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      // At either end of what is listed, with more of the page to come: list it first, then move (no wrap past it).
      const atEnd = delta === 1 ? box.active === box.options.length - 1 : box.active <= 0;
      if (atEnd && shown < wanted) {
        const mine = seq;
        void listUpTo(wanted, mine).then(() => mine === seq && box.move(delta), () => (more.hidden = false));
      } else box.move(delta);
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
    wanted = Math.min(wanted + PAGE_SIZE, hits.length);
    void listUpTo(wanted, seq).then(() => {
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
