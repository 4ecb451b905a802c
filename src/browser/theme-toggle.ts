/** Wires every theme button: pressed = dark. An explicit choice is remembered; otherwise the system decides. */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(root.dataset.theme === 'dark')));
  buttons.forEach((b) => {
    b.hidden = false;
    b.classList.remove('invisible');
    b.addEventListener('click', () => {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        /* storage may be blocked; the choice then lasts for this page only */
      }
      sync();
    });
  });
  sync();
}
