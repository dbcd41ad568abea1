import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const PAGEFIND = join(OUT_DIR, 'pagefind');

/** The Pagefind bundles of the build: the site's and those nested in it (the record's, each language's). */
const bundles = (): string[] =>
  readdirSync(PAGEFIND, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('pagefind-entry.json'))
    .map((file) => join(PAGEFIND, file, '..'));

describe('the search bundles', () => {
  test('hold what search loads and none of what it never does: Pagefind UI, highlighter, web worker', () => {
    expect(bundles().length).toBeGreaterThanOrEqual(2);
    for (const bundle of bundles()) {
      const files = readdirSync(bundle);
      expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
      expect(files.filter((name) => /^pagefind-(.*ui|highlight|worker)\.(js|css)$/.test(name))).toEqual([]);
    }
  });
});
