/**
 * The site built for a sub-path (`BASE_PATH=/meeting/`,
 * `SITE_URL=https://example.github.io`: the environment the GitHub Pages
 * workflow gives `npm run build` for a project site): every link, asset,
 * fragment, share URL, card and data file must stay under /meeting/ and
 * resolve, nothing may say localhost, and the site must read offline there.
 * Served under /meeting/ like a host would, from the sub-path fixture build
 * (tests/fixture-builds.ts), which publishes the site's own content.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { select } from 'hast-util-select';
import { attr, readBuiltPages } from '../dist/built-html.ts';
import { checkLinks } from '../dist/link-check.ts';
import { fixtureBuild } from '../fixture-builds.ts';
import { pngSize, selectRecordWords } from './share-helpers.ts';
import { serveBuild, type StaticServer } from '../../tools/static-server.ts';
import { listFiles } from '../../build-plugins/lib/build-files.ts';
import { HEADERS_FILE } from '../../build-plugins/host-headers.ts';
import { parseHeadersFile } from '../dist/headers-file.ts';
import { expectReadableOffline } from './offline-helpers.ts';

// The offline test here is about the offline worker, which the config blocks for every other test.
test.use({ serviceWorkers: 'allow' });

const BASE = '/meeting/';
const SITE = 'https://example.github.io';
const SLUG = '2022-02-22-putin-aliyev';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let server: StaticServer;
let outDir: string;
/** What the build printed. */
let buildOutput = '';

test.beforeAll(async () => {
  ({ dist: outDir, output: buildOutput } = await fixtureBuild('subpath'));
  server = await serveBuild(outDir, BASE);
});

test.afterAll(async () => {
  await server?.close();
});

test('every internal link, asset and #fragment of every page resolves under the sub-path', () => {
  expect(checkLinks(outDir, SITE, BASE)).toEqual([]);
});

test('every page names an absolute canonical URL under the sub-path', () => {
  for (const page of readBuiltPages(outDir, BASE)) {
    const canonical = attr(select('link[rel="canonical"]', page.tree)!, 'href');
    expect(canonical, page.file).toMatch(new RegExp(`^${SITE}${BASE}`));
  }
});

test('share pages announce absolute sub-path URLs and a 1200×630 card', async ({
  page,
  request,
}) => {
  await page.goto(`${server.origin}${BASE}q/${SLUG}/putin-empire/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}${BASE}q/${SLUG}/putin-empire.png`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    `${SITE}${BASE}q/${SLUG}/putin-empire/`,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${BASE}transcripts/${SLUG}/#putin-empire`,
  );
  const card = await request.get(`${server.origin}${new URL(image ?? '').pathname}`);
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });

  await page.getByRole('link', { name: 'Read paragraph 14 in context' }).click();
  await expect(page).toHaveURL(`${server.origin}${BASE}transcripts/${SLUG}/#putin-empire`);
  await expect(page.locator('#putin-empire')).toBeInViewport();
});

test('the share menu and selection links carry the sub-path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const transcript = `${server.origin}${BASE}transcripts/${SLUG}/`;
  await page.goto(transcript);
  const read = () => page.evaluate(() => navigator.clipboard.readText());

  await page.locator('#putin-empire button[data-copy-link]').click();
  await page.getByRole('button', { name: 'Copy link with quote card' }).click();
  await expect(page.locator('#tx-announcer')).toContainText('quote card of paragraph 14 copied');
  expect(await read()).toBe(`${server.origin}${BASE}q/${SLUG}/putin-empire/`);

  await page.locator('#putin-empire button[data-copy-link]').click();
  await page.getByRole('button', { name: 'Copy quote' }).click();
  await expect(page.locator('#tx-announcer')).toHaveText(
    'Quote of paragraph 14 copied with attribution',
  );
  expect(await read()).toMatch(
    new RegExp(
      `— Vladimir Putin, Moscow, 22 February 2022\\. English translation: AZERTAC\\. ${transcript}#putin-empire$`,
    ),
  );

  await selectRecordWords(page, 'putin-empire', 'within the borders of the empire');
  await page.getByRole('button', { name: 'Link to selection' }).click();
  await expect(page.locator('#tx-announcer')).toHaveText(
    'Link to the selected words in paragraph 14 copied',
  );
  expect(await read()).toMatch(new RegExp(`^${transcript}#putin-empire:~:text=`));

  await page.locator('#putin-empire button[data-copy-link]').click();
  await page.getByRole('link', { name: 'Cite this paragraph' }).click();
  await expect(page).toHaveURL(`${server.origin}${BASE}q/${SLUG}/putin-empire/#cite`);
});

test('robots.txt and the sitemap point at the sub-path, and the sitemap lists canonical pages only', async ({
  request,
}) => {
  const robots = await (await request.get(`${server.origin}${BASE}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  const index = await (await request.get(`${server.origin}${BASE}sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(`${SITE}${BASE}`)).toBe(true);
    const xml = await (await request.get(`${server.origin}${new URL(sitemap).pathname}`)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  }
  expect(pages).toContain(`${SITE}${BASE}transcripts/${SLUG}/`);
  expect(pages.every((url) => url.startsWith(`${SITE}${BASE}`))).toBe(true);
  expect(pages.some((url) => url.includes(`${BASE}q/`))).toBe(false);
});

test('a build for a host says localhost nowhere: pages, data, sitemap, search index, headers, worker', () => {
  expect(buildOutput).not.toContain('SITE_URL is not set');
  // Pagefind's index files are gzipped; images, fonts and WebAssembly hold no addresses.
  const binary = new Set(['.png', '.woff', '.woff2', '.pagefind']);
  const mentions = listFiles(outDir)
    .filter((file) => !binary.has(extname(file)))
    .filter((file) => {
      const bytes = readFileSync(join(outDir, file));
      const text = (extname(file).startsWith('.pf_') ? gunzipSync(bytes) : bytes).toString('utf8');
      return /localhost|127\.0\.0\.1/.test(text);
    });
  expect(mentions).toEqual([]);
});

test('_headers rules and the service worker stay under the sub-path', () => {
  const rules = parseHeadersFile(readFileSync(join(outDir, HEADERS_FILE), 'utf8'));
  expect(rules.filter((rule) => !rule.path.startsWith(BASE)).map((rule) => rule.path)).toEqual([]);
  expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).toContain(`"base":"${BASE}"`);
});

test('a reader who visited once reads, searches and follows links offline under the sub-path', async ({
  page,
  context,
}) => {
  await expectReadableOffline(page, context, outDir, BASE);
});
