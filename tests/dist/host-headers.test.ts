import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineHashes, metaCsp, parseCsp } from '../../build-plugins/csp.ts';
import { HEADERS_FILE, IMMUTABLE, MAX_LINE, REVALIDATE } from '../../build-plugins/host-headers.ts';
import { listFiles } from '../../build-plugins/lib/build-files.ts';
import { servedPath } from '../../src/lib/urls.ts';
import { BASE_PATH } from '~/lib/deploy';
import { readBuiltPages } from './built-html.ts';
import { headersForPath, parseHeadersFile } from './headers-file.ts';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const text = readFileSync(join(OUT_DIR, HEADERS_FILE), 'utf8');
const rules = parseHeadersFile(text);
const pages = readBuiltPages(OUT_DIR, BASE_PATH);
const files = listFiles(OUT_DIR).filter((file) => file !== HEADERS_FILE);

/** The one value a header has for a path; fails when a path would get it twice. */
function only(path: string, name: string): string | undefined {
  const values = headersForPath(rules, path).get(name.toLowerCase()) ?? [];
  expect(values.length, `${name} set ${values.length} times for ${path}`).toBeLessThanOrEqual(1);
  return values[0];
}

describe('_headers', () => {
  test('fits Cloudflare Pages: at most 100 rules, no line over 2,000 characters', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(text.split('\n').filter((line) => line.length > MAX_LINE)).toEqual([]);
  });

  test.each(pages.map((p) => [p.path, p] as const))('the header CSP allows the inline code of %s and every other source its <meta> allows, and adds frame-ancestors', (_path, page) => {
    const header = parseCsp(only(page.path, 'Content-Security-Policy') ?? '');
    const meta = parseCsp(metaCsp(page.html) ?? '');
    expect(meta.size).toBeGreaterThan(0);
    const inline = inlineHashes(page.html);
    for (const [name, sources] of meta) {
      // A hash the page's own inline code does not match is the only thing the header may leave out.
      const needed = sources.filter((source) => !source.startsWith("'sha") || inline.has(source));
      expect(header.get(name), name).toEqual(expect.arrayContaining(needed));
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('the header CSP allows nothing the pages do not', () => {
    const header = parseCsp(only(BASE_PATH, 'Content-Security-Policy') ?? '');
    const allowed = new Set(pages.flatMap((page) => [...parseCsp(metaCsp(page.html) ?? '')].flatMap(([name, sources]) => sources.map((s) => `${name} ${s}`))));
    const extra = [...header].flatMap(([name, sources]) => sources.map((s) => `${name} ${s}`)).filter((s) => !allowed.has(s));
    expect(extra).toEqual(["frame-ancestors 'none'"]);
    expect([...header.values()].flat()).not.toContain("'unsafe-inline'");
  });

  test('every file is served with nosniff, a referrer policy and a permissions policy', () => {
    for (const file of files) {
      const path = servedPath(file, BASE_PATH);
      expect(only(path, 'X-Content-Type-Options'), path).toBe('nosniff');
      expect(only(path, 'Referrer-Policy'), path).toBe('same-origin');
      expect(only(path, 'Permissions-Policy'), path).toMatch(/camera=\(\)/);
    }
  });

  test('hashed assets are cached a year as immutable; pages, the service worker and unhashed files revalidate', () => {
    const hashed = (file: string) => file.startsWith('_astro/') || /^pagefind\/([a-z]+\/)?(index|fragment|filter)\//.test(file) || /^pagefind\/.*\.pf_meta$/.test(file);
    for (const file of files) {
      const path = servedPath(file, BASE_PATH);
      expect(only(path, 'Cache-Control'), path).toBe(hashed(file) ? IMMUTABLE : REVALIDATE);
    }
    expect(only(`${BASE_PATH}sw.js`, 'Cache-Control')).toBe(REVALIDATE);
    expect(only(`${BASE_PATH}transcripts/2022-02-22-putin-aliyev/`, 'Cache-Control')).toBe(REVALIDATE);
  });
});
