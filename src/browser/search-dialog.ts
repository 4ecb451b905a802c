/** The search dialog: built from the header's <template> on first open, native <dialog> (modal, Esc). */
import { warmEngine } from './search-engine.ts';
import { attachSearchPanel, sourcesOf, type SearchPanel } from './search-ui.ts';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

/** The panel in the template (before the first open) or in the dialog. */
function panelElement(): HTMLElement | null {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  return template?.content.querySelector<HTMLElement>('[data-search-panel]') ?? dialog?.querySelector<HTMLElement>('[data-search-panel]') ?? null;
}

function build(trigger: HTMLElement): HTMLDialogElement {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  const made = template?.content.firstElementChild?.cloneNode(true);
  if (!(made instanceof HTMLDialogElement)) throw new Error('search: the header has no search dialog template');
  document.body.append(made);
  const root = made.querySelector<HTMLElement>('[data-search-panel]')!;
  let leaving = false;
  // Focus goes back to the button at once: the browser would first put it where it was before the
  // dialog opened (the page itself, after Ctrl+K), and the 'close' event comes a task later.
  const shut = () => {
    made.close();
    trigger.focus({ preventScroll: true });
  };
  panel = attachSearchPanel(root, {
    // A result on this very page (an FAQ answer) only changes the hash: close, and let the browser move there.
    onChoose: () => {
      leaving = true;
      made.close();
    },
  });
  made.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault(); // before the search field clears itself: one Esc closes
    shut();
  });
  made.addEventListener('click', (e) => {
    if (e.target === made) shut(); // a click on the backdrop
  });
  made.querySelector('[data-search-close]')?.addEventListener('click', shut);
  made.addEventListener('close', () => {
    if (!leaving && document.activeElement !== trigger) trigger.focus({ preventScroll: true });
    leaving = false;
  });
  return made;
}

/** Pointer over or focus on the button: fetch Pagefind now so the first letters already find something. */
export function warmSearch(_trigger: HTMLElement): void {
  const root = panelElement();
  if (root) warmEngine(sourcesOf(root));
}

export function openSearch(trigger: HTMLElement): void {
  dialog ??= build(trigger);
  warmSearch(trigger);
  if (!dialog.open) dialog.showModal();
  panel?.focus();
}
