/**
 * One search panel (dialog or search page): a combobox input over a listbox of results.
 * Arrow keys move the active result (aria-activedescendant), Enter opens it. Results are built
 * from text nodes only: no innerHTML, no inline styles (the CSP allows neither).
 */
import { translator, type ClientStrings } from '../i18n/format.ts';
import { moveActive, type ExcerptPart, type ResultView, type SearchUiKey } from '../lib/search/results.ts';
import { findPages, viewsOf, type PagefindHit, type SearchSources } from './search-engine.ts';

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function excerpt(parts: ExcerptPart[]): HTMLSpanElement {
  const span = el('span', 'search-option-excerpt');
  for (const p of parts) {
    if (p.mark) {
      const mark = el('mark');
      mark.textContent = p.text;
      span.append(mark);
    } else span.append(document.createTextNode(p.text));
  }
  return span;
}

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

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let hits: PagefindHit[] = [];
  let shown = 0;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query the listed results are for; Enter on a newer one searches first. */
  let listedFor = '';

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (url: string, title: string, parts: ExcerptPart[]) => {
    const a = el('a', 'search-option');
    a.href = url;
    a.id = `${idBase}-${options.length}`;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    const t = el('span', 'search-option-title');
    t.textContent = title;
    a.append(t, excerpt(parts));
    a.addEventListener('click', () => hooks.onChoose?.());
    options.push(a);
    return a;
  };

  const render = (views: ResultView[]) => {
    for (const v of views) {
      const li = el('li', 'search-result');
      li.setAttribute('role', 'presentation');
      li.append(option(v.url, v.title, v.excerpt));
      if (v.sections.length) {
        const group = el('ul', 'search-sections');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', t('search.sectionsOf', { title: v.title }));
        for (const s of v.sections) {
          const sli = el('li');
          sli.setAttribute('role', 'presentation');
          sli.append(option(s.url, s.title, s.excerpt));
          group.append(sli);
        }
        li.append(group);
      }
      list.append(li);
    }
  };

  const reset = () => {
    options = [];
    active = -1;
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
    const first = options.length;
    render(views);
    shown += next.length;
    more.hidden = shown >= hits.length;
    if (first === 0) setActive(0);
  };

  /** "Showing results for «забыл пароль» — search for «забыл пороль» instead" (a link that searches as typed). */
  const showCorrection = (searched: string, typed: string) => {
    const link = el('a');
    const url = new URL(searchPage, location.href);
    url.searchParams.set('q', typed);
    url.searchParams.set('exact', '1');
    link.href = url.pathname + url.search;
    link.textContent = t('search.instead', { query: typed });
    link.dataset.searchInstead = '';
    link.addEventListener('click', (e) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      input.value = typed;
      void run(typed, true).then(() => input.focus());
    });
    correction.append(document.createTextNode(`${t('search.correction', { query: searched })} — `), link);
    correction.hidden = false;
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
      if (outcome.reason) showCorrection(outcome.searched, raw.trim());
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
      if (!options.length) return;
      e.preventDefault();
      setActive(moveActive(active, e.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const chosen = options[active];
      if (chosen && listedFor === input.value) chosen.click();
      else void run(input.value);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  more.addEventListener('click', () => {
    const before = options.length;
    void showMore(seq).then(() => {
      // Keep the keyboard where the new results start.
      if (options[before]) setActive(before);
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
