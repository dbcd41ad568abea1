/**
 * The quote check's verdict: given a quote, the record's paragraphs that may
 * be its source (found through the index) and the other English renderings
 * documented in translation notes, says whether the record has the words
 * verbatim, has them altered, has them in another translation, or not at all.
 * Pure; the thresholds are named and unit-tested on hard cases.
 */
import { align, splitWords, type Alignment, type AlignOptions } from './quote-align.ts';
import type { Rendering } from './search-lexicon.ts';

export type Verdict = 'verbatim' | 'altered' | 'translation' | 'absent';

/** A paragraph of the record that may hold the quote. */
export interface CandidateParagraph {
  /** The paragraph's permanent address (`/transcripts/<slug>/#<id>`). */
  url: string;
  text: string;
}

export interface PassageMatch<P extends CandidateParagraph = CandidateParagraph> {
  paragraph: P;
  alignment: Alignment;
}

export interface QuoteCheck<P extends CandidateParagraph = CandidateParagraph> {
  verdict: Verdict;
  /** The record's passage the verdict rests on (verbatim, altered), or the nearest one. */
  best: PassageMatch<P> | undefined;
  /** For `translation`: the rendering the quote matches, and how. */
  rendering?: { rendering: Rendering; alignment: Alignment } | undefined;
  /** Other passages that share the quote's rarer words, best first (for `absent`, the nearest ones). */
  nearest: PassageMatch<P>[];
}

/** A passage is the quote's source when this share of the quote's weighted words is in it, in order… */
export const SOURCE_COVERAGE = 0.6;
/** …and quote and passage are this alike overall (a long paragraph holding a few words of a short quote is not its source)… */
export const SOURCE_SIMILARITY = 0.45;
/** …or, for a quote whose clauses are reordered, this share in any order and at least REORDERED_COVERAGE in order. */
export const REORDERED_BAG = 0.85;
export const REORDERED_COVERAGE = 0.35;
/** A rendering wins over the record when it is this much more alike. */
export const RENDERING_MARGIN = 0.1;
/** Nearest passages shown for an absent quote must share this share of its weighted words. */
export const NEAREST_COVERAGE = 0.25;

/** True when the alignment makes the passage the quote's clear source. */
export function isSource(alignment: Alignment): boolean {
  const enoughWords = alignment.contentMatches >= Math.min(2, alignment.contentWords) && alignment.contentMatches > 0;
  if (!enoughWords) return false;
  if (alignment.coverage >= SOURCE_COVERAGE && alignment.similarity >= SOURCE_SIMILARITY) return true;
  return alignment.bagCoverage >= REORDERED_BAG && alignment.coverage >= REORDERED_COVERAGE;
}

/** Orders alignments best first: verbatim, then likeness, then coverage. */
const compare = (a: Alignment, b: Alignment): number => Number(b.verbatim) - Number(a.verbatim) || b.similarity - a.similarity || b.coverage - a.coverage;

/** Ranks passages for a quote: verbatim first, then by likeness, then by coverage. */
export function rankPassages<P extends CandidateParagraph>(quote: string, paragraphs: readonly P[], options: AlignOptions = {}): PassageMatch<P>[] {
  const words = splitWords(quote);
  return paragraphs.map((paragraph) => ({ paragraph, alignment: align(words, splitWords(paragraph.text), options) })).sort((a, b) => compare(a.alignment, b.alignment));
}

/**
 * The verdict on a quote. The record comes first: a verbatim or clearly
 * altered passage of the record is the answer even when a translation note
 * renders it similarly; a rendering wins only when the quote is clearly
 * closer to it than to any passage of the record.
 */
export function checkQuote<P extends CandidateParagraph>(quote: string, paragraphs: readonly P[], renderings: readonly Rendering[], options: AlignOptions = {}): QuoteCheck<P> {
  const words = splitWords(quote);
  const ranked = rankPassages(quote, paragraphs, options);
  const best = ranked[0];
  const nearest = ranked.filter((m) => m.alignment.coverage >= NEAREST_COVERAGE && m.alignment.contentMatches > 0);
  if (words.length === 0) return { verdict: 'absent', best: undefined, nearest: [] };
  if (best?.alignment.verbatim) return { verdict: 'verbatim', best, nearest: nearest.slice(1) };

  const rendered = renderings
    .map((rendering) => ({ rendering, alignment: align(words, splitWords(rendering.text), options) }))
    .filter((r) => isSource(r.alignment) || r.alignment.verbatim)
    .sort((a, b) => compare(a.alignment, b.alignment))[0];
  const recordSource = best && isSource(best.alignment) ? best : undefined;
  if (rendered && (!recordSource || rendered.alignment.similarity > recordSource.alignment.similarity + RENDERING_MARGIN)) {
    const marked = ranked.find((m) => rendered.rendering.paragraphs.some((p) => p.url === m.paragraph.url));
    return { verdict: 'translation', best: marked ?? recordSource, rendering: rendered, nearest: [] };
  }
  if (recordSource) return { verdict: 'altered', best: recordSource, nearest: nearest.slice(1) };
  return { verdict: 'absent', best: undefined, nearest };
}
