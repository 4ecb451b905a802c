/**
 * The phone menu is a <details> and works without JavaScript; with it, Esc closes the menu and puts
 * focus back on its button, and a click outside it closes it too.
 */
export function initSiteMenu(): void {
  const menus = document.querySelectorAll<HTMLDetailsElement>('[data-site-menu]');
  const close = (menu: HTMLDetailsElement, refocus: boolean) => {
    if (!menu.open) return;
    menu.open = false;
    if (refocus) menu.querySelector('summary')?.focus();
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    menus.forEach((m) => {
      if (m.open) {
        e.preventDefault();
        close(m, true);
      }
    });
  });
  document.addEventListener('click', (e) => {
    menus.forEach((m) => {
      if (m.open && !m.contains(e.target as Node)) close(m, false);
    });
  });
}
