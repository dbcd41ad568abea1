/**
 * The site built for a sub-path (`BASE_PATH=/meeting/`,
 * `SITE_URL=https://example.org`): every link, asset, fragment, share URL,
 * card and data file must stay under /meeting/ and resolve. Builds that site
 * once (or uses SUBPATH_OUT_DIR when it is already built) and serves it under
 * /meeting/ like a host would.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { select } from 'hast-util-select';
import { ROOT, astroBuild } from '../astro-build.ts';
import { attr, readBuiltPages } from '../dist/built-html.ts';
import { checkLinks } from '../dist/link-check.ts';
import { pngSize, selectRecordWords } from './share-helpers.ts';
import { serveBuild, type StaticServer } from './static-server.ts';

const BASE = '/meeting/';
const SITE = 'https://example.org';
const SLUG = '2022-02-22-putin-aliyev';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let server: StaticServer;
let outDir: string;
/** The folder this spec built into, removed afterwards. */
let built: string | undefined;

test.beforeAll(async () => {
  outDir = process.env['SUBPATH_OUT_DIR'] ?? '';
  if (!outDir) {
    // Inside the project: Astro keeps prerender chunks next to an outDir within the working directory.
    mkdirSync(join(ROOT, '.builds'), { recursive: true });
    built = mkdtempSync(join(ROOT, '.builds', 'subpath-'));
    outDir = join(built, 'dist');
    // The cache must live outside the output folder, which the build empties first.
    const { status, output } = astroBuild({ BASE_PATH: BASE, SITE_URL: SITE, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(built, 'cache') });
    if (status !== 0) throw new Error(`sub-path build failed:\n${output}`);
  }
  server = await serveBuild(outDir, BASE);
});

test.afterAll(async () => {
  await server?.close();
  if (built) rmSync(built, { recursive: true, force: true });
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

test('share pages announce absolute sub-path URLs and a 1200×630 card', async ({ page, request }) => {
  await page.goto(`${server.origin}${BASE}q/${SLUG}/putin-empire/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}${BASE}q/${SLUG}/putin-empire.png`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}${BASE}q/${SLUG}/putin-empire/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${BASE}transcripts/${SLUG}/#putin-empire`);
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
  await expect(page.locator('#tx-announcer')).toHaveText('Quote of paragraph 14 copied with attribution');
  expect(await read()).toMatch(new RegExp(`— Vladimir Putin, Moscow, 22 February 2022\\. English translation: AZERTAC\\. ${transcript}#putin-empire$`));

  await selectRecordWords(page, 'putin-empire', 'within the borders of the empire');
  await page.getByRole('button', { name: 'Link to selection' }).click();
  await expect(page.locator('#tx-announcer')).toHaveText('Link to the selected words in paragraph 14 copied');
  expect(await read()).toMatch(new RegExp(`^${transcript}#putin-empire:~:text=`));

  await page.locator('#putin-empire button[data-copy-link]').click();
  await page.getByRole('link', { name: 'Cite this paragraph' }).click();
  await expect(page).toHaveURL(`${server.origin}${BASE}q/${SLUG}/putin-empire/#cite`);
});

test('robots.txt and the sitemap point at the sub-path, and the sitemap lists canonical pages only', async ({ request }) => {
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
