/**
 * Offline reading, build side: what a reader can save, and the worker that keeps it.
 *
 * 1. `webManifest`: the installable app's manifest (name, colours, icons from
 *    public/icons/, start URL and scope under the base path).
 * 2. `offlineManifest`: `<outDir>/offline.json`, what the "Save for offline
 *    reading" control offers, each file as [site path, bytes, content hash]:
 *    - `shell`: what every saved page needs (the hashed scripts and fonts,
 *      icons, the app manifest, and the search engine with its index);
 *    - `documents`: per transcript, its page, the note and people pages it
 *      links to, and the search fragments of those pages;
 *    - `archive`: every page (not the share pages, whose paragraph is on the
 *      transcript) and every search fragment.
 *    Nothing downloads it until a reader opens the control, so a first
 *    visit costs the same at 1 document as at 1,000.
 * 3. `serviceWorkerSource`: src/client/service-worker.js with this build's base
 *    path and version (a hash of every listed file's hash), so each deploy
 *    brings a new worker, which updates what the reader saved.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SITE } from '../src/lib/site.ts';
import { servedPath, withBase } from '../src/lib/urls.ts';
import { BUNDLE_DIR, NESTED_BUNDLE } from './lib/search-bundle.ts';
import { LEXICON_FILE } from './search-lexicon.ts';

/** The service worker's file name at the root of the build; its scope is the base path. */
export const SERVICE_WORKER = 'sw.js';
/** The web app manifest's file name at the root of the build. */
export const WEB_MANIFEST = 'manifest.webmanifest';
/** The offline manifest's file name at the root of the build. */
export const OFFLINE_MANIFEST = 'offline.json';

/** Colours of the installed app's splash screen and title bar: the light theme's paper and the icon's ink. */
const BACKGROUND = '#fdfcf8';
const THEME = '#1b1a17';

/** One file a reader can save: its site path, its size in bytes and a hash of its content. */
export type OfflineFile = [path: string, bytes: number, hash: string];

/** One transcript and what saving it downloads besides the shell. */
export interface OfflineDocument {
  id: string;
  title: string;
  path: string;
  files: OfflineFile[];
}

/** `<outDir>/offline.json`. */
export interface OfflineManifest {
  base: string;
  version: string;
  shell: OfflineFile[];
  documents: OfflineDocument[];
  archive: OfflineFile[];
}

/** What a built file is to offline reading: part of every save, a page, a page's search fragment, or nothing. */
export type OfflineRole = 'shell' | 'page' | 'fragment' | undefined;

/** Where a Pagefind file sits inside its bundle (the site's, or one nested in it). */
const inBundle = (rel: string): string => rel.slice(BUNDLE_DIR.length + 1).replace(NESTED_BUNDLE, '');

/**
 * The role of a build file (path relative to the output folder, with `/`).
 * Of Pagefind, only what a search loads: loader, entry, metadata, the
 * WebAssembly of the indexed `languages`, the chunks and our lexicon; not its
 * UI bundles or web worker (search runs Pagefind on the page).
 */
export function offlineRole(rel: string, languages: ReadonlySet<string>): OfflineRole {
  if (rel.startsWith(`${BUNDLE_DIR}/`)) {
    const name = inBundle(rel);
    if (name.startsWith('fragment/')) return 'fragment';
    if (/^(index|filter)\//.test(name) || ['pagefind.js', 'pagefind-entry.json', LEXICON_FILE].includes(name) || /^pagefind\.[^/]+\.pf_meta$/.test(name)) return 'shell';
    const wasm = /^wasm\.([^/]+)\.pagefind$/.exec(name);
    return wasm && languages.has(wasm[1]!) ? 'shell' : undefined;
  }
  if (rel.startsWith('_astro/') || rel.startsWith('icons/') || rel === 'favicon.svg' || rel === WEB_MANIFEST) return 'shell';
  // A transcript's open data: the quote check and "Other renderings" read it.
  if (/^data\/[^/]+\.json$/.test(rel) && !rel.endsWith('.schema.json')) return 'page';
  return rel.endsWith('index.html') && !rel.startsWith('q/') ? 'page' : undefined;
}

/** The page a Pagefind fragment (gzipped `pagefind_dcd` + JSON) belongs to: its URL without fragment or query. */
export function fragmentPage(data: Buffer): string {
  const text = gunzipSync(data).toString('utf8');
  const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
  return url.replace(/[?#].*$/, '');
}

/** Site paths of the note and people pages a transcript page links to. */
export function linkedPages(html: string, base: string): string[] {
  const pattern = new RegExp(`href="(${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:notes|people)/[^/"#?]+/)[#"?]`, 'g');
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1]!))];
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The WebAssembly languages the entries of the site's bundle and of the bundles nested in it name. */
function wasmLanguages(outDir: string): Set<string> {
  const bundle = join(outDir, BUNDLE_DIR);
  const entries = ['pagefind-entry.json', ...readdirSync(bundle).map((dir) => join(dir, 'pagefind-entry.json'))].filter((file) => existsSync(join(bundle, file)));
  return new Set(
    entries.flatMap((file) => {
      const entry = JSON.parse(readFileSync(join(bundle, file), 'utf8')) as { languages: Record<string, { wasm?: string }> };
      return Object.values(entry.languages).flatMap((language) => (language.wasm ? [language.wasm] : []));
    }),
  );
}

/**
 * The offline manifest of a build folder. `files` are its files (relative,
 * with `/`); `pages` the text of its HTML pages where the caller already
 * holds them (the rest are read).
 */
export function offlineManifest(outDir: string, base: string, files: readonly string[], pages: ReadonlyMap<string, string> = new Map()): OfflineManifest {
  const languages = wasmLanguages(outDir);
  const shell: OfflineFile[] = [];
  const archive: OfflineFile[] = [];
  const byPath = new Map<string, OfflineFile>();
  const fragmentsOf = new Map<string, OfflineFile[]>();
  const transcripts: { path: string; html: string }[] = [];
  for (const rel of [...files].sort()) {
    const role = offlineRole(rel, languages);
    if (!role) continue;
    const data = pages.get(rel) ?? readFileSync(join(outDir, rel));
    const file: OfflineFile = [servedPath(rel, base), Buffer.byteLength(data), sha256(data).slice(0, 16)];
    if (role === 'shell') {
      shell.push(file);
      continue;
    }
    archive.push(file);
    byPath.set(file[0], file);
    if (role === 'fragment') {
      const page = fragmentPage(data as Buffer);
      fragmentsOf.set(page, [...(fragmentsOf.get(page) ?? []), file]);
    } else if (/^transcripts\/[^/]+\/index\.html$/.test(rel)) transcripts.push({ path: file[0], html: data.toString() });
  }
  const documents = transcripts.map(({ path, html }): OfflineDocument => {
    const own = [path, servedPath(`data/${path.split('/').at(-2)}.json`, base), ...linkedPages(html, base)].filter((page) => byPath.has(page));
    return {
      id: path.split('/').at(-2)!,
      title:
        /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          ?.replace(/<[^>]+>/g, '')
          .trim() ?? path,
      path,
      files: own.flatMap((page) => [byPath.get(page)!, ...(fragmentsOf.get(page) ?? [])]),
    };
  });
  const version = sha256(JSON.stringify([shell, archive])).slice(0, 16);
  return { base, version, shell, documents, archive };
}

/** The web app manifest: the site installs as a reader app scoped to the base path. */
export function webManifest(base: string): Record<string, unknown> {
  const icon = (file: string, size: number, purpose: string) => ({
    src: withBase(`icons/${file}`, base),
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

/** The line of src/client/service-worker.js that the build replaces with its base path and version. */
const OFFLINE_LINE = /^const OFFLINE = .*;$/m;

/** The service worker's source: src/client/service-worker.js with this build's base path and version. */
export function serviceWorkerSource({ base, version }: Pick<OfflineManifest, 'base' | 'version'>): string {
  const template = new URL('../src/client/service-worker.js', import.meta.url);
  const worker = readFileSync(template, 'utf8');
  if (!OFFLINE_LINE.test(worker)) throw new Error(`${fileURLToPath(template)}: no \`const OFFLINE = …;\` line for the build to fill in`);
  return worker.replace(OFFLINE_LINE, () => `const OFFLINE = ${JSON.stringify({ base, version })};`);
}
