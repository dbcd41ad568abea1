/**
 * Records of other kinds in the browser (the fixture archive of tests/fixture-archive.ts,
 * described in tests/dist/record-kinds.test.ts): the quote check and search say the
 * true thing about a record spoken in English and about one translated by a party
 * other than its publisher.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureBuild } from '../fixture-builds.ts';
import { serveBuild, type StaticServer } from '../../tools/static-server.ts';

let server: StaticServer;

test.beforeAll(async () => {
  // Built by `npm run build:fixtures` before the tests; a run of this file alone may build it first.
  test.setTimeout(300_000);
  server = await serveBuild((await fixtureBuild('archive')).dist, '/');
});
test.afterAll(() => server.close());

/** Checks `quote` on the check page; returns the verdict section once it shows. */
async function check(page: Page, quote: string) {
  await page.goto(`${server.origin}/check/?q=${encodeURIComponent(quote)}`);
  const verdict = page.locator('main [data-verdict]');
  await expect(verdict).toBeVisible();
  return verdict;
}

test('a quote of the English-speaking record is in the record as its own publisher published it, with no translation line', async ({
  page,
}) => {
  const verdict = await check(page, 'The talks on the harbour agreement will resume next week');
  await expect(verdict).toHaveAttribute('data-verdict', 'verbatim');
  await expect(verdict).toContainText(
    'These words are in the record as Fixture Government Press Office published it, word for word',
  );
  await expect(verdict.locator('.tx-check__cite-text')).toHaveText(
    /^“The talks on the harbour agreement will resume next week” — Ada Example, Fixture City, 21 February 2022\. http/,
  );
  await expect(verdict).not.toContainText('AZERTAC');
});

test('another publication’s words for a passage nobody translated are another version, not another translation', async ({
  page,
}) => {
  const verdict = await check(
    page,
    'Harbour agreement talks resume in the capital next week, the spokesperson said.',
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'translation');
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(
    'The same passage, in another version',
  );
  await expect(verdict).toContainText(
    'These words are another version of paragraph 5, as Fixture Wire printed it.',
  );
});

test('the Russian original of the translated record is named as the original, and the record’s English cites its translator', async ({
  page,
}) => {
  const verdict = await check(
    page,
    'Наша торговля с регионом выросла за прошлый год на пятую часть.',
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'translation');
  await expect(verdict).toContainText(
    'These words are the Russian original of paragraph 2, as Fixture Vedomosti printed it. The record is in English',
  );
  await expect(verdict.locator('.tx-check__cite-text')).toContainText(
    '— Vladimir Putin, Moscow, 20 February 2022. English translation: Fixture Translation Service.',
  );
});

test('a quote in another language of the same script (French) is found among the renderings in that language', async ({
  page,
}) => {
  const verdict = await check(
    page,
    "Les pourparlers sur l'accord portuaire reprendront la semaine prochaine",
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'translation');
  await expect(verdict).toContainText(
    'These words are a French text of paragraph 5, as Fixture Monde printed it. The record is in English',
  );

  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('pourparlers portuaire')}`);
  await expect(
    page.getByText(
      'These are French texts of the record’s paragraphs, as other publications printed them',
    ),
  ).toBeVisible();
  await expect(page.locator('.tx-search__results .tx-search__link').first()).toHaveAttribute(
    'href',
    /\/transcripts\/press-briefing\/.*#example-talks$/,
  );
});

test('search results name each record and speaker; a Russian query says what the Russian texts are', async ({
  page,
}) => {
  await page.goto(`${server.origin}/search/?q=harbour`);
  const result = page.locator('.tx-search__results .tx-search__link[data-kind="record"]').first();
  await expect(result.locator('.tx-search__source')).toHaveText('Press briefing');
  await expect(result.locator('.tx-search__speaker')).toHaveText('Ada Example');

  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('торговля')}`);
  await expect(
    page.getByText(
      '1 result for “торговля”. These are Russian texts of the record’s paragraphs, as other publications printed them; the record itself is not in Russian.',
    ),
  ).toBeVisible();
  await expect(page.locator('.tx-search__results .tx-search__link').first()).toHaveAttribute(
    'href',
    /\/transcripts\/translated-interview\/.*#putin-trade-grew$/,
  );
});
