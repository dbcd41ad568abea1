/**
 * The one line a transcript page keeps on where its text comes from, built
 * from the record's own frontmatter (its source's publisher, date and
 * language), so it stays right for any record of the archive.
 */
import { publisherShortName } from './attribution.ts';
import { formatDate } from './format.ts';

/** What the line needs of a transcript's `source`. */
export interface OriginSource {
  publisher: string;
  date: Date;
  /** BCP 47 code of the published text's language ("en"). */
  language: string;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language code: "en" → "English", "ru" → "Russian"; the code itself when unknown. */
export const languageName = (code: string): string => languageNames.of(code) ?? code;

/** "AZERTAC's English, published 22 February 2022, word for word": the page adds the link to the original. */
export const recordOrigin = (source: OriginSource): string => `${publisherShortName(source.publisher)}'s ${languageName(source.language)}, published ${formatDate(source.date)}, word for word`;
