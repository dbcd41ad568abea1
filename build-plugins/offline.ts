/**
 * offline: makes the built site readable without a network after one visit,
 * and installable.
 *
 * 1. Writes `<outDir>/manifest.webmanifest` (name, colours, icons from
 *    public/icons/, start URL and scope under the base path).
 * 2. Lists what a reader needs offline (`precacheFiles`): every page except
 *    the share pages (`q/…`, whose canonical page is the paragraph on the
 *    transcript, precached), the hashed assets, the icons and manifest, and
 *    the Pagefind files that a search loads (not its unused UI bundles).
 *    Quote cards and open data stay online only.
 * 3. Versions that list by content: each file carries a hash of its bytes,
 *    and the version is a hash of the whole list, so any change to any file
 *    makes a new version and nothing else does.
 * 4. Writes `<outDir>/sw.js`: src/client/service-worker.js with the list filled in.
 *    The page registers it after `load` (src/client/offline.ts), so the
 *    precache never competes with the first visit.
 *
 * Runs after Pagefind on `astro:build:done` (it must list the search index).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE } from '../src/lib/site.ts';
import { sitePath } from '../src/lib/search-records.ts';
import { BUNDLE_DIR, RECORD_BUNDLE_DIR } from './pagefind.ts';
import { LEXICON_FILE } from './search-lexicon.ts';

/** The service worker's file name at the root of the build; its scope is the base path. */
export const SERVICE_WORKER = 'sw.js';
/** The web app manifest's file name at the root of the build. */
export const WEB_MANIFEST = 'manifest.webmanifest';
/**
 * Bytes a reader's browser stores after one visit (uncompressed). About
 * 2.4 MB today (0.84 MB gzipped on the wire), 1.1 MB of it the stylesheet
 * that every page inlines so that it paints without waiting for a CSS file;
 * the budget leaves room for more notes and a second transcript, and stops
 * the precache from quietly growing into a download nobody agreed to.
 */
export const PRECACHE_BUDGET_BYTES = 3_000_000;

/** Colours of the installed app's splash screen and title bar: the light theme's paper and the icon's ink. */
const BACKGROUND = '#fdfcf8';
const THEME = '#1b1a17';

/** One file of the precache: its path inside the build, its site path and the hash of its bytes. */
export interface PrecacheEntry {
  file: string;
  path: string;
  hash: string;
  bytes: number;
}

/** What src/client/service-worker.js receives as PRECACHE. */
export interface Precache {
  base: string;
  version: string;
  files: [path: string, hash: string][];
}

/**
 * Pagefind files a search loads, in the site's bundle and the record's (its
 * `record/` folder, which the header search and the quote check use): the
 * loader, the entry, the metadata, the WebAssembly of each indexed language,
 * the chunks, and our lexicon of spellings beside them. Not Pagefind's web
 * worker: search runs Pagefind on the page (src/client/search-pagefind.ts).
 */
function isSearchFile(rel: string, languages: Set<string>): boolean {
  const name = rel.startsWith(`${RECORD_BUNDLE_DIR}/`) ? rel.slice(RECORD_BUNDLE_DIR.length + 1) : rel.slice(BUNDLE_DIR.length + 1);
  if (/^(index|filter|fragment)\//.test(name)) return true;
  if (['pagefind.js', 'pagefind-entry.json', LEXICON_FILE].includes(name)) return true;
  if (/^pagefind\.[^/]+\.pf_meta$/.test(name)) return true;
  const wasm = /^wasm\.([^/]+)\.pagefind$/.exec(name);
  return !!wasm && languages.has(wasm[1]!);
}

/**
 * Which build files (paths relative to the output folder, with `/`) go into
 * the precache. `wasmLanguages` are the languages Pagefind's entry names.
 */
export function precacheFiles(files: readonly string[], wasmLanguages: Iterable<string>): string[] {
  const languages = new Set(wasmLanguages);
  return files
    .filter((rel) => {
      if (rel.startsWith(`${BUNDLE_DIR}/`)) return isSearchFile(rel, languages);
      if (rel.startsWith('_astro/') || rel.startsWith('icons/')) return true;
      if (rel === 'favicon.svg' || rel === WEB_MANIFEST) return true;
      // Pages: everything but the share pages, whose paragraph is on the transcript page.
      return rel.endsWith('index.html') && !rel.startsWith('q/');
    })
    .sort();
}

/** The site path a file is served at: `notes/x/index.html` → `<base>notes/x/`. */
export function servedPath(base: string, rel: string): string {
  return sitePath(base, rel.replace(/(^|\/)index\.html$/, '$1'));
}

/** Every file under a folder, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(join(dir, rel)).isFile())
    .map((rel) => rel.split(sep).join('/'));
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The precache of a build folder: its entries (with sizes) and what the worker is given. */
export function buildPrecache(outDir: string, base: string): { entries: PrecacheEntry[]; precache: Precache } {
  const entry = JSON.parse(readFileSync(join(outDir, BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const languages = Object.values(entry.languages).flatMap((language) => (language.wasm ? [language.wasm] : []));
  const entries = precacheFiles(listFiles(outDir), languages).map((file) => {
    const data = readFileSync(join(outDir, file));
    return { file, path: servedPath(base, file), hash: sha256(data).slice(0, 16), bytes: data.length };
  });
  const files = entries.map(({ path, hash }): [string, string] => [path, hash]);
  return { entries, precache: { base, version: sha256(JSON.stringify(files)).slice(0, 16), files } };
}

/** The web app manifest: the site installs as a reader app scoped to the base path. */
export function webManifest(base: string): Record<string, unknown> {
  const icon = (file: string, size: number, purpose: string) => ({
    src: sitePath(base, `icons/${file}`),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    name: SITE.name,
    short_name: 'Moscow Record',
    description: SITE.description,
    lang: SITE.lang,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: THEME,
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('icon-maskable-512.png', 512, 'maskable')],
  };
}

/** The line of src/client/service-worker.js that the build replaces with the precache list. */
const PRECACHE_LINE = /^const PRECACHE = .*;$/m;

/** The service worker's source: src/client/service-worker.js with this build's precache list. */
export function serviceWorkerSource(precache: Precache): string {
  const template = new URL('../src/client/service-worker.js', import.meta.url);
  const worker = readFileSync(template, 'utf8');
  if (!PRECACHE_LINE.test(worker)) throw new Error(`${fileURLToPath(template)}: no \`const PRECACHE = …;\` line for the build to fill in`);
  return worker.replace(PRECACHE_LINE, () => `const PRECACHE = ${JSON.stringify(precache)};`);
}

/** The Astro integration: manifest, precache list and service worker on `astro:build:done`. */
export function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'tx:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, WEB_MANIFEST), `${JSON.stringify(webManifest(base), null, 2)}\n`);
        const { entries, precache } = buildPrecache(outDir, base);
        writeFileSync(join(outDir, SERVICE_WORKER), serviceWorkerSource(precache));
        const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
        const summary = `${entries.length} files, ${(bytes / 1000).toFixed(0)} kB (budget ${PRECACHE_BUDGET_BYTES / 1000} kB)`;
        if (bytes > PRECACHE_BUDGET_BYTES) logger.warn(`The offline precache is over its budget: ${summary}. See PRECACHE_BUDGET_BYTES in build-plugins/offline.ts.`);
        else logger.info(`Offline precache version ${precache.version}: ${summary} → ${relative(process.cwd(), join(outDir, SERVICE_WORKER)) || SERVICE_WORKER}`);
      },
    },
  };
}
