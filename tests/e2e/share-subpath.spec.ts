/**
 * The share flow of a site built for a sub-path (`BASE_PATH=/meeting/`,
 * `SITE_URL=https://example.org`): every link, share URL, card and data file
 * must stay under /meeting/ and resolve. Builds that site once into a temp
 * folder (or uses SUBPATH_OUT_DIR when it is already built) and serves it
 * under /meeting/ like a host would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pngSize, selectRecordWords } from './share-helpers.ts';
import { serveBuild, type StaticServer } from './static-server.ts';

const BASE = '/meeting/';
const SITE = 'https://example.org';
const SLUG = '2022-02-22-putin-aliyev';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let server: StaticServer;
/** The temp folder this spec built into, removed afterwards. */
let built: string | undefined;

test.beforeAll(async () => {
  let outDir = process.env['SUBPATH_OUT_DIR'];
  if (!outDir) {
    const dir = mkdtempSync(join(tmpdir(), 'tx-subpath-'));
    built = dir;
    outDir = join(dir, 'dist');
    // The cache must live outside the output folder, which the build empties first.
    execFileSync('npx', ['astro', 'build'], {
      env: { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(dir, 'cache') },
      stdio: 'ignore',
    });
  }
  server = await serveBuild(outDir, BASE);
});

test.afterAll(async () => {
  await server?.close();
  if (built) rmSync(built, { recursive: true, force: true });
});

/** The path of a link in the built site; absolute links to SITE count as internal. */
function internalPath(link: string, page: URL): URL | null {
  const url = new URL(link.replaceAll('&amp;', '&'), page);
  if (url.origin === SITE) return new URL(url.pathname + url.search + url.hash, server.origin);
  return url.origin === server.origin ? url : null;
}

const LINK = /<(?:a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]+)"|<meta\b[^>]*?(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]*?\scontent="([^"]+)"/g;

test('every internal link of the share flow stays under the base path and resolves', async ({ request }) => {
  const data = await (await request.get(`${server.origin}${BASE}data/${SLUG}.json`)).json();
  const sharePages = (data.paragraphs as { id: string }[]).map((p) => `${BASE}q/${SLUG}/${p.id}/`);
  const queue = [`${BASE}transcripts/${SLUG}/`, ...sharePages];
  const seen = new Set<string>();
  const html = new Map<string, string>();
  const problems: string[] = [];
  const fragments: [string, string, string][] = [];

  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(`${server.origin}${path}`);
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const body = await response.text();
    html.set(path, body);
    // Only pages of the share flow are followed further; every link they hold is checked.
    if (!path.startsWith(`${BASE}q/`) && !path.startsWith(`${BASE}transcripts/`)) continue;
    for (const match of body.matchAll(LINK)) {
      const link = match[1] ?? match[2] ?? '';
      const url = internalPath(link, new URL(path, server.origin));
      if (!url) continue;
      if (!url.pathname.startsWith(BASE)) problems.push(`${path}: ${link} leaves ${BASE}`);
      if (url.hash) fragments.push([path, url.pathname, decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '')]);
      queue.push(url.pathname);
    }
  }
  for (const [from, target, id] of fragments) {
    const page = html.get(target);
    if (id && page && !page.includes(`id="${id}"`)) problems.push(`${from}: ${target}#${id} has no such id`);
  }
  expect(problems).toEqual([]);
  // The transcript, every share page and card, and what they link to.
  expect(seen.size).toBeGreaterThan(2 * sharePages.length);
});

test('share pages announce absolute sub-path URLs and a 1200×630 card', async ({ page, request }) => {
  await page.goto(`${server.origin}${BASE}q/${SLUG}/putin-empire/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}${BASE}q/${SLUG}/putin-empire.png`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}${BASE}transcripts/${SLUG}/#putin-empire`);
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
  expect(await read()).toMatch(new RegExp(`— Vladimir Putin, Moscow, 22 February 2022, ${transcript}#putin-empire$`));

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
