/**
 * page-csp: each built page's Content-Security-Policy <meta> allows the
 * inline code of that page only. Astro writes into every page's policy the
 * hashes of every inline script and style of the whole build: about 1 kB of
 * incompressible text per page, and each page allowing code that only other
 * pages hold. Applied by built-site.ts in its one pass over the pages.
 */
import { inlineHashes, keepHashes, metaCsp, parseCsp, withMetaCsp } from './csp.ts';

/** The page with its <meta> policy keeping only the hashes of its own inline code; a page without one is returned as is. */
export function ownHashesOnly(html: string): string {
  const policy = metaCsp(html);
  return policy === undefined
    ? html
    : withMetaCsp(html, keepHashes(parseCsp(policy), inlineHashes(html)));
}
