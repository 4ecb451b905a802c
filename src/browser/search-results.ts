/**
 * What the panel shows, built from text nodes only: no innerHTML, no inline styles (the CSP allows
 * neither). A result is an option with its title and excerpt, and its sections as a group of options;
 * above them, when the words were corrected, a line that offers the words as typed.
 */
import type { Translator } from '../i18n/format.ts';
import type { ExcerptPart, ResultView, SearchUiKey } from '../lib/search/results.ts';
import type { Listbox } from './search-listbox.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
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

interface Target {
  list: HTMLUListElement;
  box: Listbox;
  t: Translator<SearchUiKey>;
  /** Option ids are `<idBase>-<n>`. */
  idBase: string;
  onChoose?: (() => void) | undefined;
}

function option({ box, idBase, onChoose }: Target, url: string, title: string, parts: ExcerptPart[]) {
  const a = el('a', 'search-option');
  a.href = url;
  a.id = `${idBase}-${box.options.length}`;
  a.tabIndex = -1;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  const t = el('span', 'search-option-title');
  t.textContent = title;
  a.append(t, excerpt(parts));
  a.addEventListener('click', () => onChoose?.());
  box.add(a);
  return a;
}

/** Appends `views` to the list, each option registered with the listbox. */
export function renderResults(target: Target, views: ResultView[]): void {
  for (const v of views) {
    const li = el('li', 'search-result');
    li.setAttribute('role', 'presentation');
    li.append(option(target, v.url, v.title, v.excerpt));
    if (v.sections.length) {
      const group = el('ul', 'search-sections');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', target.t('search.sectionsOf', { title: v.title }));
      for (const s of v.sections) {
        const sli = el('li');
        sli.setAttribute('role', 'presentation');
        sli.append(option(target, s.url, s.title, s.excerpt));
        group.append(sli);
      }
      li.append(group);
    }
    target.list.append(li);
  }
}

/**
 * "Showing results for «забыл пароль» — search for «забыл пороль» instead": the link searches the words
 * as typed (`exact=1` on the search page without JavaScript; `searchExact` here).
 */
export function showCorrection(
  { correction, searchPage, t }: { correction: HTMLElement; searchPage: string; t: Translator<SearchUiKey> },
  searched: string,
  typed: string,
  searchExact: () => void,
): void {
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
    searchExact();
  });
  correction.append(document.createTextNode(`${t('search.correction', { query: searched })} — `), link);
  correction.hidden = false;
}
