/**
 * The paragraph tools' first part, run with the page. A reader without
 * JavaScript has the permalink numbers, which always work; this adds a share
 * button after each number (made here, so the page's HTML does not carry 29
 * of them), and loads the menu behind them (paragraph-menu.ts) only when the
 * reader reaches for it: a pointer over a paragraph, focus inside the record,
 * or a selection. A reader who never shares never downloads it. A click that
 * comes before the menu has loaded is replayed once it has.
 */

/** A tool button after each paragraph's number: Tab goes number, button, then the note links in the text. */
function addButtons(): void {
  for (const paragraph of document.querySelectorAll<HTMLElement>('.tx-para')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tx-para__copy';
    button.dataset['copyLink'] = paragraph.id;
    button.dataset['pagefindIgnore'] = '';
    button.dataset['print'] = 'hide';
    button.setAttribute('aria-label', `Copy link to paragraph ${paragraph.dataset['n'] ?? ''}`);
    paragraph.querySelector('.tx-para__n')?.after(button);
  }
}

addButtons();

const record = document.querySelector('.tx-record');
let ready = false;
let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> =>
  (loading ??= import('./paragraph-menu').then(() => {
    ready = true;
  }));

record?.addEventListener('pointerover', load, { once: true });
record?.addEventListener('focusin', load, { once: true });
document.addEventListener('selectionchange', function onSelect() {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !record?.contains(selection.anchorNode)) return;
  document.removeEventListener('selectionchange', onSelect);
  void load();
});
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-link]');
  if (ready || !button) return;
  event.preventDefault();
  void load().then(() => button.click());
});
