/**
 * What search needs only when a query is not found as typed, loaded then by
 * search-ui.ts: the query in the record's spelling, and the closest passages,
 * found and shown in the record's own words with the words the query shares
 * marked (nothing of the query is spliced in). A search that finds its words
 * never downloads it.
 */
import type { PassageMatch } from '~/lib/quote-verdict';
import { alignedWords, markedSegments } from '~/lib/quote-diff';
import { hitTerms, resultHref } from '~/lib/search';
import { markedView } from './search-diff-view';
import { element, paragraphMeta } from './search-dom';
import type { FoundParagraph } from './search-forgiving';

export { correctQuery } from '~/lib/search-lexicon';
export { closestPassages } from './search-forgiving';

/** A passage close to the query: who speaks, which paragraph, and the record's words with those the query shares marked. */
export function renderClosest(
  { paragraph, alignment }: PassageMatch<FoundParagraph>,
  words: number,
  manyDocuments: boolean,
): HTMLLIElement {
  const item = element('li', 'tx-search__result');
  const link = element('a', 'tx-search__link');
  const matched = alignment.ops.flatMap((op) =>
    op.op === 'same' || op.op === 'variant' ? [op.record] : [],
  );
  const locations = splitWordsPositions(
    paragraph.text,
    matched.map((w) => w.start),
  );
  link.href = resultHref(paragraph.url, hitTerms(paragraph.text, locations, false));
  link.dataset['kind'] = 'closest';
  const meta = element('span', 'tx-search__meta');
  meta.append(
    element('span', 'tx-search__speaker', paragraph.speaker),
    ...paragraphMeta(paragraph.n, paragraph.source, manyDocuments),
  );
  const excerpt = element('span', 'tx-search__excerpt');
  // Shortened around the shared words, more so for a short query.
  const shared = alignedWords(paragraph.text, alignment);
  excerpt.append(
    markedView(
      markedSegments(
        paragraph.text,
        (_, i) => shared.has(i),
        alignment.from,
        alignment.to,
        Math.max(4, Math.floor(words / 6)),
      ),
    ),
  );
  link.append(meta, excerpt);
  item.append(link);
  return item;
}

/** Pagefind-style token positions (whitespace-separated) of the words starting at `starts`, for hitTerms. */
function splitWordsPositions(text: string, starts: readonly number[]): number[] {
  const wanted = new Set(starts);
  const positions: number[] = [];
  let index = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const token = match[0];
    for (let at = match.index; at < match.index + token.length; at++) {
      if (wanted.has(at)) {
        positions.push(index);
        break;
      }
    }
    index++;
  }
  return positions;
}
