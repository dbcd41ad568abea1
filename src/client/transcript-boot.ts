/**
 * The transcript page's script: the little that must work from the first
 * moment, and a loader for the rest, so a reader who only reads downloads
 * almost no code. Run with the page:
 *  - copying gives the record's words only (clean-copy.ts: a copy can come
 *    any time, and its handler must already be there);
 *  - a share button after each paragraph's number (made here, so the page's
 *    HTML does not carry 29 of them); without JavaScript the permalink
 *    numbers, which always work, are all there is;
 *  - a fragment that names nothing on the page loads fragments.ts, which
 *    opens `#14` as paragraph 14 or says the link is unknown.
 * Loaded when the reader first reaches for the page (a pointer over it, focus
 * in it, a selection in the record): the notes' popovers and remembered
 * choices (notes.ts) and the share menu (paragraph-menu.ts). A click on a
 * note's number or a share button, or a change of the notes' switches, that
 * comes before they have loaded is replayed once they have.
 */
import './clean-copy';

/**
 * A tool button after each paragraph's number: Tab goes number, button, then the note links in the text.
 * Named for what it will do once paragraph-menu.ts has loaded: open the share menu where the browser
 * has popovers (and the page its share data), or else copy the paragraph's link.
 */
function addShareButtons(): void {
  const menu = typeof HTMLElement.prototype.showPopover === 'function' && document.getElementById('tx-share-data');
  for (const paragraph of document.querySelectorAll<HTMLElement>('.tx-para')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tx-para__copy';
    button.dataset['copyLink'] = paragraph.id;
    button.dataset['pagefindIgnore'] = '';
    button.dataset['print'] = 'hide';
    button.setAttribute('aria-label', `${menu ? 'Share' : 'Copy link to'} paragraph ${paragraph.dataset['n'] ?? ''}`);
    paragraph.querySelector('.tx-para__n')?.after(button);
  }
}

function checkFragment(): void {
  const hash = location.hash.slice(1);
  if (!hash) return;
  let id = hash;
  try {
    id = decodeURIComponent(hash);
  } catch {
    // fragments.ts reports it as written
  }
  if (!document.getElementById(id)) void import('./fragments');
}

addShareButtons();
checkFragment();
window.addEventListener('hashchange', checkFragment);

const page = document.querySelector('.tx-page');
const record = document.querySelector('.tx-record');
let ready = false;
let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> =>
  (loading ??= Promise.all([import('./notes'), import('./paragraph-menu')]).then(() => {
    ready = true;
  }));

for (const type of ['pointerover', 'focusin', 'touchstart'] as const) page?.addEventListener(type, load, { once: true, passive: true });
document.addEventListener('selectionchange', function onSelect() {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !record?.contains(selection.anchorNode)) return;
  document.removeEventListener('selectionchange', onSelect);
  void load();
});

// Early actions are held back (registered first, these listeners run before the
// loaded modules' own) and replayed once all the code for them is there.
document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest?.<HTMLElement>('a.tx-note__ref, button[data-copy-link]');
  if (ready || !target) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  void load().then(() => target.click());
});
document.addEventListener('change', (event) => {
  const input = event.target;
  if (ready || !(input instanceof HTMLInputElement) || !input.closest('.tx-notes-controls')) return;
  event.stopImmediatePropagation();
  void load().then(() => input.dispatchEvent(new Event('change', { bubbles: true })));
});
