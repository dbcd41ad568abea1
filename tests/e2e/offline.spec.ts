/**
 * Offline reading of the production build (build-plugins/offline.ts,
 * src/client/offline.ts): after one visit the site reads, searches and
 * follows links with the host gone; a new deploy is offered to the reader and
 * then replaces the old cache. Served by the project's static server so the
 * host can really go away.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildPrecache, serviceWorkerSource, SERVICE_WORKER } from '../../build-plugins/offline.ts';
import { ROOT } from '../astro-build.ts';
import { BASE, OUT_DIR } from './built-site.ts';
import { expectReadableOffline, offlineCaches, waitUntilOfflineReady } from './offline-helpers.ts';
import { serveBuild } from '../../tools/static-server.ts';

test.describe.configure({ timeout: 120_000 });
// These tests are about the offline worker, which the config blocks for every other test.
test.use({ serviceWorkers: 'allow' });

test('after one visit the record, a note, people, timeline, About, search and a deep link work offline', async ({ page, context }) => {
  await expectReadableOffline(page, context, OUT_DIR, BASE);
});

test('the first visit shows no update notice, and the site can be installed', async ({ page, request }) => {
  const server = await serveBuild(OUT_DIR, BASE);
  try {
    await page.goto(`${server.origin}${BASE}`);
    await waitUntilOfflineReady(page);
    await expect(page.getByText('A newer version of this site is available.')).toBeHidden();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(`${server.origin}${href}`)).json()) as { start_url: string; scope: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await request.get(`${server.origin}${icon.src}`)).headers()['content-type']).toBe('image/png');
  } finally {
    await server.close();
  }
});

test('a new deploy is offered to the reader, replaces the old cache and downloads only what changed', async ({ page, context }) => {
  // A copy of the build that this test deploys again, changed.
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const copy = mkdtempSync(join(ROOT, '.builds', 'offline-'));
  cpSync(OUT_DIR, copy, { recursive: true });
  const server = await serveBuild(copy, BASE);
  try {
    const about = `${server.origin}${BASE}about/`;
    await page.goto(about);
    await waitUntilOfflineReady(page);
    const [first] = await offlineCaches(page);

    const aboutFile = join(copy, 'about', 'index.html');
    writeFileSync(aboutFile, readFileSync(aboutFile, 'utf8').replace('</main>', '<p id="tx-new-deploy">Corrected in the new deploy.</p></main>'));
    const { precache } = buildPrecache(copy, BASE);
    writeFileSync(join(copy, SERVICE_WORKER), serviceWorkerSource(precache));

    const fetched: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) fetched.push(new URL(request.url()).pathname);
    });
    // The page still comes from the old version; the browser finds the new worker meanwhile.
    await page.reload();
    await expect(page.getByText('A newer version of this site is available.')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#tx-new-deploy')).toHaveCount(0);
    // The new version fetched the changed page and the worker, nothing else from the precache.
    expect(fetched.filter((path) => precache.files.some(([file]) => file === path) && path !== `${BASE}about/`)).toEqual([]);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('#tx-new-deploy')).toHaveText('Corrected in the new deploy.');
    const caches = await offlineCaches(page);
    expect(caches).toEqual([`tx-offline:${BASE}:${precache.version}`]);
    expect(caches).not.toContain(first);
  } finally {
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
