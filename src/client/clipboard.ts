/** Clipboard and announcements shared by the paragraph tools and the "Cite this" blocks. */

const CONFIRM_FOR_MS = 2000;
/** How long the words stay on screen: long enough to read a sentence and a link. */
const SHOW_FOR_MS = 6000;

let clearing = 0;

/**
 * Says `message` through the page's polite live region (#tx-announcer, see
 * CopyAnnouncer.astro), which also shows it at the foot of the screen, then
 * clears it.
 */
export function announce(message: string): void {
  const region = document.getElementById('tx-announcer');
  if (!region) return;
  // Clearing first makes a repeated message be announced again.
  region.textContent = '';
  window.clearTimeout(clearing);
  window.setTimeout(() => (region.textContent = message), 50);
  clearing = window.setTimeout(() => (region.textContent = ''), SHOW_FOR_MS);
}

/** Puts `text` on the clipboard, with an HTML version (italic titles) for rich editors when the browser allows it. */
export async function copyText(text: string, html?: string): Promise<void> {
  if (
    html !== undefined &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard.write === 'function'
  ) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Marks a button as done (its CSS shows a check) for two seconds. */
export function confirm(button: HTMLElement): void {
  button.dataset['state'] = 'copied';
  window.setTimeout(() => delete button.dataset['state'], CONFIRM_FOR_MS);
}
