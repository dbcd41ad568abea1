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
 *    opens `#14` as paragraph 14 or says the link is unknown;
 *  - the notes' switches and filter are remembered as soon as they change;
 *  - printing lists the notes as endnotes (print-endnotes.ts: the print
 *    layout is made right after `beforeprint`, too soon for a lazy module).
 * Loaded when the reader first reaches for the page (a pointer over it, focus
 * in it, a selection in the record): the notes' popovers (note-popovers.ts) and the
 * share menu (paragraph-menu.ts). A click on a note's number or a share
 * button that comes before they have loaded is replayed once they have.
 */
import { NOTES_STORE } from '~/lib/notes-prefs';
import './clean-copy';
import { fillEndnotes } from './print-endnotes';
// The lazy modules are bundled on their own and imported by URL, as search-boot.ts does: then this
// script imports no chunk, and Astro inlines it in the page, so nothing is fetched before the
// first paint. `astro dev` wraps such files for workers, so there the plain import is used.
import fragmentsUrl from './fragments.ts?worker&url';
import notesUrl from './note-popovers.ts?worker&url';
import menuUrl from './paragraph-menu.ts?worker&url';

const loadFragments = (): Promise<unknown> => (import.meta.env.DEV ? import('./fragments') : import(/* @vite-ignore */ fragmentsUrl));
const loadNotes = (): Promise<unknown> => (import.meta.env.DEV ? import('./note-popovers') : import(/* @vite-ignore */ notesUrl));
const loadMenu = (): Promise<unknown> => (import.meta.env.DEV ? import('./paragraph-menu') : import(/* @vite-ignore */ menuUrl));

function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked (private mode, policy): the choice still applies to this page.
  }
}

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
  if (!document.getElementById(id)) void loadFragments();
}

addShareButtons();
checkFragment();
window.addEventListener('hashchange', checkFragment);
window.addEventListener('beforeprint', fillEndnotes);

const page = document.querySelector('.tx-page');
const record = document.querySelector('.tx-record');
let ready = false;
let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> =>
  (loading ??= Promise.all([loadNotes(), loadMenu()]).then(() => {
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
// The notes' switches and filter work by CSS alone; remembering them is done here, at once, so that
// a reload right after a change (before note-popovers.ts has loaded) keeps the reader's choice.
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  if (input.id === 'tx-notes-show') remember(NOTES_STORE.show, input.checked ? null : 'off');
  else if (input.id === 'tx-notes-marks') remember(NOTES_STORE.marks, input.checked ? null : 'off');
  else if (input.name === 'tx-notes-kind') remember(NOTES_STORE.kind, input.value === 'all' ? null : input.value);
});
