/** Quotations of the record: trimmed at a word boundary, never mid-word. */

/**
 * Shortens `text` to at most `max` characters (ellipsis included), cutting at
 * the last word boundary and dropping trailing punctuation before the "…".
 * Text that already fits is returned unchanged.
 */
export function trimQuote(text: string, max: number): string {
  if (max < 2) throw new RangeError(`trimQuote: max must be at least 2, got ${max}`);
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  // The room ends on a whole word when the next character is a space.
  const boundary = /\s/.test(text.charAt(max - 1)) ? room.length : room.lastIndexOf(' ');
  const cut = boundary > 0 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s.,;:–—-]+$/u, '')}…`;
}

/** Number of words, counting runs of non-space characters. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
