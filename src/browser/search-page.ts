/** The search page: shows results for ?q= on arrival and keeps the address in step with the box. */
import { attachSearchPanel, sourcesOf } from './search-ui.ts';
import { warmEngine } from './search-engine.ts';

export function initSearchPage(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const root = page?.querySelector<HTMLElement>('[data-search-panel]');
  if (!page || !root) return;
  page.hidden = false;
  warmEngine(sourcesOf(root));
  const panel = attachSearchPanel(root, {
    onQuery: (q, exact) => {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      // ?exact=1: the reader chose "search for … instead"; typing again allows corrections again.
      if (exact) url.searchParams.set('exact', '1');
      else url.searchParams.delete('exact');
      history.replaceState(history.state, '', url);
    },
  });
  const params = new URLSearchParams(location.search);
  const q = params.get('q') ?? '';
  // No focus on arrival: keyboard users start at the skip link like on every page. The search
  // button and Ctrl+K / "/" put the cursor in this box (search-trigger.ts).
  if (q.trim()) {
    panel.input.value = q;
    void panel.run(q, params.get('exact') === '1');
  }
}
