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
