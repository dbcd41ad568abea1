/**
 * Forgiving search over the index: finds the paragraphs a quote or a
 * near-miss query most likely comes from without loading every document.
 * Each of the query's rarer words (after spelling correction) is looked up on
 * its own, since Pagefind requires every word; the paragraphs holding the most
 * of them, by weight, are fetched and aligned word by word
 * (src/lib/quote-verdict.ts). The renderings other publications printed of
 * those paragraphs come from the transcript's open data, fetched with the
 * first check; a quote in Cyrillic is looked up in the bundle of Russian
 * renderings instead, since the record itself is English.
 */
import { splitWords, type AlignOptions } from '~/lib/quote-align';
import { checkQuote, rankPassages, NEAREST_COVERAGE, type CandidateParagraph, type CandidateRendering, type PassageMatch, type QuoteCheck } from '~/lib/quote-verdict';
import { latinLanguages, writtenLanguage } from '~/lib/renderings';
import { correctQuery, lookupWords, resultParagraph, rarityWeight, recordLanguages, sameWordIn, type SpellingCorrection, type Lexicon } from '~/lib/search-lexicon';
import { COMMON_WORDS } from '~/lib/search';
import { RECORD_KIND } from '~/lib/search-records';
import { paragraphOfPath, renderingBundlePath, transcriptPath } from '~/lib/urls';
import { loadPagefind, type Pagefind, type PagefindResult } from './search-pagefind';
import { loadTranscriptData } from './transcript-data';

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

/**
 * Each word looked up on its own (Pagefind requires every word of a query):
 * the results found by the most of them, each word weighing `weight(key)`,
 * best first, at most CANDIDATES, with their data.
 */
async function mostFound(api: Pagefind, keys: readonly string[], weight: (key: string) => number, filters?: Record<string, string>) {
  const responses = await Promise.all(keys.map((key) => api.search(key, filters ? { filters } : undefined)));
  const scored = new Map<string, { result: PagefindResult; score: number }>();
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      const entry = scored.get(result.id) ?? { result, score: 0 };
      entry.score += weight(keys[i]!);
      scored.set(result.id, entry);
    }
  });
  const best = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, CANDIDATES);
  return Promise.all(best.map(({ result }) => result.data()));
}

/** The paragraphs holding the most of `words` (weighted by rarity), best first, with their text. */
async function candidates(api: Pagefind, lexicon: Lexicon, words: readonly string[]): Promise<FoundParagraph[]> {
  const found = await mostFound(api, lookupWords(words, lexicon), rarityWeight(lexicon), { kind: RECORD_KIND });
  return found.map((data) => ({ ...resultParagraph(data.url, data.meta), text: data.content }));
}

/** The renderings of the paragraphs found in `language` (default: their record's own), from their transcripts' open data. */
async function renderingsOf(found: readonly FoundParagraph[], language?: string): Promise<CandidateRendering<FoundParagraph>[]> {
  return (
    await Promise.all(
      found.map(async (paragraph) => {
        const address = paragraphOfPath(paragraph.url);
        if (!address) return [];
        const data = await loadTranscriptData(address.slug);
        const renderings = data.paragraphs.find((p) => p.id === address.id)?.renderings ?? [];
        return renderings.filter((r) => r.language === (language ?? data.language)).map((rendering) => ({ paragraph, rendering }));
      }),
    )
  ).flat();
}

/**
 * The paragraphs whose renderings in `language` hold the most of the quote's
 * words, through that language's bundle (its own stemming), with the
 * record's text from their transcripts' open data.
 */
async function renderedParagraphs(quote: string, language: string): Promise<FoundParagraph[]> {
  const api = await loadPagefind(renderingBundlePath(language));
  const keys = [...new Set(splitWords(quote).map((w) => w.key))].filter((key) => key.length > 2 && !COMMON_WORDS.has(key)).slice(0, CANDIDATES);
  const best = await mostFound(api, keys, () => 1);
  // Several renderings of one paragraph find it once.
  const paragraphs = new Map<string, FoundParagraph>();
  for (const data of best) {
    const address = paragraphOfPath(data.url);
    if (!address) continue;
    const path = transcriptPath(address.slug, address.id);
    const paragraph = paragraphs.has(path) ? undefined : (await loadTranscriptData(address.slug)).paragraphs.find((p) => p.id === address.id);
    if (paragraph) paragraphs.set(path, { ...resultParagraph(path, data.meta), text: paragraph.text });
  }
  return [...paragraphs.values()];
}

/** What a check says beyond the verdict: names read in the record's spelling, and the quote's language. */
export interface CheckContext {
  corrections: SpellingCorrection[];
  /** The language the quote is written in, when it is not the record's (a Russian quote): `ru`. */
  language?: string;
  /** For such a quote: whether we hold renderings in its language to compare it with. */
  comparable?: boolean;
}

/** The verdict on a quote, over the whole archive: English against the record, Cyrillic against the Russian renderings. */
export async function checkQuoteInIndex(api: Pagefind, lexicon: Lexicon, quote: string): Promise<QuoteCheck<FoundParagraph> & CheckContext> {
  const language = writtenLanguage(quote);
  if (language) {
    const comparable = lexicon.languages.includes(language);
    const found = comparable ? await renderedParagraphs(quote, language) : [];
    const renderings = await renderingsOf(found, language);
    return { ...checkQuote(quote, { paragraphs: [], renderings, noteRenderings: [] }), corrections: [], language, comparable };
  }
  const corrected = correctQuery(quote, lexicon);
  const found = await candidates(api, lexicon, corrected.words);
  const renderings = await renderingsOf(found);
  const check = { ...checkQuote(quote, { paragraphs: found, renderings, noteRenderings: lexicon.renderings }, alignOptions(lexicon)), corrections: corrected.corrections };
  if (check.verdict !== 'absent') return check;
  // Not the record's words: perhaps a rendering in another language of the same script (a French original).
  for (const other of latinLanguages(lexicon.languages, recordLanguages(lexicon))) {
    const rendered = await renderingsOf(await renderedParagraphs(quote, other), other);
    const inOther = checkQuote(quote, { paragraphs: [], renderings: rendered, noteRenderings: [] });
    if (inOther.verdict === 'translation') return { ...inOther, corrections: [], language: other, comparable: true };
  }
  return check;
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
