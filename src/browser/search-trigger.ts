/**
 * On every page, a few lines: turns the header's search link into a button and listens for the
 * shortcuts. The dialog code and Pagefind load only on first use: pointer over or focus on the
 * button (a head start), a click, Ctrl+K / ⌘K or "/". On the search page they focus its own box.
 */
import { isSearchShortcut } from '../lib/search/keys.ts';

type DialogModule = typeof import('./search-dialog.ts');

export function initSearchTrigger(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (!trigger) return;
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  let dialog: Promise<DialogModule> | undefined;
  const load = () => (dialog ??= import('./search-dialog.ts'));
  const warm = () => void load().then((m) => m.warmSearch(trigger));
  const open = () => {
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    void load().then((m) => m.openSearch(trigger));
  };

  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
  trigger.addEventListener('pointerenter', warm, { once: true });
  trigger.addEventListener('focus', warm, { once: true });
  trigger.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return; // a new tab gets the search page
    e.preventDefault();
    open();
  });
  trigger.addEventListener('keydown', (e) => {
    if (e.key !== ' ') return;
    e.preventDefault();
    open();
  });
  document.addEventListener('keydown', (e) => {
    if (!isSearchShortcut(e, e.target instanceof HTMLElement ? e.target : null)) return;
    e.preventDefault();
    open();
  });
}
