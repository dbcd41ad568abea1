/**
 * Offline reading of the production build (build-plugins/offline.ts,
 * src/client/offline.ts, save-offline.ts, service-worker.js): a first visit
 * costs only its page; what a reader read opens again offline; what a reader
 * saved (one document, or the archive) reads, searches and follows links
 * with the host gone, and is updated, not dropped, by a new deploy. Served by
 * the project's static server so the host can really go away, and its
 * requests counted.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeOfflineFiles } from '../../build-plugins/built-site.ts';
import { listFiles } from '../../build-plugins/lib/build-files.ts';
import {
  OFFLINE_MANIFEST,
  SERVICE_WORKER,
  type OfflineManifest,
} from '../../build-plugins/offline.ts';
import { ROOT } from '../astro-build.ts';
import { BASE, OUT_DIR } from './built-site.ts';
import {
  SLUG,
  expectReadableOffline,
  keptText,
  saveForOffline,
  waitUntilControlled,
  waitUntilKept,
} from './offline-helpers.ts';
import { serveBuild } from '../../tools/static-server.ts';

test.describe.configure({ timeout: 120_000 });
// These tests are about the offline worker, which the config blocks for every other test.
test.use({ serviceWorkers: 'allow' });

const manifest = JSON.parse(
  readFileSync(join(OUT_DIR, OFFLINE_MANIFEST), 'utf8'),
) as OfflineManifest;
const TRANSCRIPT = `${BASE}transcripts/${SLUG}/`;
const NOTE = `${BASE}notes/csto/`;

/** Serves the build, recording every path the host sent. */
async function countingServer(outDir = OUT_DIR) {
  const served: { path: string; bytes: number }[] = [];
  const server = await serveBuild(outDir, BASE, undefined, 0, (path, bytes) =>
    served.push({ path, bytes }),
  );
  return { server, served };
}

/** Whether a page opens: offline, a page nobody kept fails to load at all. */
const opens = (page: Page, url: string): Promise<boolean> =>
  page.goto(url).then(
    () => true,
    () => false,
  );

test('a first visit downloads its page and the small worker, nothing in the background, and no offline list', async ({
  page,
}) => {
  const { server, served } = await countingServer();
  try {
    await page.goto(`${server.origin}${TRANSCRIPT}`);
    await waitUntilControlled(page);
    await waitUntilKept(page, TRANSCRIPT);
    // Idle, as a reader who reads: the bench waits 30 s, a few are enough to see a background download start.
    await page.waitForTimeout(3_000);
    const paths = served.map((entry) => entry.path);
    expect(paths.filter((path) => path === TRANSCRIPT)).toHaveLength(1);
    expect(paths.filter((path) => path.endsWith('/') && path !== TRANSCRIPT)).toEqual([]);
    expect(
      paths.filter((path) => path.includes('/pagefind/') || path.endsWith(OFFLINE_MANIFEST)),
    ).toEqual([]);
    const workerBytes = served
      .filter((entry) => entry.path === `${BASE}${SERVICE_WORKER}`)
      .reduce((sum, entry) => sum + entry.bytes, 0);
    expect(workerBytes).toBeGreaterThan(0);
    expect(workerBytes).toBeLessThan(5_000);
  } finally {
    await server.close();
  }
});

test('when the browser asks to save data, a visit registers no worker and downloads nothing more', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }),
  );
  const { server, served } = await countingServer();
  try {
    // The page registers its worker on load, if at all: by network idle it would have asked for it.
    await page.goto(`${server.origin}${TRANSCRIPT}`, { waitUntil: 'networkidle' });
    expect(served.map((entry) => entry.path)).not.toContain(`${BASE}${SERVICE_WORKER}`);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
  } finally {
    await server.close();
  }
});

test('a reader who read the transcript and a note reopens both offline; pages not read stay online only', async ({
  page,
  context,
}) => {
  const { server } = await countingServer();
  const root = server.origin;
  await page.goto(`${root}${TRANSCRIPT}`);
  await waitUntilControlled(page);
  await waitUntilKept(page, TRANSCRIPT);
  await page.goto(`${root}${NOTE}`);
  await server.close();
  await context.setOffline(true);
  try {
    await page.goto(`${root}${TRANSCRIPT}#putin-empire`);
    await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');
    await expect(
      page.getByText('You are offline. Pages you have read, and anything you saved, still open.'),
    ).toBeVisible();
    await page.goto(`${root}${NOTE}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Collective Security Treaty Organization',
    );
    expect(await opens(page, `${root}${BASE}timeline/`)).toBe(false);
  } finally {
    await context.setOffline(false);
  }
});

test('saving one transcript shows its size first, downloads only its files, reads offline, and can be removed', async ({
  page,
  context,
}) => {
  const { server, served } = await countingServer();
  const root = server.origin;
  const doc = manifest.documents.find((d) => d.id === SLUG)!;
  const listed = new Set([...manifest.shell, ...doc.files].map(([path]) => path));
  try {
    await page.goto(`${root}${TRANSCRIPT}`);
    await waitUntilControlled(page);
    const before = served.length;
    const size = await saveForOffline(page, /^Save this transcript, its notes and search/);
    const bytes = [...manifest.shell, ...doc.files].reduce((sum, [, b]) => sum + b, 0);
    expect(size).toBe(
      bytes < 1e6 ? `${Math.round(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`,
    );
    const saving = served.slice(before).map((entry) => entry.path);
    expect(
      saving.filter(
        (path) => !listed.has(path) && path !== `${BASE}${OFFLINE_MANIFEST}` && path !== TRANSCRIPT,
      ),
    ).toEqual([]);

    await context.setOffline(true);
    // A note the transcript links to was saved with it, not read; the timeline was neither.
    await page.goto(`${root}${NOTE}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Collective Security Treaty Organization',
    );
    expect(await opens(page, `${root}${BASE}timeline/`)).toBe(false);
    await context.setOffline(false);
    await page.goto(`${root}${TRANSCRIPT}`);

    const control = page.locator('main tx-save-offline');
    await control.getByRole('button', { name: 'Save for offline reading' }).click();
    await control.getByRole('button', { name: 'Remove the saved copy' }).click();
    await expect(control.getByRole('status')).toContainText('Removed from this device');
    expect(await keptText(page, `${BASE}notes/declaration/`)).toBeUndefined();
  } finally {
    await server.close();
  }
});

test('a storage that fills up while saving is said in words, and what was saved before stays readable', async ({
  page,
  context,
}) => {
  const { server } = await countingServer();
  const root = server.origin;
  try {
    await page.goto(`${root}${TRANSCRIPT}`);
    await waitUntilControlled(page);
    await saveForOffline(page, /^Save this transcript, its notes and search/);
    // The browser now allows this site only a little more than it holds: the archive cannot fit.
    const { usage } = await page.evaluate(() => navigator.storage.estimate());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: root,
      quotaSize: (usage ?? 0) + 50_000,
    });
    await page
      .locator('main tx-save-offline')
      .getByRole('button', { name: /^Save the whole archive \(/ })
      .click();
    await expect(page.locator('main tx-save-offline').getByRole('status')).toContainText(
      /storage/i,
      { timeout: 30_000 },
    );

    await context.setOffline(true);
    await page.goto(`${root}${NOTE}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Collective Security Treaty Organization',
    );
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('after saving the archive, the record, a note, people, timeline, About, search and a deep link work offline', async ({
  page,
  context,
}) => {
  await expectReadableOffline(page, context, OUT_DIR, BASE);
});

test('the site can be installed', async ({ page, request }) => {
  const { server } = await countingServer();
  try {
    await page.goto(`${server.origin}${BASE}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const webManifest = (await (await request.get(`${server.origin}${href}`)).json()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(webManifest).toMatchObject({ start_url: BASE, scope: BASE, display: 'standalone' });
    expect(webManifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of webManifest.icons)
      expect((await request.get(`${server.origin}${icon.src}`)).headers()['content-type']).toBe(
        'image/png',
      );
  } finally {
    await server.close();
  }
});

test('a new deploy updates the saved archive, downloading only what changed, and drops nothing', async ({
  page,
  context,
}) => {
  // A copy of the build that this test deploys again, changed.
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const copy = mkdtempSync(join(ROOT, '.builds', 'offline-'));
  cpSync(OUT_DIR, copy, { recursive: true });
  const { server, served } = await countingServer(copy);
  const root = server.origin;
  try {
    await page.goto(`${root}${BASE}about/`);
    await waitUntilControlled(page);
    await saveForOffline(page, /^Save the whole archive/);

    const aboutFile = join(copy, 'about', 'index.html');
    writeFileSync(
      aboutFile,
      readFileSync(aboutFile, 'utf8').replace(
        '</main>',
        '<p id="tx-new-deploy">Corrected in the new deploy.</p></main>',
      ),
    );
    writeOfflineFiles(copy, BASE, listFiles(copy));

    const before = served.length;
    // Any page visit lets the browser find the new worker, which brings the saved copy up to date.
    await page.goto(`${root}${BASE}`);
    await expect
      .poll(() => keptText(page, `${BASE}timeline/`).then(() => keptText(page, `${BASE}about/`)), {
        timeout: 60_000,
      })
      .toContain('Corrected in the new deploy.');
    const fetched = new Set(served.slice(before).map((entry) => entry.path));
    // The page visited and its icon, the new worker and list, and the one changed page: nothing saved is downloaded again.
    expect(
      [...fetched].filter(
        (path) =>
          ![
            `${BASE}`,
            `${BASE}favicon.svg`,
            `${BASE}about/`,
            `${BASE}${SERVICE_WORKER}`,
            `${BASE}${OFFLINE_MANIFEST}`,
          ].includes(path),
      ),
    ).toEqual([]);

    await server.close();
    await context.setOffline(true);
    await page.goto(`${root}${BASE}about/`);
    await expect(page.locator('#tx-new-deploy')).toHaveText('Corrected in the new deploy.');
    await page.goto(`${root}${BASE}timeline/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await page.goto(`${root}${TRANSCRIPT}`);
    await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
