/**
 * On the root page: a first-time reader is sent to the best match for their browser languages;
 * a reader who clicked a language before is sent there. Clicking a link remembers the choice.
 */
import { bestLocale } from '../lib/language-match.ts';

const KEY = 'lang';

export function initLanguageChooser(): void {
  const list = document.querySelector<HTMLElement>('[data-language-chooser]');
  if (!list) return;
  const targets = JSON.parse(list.dataset.targets ?? '{}') as Record<string, string>;
  list.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-lang]');
    if (a?.dataset.lang) {
      try {
        localStorage.setItem(KEY, a.dataset.lang);
      } catch {
        /* storage blocked: the link still works */
      }
    }
  });
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch {
    chosen = null;
  }
  const params = new URLSearchParams(location.search);
  if (params.has('choose')) return;
  const code = chosen && targets[chosen] ? chosen : bestLocale(navigator.languages ?? [navigator.language], Object.keys(targets));
  const href = code ? targets[code] : undefined;
  if (href) location.replace(href);
}
