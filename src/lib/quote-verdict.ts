/**
 * The quote check's verdict: given a quote, the record's paragraphs that may
 * be its source (found through the index), the renderings other publications
 * printed of those paragraphs (src/lib/renderings.ts) and the renderings
 * translation notes give, says whether the quote is
 *
 * - `verbatim`: the record's words;
 * - `altered`: the record's words with local changes (a number, a word, a
 *   clause), most of them standing in the passage in order;
 * - `translation`: another rendering of a passage — one we documented, one a
 *   translation note gives, or, when it holds the passage's distinctive words
 *   in other wording, probably another translation;
 * - `absent`: nothing the record says. A line that borrows a few of a
 *   passage's words and says something else is absent too.
 *
 * Pure; the thresholds are named and unit-tested on hard cases. Never
 * confidently wrong: each verdict demands more than the one below it.
 */
import {
  align,
  COMMON_WORDS,
  defaultWeight,
  isNumber,
  splitWords,
  stemKey,
  type AlignOp,
  type Alignment,
  type AlignOptions,
  type Word,
  type WordWeight,
} from './quote-align.ts';
import type { RenderingOfParagraph } from './renderings.ts';
import type { Rendering } from './search-lexicon.ts';

export type Verdict = 'verbatim' | 'altered' | 'translation' | 'absent';

/** A paragraph of the record that may hold the quote. */
export interface CandidateParagraph {
  /** The paragraph's permanent address (`/transcripts/<slug>/#<id>`). */
  url: string;
  /** The record's words. */
  text: string;
}

export interface PassageMatch<P extends CandidateParagraph = CandidateParagraph> {
  paragraph: P;
  alignment: Alignment;
}

/** Another publication's rendering of a candidate paragraph, in the quote's language. */
export interface CandidateRendering<P extends CandidateParagraph = CandidateParagraph> {
  paragraph: P;
  rendering: RenderingOfParagraph;
}

/** What a check weighs a quote against. */
export interface CheckInput<P extends CandidateParagraph = CandidateParagraph> {
  /** Paragraphs of the record in the quote's language (none for a quote in another language). */
  paragraphs: readonly P[];
  /** Documented renderings of candidate paragraphs in the quote's language. */
  renderings: readonly CandidateRendering<P>[];
  /** Renderings given by translation notes (in the record's language). */
  noteRenderings: readonly Rendering[];
}

/** A change of an altered quote, the ones a reader must see first (number, negation, who) named as such. */
export interface Change {
  kind: 'number' | 'negation' | 'who' | 'order' | 'word';
  /** The record's words, or null when the quote adds words. */
  record: string | null;
  /** The quote's words, or null when the quote leaves the record's out. */
  quote: string | null;
}

/** How a `translation` verdict knows the quote is another rendering. */
export type TranslationMatch<P extends CandidateParagraph = CandidateParagraph> =
  /** It matches a publication's rendering we recorded. */
  | { kind: 'documented'; paragraph: P; rendering: RenderingOfParagraph; alignment: Alignment }
  /** It matches a rendering a translation note gives (a literal rendering of the Russian). */
  | { kind: 'note'; rendering: Rendering; alignment: Alignment }
  /** It matches none, but holds this passage's distinctive words in other wording. */
  | { kind: 'probable'; paragraph: P; shared: string[]; confidence: 'likely' | 'possible' };

export interface QuoteCheck<P extends CandidateParagraph = CandidateParagraph> {
  verdict: Verdict;
  /** The record's passage the verdict rests on (verbatim, altered), the one a translation renders when known, else undefined. */
  best: PassageMatch<P> | undefined;
  /** For `altered`: what changed, number, negation and who first. */
  changes: Change[];
  /** For `translation`: what it matches. */
  translation?: TranslationMatch<P>;
  /** For `verbatim`: translation notes on the words quoted (their English differs from the Russian). */
  notes: Rendering[];
  /** For `absent`: passages that share some of the quote's rarer words, best first, with the words they share. */
  nearest: NearPassage<P>[];
}

/** A passage near a quote that is not its source: the record's paragraph, and the quote's words it shares (in any form). */
export interface NearPassage<P extends CandidateParagraph = CandidateParagraph> {
  paragraph: P;
  shared: string[];
}

/** An altered quote has this weighted share of its words in the passage, in order… */
export const ALTERED_COVERAGE = 0.7;
/** …(or this share of its words stand in place, a number changed into another counted in place)… */
export const ALTERED_IN_PLACE = 0.8;
/** …is this alike the passage's span overall… */
export const ALTERED_SIMILARITY = 0.6;
/** …its changes stand in at most this many places, plus one for every QUOTE_WORDS_PER_CHANGE words… */
export const ALTERED_CHANGES = 1;
export const QUOTE_WORDS_PER_CHANGE = 12;
/** …and at most this share of its words are changed or added. */
export const ALTERED_CHANGED_SHARE = 0.25;
/** A quote whose clauses are reordered: nearly all its words in the passage, in any order. */
export const REORDERED_BAG = 0.9;
export const REORDERED_COVERAGE = 0.45;
/** A quote matches a documented rendering with this coverage and likeness (or word for word). */
export const RENDERING_COVERAGE = 0.75;
export const RENDERING_SIMILARITY = 0.6;
/** Probably another translation: at least this many content words, this share of their weight in the passage's vocabulary… */
export const PROBABLE_MIN_WORDS = 4;
export const PROBABLE_SHARE = 0.6;
/** …at least this many distinctive words among them (a name, a number, a word few paragraphs hold)… */
export const PROBABLE_DISTINCTIVE = 3;
export const DISTINCTIVE_WEIGHT = 1.1;
/** …no run of this many content words the passage lacks… */
export const PROBABLE_RUN = 3;
/** …and clearly more than any other paragraph. */
export const PROBABLE_MARGIN = 0.15;
/** "Likely" rather than "possibly" another translation. */
export const LIKELY_SHARE = 0.8;
/** Nearest passages shown for an absent quote share this share of its weighted content words… */
export const NEAREST_SHARE = 0.2;
/** …and at least this many of them. */
export const NEAREST_WORDS = 2;
/** Closest passages of a search: this share of the query's weighted words in the passage, in order. */
export const NEAREST_COVERAGE = 0.25;

/** Words that negate; a negation gained or lost is named first. */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'cant',
  'не',
  'нет',
  'ни',
  'никогда',
  'ничего',
]);
/** Words that say who: a change among them changes who does what. */
const PERSONS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'me',
  'us',
  'him',
  'her',
  'them',
  'my',
  'our',
  'your',
  'his',
  'their',
  'its',
  'я',
  'мы',
  'вы',
  'ты',
  'он',
  'она',
  'они',
]);

/** Orders alignments best first: verbatim, then likeness, then coverage. */
const compare = (a: Alignment, b: Alignment): number =>
  Number(b.verbatim) - Number(a.verbatim) || b.similarity - a.similarity || b.coverage - a.coverage;

/** Ranks passages for a quote: verbatim first, then by likeness, then by coverage. */
export function rankPassages<P extends CandidateParagraph>(
  quote: string,
  paragraphs: readonly P[],
  options: AlignOptions = {},
): PassageMatch<P>[] {
  const words = splitWords(quote);
  return paragraphs
    .map((paragraph) => ({
      paragraph,
      alignment: align(words, splitWords(paragraph.text), options),
    }))
    .sort((a, b) => compare(a.alignment, b.alignment));
}

/** The places where quote and passage differ: runs of ops that are not the same word. */
function changeRuns(ops: readonly AlignOp[]): AlignOp[][] {
  const runs: AlignOp[][] = [];
  let run: AlignOp[] = [];
  for (const op of ops) {
    if (op.op === 'same' || op.op === 'variant') {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(op);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** True when the quote's words are the record's with a few local changes, or the record's words reordered. */
export function isAltered(alignment: Alignment): boolean {
  const { contentMatches, contentWords } = alignment;
  if (contentMatches === 0 || contentMatches < Math.min(3, contentWords)) return false;
  const quoteWords = alignment.ops.filter((o) => o.op !== 'missing').length;
  const changedWords = alignment.ops.filter((o) => o.op === 'changed' || o.op === 'added').length;
  const local =
    changeRuns(alignment.ops).length <=
      ALTERED_CHANGES + Math.floor(quoteWords / QUOTE_WORDS_PER_CHANGE) &&
    changedWords <= ALTERED_CHANGED_SHARE * quoteWords;
  // A number changed into another stands where the record's stood: the rest of the quote is what must match.
  const numberChanges = alignment.ops.filter(
    (o) => o.op === 'changed' && isNumber(o.record.key) && isNumber(o.quote.key),
  ).length;
  const inPlace =
    (alignment.ops.filter((o) => o.op === 'same' || o.op === 'variant').length + numberChanges) /
    Math.max(1, quoteWords);
  if (
    (alignment.coverage >= ALTERED_COVERAGE || inPlace >= ALTERED_IN_PLACE) &&
    alignment.similarity >= ALTERED_SIMILARITY &&
    local
  )
    return true;
  return alignment.bagCoverage >= REORDERED_BAG && alignment.coverage >= REORDERED_COVERAGE;
}

/** True when the alignment with a documented rendering makes it the quote's source. */
export function matchesRendering(alignment: Alignment): boolean {
  return (
    alignment.verbatim ||
    (alignment.contentMatches > 0 &&
      alignment.coverage >= RENDERING_COVERAGE &&
      alignment.similarity >= RENDERING_SIMILARITY)
  );
}

const textOf = (words: readonly Word[]): string | null =>
  words.length ? words.map((w) => w.text).join(' ') : null;

/** The changes of an altered quote, number, negation and who first; words moved within the passage are a change of order. */
export function changesOf(alignment: Alignment): Change[] {
  const recordKeys = new Set(alignment.ops.flatMap((o) => ('record' in o ? [o.record.key] : [])));
  const quoteKeys = new Set(alignment.ops.flatMap((o) => ('quote' in o ? [o.quote.key] : [])));
  const rank = { number: 0, negation: 1, who: 2, order: 3, word: 4 } as const;
  return changeRuns(alignment.ops)
    .map((run): Change => {
      const record = run.flatMap((o) => ('record' in o ? [o.record] : []));
      const quote = run.flatMap((o) => ('quote' in o ? [o.quote] : []));
      const keys = [...record, ...quote].map((w) => w.key);
      const moved =
        quote.length > 0 &&
        quote.every((w) => recordKeys.has(w.key)) &&
        record.every((w) => quoteKeys.has(w.key));
      const kind = keys.some(isNumber)
        ? 'number'
        : keys.some((k) => NEGATIONS.has(k))
          ? 'negation'
          : moved
            ? 'order'
            : isWho(record, quote)
              ? 'who'
              : 'word';
      return { kind, record: textOf(record), quote: textOf(quote) };
    })
    .sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** Capitalised words that name no one: months and days. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** A change of who: a pronoun, or a name (a capitalised word, not a month or a day), replaced by another. */
function isWho(record: readonly Word[], quote: readonly Word[]): boolean {
  const named = (w: Word): boolean =>
    PERSONS.has(w.key) || (/^\p{Lu}/u.test(w.text) && !CALENDAR.has(w.key));
  return record.length > 0 && quote.length > 0 && record.some(named) && quote.some(named);
}

/** Translation notes whose English the verbatim span overlaps, in the quoted paragraph. */
function notesOn(match: PassageMatch, notes: readonly Rendering[]): Rendering[] {
  const words = splitWords(match.paragraph.text);
  const span = words.slice(match.alignment.from, match.alignment.to).map((w) => w.key);
  const quoted = new Set(span.filter((k) => !COMMON_WORDS.has(k)));
  const seen = new Set<string>();
  return notes.filter((note) => {
    if (seen.has(note.note) || !note.paragraphs.some((p) => p.url === match.paragraph.url))
      return false;
    const english = splitWords(note.english).map((w) => w.key);
    const start = indexOfRun(
      words.map((w) => w.key),
      english,
    );
    // The note's words stand in the paragraph, and the quote takes some of its content words from them.
    const covered =
      start >= 0 &&
      start < match.alignment.to &&
      start + english.length > match.alignment.from &&
      english.some((k) => quoted.has(k));
    if (covered) seen.add(note.note);
    return covered;
  });
}

/** Where `run` starts in `keys`, or -1. */
function indexOfRun(keys: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= keys.length; i++)
    if (run.every((k, j) => keys[i + j] === k)) return i;
  return -1;
}

/** Numbers written as words, and units of time: a quote that brings one the passage lacks adds a fact. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion first second third half dozen day days week weeks month months year years decade century один два три пять десять сто тысяча миллион миллиард год года лет месяц неделя'.split(
    ' ',
  ),
);

/** A word of the quote a passage's vocabulary lacks that changes the facts: a number, or a name inside a sentence. */
const isFact = (word: Word, quote: string): boolean =>
  isNumber(word.key) ||
  NUMBER_WORDS.has(word.key) ||
  (/^\p{Lu}/u.test(word.text) && !/(^|[.!?]\s*)$/u.test(quote.slice(0, word.start).trimEnd()));

/** How much of a quote's content a paragraph's vocabulary holds, in any form, and whether the quote departs from it. */
interface SharedStems<P> {
  paragraph: P;
  /** The quote's content words the vocabulary holds. */
  shared: Word[];
  /** Their weight's share of all the quote's content words. */
  share: number;
  /** Distinct shared stems of DISTINCTIVE_WEIGHT or more. */
  distinctive: number;
  /** True when the quote brings a number or a name the vocabulary lacks, or PROBABLE_RUN content words in a row it lacks. */
  departs: boolean;
}

/** Scores each paragraph's vocabulary (its record and renderings) against the quote's content words, best share first. */
function sharedStems<P>(
  quote: string,
  vocabularies: ReadonlyMap<P, readonly string[]>,
  weight: WordWeight,
): SharedStems<P>[] {
  const content = splitWords(quote).filter((w) => !COMMON_WORDS.has(w.key));
  const total = content.reduce((sum, w) => sum + weight(w.key), 0);
  if (total === 0) return [];
  return [...vocabularies]
    .map(([paragraph, texts]) => {
      const stems = new Set(texts.flatMap((text) => splitWords(text).map((w) => stemKey(w.key))));
      const has = content.map((w) => stems.has(stemKey(w.key)));
      const shared = content.filter((_, i) => has[i]);
      const lacksFact = content.some((w, i) => !has[i] && isFact(w, quote));
      const longestGap = Math.max(
        0,
        ...has
          .map((_, i) => has.slice(i).findIndex(Boolean))
          .map((gap, i) => (gap < 0 ? has.length - i : gap)),
      );
      return {
        paragraph,
        shared,
        share: shared.reduce((sum, w) => sum + weight(w.key), 0) / total,
        distinctive: new Set(
          shared.filter((w) => weight(w.key) >= DISTINCTIVE_WEIGHT).map((w) => stemKey(w.key)),
        ).size,
        departs: lacksFact || longestGap >= PROBABLE_RUN,
      };
    })
    .sort((a, b) => b.share - a.share);
}

const uniqueTexts = (words: readonly Word[]): string[] => [...new Set(words.map((w) => w.text))];

/**
 * Probably another translation of a paragraph: the quote's distinctive words
 * (names, numbers, words few paragraphs hold) stand in the paragraph's
 * vocabulary — its record and its documented renderings in the quote's
 * language — in other wording, clearly more than in any other paragraph. A
 * quote that brings a number or a name the passage lacks, or a run of
 * PROBABLE_RUN content words it lacks, says something else.
 */
export function probableSource<P extends CandidateParagraph>(
  quote: string,
  vocabularies: ReadonlyMap<P, readonly string[]>,
  weight: WordWeight,
): TranslationMatch<P> | undefined {
  if (
    new Set(
      splitWords(quote)
        .filter((w) => !COMMON_WORDS.has(w.key))
        .map((w) => stemKey(w.key)),
    ).size < PROBABLE_MIN_WORDS
  )
    return undefined;
  const [best, second] = sharedStems(quote, vocabularies, weight);
  if (
    !best ||
    best.departs ||
    best.share < PROBABLE_SHARE ||
    best.distinctive < PROBABLE_DISTINCTIVE
  )
    return undefined;
  if (second && second.share > best.share - PROBABLE_MARGIN) return undefined;
  return {
    kind: 'probable',
    paragraph: best.paragraph,
    shared: uniqueTexts(best.shared),
    confidence: best.share >= LIKELY_SHARE ? 'likely' : 'possible',
  };
}

/** Passages near a quote that is in none: those sharing enough of its content words, in any form, best first. */
export function nearestPassages<P extends CandidateParagraph>(
  quote: string,
  vocabularies: ReadonlyMap<P, readonly string[]>,
  weight: WordWeight,
): NearPassage<P>[] {
  return sharedStems(quote, vocabularies, weight)
    .filter(
      (s) =>
        s.share >= NEAREST_SHARE &&
        new Set(s.shared.map((w) => stemKey(w.key))).size >= NEAREST_WORDS,
    )
    .map((s) => ({ paragraph: s.paragraph, shared: uniqueTexts(s.shared) }));
}

/** Each candidate paragraph's vocabulary, one entry per paragraph address: its record's words, then its renderings'. */
function vocabulariesOf<P extends CandidateParagraph>(input: CheckInput<P>): Map<P, string[]> {
  const byUrl = new Map<string, { paragraph: P; texts: string[] }>();
  const add = (paragraph: P, text: string): void => {
    const entry = byUrl.get(paragraph.url) ?? { paragraph, texts: [] };
    entry.texts.push(text);
    byUrl.set(paragraph.url, entry);
  };
  for (const paragraph of input.paragraphs) add(paragraph, paragraph.text);
  for (const { paragraph, rendering } of input.renderings) add(paragraph, rendering.text);
  return new Map([...byUrl.values()].map(({ paragraph, texts }) => [paragraph, texts]));
}

/**
 * The verdict on a quote. The record comes first: its words verbatim are
 * `verbatim` even where a rendering has them too. A documented rendering the
 * quote matches at least as closely as the record wins over `altered`: a
 * quote in the presidency's English is another translation, not a changed one.
 */
export function checkQuote<P extends CandidateParagraph>(
  quote: string,
  input: CheckInput<P>,
  options: AlignOptions = {},
): QuoteCheck<P> {
  const words = splitWords(quote);
  const ranked = rankPassages(quote, input.paragraphs, options);
  const empty = { changes: [], notes: [], nearest: [] };
  if (words.length === 0) return { verdict: 'absent', best: undefined, ...empty };
  const best = ranked[0];
  if (best?.alignment.verbatim)
    return { verdict: 'verbatim', best, ...empty, notes: notesOn(best, input.noteRenderings) };

  const documented = input.renderings
    .map((candidate) => ({
      ...candidate,
      alignment: align(words, splitWords(candidate.rendering.text), options),
    }))
    .filter((c) => matchesRendering(c.alignment))
    .sort((a, b) => compare(a.alignment, b.alignment))[0];
  const altered = best && isAltered(best.alignment) ? best : undefined;
  const matchOf = (paragraph: P): PassageMatch<P> | undefined =>
    ranked.find((m) => m.paragraph.url === paragraph.url);
  if (
    documented &&
    (!altered ||
      documented.alignment.verbatim ||
      documented.alignment.coverage > altered.alignment.coverage)
  ) {
    const translation: TranslationMatch<P> = {
      kind: 'documented',
      paragraph: documented.paragraph,
      rendering: documented.rendering,
      alignment: documented.alignment,
    };
    return { verdict: 'translation', best: matchOf(documented.paragraph), translation, ...empty };
  }
  if (altered)
    return { verdict: 'altered', best: altered, ...empty, changes: changesOf(altered.alignment) };

  const noted = input.noteRenderings
    .map((rendering) => ({
      rendering,
      alignment: align(words, splitWords(rendering.text), options),
    }))
    .filter((r) => matchesRendering(r.alignment))
    .sort((a, b) => compare(a.alignment, b.alignment))[0];
  if (noted) {
    const paragraph = ranked.find((m) =>
      noted.rendering.paragraphs.some((p) => p.url === m.paragraph.url),
    );
    return {
      verdict: 'translation',
      best: paragraph,
      translation: { kind: 'note', ...noted },
      ...empty,
    };
  }

  // Another language than the record's (the Russian original): only what we documented is known, so nothing is guessed.
  if (input.paragraphs.length === 0) return { verdict: 'absent', best: undefined, ...empty };
  const vocabularies = vocabulariesOf(input);
  const weight = options.weight ?? defaultWeight;
  const probable = probableSource(quote, vocabularies, weight);
  if (probable?.kind === 'probable')
    return {
      verdict: 'translation',
      best: matchOf(probable.paragraph),
      translation: probable,
      ...empty,
    };
  return {
    verdict: 'absent',
    best: undefined,
    ...empty,
    nearest: nearestPassages(quote, vocabularies, weight),
  };
}
