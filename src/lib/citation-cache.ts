/**
 * Citations kept between builds, by content hash. citeproc-js takes about
 * 20 ms per paragraph (and a second to compile the styles on first use), for
 * every share page; a warm rebuild reads the result back instead. The key is
 * the CSL item the styles are applied to (so the accessed day counts, not the
 * hour), the paragraph number, the citation code and styles, and the versions
 * of the libraries that format them.
 */
import { join, resolve } from 'node:path';
import { CACHE_DIR, contentHash, packageVersion, readCacheEntry, writeCacheEntry } from './build-cache.ts';
import { cslItem, formatCitations, type CitedWork, type Citations } from './citations.ts';
import citationsSource from './citations.ts?raw';
import chicagoStyle from '../citation-styles/chicago-author-date.csl?raw';
import mlaStyle from '../citation-styles/modern-language-association.csl?raw';

/** The citations' folder inside Astro's cache folder. */
export const CITATION_CACHE_DIR = resolve(CACHE_DIR, 'citations');

let codeVersion: string | undefined;

/** Everything besides the work that decides the citations' text; computed once per build. */
function citationCodeVersion(): string {
  codeVersion ??= contentHash(
    citationsSource,
    chicagoStyle,
    mlaStyle,
    ...['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', 'citeproc'].map((library) => `${library}@${packageVersion(library)}`),
  );
  return codeVersion;
}

/** The hash that names a work's citations. */
export function citationKeyHash(work: CitedWork, version: string): string {
  return contentHash(version, JSON.stringify(cslItem(work)), String(work.paragraph ?? ''));
}

/** Whether a cache entry's JSON has the shape of Citations (a truncated or foreign file has not). */
function isCitations(value: unknown): value is Citations {
  const { html, text } = (value ?? {}) as Partial<Citations>;
  return typeof html?.apa === 'string' && typeof html.chicago === 'string' && typeof html.mla === 'string' && typeof text?.bibtex === 'string' && typeof text.csl === 'string';
}

function readCitations(file: string): Citations | undefined {
  const bytes = readCacheEntry(file);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isCitations(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface CitationCacheOptions {
  dir?: string;
  version?: string;
  format?: (work: CitedWork) => Citations;
}

/** formatCitations(work), from the cache when there, else formatted and kept. */
export function cachedCitations(work: CitedWork, { dir = CITATION_CACHE_DIR, version = citationCodeVersion(), format = formatCitations }: CitationCacheOptions = {}): Citations {
  const file = join(dir, `${citationKeyHash(work, version)}.json`);
  const cached = readCitations(file);
  if (cached) return cached;
  const citations = format(work);
  writeCacheEntry(file, JSON.stringify(citations));
  return citations;
}
