/**
 * An alignment as text to show: the record's passage in its own words and
 * punctuation, with the words of the record the quote lacks or changes
 * marked `del` and the quote's own words marked `ins`. Plain segments the UI
 * renders with textContent, `<del>` and `<ins>`, never as HTML.
 */
import {
  COMMON_WORDS,
  isNumber,
  splitWords,
  stemKey,
  type Alignment,
  type Word,
} from './quote-align.ts';
import { wordKey } from './search.ts';

export interface DiffSegment {
  text: string;
  /**
   * `context`: the paragraph around the passage; `same`: the record's text as
   * the quote has it; `del`: the record's word the quote lacks or changes;
   * `ins`: the quote's word.
   */
  kind: 'context' | 'same' | 'del' | 'ins';
  /** Why a marked word differs: another spelling of the same word, or a different number. */
  note?: 'spelling' | 'number';
}

export interface Diff {
  segments: DiffSegment[];
  /** True when words of the paragraph were left out before or after the passage shown. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The record's text around an alignment: the aligned span, plus up to
 * `context` words either side, with the differences marked in place.
 */
export function diffSegments(recordText: string, alignment: Alignment, context = 8): Diff {
  const words = splitWords(recordText);
  const first = Math.max(0, alignment.from - context);
  const last = Math.min(words.length, alignment.to + context);
  const segments: DiffSegment[] = [];
  const push = (text: string, kind: DiffSegment['kind'], note?: DiffSegment['note']): void => {
    if (text === '') return;
    const previous = segments.at(-1);
    if (
      previous &&
      previous.kind === kind &&
      previous.note === note &&
      (kind === 'same' || kind === 'context')
    )
      previous.text += text;
    else segments.push(note ? { text, kind, note } : { text, kind });
  };
  const startOf = (i: number): number => words[i]?.start ?? recordText.length;
  let cursor = words[first]?.start ?? 0;
  /** The record's text up to the start of word i (spaces, punctuation), then moves the cursor there. */
  const upTo = (i: number, kind: 'same' | 'context' = 'same'): void => {
    push(recordText.slice(cursor, Math.max(cursor, startOf(i))), kind);
    cursor = Math.max(cursor, startOf(i));
  };
  const recordIndex = new Map(words.map((w, i) => [w.start, i]));
  for (let i = first; i < alignment.from; i++) {
    upTo(i, 'context');
    push(words[i]!.text, 'context');
    cursor = words[i]!.end;
  }
  for (const op of alignment.ops) {
    if (op.op === 'added') {
      push(segments.length > 0 && !/\s$/.test(segments.at(-1)!.text) ? ' ' : '', 'same');
      push(op.quote.text, 'ins');
      continue;
    }
    const i = recordIndex.get(op.record.start)!;
    // What stands before the passage's first word (". ") belongs to the context.
    upTo(i, i === alignment.from ? 'context' : 'same');
    if (op.op === 'same') push(op.record.text, 'same');
    else if (op.op === 'missing')
      push(op.record.text, 'del', isNumber(op.record.key) ? 'number' : undefined);
    else {
      const note =
        op.op === 'variant'
          ? 'spelling'
          : isNumber(op.record.key) || isNumber(op.quote.key)
            ? 'number'
            : undefined;
      push(op.record.text, 'del', note);
      push(op.quote.text, 'ins', note);
    }
    cursor = op.record.end;
  }
  for (let i = alignment.to; i < last; i++) {
    upTo(i, 'context');
    push(words[i]!.text, 'context');
    cursor = words[i]!.end;
  }
  // The punctuation that closes the last word shown (a full stop, a closing quote).
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(recordText.slice(cursor))?.[0] ?? '';
  push(tail, last > alignment.to ? 'context' : 'same');
  return { segments, clippedStart: first > 0, clippedEnd: last < words.length };
}

/** The record's words of the aligned span, as written, for a citation: from the first aligned word to the end of its sentence's last word. */
export function spanText(recordText: string, alignment: Alignment): string {
  const words = splitWords(recordText);
  const from = words[alignment.from];
  const to = words[alignment.to - 1];
  if (!from || !to) return '';
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(recordText.slice(to.end))?.[0] ?? '';
  return recordText.slice(from.start, to.end + tail.length);
}

/** A piece of a text shown in its own words: `marked` pieces are the words picked (those a quote shares, or those that differ). */
export interface MarkedSegment {
  text: string;
  marked: boolean;
}

/** A text's words around a span, some marked, with whether words were left out either side. */
export interface MarkedText {
  segments: MarkedSegment[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * A text in its own words only, around `[from, to)` (word indexes) with
 * `context` words either side, the words `isMarked` picks marked. Nothing of
 * another text is spliced in: for a passage of the record near a quote but
 * not its source, or a rendering with the words the record lacks marked.
 */
export function markedSegments(
  text: string,
  isMarked: (word: Word, index: number) => boolean,
  from = 0,
  to = Infinity,
  context = 0,
): MarkedText {
  const words = splitWords(text);
  const first = Math.max(0, from - context);
  const last = Math.min(words.length, Math.max(to, from + 1) + context);
  const segments: MarkedSegment[] = [];
  const push = (piece: string, marked: boolean): void => {
    if (piece === '') return;
    const previous = segments.at(-1);
    if (previous && previous.marked === marked) previous.text += piece;
    else segments.push({ text: piece, marked });
  };
  // A text shown from its start keeps what stands before its first word (a dash, a quotation mark).
  let cursor = first === 0 ? 0 : (words[first]?.start ?? 0);
  for (let i = first; i < last; i++) {
    const word = words[i]!;
    const marked = isMarked(word, i);
    // A space between two marked words belongs to the mark: "<mark>people's republics</mark>".
    push(
      text.slice(cursor, word.start),
      marked && segments.at(-1)?.marked === true && /^\s*$/.test(text.slice(cursor, word.start)),
    );
    push(word.text, marked);
    cursor = word.end;
  }
  // To its end, or to the punctuation that closes the last word shown.
  push(
    last === words.length
      ? text.slice(cursor)
      : (/^[^\s\p{L}\p{N}]*/u.exec(text.slice(cursor))?.[0] ?? ''),
    false,
  );
  return { segments, clippedStart: first > 0, clippedEnd: last < words.length };
}

/** The record's words the alignment pairs with the quote's (same word, or spelled another way), by word index; common words left out, as marking them hides the match. */
export function alignedWords(recordText: string, alignment: Alignment): Set<number> {
  const index = new Map(splitWords(recordText).map((w, i) => [w.start, i]));
  return new Set(
    alignment.ops.flatMap((op) =>
      (op.op === 'same' || op.op === 'variant') && !COMMON_WORDS.has(op.record.key)
        ? [index.get(op.record.start)!]
        : [],
    ),
  );
}

/** The whole sentences of the record that hold the aligned span, for a citation that quotes the record's words whole. */
export function sentencesText(recordText: string, alignment: Alignment): string {
  const words = splitWords(recordText);
  const from = words[alignment.from];
  const to = words[alignment.to - 1];
  if (!from || !to) return '';
  const before = recordText.slice(0, from.start);
  const start = Math.max(
    0,
    ...[...before.matchAll(/[.!?]["'”’)]*\s+/g)].map((m) => m.index + m[0].length),
  );
  const after = /[.!?]["'”’)]*(?=\s|$)/.exec(recordText.slice(to.end));
  const end = after ? to.end + after.index + after[0].length : recordText.length;
  return recordText
    .slice(start, end)
    .replace(/^[-–—]\s*/, '')
    .trim();
}

/** A predicate on words: true for a content word whose stem `text` lacks (a rendering's words the record does not use). */
export function lackedBy(text: string): (word: Word) => boolean {
  const stems = new Set(splitWords(text).map((w) => stemKey(w.key)));
  return (word) => !COMMON_WORDS.has(word.key) && !stems.has(stemKey(word.key));
}

/** A predicate on words: true for a content word whose stem is among `words` (the words a quote shares with a passage). */
export function sharedBy(words: readonly string[]): (word: Word) => boolean {
  const stems = new Set(words.map((w) => stemKey(wordKey(w))));
  return (word) => !COMMON_WORDS.has(word.key) && stems.has(stemKey(word.key));
}
