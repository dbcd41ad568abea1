/**
 * page-csp: gives each built page a Content-Security-Policy <meta> that
 * allows the inline code of that page only. Astro writes into every page's
 * policy the hashes of every inline script and style of the whole build:
 * about 1 kB of incompressible text per page, and each page allowing code
 * that only other pages hold.
 *
 * Runs first on `astro:build:done`, before anything reads or hashes the pages
 * (the offline precache, the host headers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineHashes, keepHashes, metaCsp, parseCsp, withMetaCsp } from './csp.ts';
import { listFiles } from './offline.ts';

/** The page with its <meta> policy keeping only the hashes of its own inline code; a page without one is returned as is. */
export function ownHashesOnly(html: string): string {
  const policy = metaCsp(html);
  return policy === undefined ? html : withMetaCsp(html, keepHashes(parseCsp(policy), inlineHashes(html)));
}

/** The Astro integration: rewrites the policy of every page of the build. */
export function pageCspIntegration(): AstroIntegration {
  return {
    name: 'tx:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(outDir, page);
          const html = readFileSync(path, 'utf8');
          const trimmed = ownHashesOnly(html);
          if (trimmed !== html) writeFileSync(path, trimmed);
        }
        logger.info(`each of ${pages.length} pages allows its own inline code only`);
      },
    },
  };
}
