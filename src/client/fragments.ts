/**
 * Fragments that are not ids. A reader may type or be sent `#14` or `#p14`:
 * that opens paragraph 14 (its permanent id replaces the number in the
 * address, so the link copied next is the lasting one). Any other fragment
 * that names nothing on the page shows a short message instead of a silent
 * jump to the top. The message is a popover (top layer), so showing it moves
 * nothing on the page.
 */

/** `14`, `p14`, `P14`: a paragraph number as readers write it. */
const PARAGRAPH_NUMBER = /^p?(\d{1,4})$/i;

let message: HTMLElement | null = null;

function showMessage(fragment: string): void {
  if (!message) {
    message = document.createElement('div');
    message.className = 'tx-fragment-miss';
    message.id = 'tx-fragment-miss';
    message.popover = 'manual';
    message.setAttribute('role', 'status');
    const text = document.createElement('p');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'OK';
    close.setAttribute('popovertarget', message.id);
    close.setAttribute('popovertargetaction', 'hide');
    message.append(text, close);
    document.body.append(message);
  }
  const count = document.querySelectorAll('.tx-para').length;
  message.firstElementChild!.textContent = `This page has no “#${fragment}”. Its paragraphs are numbered 1 to ${count}: a link such as #14 opens paragraph 14.`;
  if (!message.matches(':popover-open')) message.showPopover();
}

function resolveFragment(): void {
  const raw = location.hash.slice(1);
  let fragment = raw;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    // A malformed escape names nothing: reported below as written.
  }
  if (!fragment || document.getElementById(fragment)) {
    message?.hidePopover();
    return;
  }
  const number = PARAGRAPH_NUMBER.exec(fragment)?.[1];
  const paragraph = number
    ? document.querySelector<HTMLElement>(`.tx-para[data-n="${Number(number)}"]`)
    : null;
  if (paragraph) location.replace(`#${paragraph.id}`);
  else showMessage(fragment);
}

resolveFragment();
window.addEventListener('hashchange', resolveFragment);

// A module (loaded by dynamic import from transcript-boot.ts) though it exports nothing.
export {};
