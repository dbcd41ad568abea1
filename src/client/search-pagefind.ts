/**
 * Loads, once per page, what search runs on: Pagefind's bundle and the
 * forgiving-search lexicon the build writes beside it (build-plugins/search-lexicon.ts).
 * Shared by the search UI and the quote check.
 */
import type { PagefindResultData } from '~/lib/search';
import type { Lexicon } from '~/lib/search-lexicon';
import { PAGEFIND_OPTIONS, type Pagefind as PagefindCore } from './search-pagefind-options';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind extends PagefindCore {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
let lexicon: Promise<Lexicon> | undefined;

/** Loads Pagefind once per page, from the bundle the build wrote (`<base>pagefind/`). */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await module.options(PAGEFIND_OPTIONS);
    return module;
  })();
  // A failed load (no index yet in `astro dev`) may succeed after a build: let the next search retry.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Loads the lexicon once per page. */
export function loadLexicon(bundle: string): Promise<Lexicon> {
  lexicon ??= fetch(`${bundle}lexicon.json`).then((response) => {
    if (!response.ok) throw new Error(`${bundle}lexicon.json: HTTP ${response.status}`);
    return response.json() as Promise<Lexicon>;
  });
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}
