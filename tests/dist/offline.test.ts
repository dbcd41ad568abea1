import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { OFFLINE_MANIFEST, SERVICE_WORKER, WEB_MANIFEST, type OfflineManifest } from '../../build-plugins/offline.ts';
import { BASE_PATH } from '~/lib/deploy';
import { attr, fileForPath, readBuiltPages } from './built-html.ts';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const manifest = JSON.parse(readFileSync(join(OUT_DIR, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
const worker = readFileSync(join(OUT_DIR, SERVICE_WORKER), 'utf8');
const pages = readBuiltPages(OUT_DIR, BASE_PATH);
const everyFile = [...manifest.shell, ...manifest.archive];

describe('the offline manifest', () => {
  test('lists files that exist, each with its size and the hash of its bytes, under the base path', () => {
    expect(manifest.base).toBe(BASE_PATH);
    for (const [path, bytes, hash] of everyFile) {
      const file = fileForPath(OUT_DIR, BASE_PATH, path);
      expect(file, path).toBeDefined();
      const data = readFileSync(file!);
      expect(data.length, path).toBe(bytes);
      expect(createHash('sha256').update(data).digest('hex').slice(0, 16), path).toBe(hash);
    }
  });

  test('gives the worker its version, so each deploy brings a new worker', () => {
    expect(worker).toContain(`const OFFLINE = ${JSON.stringify({ base: BASE_PATH, version: manifest.version })};`);
  });

  test('the archive holds every page but the share pages, and the shell the search index', () => {
    const paths = new Set(manifest.archive.map(([path]) => path));
    const expected = pages.filter((p) => p.file.endsWith('index.html') && !p.file.startsWith('q/')).map((p) => p.path);
    expect(expected.filter((path) => !paths.has(path))).toEqual([]);
    expect([...paths].filter((path) => path.startsWith(`${BASE_PATH}q/`))).toEqual([]);
    const shell = new Set(manifest.shell.map(([path]) => path));
    for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(shell.has(`${BASE_PATH}pagefind/${file}`), file).toBe(true);
  });

  test('each transcript is offered with its page, the notes it links to and their search fragments, all from the archive', () => {
    const archive = new Set(manifest.archive.map(([path]) => path));
    expect(manifest.documents.length).toBe(pages.filter((p) => /^transcripts\/[^/]+\/index\.html$/.test(p.file)).length);
    for (const doc of manifest.documents) {
      const paths = doc.files.map(([path]) => path);
      expect(paths[0]).toBe(doc.path);
      expect(paths.some((path) => path.startsWith(`${BASE_PATH}notes/`))).toBe(true);
      expect(paths.some((path) => path.includes('/fragment/'))).toBe(true);
      expect(paths.filter((path) => !archive.has(path))).toEqual([]);
    }
  });
});

describe('the web app manifest', () => {
  test('every page links it, and its icons exist', () => {
    for (const page of pages) expect(attr(select('link[rel="manifest"]', page.tree)!, 'href'), page.file).toBe(`${BASE_PATH}${WEB_MANIFEST}`);
    const webManifest = JSON.parse(readFileSync(join(OUT_DIR, WEB_MANIFEST), 'utf8')) as { icons: { src: string }[] };
    for (const icon of webManifest.icons) expect(existsSync(fileForPath(OUT_DIR, BASE_PATH, icon.src) ?? ''), icon.src).toBe(true);
  });
});
