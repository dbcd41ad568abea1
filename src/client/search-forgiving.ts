/**
 * Forgiving search over the index: finds the paragraphs a quote or a
 * near-miss query most likely comes from without loading every document.
 * Each of the query's rarer words (after spelling correction) is looked up on
 * its own, since Pagefind requires every word; the paragraphs holding the most
 * of them, by weight, are fetched and aligned word by word
 * (src/lib/quote-verdict.ts).
 */
import { splitWords, type AlignOptions } from '~/lib/quote-align';
import { checkQuote, rankPassages, NEAREST_COVERAGE, type CandidateParagraph, type PassageMatch, type QuoteCheck } from '~/lib/quote-verdict';
import { correctQuery, lookupWords, paragraphRef, rarityWeight, sameWordIn, type Correction, type Lexicon } from '~/lib/search-lexicon';
import { RECORD_KIND } from '~/lib/search-records';
import type { Pagefind } from './search-pagefind';

/** A paragraph of the record as a search result gives it. */
export interface FoundParagraph extends CandidateParagraph {
  speaker: string;
  n: string;
  /** The title of its transcript. */
  source?: string;
}

/** Paragraphs fetched and aligned per query: enough for the source to be among them, few enough to stay fast. */
const CANDIDATES = 8;

const alignOptions = (lexicon: Lexicon): AlignOptions => ({ weight: rarityWeight(lexicon), sameWord: sameWordIn(lexicon) });

/** The paragraphs holding the most of `words` (weighted by rarity), best first, with their text. */
async function candidates(api: Pagefind, lexicon: Lexicon, words: readonly string[]): Promise<FoundParagraph[]> {
  const weight = rarityWeight(lexicon);
  const keys = lookupWords(words, lexicon);
  const responses = await Promise.all(keys.map((key) => api.search(key, { filters: { kind: RECORD_KIND } })));
  const scored = new Map<string, { score: number; load: () => Promise<FoundParagraph> }>();
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      const entry = scored.get(result.id) ?? {
        score: 0,
        load: async () => {
          const data = await result.data();
          return { ...paragraphRef(data.url, data.meta), text: data.content };
        },
      };
      entry.score += weight(keys[i]!);
      scored.set(result.id, entry);
    }
  });
  const best = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, CANDIDATES);
  return Promise.all(best.map((entry) => entry.load()));
}

/** The verdict on a quote, over the whole archive. */
export async function checkQuoteInIndex(api: Pagefind, lexicon: Lexicon, quote: string): Promise<QuoteCheck<FoundParagraph> & { corrections: Correction[] }> {
  const corrected = correctQuery(quote, lexicon);
  const found = await candidates(api, lexicon, corrected.words);
  return { ...checkQuote(quote, found, lexicon.renderings, alignOptions(lexicon)), corrections: corrected.corrections };
}

/**
 * Closest passages for a query of several words the exact search does not
 * find: paragraphs ranked by how much of the query they hold, in order.
 */
export async function closestPassages(api: Pagefind, lexicon: Lexicon, query: string, max: number): Promise<PassageMatch<FoundParagraph>[]> {
  if (splitWords(query).length < 2) return [];
  const corrected = correctQuery(query, lexicon);
  const found = await candidates(api, lexicon, corrected.words);
  return rankPassages(query, found, alignOptions(lexicon))
    .filter((match) => match.alignment.coverage >= NEAREST_COVERAGE && match.alignment.contentMatches > 0)
    .slice(0, max);
}
