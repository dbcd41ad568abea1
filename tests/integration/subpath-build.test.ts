import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, readBuiltPages } from '../dist/built-html.ts';
import { checkLinks } from '../dist/link-check.ts';
import { ROOT, astroBuild } from '../astro-build.ts';
const SITE = 'https://example.org';
const BASE = '/meeting/';

let work: string;
let outDir: string;

describe(`a build published under ${SITE}${BASE}`, { timeout: 180_000 }, () => {
  beforeAll(() => {
    mkdirSync(join(ROOT, '.builds'), { recursive: true });
    work = mkdtempSync(join(ROOT, '.builds', 'subpath-'));
    outDir = join(work, 'dist');
    const { status, output } = astroBuild({ SITE_URL: SITE, BASE_PATH: BASE, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') });
    if (status !== 0) throw new Error(`sub-path build failed:\n${output}`);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('every internal link, asset and #fragment resolves under the sub-path', () => {
    expect(checkLinks(outDir, SITE, BASE)).toEqual([]);
  });

  test('every canonical URL is absolute and under the sub-path', () => {
    for (const page of readBuiltPages(outDir, BASE)) {
      const canonical = attr(select('link[rel="canonical"]', page.tree)!, 'href');
      expect(canonical, page.file).toMatch(new RegExp(`^${SITE}${BASE}`));
    }
  });
});
