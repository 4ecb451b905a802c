/**
 * The search dialog: native <dialog> (modal, Esc), built on first use from the dialog's markup. Other
 * pages do not ship it (it was a kilobyte of every page's first view): the build writes it beside the
 * locale's search page as `<lang>/search/dialog.json` (src/integrations/steps/search-dialog.ts: the
 * search page's <template> and stylesheets), fetched once; the stylesheets this page lacks (the panel's
 * look) are added and awaited before the dialog shows. If the fetch fails, the reader goes to the search
 * page itself (the trigger's href), as without JavaScript.
 */
import { warmEngine } from './search-engine.ts';
import { attachSearchPanel, sourcesOf, type SearchPanel } from './search-ui.ts';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let template: Promise<HTMLTemplateElement> | undefined;

const TEMPLATE = 'template[data-search-template]';

/** A stylesheet of the search page that this page lacks, added to its head; resolves once loaded (or failed). */
function adoptStylesheet(href: string): Promise<void> {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.getAttribute('href') === href)) return Promise.resolve();
  const added = document.createElement('link');
  added.rel = 'stylesheet';
  added.href = href;
  const loaded = new Promise<void>((resolve) => {
    added.addEventListener('load', () => resolve(), { once: true });
    added.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(added);
  return loaded;
}

/** What `<lang>/search/dialog.json` holds (src/integrations/steps/search-dialog.ts). */
interface DialogFile {
  styles: string[];
  html: string;
}

/** The dialog's template: on this page (the search page has it) or made once from the locale's dialog file. */
function loadTemplate(trigger: HTMLAnchorElement): Promise<HTMLTemplateElement> {
  template ??= (async () => {
    const here = document.querySelector<HTMLTemplateElement>(TEMPLATE);
    if (here) return here;
    const url = new URL('dialog.json', trigger.href).href;
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`search: ${url} answered ${res.status}`);
    const file = (await res.json()) as DialogFile;
    const made = document.createElement('template');
    // The build's own markup, from the site's origin (like the search page it was taken from).
    made.innerHTML = file.html;
    await Promise.all(file.styles.map(adoptStylesheet));
    return made;
  })();
  // A failed fetch is tried again on the next use.
  template.catch(() => (template = undefined));
  return template;
}

function build(trigger: HTMLElement, source: HTMLTemplateElement): HTMLDialogElement {
  const made = source.content.firstElementChild ? document.importNode(source.content.firstElementChild, true) : null;
  if (!(made instanceof HTMLDialogElement)) throw new Error('search: the search dialog template holds no dialog');
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

/** Pointer over or focus on the button: fetch the dialog and Pagefind now so the first letters already find something. */
export function warmSearch(trigger: HTMLAnchorElement): void {
  loadTemplate(trigger).then(
    (t) => {
      const root = dialog?.querySelector<HTMLElement>('[data-search-panel]') ?? t.content.querySelector<HTMLElement>('[data-search-panel]');
      if (root) warmEngine(sourcesOf(root));
    },
    () => {}, // openSearch reports it
  );
}

export async function openSearch(trigger: HTMLAnchorElement): Promise<void> {
  if (!dialog) {
    let source: HTMLTemplateElement;
    try {
      source = await loadTemplate(trigger);
    } catch (e) {
      console.error(e);
      window.location.assign(trigger.href);
      return;
    }
    dialog ??= build(trigger, source);
  }
  warmSearch(trigger);
  if (!dialog.open) dialog.showModal();
  panel?.focus();
}
