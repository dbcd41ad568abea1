/**
 * Pagefind's options, in a module of their own: the boot script (which every
 * page runs) starts Pagefind with them on first focus, and the search UI sets
 * the same ones (search-pagefind.ts), without the boot script pulling in the UI's loader.
 */

/** The part of Pagefind's API that starting it needs. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/**
 * The index already holds full site paths, base path included
 * (build-plugins/pagefind.ts): without `baseUrl: '/'` Pagefind would prepend the
 * bundle's folder again. Meta fields are for the result line, not for
 * matching: a hit must be in the words themselves.
 */
export const PAGEFIND_OPTIONS = { baseUrl: '/', ranking: { metaWeights: { title: 0, speaker: 0, n: 0, transcript: 0, translation: 0 } } };
