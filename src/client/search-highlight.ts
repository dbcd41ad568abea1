/**
 * Highlight on arrival: a page opened from a search result carries the
 * matched words as `?hl=` parameters. They are highlighted inside the target
 * paragraph (the `#anchor`), or in the page's indexed text when there is no
 * anchor, with the CSS Custom Highlight API: the record's DOM is never
 * changed. Browsers without the API simply show no highlight.
 */
import { highlightRanges, readHighlightTerms } from '~/lib/search';

/** Name of the highlight, styled with `::highlight(tx-search)` in search.css. */
const HIGHLIGHT = 'tx-search';
/** Text in one of these is read as one run, so a phrase split by inline markup (a note marker) still matches. */
const BLOCKS =
  '.tx-para__text, p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th, figcaption';
/** Never highlighted: paragraph numbers, buttons and anything kept out of the index. */
const SKIP = '[data-pagefind-ignore], script, style, button, .tx-para__n';

function scopeOf(hash: string): { scope: Element | null; anchored: boolean } {
  const id = decodeURIComponent(hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target) return { scope: target.closest('.tx-para') ?? target, anchored: true };
  return {
    scope: document.querySelector('[data-pagefind-body]') ?? document.querySelector('main'),
    anchored: false,
  };
}

/** Text nodes of the scope, grouped by the block that holds them. */
function textRuns(scope: Element): Text[][] {
  const runs = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = text.parentElement?.closest(BLOCKS) ?? scope;
    const run = runs.get(block) ?? [];
    run.push(text);
    runs.set(block, run);
  }
  return [...runs.values()];
}

/**
 * DOM ranges for character ranges of the text that the nodes of one run hold
 * together: one range per text node a match touches, so text left out of the
 * run (a note marker between two words) is not painted with it.
 */
function domRanges(nodes: Text[], ranges: [number, number][]): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const node of nodes) {
    const end = start + node.data.length;
    for (const [from, to] of ranges) {
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (a >= b) continue;
      const range = document.createRange();
      range.setStart(node, a - start);
      range.setEnd(node, b - start);
      out.push(range);
    }
    start = end;
  }
  return out;
}

function highlightOnArrival(): void {
  if (!('highlights' in CSS)) return;
  const terms = readHighlightTerms(location.search);
  const { scope, anchored } = scopeOf(location.hash);
  if (terms.length === 0 || !scope) return;
  const ranges = textRuns(scope).flatMap((nodes) =>
    domRanges(nodes, highlightRanges(nodes.map((n) => n.data).join(''), terms)),
  );
  if (ranges.length === 0) return;
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  // With no anchor to scroll to, bring the first match into view instead.
  if (!anchored) ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

highlightOnArrival();
