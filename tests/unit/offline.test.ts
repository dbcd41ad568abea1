import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { servedPath } from '~/lib/urls';
import { fragmentPage, linkedPages, offlineRole, serviceWorkerSource, webManifest } from '../../build-plugins/offline.ts';

const BUILD = [
  '404.html',
  '_astro/BaseLayout.abc.css',
  '_astro/search-ui-x.js',
  'about/index.html',
  'data/2022-02-22-putin-aliyev.json',
  'data/transcript.schema.json',
  'favicon.svg',
  'icons/icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'notes/csto/index.html',
  'offline.json',
  'pagefind/filter/en_1.pf_filter',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/index/en_3.pf_index',
  'pagefind/lexicon.json',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en_9132d35cbb.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/record/fragment/en_4.pf_fragment',
  'pagefind/record/index/en_5.pf_index',
  'pagefind/ru/fragment/ru_6.pf_fragment',
  'pagefind/ru/index/ru_7.pf_index',
  'pagefind/ru/wasm.ru.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'q/2022-02-22-putin-aliyev/putin-empire.png',
  'q/2022-02-22-putin-aliyev/putin-empire/index.html',
  'robots.txt',
  'sw.js',
  'transcripts/2022-02-22-putin-aliyev/index.html',
];

describe('offlineRole', () => {
  const roles = Object.fromEntries(BUILD.map((file) => [file, offlineRole(file, new Set(['en', 'ru']))]));
  const withRole = (role: string | undefined) => BUILD.filter((file) => roles[file] === role);

  test('every page but the share pages and the 404 page can be saved, and a transcript’s open data (the quote check reads it)', () => {
    expect(withRole('page')).toEqual(['about/index.html', 'data/2022-02-22-putin-aliyev.json', 'index.html', 'notes/csto/index.html', 'transcripts/2022-02-22-putin-aliyev/index.html']);
  });

  test('the shell holds the hashed assets, icons, manifest and the search engine with its index, for the indexed languages only', () => {
    expect(withRole('shell')).toEqual([
      '_astro/BaseLayout.abc.css',
      '_astro/search-ui-x.js',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'pagefind/filter/en_1.pf_filter',
      'pagefind/index/en_3.pf_index',
      'pagefind/lexicon.json',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_9132d35cbb.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/record/index/en_5.pf_index',
      'pagefind/ru/index/ru_7.pf_index',
      'pagefind/ru/wasm.ru.pagefind',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  test('search fragments go with their page; the worker, lists, the schema, cards and Pagefind’s UI are never saved', () => {
    expect(withRole('fragment')).toEqual(['pagefind/fragment/en_2.pf_fragment', 'pagefind/record/fragment/en_4.pf_fragment', 'pagefind/ru/fragment/ru_6.pf_fragment']);
    for (const file of [
      'sw.js',
      'offline.json',
      '404.html',
      'data/transcript.schema.json',
      'robots.txt',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      'q/2022-02-22-putin-aliyev/putin-empire.png',
    ]) {
      expect(roles[file], file).toBeUndefined();
    }
  });
});

describe('fragmentPage', () => {
  test('reads the page a Pagefind fragment belongs to, without its paragraph anchor', () => {
    const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/meeting/transcripts/x/#putin-empire","content":"…"}'));
    expect(fragmentPage(fragment)).toBe('/meeting/transcripts/x/');
  });
});

describe('linkedPages', () => {
  test('lists each note and person a transcript links to once, under the base path, not the indexes', () => {
    const html =
      '<a href="/meeting/notes/csto/">a</a> <a href="/meeting/notes/csto/#x">b</a> <a href="/meeting/people/putin/">c</a> <a href="/meeting/notes/">all</a> <a href="/notes/other/">elsewhere</a>';
    expect(linkedPages(html, '/meeting/')).toEqual(['/meeting/notes/csto/', '/meeting/people/putin/']);
  });
});

describe('servedPath', () => {
  test('serves a folder’s index.html at the folder, under the base path', () => {
    expect(servedPath('index.html', '/')).toBe('/');
    expect(servedPath('notes/csto/index.html', '/meeting/')).toBe('/meeting/notes/csto/');
    expect(servedPath('_astro/a.css', '/meeting/')).toBe('/meeting/_astro/a.css');
  });
});

describe('serviceWorkerSource', () => {
  test('fills in the build’s base path and version in place of the template’s', () => {
    const source = serviceWorkerSource({ base: '/meeting/', version: 'v1' });
    expect(source).toContain('const OFFLINE = {"base":"/meeting/","version":"v1"};');
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
