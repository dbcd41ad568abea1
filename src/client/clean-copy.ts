/**
 * Copying from a transcript gives the record's words and nothing else. The
 * notes, their numbers, paragraph numbers, buttons and speaker labels sit
 * inside the record's paragraphs and turns, and a browser copies whatever the
 * selection spans, even what `user-select: none` keeps from being highlighted
 * (or a margin note floated between two selected lines). So on `copy`, when
 * the selection touches the record, the clipboard gets the selected text that
 * a reader can see, editorial elements left out, one paragraph (or other
 * block) per line with a blank line between. A selection wholly inside a note
 * (an open popover) is copied as the browser does it.
 */
import { EDITORIAL } from './record-words';

/** The element whose box holds a text node's line: its nearest ancestor that is not inline. */
function blockOf(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const known = cache.get(parent);
  if (known) return known;
  let element: Element | null = parent;
  while (
    element &&
    /^(inline|contents)/.test(getComputedStyle(element).display) &&
    element.parentElement
  )
    element = element.parentElement;
  if (element) cache.set(parent, element);
  return element;
}

/** The visible, non-editorial text of a range, block by block. */
function selectedRecordText(range: Range): string {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(
    root.nodeType === Node.TEXT_NODE ? root.parentNode! : root,
    NodeFilter.SHOW_TEXT,
  );
  const cache = new Map<Element, Element>();
  const blocks: string[] = [];
  let current: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const parent = node.parentElement;
    if (
      !parent ||
      parent.closest(`${EDITORIAL}, script, style, template`) ||
      !parent.checkVisibility({ visibilityProperty: true })
    )
      continue;
    const value = node.nodeValue ?? '';
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : value.length;
    const block = blockOf(node, cache);
    if (block !== current || blocks.length === 0) blocks.push('');
    current = block;
    blocks[blocks.length - 1] += value.slice(start, end);
  }
  return blocks
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  const record = document.querySelector('.tx-record');
  if (!selection || selection.isCollapsed || !record || !event.clipboardData) return;
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  if (!ranges.some((range) => range.intersectsNode(record))) return;
  const common = ranges[0]!.commonAncestorContainer;
  if ((common instanceof Element ? common : common.parentElement)?.closest(EDITORIAL)) return;
  event.clipboardData.setData('text/plain', ranges.map(selectedRecordText).join('\n\n'));
  event.preventDefault();
});
