/**
 * An alignment as text to show: the record's passage in its own words and
 * punctuation, with the words of the record the quote lacks or changes
 * marked `del` and the quote's own words marked `ins`. Plain segments the UI
 * renders with textContent, `<del>` and `<ins>`, never as HTML.
 */
import { isNumber, splitWords, type Alignment } from './quote-align.ts';

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
    if (previous && previous.kind === kind && previous.note === note && (kind === 'same' || kind === 'context')) previous.text += text;
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
    else if (op.op === 'missing') push(op.record.text, 'del', isNumber(op.record.key) ? 'number' : undefined);
    else {
      const note = op.op === 'variant' ? 'spelling' : isNumber(op.record.key) || isNumber(op.quote.key) ? 'number' : undefined;
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
