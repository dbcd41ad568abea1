/** Clipboard and announcements shared by the paragraph tools and the "Cite this" blocks. */

const CONFIRM_FOR_MS = 2000;

/** Says `message` through the page's polite live region (#tx-announcer). */
export function announce(message: string): void {
  const region = document.getElementById('tx-announcer');
  if (!region) return;
  // Clearing first makes a repeated message be announced again.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/** Puts `text` on the clipboard, with an HTML version (italic titles) for rich editors when the browser allows it. */
export async function copyText(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
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
