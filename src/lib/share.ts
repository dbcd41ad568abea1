/**
 * How a paragraph is attributed when it leaves the site: on quote cards, share
 * pages and in the text the "Copy quote" button puts on the clipboard. Shared
 * by the build and the browser, so the two always say the same thing; who the
 * words are attributed to is decided by attributeParagraph (attribution.ts).
 */
import type { ParagraphAttribution } from './attribution.ts';

export interface Attribution extends Pick<
  ParagraphAttribution,
  'speaker' | 'who' | 'translation' | 'translator'
> {
  place: string;
  /** Date as displayed, e.g. `22 February 2022`. */
  date: string;
}

/** What a quoted line needs: who, where, when, and whose translation the English is. */
export type QuoteAttribution = Pick<Attribution, 'who' | 'place' | 'date' | 'translation'>;

/** `Vladimir Putin, Moscow, 22 February 2022`. */
export const attributionLine = ({ who, place, date }: QuoteAttribution): string =>
  `${who}, ${place}, ${date}`;

/**
 * `“…” — Vladimir Putin, Moscow, 22 February 2022. English translation: AZERTAC.`: the words
 * verbatim, then who, where and when, and whose translation the English is (for a speaker's
 * words; the agency's own lines carry no such line).
 */
export const attributedQuote = (text: string, attribution: QuoteAttribution): string =>
  `“${text}” — ${attributionLine(attribution)}.${attribution.translation ? ` ${attribution.translation}.` : ''}`;

/** The attributed quote followed by its link: what "Copy quote" puts on the clipboard. */
export const quoteWithAttribution = (
  text: string,
  attribution: QuoteAttribution,
  url: string,
): string => `${attributedQuote(text, attribution)} ${url}`;
