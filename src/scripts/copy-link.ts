/**
 * Copy-link buttons on paragraphs. The buttons ship hidden, so a reader
 * without JavaScript sees only the permalink numbers, which always work; this
 * script reveals them and copies the paragraph's address on click.
 */

/** The clean address of a paragraph on the current page: no query (e.g. search highlights), the anchor as hash. */
export function paragraphUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

const COPIED_FOR_MS = 2000;

function announce(message: string): void {
  const region = document.getElementById('tx-announcer');
  if (region) region.textContent = message;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset['copyLink'];
  if (!id) return;
  const url = paragraphUrl(window.location, id);
  const n = button.closest<HTMLElement>('[data-n]')?.dataset['n'] ?? '';
  try {
    await navigator.clipboard.writeText(url);
    button.dataset['state'] = 'copied';
    announce(`Link to paragraph ${n} copied: ${url}`);
    window.setTimeout(() => delete button.dataset['state'], COPIED_FOR_MS);
  } catch {
    announce(`Copying is blocked in this browser. The link to paragraph ${n} is ${url}`);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copy(button));
}
