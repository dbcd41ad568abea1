/**
 * What in a transcript page is the record's words and what is editorial:
 * shared by copying (clean-copy.ts) and the paragraph tools (paragraph-menu.ts),
 * so a quote, a share and a plain Ctrl+C give the same words.
 */

/** Editorial elements: note markers, notes, paragraph numbers and buttons, speaker labels. */
export const EDITORIAL = '[data-tx-editorial], [data-pagefind-ignore]';

/** The record's words in a paragraph (`.tx-para`), without editorial markers, whitespace folded. */
export function recordText(paragraph: HTMLElement): string {
  const text = paragraph.querySelector('.tx-para__text')?.cloneNode(true) as
    HTMLElement | undefined;
  if (!text) return '';
  for (const editorial of text.querySelectorAll(EDITORIAL)) editorial.remove();
  return (text.textContent ?? '').replace(/\s+/g, ' ').trim();
}
