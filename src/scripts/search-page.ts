/** The search page: shows results for ?q= on arrival and keeps the address in step with the box. */
import { attachSearchPanel } from './search-ui.ts';
import { loadEngine } from './search-engine.ts';

export function initSearchPage(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const root = page?.querySelector<HTMLElement>('[data-search-panel]');
  if (!page || !root) return;
  page.hidden = false;
  void loadEngine(root.dataset.bundle ?? '/pagefind/').catch(() => {});
  const panel = attachSearchPanel(root, {
    onQuery: (q) => {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    },
  });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  // No focus on arrival: keyboard users start at the skip link like on every page. The search
  // button and Ctrl+K / "/" put the cursor in this box (search-trigger.ts).
  if (q.trim()) {
    panel.input.value = q;
    void panel.run(q);
  }
}
