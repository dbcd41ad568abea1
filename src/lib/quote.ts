/** Quotations of the record: trimmed at a word boundary, never mid-word. */

/** A cut at a sentence end is preferred when it keeps at least this share of the room. */
const SENTENCE_MIN_SHARE = 0.6;

/** Index just after the last sentence-ending punctuation in `text` that is followed by a space. */
function lastSentenceEnd(text: string): number {
  let end = -1;
  for (const match of text.matchAll(/[.?!…](?=\s)/gu)) end = match.index + 1;
  return end;
}

/**
 * Shortens `text` to at most `max` characters (ellipsis included). It ends on
 * a whole sentence followed by " …" when that keeps most of the room, so a
 * quote never stops at a misleading half-sentence ("This is not…"); otherwise
 * it cuts at the last word boundary and drops trailing punctuation before the
 * "…". Text that already fits is returned unchanged.
 */
export function trimQuote(text: string, max: number): string {
  if (max < 2) throw new RangeError(`trimQuote: max must be at least 2, got ${max}`);
  if (text.length <= max) return text;
  const sentenceEnd = lastSentenceEnd(text.slice(0, max - 1));
  if (sentenceEnd >= max * SENTENCE_MIN_SHARE) return `${text.slice(0, sentenceEnd)} …`;
  const room = text.slice(0, max - 1);
  // The room ends on a whole word when the next character is a space.
  const boundary = /\s/.test(text.charAt(max - 1)) ? room.length : room.lastIndexOf(' ');
  const cut = boundary > 0 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s.,;:–—-]+$/u, '')}…`;
}

/** Number of words, counting runs of non-space characters. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
