/**
 * Word-by-word alignment of a quote against a passage of the record: which
 * words are the same, which of the record's words the quote lacks, which it
 * adds, and which it spells another way. Pure, shared by the quote check, the
 * search page's closest passages and their unit tests.
 *
 * Written here rather than taken from a diff library (jsdiff, diff-match-patch):
 * those diff two whole texts, while a quote is a short text to be found
 * somewhere inside a long paragraph (free ends on the record's side), and its
 * words are not equal in weight (a changed number matters, a dropped "the" does not).
 */
import { COMMON_WORDS, wordKey } from './search.ts';

export { COMMON_WORDS };

/** A word of a text: what it looks like there, and the form words are compared in. */
export interface Word {
  /** The word as written ("25,000", "people's", "Nagorno"). */
  text: string;
  /** Lower case, letters and digits only, accents off: "25000", "peoples", "nagorno". */
  key: string;
  /** Offsets of the word in its text. */
  start: number;
  end: number;
}

/**
 * A word is a run of letters and digits, with inner apostrophes and digit
 * separators kept ("people's", "25,000", "3.5"). Hyphens and dashes split
 * words: "Russian-language" and "Russian language" are the same two words.
 */
const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019.,](?=\p{N})|['\u2019](?=\p{L}))[\p{L}\p{N}]+)*/gu;

/** The words of a text, in order; punctuation, quotes, dashes and spacing are not words. */
export function splitWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: wordKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * A word's first five letters, which translations of the same words share
 * across their forms ("restore", "restoration"; "recognised", "recognize"):
 * for comparing wordings, never for the verdict of a quote against the record.
 */
export const stemKey = (key: string): string => key.slice(0, 5).replace(/z/g, 's');

/** True for a number ("15000", "48th"): a change in one is the first thing a reader must see. */
export const isNumber = (key: string): boolean => /^\p{N}+(?:st|nd|rd|th)?$/u.test(key);

/** How much a word weighs in a match: a common word little, a rare word more, a number most. */
export type WordWeight = (key: string) => number;

/** The default weights, without knowledge of the archive's vocabulary. */
export const defaultWeight: WordWeight = (key) =>
  COMMON_WORDS.has(key) ? 0.2 : isNumber(key) ? 2 : 1;

/** Tells whether two different keys are the same word spelled another way (a variant or a typo). */
export type SameWord = (quoteKey: string, recordKey: string) => boolean;

/** Damerau–Levenshtein distance (adjacent swaps count once), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * Typos tolerated between two words: one edit from five letters, two from
 * nine ("vexation" is not "relation"). Numbers never: "15000" and "25000" are different facts, not a typo.
 */
export function isTypo(a: string, b: string): boolean {
  if (isNumber(a) || isNumber(b)) return false;
  const length = Math.min(a.length, b.length);
  if (length < 5) return false;
  return editDistance(a, b, 2) <= (length >= 9 ? 2 : 1);
}

/** One step of an alignment. */
export type AlignOp =
  /** The same word in both. */
  | { op: 'same'; record: Word; quote: Word }
  /** The same word spelled another way ("Karabagh", "Kazakstan"). */
  | { op: 'variant'; record: Word; quote: Word }
  /** A word of the record replaced by another in the quote. */
  | { op: 'changed'; record: Word; quote: Word }
  /** A word of the record missing from the quote. */
  | { op: 'missing'; record: Word }
  /** A word of the quote not in the record. */
  | { op: 'added'; quote: Word };

export interface Alignment {
  ops: AlignOp[];
  /** Index of the first and one past the last record word the quote aligns with; equal when none. */
  from: number;
  to: number;
  /** Weighted share of the quote's words found in order in the passage, 0…1 (variants count). */
  coverage: number;
  /** Weighted share of the quote's words found in the passage in any order, 0…1. */
  bagCoverage: number;
  /** Weighted likeness of the quote and the aligned span (Dice over weights), 0…1. */
  similarity: number;
  /** Words of the quote, other than common words, found in order. */
  contentMatches: number;
  /** Words of the quote other than common words. */
  contentWords: number;
  /** True when every word of the quote is the record's, in order, with nothing between. */
  verbatim: boolean;
  /** Numbers of the record the quote changes or drops, with what the quote says instead. */
  numbers: { record: string; quote: string | null }[];
}

export interface AlignOptions {
  weight?: WordWeight;
  sameWord?: SameWord;
}

/**
 * A word of the record the quote skips costs less than a word the quote adds:
 * quotes drop words all the time ("…"), and a quote's first words should pair
 * with the record's rather than count as added because a word between was dropped.
 */
const MISSING_COST = 0.4;
/** A variant costs a little, so that an exact spelling elsewhere wins over it. */
const VARIANT_COST = 0.1;
/** A changed word costs a little less than one dropped plus one added, so it shows as a pair. */
const CHANGE_COST = 0.95;
/**
 * A number changed into another number costs less than the quote's number
 * alone, so that "more than 25,000 citizens" pairs 25,000 with the record's
 * 15,000, even at the start of the quote where adding a word is free of context.
 */
const NUMBER_CHANGE_COST = 0.5;

/**
 * Aligns every word of `quote` with some span of `record` (free ends on the
 * record's side: the quote may start and stop anywhere in the paragraph),
 * minimising the weighted cost of words missing, added and changed.
 * Classic edit-distance dynamic programming, O(quote × record).
 */
export function align(
  quote: readonly Word[],
  record: readonly Word[],
  options: AlignOptions = {},
): Alignment {
  const weight = options.weight ?? defaultWeight;
  const sameWord = options.sameWord ?? isTypo;
  const m = quote.length;
  const n = record.length;
  const wq = quote.map((w) => weight(w.key));
  const wr = record.map((w) => weight(w.key));
  const kind = (i: number, j: number): 'same' | 'variant' | 'changed' =>
    quote[i]!.key === record[j]!.key
      ? 'same'
      : sameWord(quote[i]!.key, record[j]!.key)
        ? 'variant'
        : 'changed';
  const pairCost = (i: number, j: number): number => {
    const k = kind(i, j);
    if (k === 'same') return 0;
    if (k === 'variant') return VARIANT_COST * wq[i]!;
    const [q, r] = [quote[i]!.key, record[j]!.key];
    if (isNumber(q) && isNumber(r)) return NUMBER_CHANGE_COST * wq[i]!;
    // Only two words that carry meaning pair up as a change; "us" for "certain" is a word dropped and one added.
    const factor = COMMON_WORDS.has(q) || COMMON_WORDS.has(r) ? 1.01 : CHANGE_COST;
    return factor * (wq[i]! + MISSING_COST * wr[j]!);
  };
  // cost[i][j]: best cost of quote[0, i) against a span of record ending at j; any start is free.
  const cost: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = 1; i <= m; i++) cost[i]![0] = cost[i - 1]![0]! + wq[i - 1]!;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      cost[i]![j] = Math.min(
        cost[i - 1]![j - 1]! + pairCost(i - 1, j - 1),
        cost[i - 1]![j]! + wq[i - 1]!,
        cost[i]![j - 1]! + MISSING_COST * wr[j - 1]!,
      );
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[m]![j]! < cost[m]![end]!) end = j;

  const ops: AlignOp[] = [];
  let i = m;
  let j = end;
  let from = end;
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
  while (i > 0) {
    const here = cost[i]![j]!;
    if (j > 0 && near(here, cost[i - 1]![j - 1]! + pairCost(i - 1, j - 1))) {
      const k = kind(i - 1, j - 1);
      ops.push({ op: k, record: record[j - 1]!, quote: quote[i - 1]! });
      i--;
      j--;
      from = j;
    } else if (near(here, cost[i - 1]![j]! + wq[i - 1]!)) {
      ops.push({ op: 'added', quote: quote[i - 1]! });
      i--;
    } else {
      ops.push({ op: 'missing', record: record[j - 1]! });
      j--;
      from = j;
    }
  }
  ops.reverse();
  // Record words the quote skips at its start are no part of the span.
  while (ops[0]?.op === 'missing') {
    ops.shift();
    from++;
  }
  if (!ops.some((o) => o.op !== 'added')) from = end;
  return summarise(ops, from, end, quote, record, wq, weight);
}

function summarise(
  ops: AlignOp[],
  from: number,
  to: number,
  quote: readonly Word[],
  record: readonly Word[],
  wq: readonly number[],
  weight: WordWeight,
): Alignment {
  const quoteWeight = wq.reduce((a, b) => a + b, 0);
  let matched = 0;
  let contentMatches = 0;
  const numbers: Alignment['numbers'] = [];
  for (const op of ops) {
    if (op.op === 'same' || op.op === 'variant') {
      matched += weight(op.quote.key) * (op.op === 'same' ? 1 : 0.9);
      if (!COMMON_WORDS.has(op.quote.key)) contentMatches++;
    }
    if ((op.op === 'changed' || op.op === 'missing') && isNumber(op.record.key)) {
      numbers.push({ record: op.record.text, quote: op.op === 'changed' ? op.quote.text : null });
    }
  }
  const spanWeight = record.slice(from, to).reduce((sum, w) => sum + weight(w.key), 0);
  const recordKeys = new Set(record.map((w) => w.key));
  const inBag = quote.reduce((sum, w, i) => sum + (recordKeys.has(w.key) ? wq[i]! : 0), 0);
  return {
    ops,
    from,
    to: ops.some((o) => o.op !== 'added') ? to : from,
    coverage: quoteWeight === 0 ? 0 : matched / quoteWeight,
    bagCoverage: quoteWeight === 0 ? 0 : inBag / quoteWeight,
    similarity: quoteWeight + spanWeight === 0 ? 0 : (2 * matched) / (quoteWeight + spanWeight),
    contentMatches,
    contentWords: quote.filter((w) => !COMMON_WORDS.has(w.key)).length,
    verbatim: quote.length > 0 && ops.every((o) => o.op === 'same'),
    numbers,
  };
}
