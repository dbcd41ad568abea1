import { describe, expect, test } from 'vitest';
import { precacheFiles, servedPath, serviceWorkerSource, webManifest } from '../../build-plugins/offline.ts';

const BUILD = [
  '404.html',
  '_astro/BaseLayout.abc.css',
  '_astro/search-ui-x.js',
  'about/index.html',
  'data/2022-02-22-putin-aliyev.json',
  'favicon.svg',
  'icons/icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'notes/csto/index.html',
  'pagefind/filter/en_1.pf_filter',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/index/en_3.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en_9132d35cbb.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'q/2022-02-22-putin-aliyev/putin-empire.png',
  'q/2022-02-22-putin-aliyev/putin-empire/index.html',
  'robots.txt',
  'sw.js',
  'transcripts/2022-02-22-putin-aliyev/index.html',
];

describe('precacheFiles', () => {
  const files = precacheFiles(BUILD, ['en']);

  test('keeps every page but the share pages, and the hashed assets, icons and manifest', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'about/index.html', 'notes/csto/index.html', 'transcripts/2022-02-22-putin-aliyev/index.html']));
    expect(files).toEqual(expect.arrayContaining(['_astro/BaseLayout.abc.css', '_astro/search-ui-x.js', 'favicon.svg', 'icons/icon-192.png', 'manifest.webmanifest']));
    expect(files.filter((file) => file.startsWith('q/'))).toEqual([]);
  });

  test('keeps what a search loads, for the indexed languages only, and leaves out Pagefind’s unused UI and worker', () => {
    expect(files.filter((file) => file.startsWith('pagefind/'))).toEqual([
      'pagefind/filter/en_1.pf_filter',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/index/en_3.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_9132d35cbb.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  test('leaves out the worker itself, the 404 page, open data and crawler files', () => {
    for (const file of ['sw.js', '404.html', 'data/2022-02-22-putin-aliyev.json', 'robots.txt']) expect(files).not.toContain(file);
  });
});

describe('servedPath', () => {
  test('serves a folder’s index.html at the folder, under the base path', () => {
    expect(servedPath('/', 'index.html')).toBe('/');
    expect(servedPath('/meeting/', 'notes/csto/index.html')).toBe('/meeting/notes/csto/');
    expect(servedPath('/meeting/', '_astro/a.css')).toBe('/meeting/_astro/a.css');
  });
});

describe('serviceWorkerSource', () => {
  test('fills in the build’s precache list in place of the template’s', () => {
    const source = serviceWorkerSource({ base: '/meeting/', version: 'v1', files: [['/meeting/', 'h1']] });
    expect(source).toContain('const PRECACHE = {"base":"/meeting/","version":"v1","files":[["/meeting/","h1"]]};');
    expect(source).not.toContain("version: 'unbuilt'");
  });
});

describe('webManifest', () => {
  test('starts and stays under the base path, with its icons there too', () => {
    const manifest = webManifest('/meeting/') as { start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/meeting/');
    expect(manifest.scope).toBe('/meeting/');
    expect(manifest.icons.every((icon) => icon.src.startsWith('/meeting/icons/'))).toBe(true);
  });
});
