/**
 * Offline reading as a reader meets it: visit once while the host is up,
 * then read, search and follow links with the host gone and the network off.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { serveBuild } from '../../tools/static-server.ts';

export const SLUG = '2022-02-22-putin-aliyev';

/** Waits until the service worker has precached the site and controls the page. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The names of this origin's offline caches, as the page sees them. */
export const offlineCaches = (page: Page): Promise<string[]> => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('tx-offline:')));

/**
 * Visits the home page of `outDir` served under `base` once, stops the
 * server and turns the network off, then checks that the record (reloaded
 * too), a note, a person, the timeline, About, a search and a deep link all
 * work. `headersFor` serves the build with a host's response headers.
 */
export async function expectReadableOffline(page: Page, context: BrowserContext, outDir: string, base: string, headersFor?: (path: string) => Record<string, string>): Promise<void> {
  const server = await serveBuild(outDir, base, headersFor);
  const root = `${server.origin}${base}`;
  await page.goto(root);
  await waitUntilOfflineReady(page);
  await server.close();
  await context.setOffline(true);

  const transcript = `${root}transcripts/${SLUG}/`;
  await page.goto(transcript);
  await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');
  await page.reload();
  await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');

  await page.goto(`${root}notes/`);
  await page.locator(`main a[href="${base}notes/official-visit/"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Official visit to Russia' })).toBeVisible();

  for (const [path, heading] of [
    ['people/putin/', 'Vladimir Putin'],
    ['timeline/', 'Timeline'],
    ['about/', 'About this record'],
  ] as const) {
    await page.goto(`${root}${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  await page.goto(`${root}search/?q=48th+visit`);
  const result = page.locator('tx-search.tx-search--page a.tx-search__link').first();
  await expect(result).toHaveAttribute('href', /#aliyev-48th-visit$/);
  await result.click();
  await expect(page).toHaveURL(/\/transcripts\/2022-02-22-putin-aliyev\/\?hl=.*#aliyev-48th-visit$/);
  await expect(page.locator('#aliyev-48th-visit')).toBeInViewport();

  await page.goto(`${transcript}#putin-empire`);
  await expect(page.locator('#putin-empire')).toBeInViewport();
  await context.setOffline(false);
}
