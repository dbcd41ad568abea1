/**
 * An archive of two documents in the browser (the fixture archive, built
 * once and shared with tests/dist/two-documents.test.ts): the header, the
 * home page, search and the notes index each say which document is which.
 */
import { expect, test } from '@playwright/test';
import { fixtureBuild } from '../fixture-builds.ts';
import { serveBuild, type StaticServer } from '../../tools/static-server.ts';

let server: StaticServer;

test.beforeAll(async () => {
  // Built by `npm run build:fixtures` before the tests; a run of this file alone may build it first.
  test.setTimeout(300_000);
  server = await serveBuild((await fixtureBuild('archive')).dist, '/');
});
test.afterAll(() => server.close());

test('the header leads to the documents, and the home page opens either', async ({ page }) => {
  await page.goto(`${server.origin}/about/`);
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Transcripts' })
    .first()
    .click();
  await expect(page).toHaveURL(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Fixture Archive');
  const titles = page.getByRole('heading', { level: 2 }).filter({ has: page.getByRole('link') });
  await expect(titles).toHaveText([
    'Joint press statements',
    'Sample meeting',
    'Press briefing',
    'Interview on trade',
  ]);
  await titles.getByRole('link', { name: 'Joint press statements' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joint press statements');
});

test('a search result names its document', async ({ page }) => {
  await page.goto(`${server.origin}/search/?q=partnership`);
  const result = page.locator('.tx-search__results .tx-search__link[data-kind="record"]').first();
  await expect(result.locator('.tx-search__source')).toHaveText('Joint press statements');
  await expect(result.locator('.tx-search__speaker')).toHaveText('Xi Jinping');
  await result.click();
  await expect(page).toHaveURL(/\/transcripts\/joint-statements\/\?hl=.*#xi-partnership$/);
});

test('the notes index says which paragraph of which document cites a note', async ({ page }) => {
  await page.goto(`${server.origin}/notes/`);
  const cited = page.locator('.tx-note-index__cited a');
  await expect(cited).toHaveText(['paragraph 3 of Joint press statements']);
  await cited.click();
  await expect(page).toHaveURL(`${server.origin}/transcripts/joint-statements/#xi-partnership`);
});
