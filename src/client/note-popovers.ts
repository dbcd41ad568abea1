/**
 * Editorial notes on a transcript page. The page already works without this
 * script: the switch and the filter are form controls applied by CSS, a note's
 * number is a footnote link to the list after its paragraph, and wide screens
 * show the notes in the margin (transcript-boot.ts remembers the switches,
 * which NotesControls.astro's inline script reads back before first paint).
 * This script adds:
 *  - on narrow screens, the number opens its note as a popover beside it, with
 *    focus inside so a screen reader reads it, and a close button (made here:
 *    only a popover needs one); Escape and the close button hand focus back
 *    to the number (the popover API does that);
 *  - on wide screens, where the note already stands in the margin, the number
 *    moves focus to that sidenote, and Escape brings it back.
 */

/** A note is a sidenote when CSS floats it into the margin (wide screens), rather than a popover. */
const isSidenote = (card: HTMLElement): boolean => !card.matches(':popover-open') && getComputedStyle(card).float !== 'none';

/** A marker's number links to its note (`#tx-sn-N`); the note links back to the number (`#tx-ref-N`). */
const cardFor = (ref: HTMLAnchorElement): HTMLElement | null => document.getElementById(ref.hash.slice(1));

const refFor = (card: HTMLElement): HTMLAnchorElement | null => document.querySelector<HTMLAnchorElement>(`.tx-note__ref[href="#${card.id}"]`);

/** The popover's × button: declarative (popovertarget), so it needs no handler. */
function closeButton(card: HTMLElement, n: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tx-note__close';
  button.textContent = '×';
  button.setAttribute('aria-label', `Close note ${n}`);
  button.setAttribute('popovertarget', card.id);
  button.setAttribute('popovertargetaction', 'hide');
  return button;
}

function closeOpenNotes(): void {
  for (const card of document.querySelectorAll<HTMLElement>('.tx-note__card:popover-open')) card.hidePopover();
}

// Hiding notes, or a kind of them, closes any note open as a popover (transcript-boot.ts remembers the choice).
document.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && (input.id === 'tx-notes-show' || input.name === 'tx-notes-kind')) closeOpenNotes();
});

document.addEventListener('click', (event) => {
  const ref = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.tx-note__ref');
  const card = ref && cardFor(ref);
  if (!ref || !card) return;
  event.preventDefault();
  // Focusable by script only (not a Tab stop): focus puts a screen reader in the note.
  card.tabIndex = -1;
  if (isSidenote(card)) {
    // Focus expands the card in place; scroll only as far as needed so the phrase stays in view.
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest' });
  } else if (card.matches(':popover-open')) card.hidePopover();
  else card.showPopover({ source: ref });
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const card = (event.target as Element | null)?.closest?.<HTMLElement>('.tx-note__card');
  if (card && isSidenote(card)) refFor(card)?.focus();
});

// `toggle` does not bubble; listen in the capture phase.
document.addEventListener(
  'toggle',
  (event) => {
    const card = event.target;
    if (!(card instanceof HTMLElement) || !card.matches('.tx-note__card')) return;
    const open = (event as ToggleEvent).newState === 'open';
    const ref = refFor(card);
    ref?.setAttribute('aria-expanded', String(open));
    if (open && !card.querySelector('.tx-note__close')) card.prepend(closeButton(card, ref?.textContent ?? ''));
    if (open) card.focus();
  },
  true,
);

// A module (loaded by dynamic import from transcript-boot.ts) though it exports nothing.
export {};
