/**
 * Renders a word-by-word difference (src/lib/quote-diff.ts) as DOM: the
 * record's words in `<del>` where the quote lacks or changes them, the quote's
 * words in `<ins>`; built with textContent, never as HTML.
 */
import type { Diff } from '~/lib/quote-diff';

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
