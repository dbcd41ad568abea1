/**
 * The phone menu is a <details> and opens and closes without JavaScript; this
 * closes it the way menus are expected to close: Escape (focus back on its
 * summary), a click outside, or focus moving elsewhere.
 */
const menu = document.querySelector<HTMLDetailsElement>('.tx-site-menu');

if (menu) {
  const close = (): void => menu.removeAttribute('open');
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    close();
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) close();
  });
  menu.addEventListener('focusout', (event) => {
    if (menu.open && !menu.contains(event.relatedTarget as Node | null)) close();
  });
}
