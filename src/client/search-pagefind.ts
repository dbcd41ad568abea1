/**
 * Loads, once per page, what search runs on: Pagefind's bundle and the
 * forgiving-search lexicon the build writes beside it (build-plugins/search-lexicon.ts).
 * Shared by the search UI and the quote check.
 */
import type { PagefindResultData } from '~/lib/search';
import type { Lexicon } from '~/lib/search-lexicon';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/**
 * The index already holds full site paths, base path included
 * (build-plugins/pagefind.ts): without `baseUrl: '/'` Pagefind would prepend the
 * bundle's folder again. Meta fields are for the result line, not for
 * matching: a hit must be in the words themselves. Set before every first
 * search, also when the boot script has already started Pagefind.
 */
const PAGEFIND_OPTIONS = {
  baseUrl: '/',
  ranking: { metaWeights: { title: 0, speaker: 0, n: 0, transcript: 0, translation: 0 } },
};

/**
 * Pagefind runs on the main thread: its web worker is one more 14 kB file and
 * one more round trip before the first result, for an index that answers in
 * a few milliseconds. Pagefind reads this only before it starts, and warns
 * when it is set later, so whoever starts a bundle's Pagefind first notes it
 * (`window.txPagefindStarted`): search-boot.ts, or the first search here.
 */
const START_OPTIONS = { noWorker: true };

declare global {
  interface Window {
    /** The bundles (`<base>pagefind/`, `<base>pagefind/record/`) whose Pagefind has been started. */
    txPagefindStarted?: Set<string>;
  }
}

/** Each bundle's Pagefind (the search page holds two fields: the header's record bundle and the page's whole one). */
const pagefinds = new Map<string, Promise<Pagefind>>();
let lexicon: Promise<Lexicon> | undefined;

/** Loads a bundle's Pagefind once per page, from the folder the build wrote (`<base>pagefind/`, `<base>pagefind/record/`). */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  let pagefind = pagefinds.get(bundle);
  if (pagefind) return pagefind;
  pagefind = (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    const started = (window.txPagefindStarted ??= new Set());
    const start = started.has(bundle) ? {} : START_OPTIONS;
    started.add(bundle);
    await module.options({ ...start, ...PAGEFIND_OPTIONS });
    return module;
  })();
  pagefinds.set(bundle, pagefind);
  // A failed load (no index yet in `astro dev`) may succeed after a build: let the next search retry.
  pagefind.catch(() => pagefinds.delete(bundle));
  return pagefind;
}

/** Loads the lexicon once per page (both bundles hold the same one). */
export function loadLexicon(bundle: string): Promise<Lexicon> {
  lexicon ??= fetch(`${bundle}lexicon.json`).then((response) => {
    if (!response.ok) throw new Error(`${bundle}lexicon.json: HTTP ${response.status}`);
    return response.json() as Promise<Lexicon>;
  });
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}
