/**
 * "Cite this" blocks: reveals the copy buttons, copies a format (APA, Chicago
 * and MLA also as HTML, so italics survive a paste into a word processor), and
 * moves the BibTeX and CSL-JSON accessed date from the build day to today.
 */
import { bibtexAccessed, cslAccessed, localDay } from '~/lib/accessed-date';
import { announce, confirm, copyText } from './clipboard';

function setAccessed(block: HTMLElement): void {
  const built = block.dataset['accessed'];
  const today = localDay(new Date());
  if (!built || built === today) return;
  const bibtex = block.querySelector('[data-cite-format="bibtex"]');
  if (bibtex?.textContent) bibtex.textContent = bibtexAccessed(bibtex.textContent, built, today);
  const csl = block.querySelector('[data-cite-format="csl"]');
  if (csl?.textContent) csl.textContent = cslAccessed(csl.textContent, today);
}

async function copyFormat(block: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const format = button.dataset['citeCopy'] ?? '';
  const source = block.querySelector<HTMLElement>(`[data-cite-format="${format}"]`);
  if (!source) return;
  const label = button.textContent?.replace(/^Copy /, '') ?? format;
  const text = (source.textContent ?? '').trim();
  const rich = source.tagName === 'P' ? source.innerHTML.trim() : undefined;
  try {
    await copyText(text, rich);
    confirm(button);
    announce(`${label} citation copied`);
  } catch {
    announce(`Copying is blocked in this browser; select the ${label} citation to copy it`);
  }
}

for (const block of document.querySelectorAll<HTMLElement>('[data-tx-cite]')) {
  setAccessed(block);
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-cite-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copyFormat(block, button));
  }
}
