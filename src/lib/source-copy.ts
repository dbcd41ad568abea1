/**
 * Our untouched copy of a published text (content/sources/<file>.txt) and the
 * record a transcript shows. The format: plain UTF-8 text, one paragraph of the
 * publication per block, blocks separated by a blank line; line breaks and runs
 * of spaces inside a block count as one space. The record must hold the same
 * paragraphs in the same order, word for word, except the words the
 * transcript's `source.omitted` lists (each the start of a paragraph, or a
 * whole paragraph). Pure: the build, the scripts and the tests share it.
 */

/** Words our copy holds that the record leaves out, as the transcript's `source.omitted` lists them. */
export interface OmittedText {
  text: string;
}

/** Whitespace runs fold to one space; ends are trimmed (the only normalisation the record is allowed). */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The paragraphs of a source copy: blocks separated by blank lines, whitespace folded, empty blocks dropped. */
export function sourceParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(foldSpace)
    .filter(Boolean);
}

/**
 * The paragraphs the record must show: the source's, with each omitted text
 * taken off the start of the paragraph it begins (or the paragraph dropped when
 * it is the whole of it). Throws when an omitted text begins no paragraph: the
 * exception would then hide nothing, or something else.
 */
export function expectedParagraphs(source: readonly string[], omitted: readonly OmittedText[]): string[] {
  let expected = [...source];
  for (const { text } of omitted) {
    const words = foldSpace(text);
    const i = expected.findIndex((p) => p === words || p.startsWith(`${words} `));
    if (i === -1) throw new Error(`source.omitted: "${words}" begins no paragraph of the source copy`);
    const rest = expected[i]!.slice(words.length).trim();
    expected = rest ? expected.with(i, rest) : expected.toSpliced(i, 1);
  }
  return expected;
}

/** The first place the record departs from its source, or null when they agree paragraph by paragraph. */
export interface SourceMismatch {
  /** Zero-based index of the paragraph. */
  index: number;
  /** What the source says there (null: the source has no more paragraphs). */
  expected: string | null;
  /** What the record says there (null: the record has no more paragraphs). */
  found: string | null;
}

/** Compares the record's paragraphs (whitespace folded) with the expected ones, in order. */
export function compareWithSource(record: readonly string[], expected: readonly string[]): SourceMismatch | null {
  const length = Math.max(record.length, expected.length);
  for (let index = 0; index < length; index++) {
    const found = record[index] === undefined ? null : foldSpace(record[index]!);
    const want = expected[index] ?? null;
    if (found !== want) return { index, expected: want, found };
  }
  return null;
}

/** Where two versions of a paragraph part: the first differing word, with its neighbours on both sides. */
export interface WordDifference {
  /** 1-based position of the first differing word. */
  word: number;
  /** The expected text around it, cut at words and marked "…" where cut; `[end of paragraph]` where it has no more words. */
  expected: string;
  /** The found text around the same place, shown the same way. */
  found: string;
}

const END = '[end of paragraph]';

/** Up to `context` words either side of word `at`, "…" where cut. */
function around(words: readonly string[], at: number, context: number): string {
  const start = Math.max(0, at - context);
  const end = Math.min(words.length, at + context + 1);
  const shown = words.slice(start, end).join(' ');
  const text = `${start > 0 ? '…' : ''}${shown}${end < words.length ? '…' : ''}`;
  return at >= words.length ? `${text}${text ? ' ' : ''}${END}` : text;
}

/**
 * The first word at which `found` departs from `expected` (whitespace folded),
 * each shown with `context` words before and after: a late difference in a
 * long paragraph is shown where it is, not as two identical beginnings.
 * Null when the texts are the same.
 */
export function firstDifference(expected: string, found: string, context = 6): WordDifference | null {
  const want = foldSpace(expected).split(' ').filter(Boolean);
  const have = foldSpace(found).split(' ').filter(Boolean);
  let at = 0;
  while (at < want.length && at < have.length && want[at] === have[at]) at++;
  if (at === want.length && at === have.length) return null;
  return { word: at + 1, expected: around(want, at, context), found: around(have, at, context) };
}

/** The first words of a paragraph, to say which one the record or the copy lacks. */
const opening = (text: string): string => {
  const words = text.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : text;
};

/** What a mismatch says: the paragraph, the first differing word with context on both sides, and the fix. */
export function mismatchMessage(mismatch: SourceMismatch, id: string | undefined, copy: string): string {
  const where = `paragraph ${mismatch.index + 1}${id ? ` ("${id}")` : ''}`;
  const fix = `The record must be the copy's words exactly: correct the record (or, if our copy is wrong, the copy; words the copy holds that the publisher did not print go under source.omitted)`;
  if (mismatch.found === null) return `${where} of the source copy ${copy} is missing from the record, which ends before it: the copy has "${opening(mismatch.expected ?? '')}". ${fix}.`;
  if (mismatch.expected === null) return `${where} is not in the source copy ${copy}, which ends before it: the record has "${opening(mismatch.found)}". ${fix}.`;
  // compareWithSource found the two different, so some word differs.
  const difference = firstDifference(mismatch.expected, mismatch.found)!;
  return `${where} departs from the source copy ${copy} at word ${difference.word}: the copy has "${difference.expected}" where the record has "${difference.found}". ${fix}.`;
}
