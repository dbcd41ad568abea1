/**
 * Citations kept between builds, by content hash. citeproc-js takes about
 * 20 ms per paragraph (and a second to compile the styles on first use), for
 * every share page; a warm rebuild reads the result back instead. The key is
 * the CSL item the styles are applied to, less its accessed date, the
 * paragraph number, the citation code and styles, and the versions of the
 * libraries that format them. Only BibTeX and CSL-JSON print the accessed
 * date: a rebuild on a later day moves it there (as the browser does for the
 * reader's day, cite.ts) instead of formatting everything again.
 */
import { join, resolve } from 'node:path';
import { bibtexAccessed, cslAccessed } from './accessed-date.ts';
import {
  CACHE_DIR,
  contentHash,
  packageVersion,
  readCacheEntry,
  writeCacheEntry,
} from './build-cache.ts';
import { isoDate } from './format.ts';
import { cslItem, type CitedWork, type Citations } from './citations.ts';
import citationsSource from './citations.ts?raw';
import citationFormatSource from './citation-format.ts?raw';
import chicagoStyle from '../citation-styles/chicago-author-date.csl?raw';
import mlaStyle from '../citation-styles/modern-language-association.csl?raw';

/** The citations' folder inside Astro's cache folder. */
export const CITATION_CACHE_DIR = resolve(CACHE_DIR, 'citations');

let codeVersion: string | undefined;

/** Everything besides the work that decides the citations' text; computed once per build. */
function citationCodeVersion(): string {
  codeVersion ??= contentHash(
    citationsSource,
    citationFormatSource,
    chicagoStyle,
    mlaStyle,
    ...[
      '@citation-js/core',
      '@citation-js/plugin-csl',
      '@citation-js/plugin-bibtex',
      'citeproc',
    ].map((library) => `${library}@${packageVersion(library)}`),
  );
  return codeVersion;
}

/** The hash that names a work's citations, whatever day it was accessed. */
export function citationKeyHash(work: CitedWork, version: string): string {
  // JSON leaves out a key whose value is undefined.
  return contentHash(
    version,
    JSON.stringify({ ...cslItem(work), accessed: undefined }),
    String(work.paragraph ?? ''),
  );
}

/** A cache entry: the citations and the accessed day they were formatted with. */
interface CachedCitations {
  accessed: string;
  citations: Citations;
}

/** Whether a value has the shape of Citations (a truncated or foreign file has not). */
function isCitations(value: unknown): value is Citations {
  const { html, text } = (value ?? {}) as Partial<Citations>;
  return (
    typeof html?.apa === 'string' &&
    typeof html.chicago === 'string' &&
    typeof html.mla === 'string' &&
    typeof text?.bibtex === 'string' &&
    typeof text.csl === 'string'
  );
}

function readEntry(file: string): CachedCitations | undefined {
  const bytes = readCacheEntry(file);
  if (!bytes) return undefined;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<CachedCitations> | null;
    return typeof value?.accessed === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value.accessed) &&
      isCitations(value.citations)
      ? { accessed: value.accessed, citations: value.citations }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Citations formatted on one accessed day, as they read on another. */
function accessedOn({ accessed, citations }: CachedCitations, day: string): Citations {
  if (accessed === day) return citations;
  const { bibtex, csl } = citations.text;
  return {
    ...citations,
    text: {
      ...citations.text,
      bibtex: bibtexAccessed(bibtex, accessed, day),
      csl: cslAccessed(csl, day),
    },
  };
}

export interface CitationCacheOptions {
  dir?: string;
  version?: string;
  format?: (work: CitedWork) => Citations | Promise<Citations>;
}

/** formatCitations (src/lib/citation-format.ts), loaded on the first work the cache does not hold. */
async function formatCitations(work: CitedWork): Promise<Citations> {
  return (await import('./citation-format.ts')).formatCitations(work);
}

/** formatCitations(work), from the cache when there, else formatted and kept. */
export async function cachedCitations(
  work: CitedWork,
  {
    dir = CITATION_CACHE_DIR,
    version = citationCodeVersion(),
    format = formatCitations,
  }: CitationCacheOptions = {},
): Promise<Citations> {
  const file = join(dir, `${citationKeyHash(work, version)}.json`);
  // `YYYY-MM-DD` in UTC, as cslItem() writes the accessed date.
  const day = isoDate(work.accessed);
  const cached = readEntry(file);
  if (cached) return accessedOn(cached, day);
  const citations = await format(work);
  writeCacheEntry(file, JSON.stringify({ accessed: day, citations } satisfies CachedCitations));
  return citations;
}
