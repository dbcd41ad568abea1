/**
 * Renders passages of the record as DOM (src/lib/quote-diff.ts): a
 * word-by-word difference (the record's words in `<del>` where the quote lacks
 * or changes them, the quote's words in `<ins>`), or the record's words alone
 * with those a quote shares in `<mark>`. Built with textContent, never as HTML.
 */
import type { Diff, MarkedText } from '~/lib/quote-diff';

const NOTE_TITLES = { spelling: 'another spelling', number: 'a different number' } as const;

/** A fragment holding the diff, with "…" where the paragraph goes on. */
export function diffView(diff: Diff): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (diff.clippedStart) fragment.append('… ');
  for (const segment of diff.segments) {
    if (segment.kind === 'context') {
      fragment.append(segment.text);
      continue;
    }
    if (segment.kind === 'same') {
      const same = document.createElement('span');
      same.className = 'tx-diff__same';
      same.textContent = segment.text;
      fragment.append(same);
      continue;
    }
    const node = document.createElement(segment.kind);
    node.textContent = segment.text;
    if (segment.note) {
      node.dataset['note'] = segment.note;
      node.title = `${segment.kind === 'del' ? 'The record' : 'The quote'}: ${NOTE_TITLES[segment.note]}`;
    }
    fragment.append(node);
  }
  if (diff.clippedEnd) fragment.append(' …');
  return fragment;
}

/** A fragment holding a text in its own words, the marked words in `<mark>`, with "…" where it goes on. */
export function markedView(passage: MarkedText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (passage.clippedStart) fragment.append('… ');
  for (const segment of passage.segments) {
    if (!segment.marked) {
      fragment.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    fragment.append(mark);
  }
  if (passage.clippedEnd) fragment.append(' …');
  return fragment;
}
