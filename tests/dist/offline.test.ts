import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { PRECACHE_BUDGET_BYTES, SERVICE_WORKER, WEB_MANIFEST, type Precache } from '../../build-plugins/offline.ts';
import { BASE_PATH } from '~/lib/deploy';
import { attr, fileForPath, readBuiltPages } from './built-html.ts';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const worker = readFileSync(join(OUT_DIR, SERVICE_WORKER), 'utf8');
const precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker)?.[1] ?? 'null') as Precache;
const pages = readBuiltPages(OUT_DIR, BASE_PATH);

describe('the offline precache', () => {
  test(`stays within its budget of ${PRECACHE_BUDGET_BYTES / 1000} kB`, () => {
    const bytes = precache.files.reduce((sum, [path]) => sum + readFileSync(fileForPath(OUT_DIR, BASE_PATH, path)!).length, 0);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });

  test('lists files that exist, each with the hash of its bytes, under the base path', () => {
    expect(precache.base).toBe(BASE_PATH);
    for (const [path, hash] of precache.files) {
      const file = fileForPath(OUT_DIR, BASE_PATH, path);
      expect(file, path).toBeDefined();
      expect(createHash('sha256').update(readFileSync(file!)).digest('hex').slice(0, 16), path).toBe(hash);
    }
  });

  test('names its version by its content', () => {
    expect(precache.version).toBe(createHash('sha256').update(JSON.stringify(precache.files)).digest('hex').slice(0, 16));
  });

  test('holds every page but the share pages, and the search index', () => {
    const paths = new Set(precache.files.map(([path]) => path));
    const expected = pages.filter((p) => p.file.endsWith('index.html') && !p.file.startsWith('q/')).map((p) => p.path);
    expect(expected.filter((path) => !paths.has(path))).toEqual([]);
    expect([...paths].filter((path) => path.startsWith(`${BASE_PATH}q/`))).toEqual([]);
    for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(paths.has(`${BASE_PATH}pagefind/${file}`), file).toBe(true);
    expect([...paths].some((path) => path.startsWith(`${BASE_PATH}pagefind/fragment/`))).toBe(true);
  });
});

describe('the web app manifest', () => {
  test('every page links it, and its icons exist', () => {
    for (const page of pages) expect(attr(select('link[rel="manifest"]', page.tree)!, 'href'), page.file).toBe(`${BASE_PATH}${WEB_MANIFEST}`);
    const manifest = JSON.parse(readFileSync(join(OUT_DIR, WEB_MANIFEST), 'utf8')) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect(existsSync(fileForPath(OUT_DIR, BASE_PATH, icon.src) ?? ''), icon.src).toBe(true);
  });
});
