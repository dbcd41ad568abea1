/**
 * Formats a work's citations (src/lib/citations.ts describes it): Citation.js
 * and citeproc-js apply each style to its CSL-JSON item. A module of its own
 * because they take about 0.1 s to load: a build whose citations all come
 * from the cache (src/lib/citation-cache.ts) never loads them.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import chicagoStyle from '../citation-styles/chicago-author-date.csl?raw';
import mlaStyle from '../citation-styles/modern-language-association.csl?raw';
import { cslItem, type CitationStyle, type Citations, type CitedWork } from './citations.ts';

/** Styles rendered by citeproc, with the name of their CSL template. */
const STYLES = {
  apa: 'apa',
  chicago: 'tx-chicago-author-date',
  mla: 'tx-mla',
} as const satisfies Record<CitationStyle, string>;

const csl = plugins.config.get('@csl');
if (!csl.styles.has(STYLES.chicago)) csl.styles.add(STYLES.chicago, chicagoStyle);
if (!csl.styles.has(STYLES.mla)) csl.styles.add(STYLES.mla, mlaStyle);

/** The inner HTML of citeproc's single `<div class="csl-entry">`. */
function entryHtml(bibliography: string): string {
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(bibliography);
  if (!match?.[1]) throw new Error(`citations: unexpected citeproc output: ${bibliography}`);
  return match[1].trim();
}

/** Every format for one work. */
export function formatCitations(work: CitedWork): Citations {
  const item = cslItem(work);
  const cite = new Cite(item);
  const bibliography = (style: CitationStyle, format: 'text' | 'html'): string =>
    cite.format('bibliography', { format, template: STYLES[style], lang: 'en-US' }).trim();
  // BibTeX has no "site" field: the publisher goes in `publisher` (a CSL container would make it @article).
  const { 'container-title': container, ...rest } = item;
  const bibtex = new Cite({ ...rest, publisher: container }).format('bibtex').trim();
  const html = {
    apa: entryHtml(bibliography('apa', 'html')),
    chicago: entryHtml(bibliography('chicago', 'html')),
    mla: entryHtml(bibliography('mla', 'html')),
  };
  const citations: Citations = {
    html,
    text: {
      apa: bibliography('apa', 'text'),
      chicago: bibliography('chicago', 'text'),
      mla: bibliography('mla', 'text'),
      bibtex,
      csl: cite.format('data', { format: 'text' }).trim(),
    },
  };
  // Every style also formats an in-text citation, shown or not. citeproc forgets the items it has formatted
  // only when it formats a citation: a style used for reference lists alone keeps every item of the build and
  // walks them all for each new one (MLA went from 1.6 to 5 ms a work over 8,000 works, so a large archive's
  // build grew with the square of its paragraphs).
  const entry = [
    {
      id: work.key,
      ...(work.paragraph === undefined
        ? {}
        : { locator: String(work.paragraph), label: 'paragraph' }),
    },
  ];
  const inText = (style: CitationStyle): string =>
    cite
      .format('citation', { format: 'text', template: STYLES[style], lang: 'en-US', entry })
      .trim();
  const apa = inText('apa');
  const chicago = inText('chicago');
  // Formatted for the reason above only: the MLA 9 style prints "para.12" where MLA has "par. 12", so it is not shown.
  inText('mla');
  if (work.author && work.paragraph !== undefined) citations.inText = { apa, chicago };
  return citations;
}
