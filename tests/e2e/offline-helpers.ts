/**
 * Offline reading as a reader meets it: read or save while the host is up,
 * then read, search and follow links with the host gone and the network off.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { serveBuild } from '../../tools/static-server.ts';

export const SLUG = '2022-02-22-putin-aliyev';

/** Waits until the service worker controls the page. */
export async function waitUntilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

/** Waits until the worker has kept a site path (a page read, or a file saved) in its cache. */
export async function waitUntilKept(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    async (key) => {
      const names = (await caches.keys()).filter((name) => name.startsWith('tx-offline:'));
      for (const name of names) if (await (await caches.open(name)).match(key)) return true;
      return false;
    },
    path,
    { timeout: 60_000, polling: 250 },
  );
}

/** The text of what the worker keeps for a site path, as the page sees it. */
export const keptText = (page: Page, path: string): Promise<string | undefined> =>
  page.evaluate(async (key) => {
    const names = (await caches.keys()).filter((name) => name.startsWith('tx-offline:'));
    for (const name of names) {
      const response = await (await caches.open(name)).match(key);
      if (response) return response.text();
    }
    return undefined;
  }, path);

/**
 * Opens the page's "Save for offline reading" control, checks that the
 * choice named `choice` shows its size before anything starts, saves it and
 * waits for the words that say it is saved. Returns the size it showed.
 */
export async function saveForOffline(page: Page, choice: RegExp): Promise<string> {
  const control = page.locator('main tx-save-offline');
  await control.getByRole('button', { name: 'Save for offline reading' }).click();
  const button = control.getByRole('button', { name: choice });
  await expect(button).toHaveAccessibleName(/\(\d+(\.\d)? [kM]B\)$/);
  const size = /\(([^)]+)\)$/.exec(((await button.textContent()) ?? '').trim())![1]!;
  await button.click();
  await expect(control.getByRole('status')).toContainText('Saved on this device', {
    timeout: 60_000,
  });
  return size;
}

/**
 * Visits About of `outDir` served under `base`, saves the whole archive with
 * the control, stops the server and turns the network off, then checks that
 * the record (reloaded too), a note, a person, the timeline, About, a search
 * and a deep link all work. `headersFor` serves the build with a host's
 * response headers.
 */
export async function expectReadableOffline(
  page: Page,
  context: BrowserContext,
  outDir: string,
  base: string,
  headersFor?: (path: string) => Record<string, string>,
): Promise<void> {
  const server = await serveBuild(outDir, base, headersFor);
  const root = `${server.origin}${base}`;
  await page.goto(`${root}about/`);
  await waitUntilControlled(page);
  await saveForOffline(page, /^Save the whole archive/);
  await server.close();
  await context.setOffline(true);

  const transcript = `${root}transcripts/${SLUG}/`;
  await page.goto(transcript);
  await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');
  await page.reload();
  await expect(page.locator('#putin-empire')).toContainText('within the borders of the empire');

  await page.goto(`${root}notes/`);
  await page.locator(`main a[href="${base}notes/official-visit/"]`).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Official visit to Russia' }),
  ).toBeVisible();

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
  await expect(page).toHaveURL(
    /\/transcripts\/2022-02-22-putin-aliyev\/\?hl=.*#aliyev-48th-visit$/,
  );
  await expect(page.locator('#aliyev-48th-visit')).toBeInViewport();

  await page.goto(`${transcript}#putin-empire`);
  await expect(page.locator('#putin-empire')).toBeInViewport();
  await context.setOffline(false);
}
