/**
 * What offline reading costs, from a build folder: the precache a reader's
 * browser downloads after the first visit (raw, and gzipped as a compressing
 * host would send it), and what the registration adds to the first visit of
 * a page (the manifest link, the update notice, its styles and the
 * registration script), measured by removing them from the built files and
 * comparing gzipped sizes.
 *
 *   npx node tools/bench/offline.ts [outDir] [page]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPrecache } from '../../build-plugins/offline.ts';

const gz = (text: string | Buffer): number => gzipSync(text, { level: 6 }).length;

/** Bytes of the precache: how many files, raw and gzipped. */
export function precacheWeight(outDir: string, base = '/'): { files: number; raw: number; gzipped: number } {
  const { entries } = buildPrecache(outDir, base);
  let gzipped = 0;
  for (const entry of entries) gzipped += gz(readFileSync(join(outDir, entry.file)));
  return { files: entries.length, raw: entries.reduce((sum, e) => sum + e.bytes, 0), gzipped };
}

/** Gzipped bytes the offline support adds to one page's HTML and to its stylesheets. */
export function registrationWeight(outDir: string, page: string): { html: number; css: number } {
  const html = readFileSync(join(outDir, page), 'utf8');
  const without = html
    .replace(/<link rel="manifest"[^>]*>/, '')
    .replace(/<div class="tx-update"[\s\S]*?<\/div>/, '')
    .replace(/<script type="module">[^<]*serviceWorker[^<]*<\/script>/, '');
  if (without === html) throw new Error(`${page}: found no offline markup to weigh`);
  let css = 0;
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="[^"]*?\/(_astro\/[^"]+\.css)"/g)) {
    const sheet = readFileSync(join(outDir, href!), 'utf8');
    css += gz(sheet) - gz(sheet.replace(/\.tx-update[^{]*\{[^}]*\}/g, '').replace(/@media print\{\.tx-update[^}]*\}\}/g, ''));
  }
  return { html: gz(html) - gz(without), css };
}

if (import.meta.main) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const page = process.argv[3] ?? 'transcripts/2022-02-22-putin-aliyev/index.html';
  const precache = precacheWeight(outDir);
  const added = registrationWeight(outDir, page);
  console.log(`precache: ${precache.files} files, ${(precache.raw / 1000).toFixed(1)} kB raw, ${(precache.gzipped / 1000).toFixed(1)} kB gzipped (after the first visit)`);
  console.log(`first visit of ${page}: +${added.html} B gzipped HTML (manifest link, notice, registration), +${added.css} B gzipped CSS`);
}
