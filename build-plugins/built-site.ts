/**
 * built-site: everything the build writes from the finished pages, in one
 * pass over them (after Pagefind has indexed them, on `astro:build:done`).
 *
 * 1. Reads each built page once and trims its CSP <meta> to the hashes of its
 *    own inline code (page-csp.ts), writing it back only when that changed.
 * 2. Writes the installable app's manifest, the offline manifest and the
 *    service worker (offline.ts), hashing the pages from what step 1 holds.
 * 3. Writes `_headers` (host-headers.ts) with the union of the policies
 *    step 1 collected.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaCsp } from './csp.ts';
import { writeHeaders } from './host-headers.ts';
import { listFiles } from './lib/build-files.ts';
import {
  OFFLINE_MANIFEST,
  SERVICE_WORKER,
  WEB_MANIFEST,
  offlineManifest,
  serviceWorkerSource,
  webManifest,
} from './offline.ts';
import { ownHashesOnly } from './page-csp.ts';

/** Each built page's text, its CSP trimmed to its own inline code (written back where that changed it). */
export function trimPagePolicies(outDir: string, files: readonly string[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of files.filter((rel) => rel.endsWith('.html'))) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const trimmed = ownHashesOnly(html);
    if (trimmed !== html) writeFileSync(path, trimmed);
    pages.set(file, trimmed);
  }
  return pages;
}

/** Writes the web app manifest, the offline manifest and the service worker; returns the offline manifest. */
export function writeOfflineFiles(
  outDir: string,
  base: string,
  files: readonly string[],
  pages?: ReadonlyMap<string, string>,
) {
  writeFileSync(join(outDir, WEB_MANIFEST), `${JSON.stringify(webManifest(base), null, 2)}\n`);
  const manifest = offlineManifest(
    outDir,
    base,
    files.includes(WEB_MANIFEST) ? files : [...files, WEB_MANIFEST],
    pages,
  );
  writeFileSync(join(outDir, OFFLINE_MANIFEST), JSON.stringify(manifest));
  writeFileSync(join(outDir, SERVICE_WORKER), serviceWorkerSource(manifest));
  return manifest;
}

/** The Astro integration: page policies, offline files and `_headers` from one read of the built pages. */
export function builtSiteIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'tx:built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir);
        const pages = trimPagePolicies(outDir, files);
        const manifest = writeOfflineFiles(outDir, base, files, pages);
        const mb = (list: readonly { 1: number }[]) =>
          `${(list.reduce((sum, file) => sum + file[1], 0) / 1e6).toFixed(1)} MB`;
        logger.info(
          `${pages.size} pages, each allowing its own inline code only; offline version ${manifest.version}: ${manifest.documents.length} document(s), archive ${mb([...manifest.shell, ...manifest.archive])} on request`,
        );
        writeHeaders(
          outDir,
          base,
          [...pages.values()].flatMap((html) => metaCsp(html) ?? []),
          logger,
        );
      },
    },
  };
}
