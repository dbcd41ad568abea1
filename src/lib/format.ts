/** Formatting shared by pages and exports; dates are shown in UTC so a build machine's time zone never shifts a day. */

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `22 February 2022`. */
export const formatDate = (date: Date): string => longDate.format(date);

/** `2022-02-22`, for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Paragraph numbers as runs: [5, 6, 7, 29] → "5–7, 29". Numbers are taken in
 * order and without repeats, so the text always names exactly the set given.
 */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

/** "paragraph 29", "paragraphs 5–22, 29": the label of a set of paragraph numbers. */
export const paragraphsLabel = (numbers: readonly number[]): string =>
  `${new Set(numbers).size === 1 ? 'paragraph' : 'paragraphs'} ${numberRanges(numbers)}`;
