/**
 * "Cite this": references to a transcript or one of its paragraphs in APA
 * (7th ed.), Chicago (17th ed., author-date), MLA (9th ed.), BibTeX and
 * CSL-JSON. We describe the work once as CSL-JSON and let Citation.js and
 * citeproc-js apply each style's rules (src/lib/citation-format.ts); no
 * reference string is built by hand.
 *
 * The work cited is the publisher's text (AZERTAC's English version): its
 * headline, its date, its publisher as the site or container. Our page is where
 * the reader accessed it: its URL, the accessed date, and our site's name (MLA
 * names it as the second container). A paragraph of speech has its speaker as
 * author; the transcript as a whole and the agency's own lines carry no byline,
 * so each style puts the title first.
 *
 * Runs at build time only: no citation code is sent to the browser.
 */
import type { CslItem } from '@citation-js/core';
import { familyNameOrder } from './person-name.ts';

/** The formats offered, in the order they are shown. */
export const CITATION_FORMATS = [
  { key: 'apa', label: 'APA' },
  { key: 'chicago', label: 'Chicago' },
  { key: 'mla', label: 'MLA' },
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'csl', label: 'CSL-JSON' },
] as const;

export type CitationFormat = (typeof CITATION_FORMATS)[number]['key'];

/** The formats citeproc renders from a style (the others are data). */
export type CitationStyle = 'apa' | 'chicago' | 'mla';

/** What a citation says about the work; everything a style may need. */
export interface CitedWork {
  /** Stable key, also the BibTeX key (letters, digits, `_`): see citationKey. */
  key: string;
  /** The speaker of a paragraph of speech; absent for the whole transcript and for narration. */
  author?: { given: string; family: string };
  /** Who translated a speaker's words into the English cited (the publisher); absent for narration. */
  translator?: string;
  /** The headline the publisher gave the text. */
  title: string;
  /** The publisher, e.g. `AZERTAC (Azerbaijan State News Agency)`. */
  publisher: string;
  /** When the publisher published the text. */
  published: Date;
  /** Absolute URL of our page (with `#<anchor id>` for a paragraph). */
  url: string;
  /** The day the reader accessed our page. */
  accessed: Date;
  /** Our site's name, where the text was accessed. */
  siteName: string;
  /** BCP 47 language of the text. */
  language: string;
  /** A paragraph's number, for in-text citations (`para. 12`). */
  paragraph?: number;
}

export interface Citations {
  /** Reference-list entries as HTML (titles in <i>), for display. */
  html: Record<CitationStyle, string>;
  /** Every format as plain text, for copying. */
  text: Record<CitationFormat, string>;
  /** In-text citations with the paragraph locator, where the work has an author and a paragraph. */
  inText?: { apa: string; chicago: string };
}

const dateParts = (date: Date): { 'date-parts': [[number, number, number]] } => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
});

/** A BibTeX-safe key for a transcript or one paragraph: `2022_02_22_putin_aliyev_putin_empire`. */
export const citationKey = (slug: string, id?: string): string =>
  [slug, id]
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9]+/g, '_');

/**
 * The person who speaks, as CSL name parts: `Vladimir Putin` with short name
 * `Putin` → given `Vladimir`, family `Putin`; `Xi Jinping` with `Xi` → family
 * `Xi`, given `Jinping`. The people schema refuses any other short name.
 */
export function personName(name: string, shortName: string): { given: string; family: string } {
  const order = familyNameOrder(name, shortName);
  if (!order)
    throw new Error(`personName: "${shortName}" is neither the start nor the end of "${name}"`);
  const given =
    order === 'family-last' ? name.slice(0, -shortName.length) : name.slice(shortName.length);
  return { given: given.trim(), family: shortName };
}

/**
 * The work as a CSL-JSON item: a web page (the genre says it is a transcript)
 * whose site is the publisher, and whose "source" is our site.
 */
export function cslItem(work: CitedWork): CslItem {
  return {
    id: work.key,
    'citation-key': work.key,
    type: 'webpage',
    genre: 'Transcript',
    ...(work.author ? { author: [work.author] } : {}),
    ...(work.translator ? { translator: [{ literal: work.translator }] } : {}),
    title: work.title,
    'container-title': work.publisher,
    source: work.siteName,
    issued: dateParts(work.published),
    accessed: dateParts(work.accessed),
    URL: work.url,
    language: work.language,
  };
}
