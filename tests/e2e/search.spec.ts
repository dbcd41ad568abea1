import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, OUT_DIR } from './built-site.ts';

const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;
const SEARCH = `${BASE}search/`;

/**
 * Fragments a reader remembers, each with the paragraph it must find first:
 * both speakers and the agency, short and long, phrases and single words,
 * straight and typographic apostrophes, smart quotes.
 */
const QUOTES = [
  { query: 'restoration of the empire', anchor: 'putin-empire', speaker: 'Vladimir Putin' },
  { query: "people's republics", anchor: 'putin-ukraine', speaker: 'Vladimir Putin' },
  { query: 'people’s republics', anchor: 'putin-ukraine', speaker: 'Vladimir Putin' },
  { query: '48th visit', anchor: 'aliyev-48th-visit', speaker: 'Ilham Aliyev' },
  { query: '340 Russian-language schools', anchor: 'aliyev-schools', speaker: 'Ilham Aliyev' },
  {
    query: 'Collective Security Treaty Organization',
    anchor: 'putin-csto',
    speaker: 'Vladimir Putin',
  },
  { query: 'Trilateral Statement', anchor: 'aliyev-karabakh', speaker: 'Ilham Aliyev' },
  { query: 'third countries', anchor: 'putin-third-countries', speaker: 'Vladimir Putin' },
  { query: '“today’s geopolitical realities”', anchor: 'aliyev-karabakh', speaker: 'Ilham Aliyev' },
  {
    query: 'Russia’s support for the sovereignty of our neighbors',
    anchor: 'putin-kazakhstan',
    speaker: 'Vladimir Putin',
  },
  { query: 'coup', anchor: 'putin-coup', speaker: 'Vladimir Putin' },
  { query: 'Vladimirovich', anchor: 'aliyev-declaration', speaker: 'Ilham Aliyev' },
  {
    query:
      'The signing of the Declaration on Allied Interaction is a good illustration of how hard we have worked in recent years',
    anchor: 'aliyev-declaration',
    speaker: 'Ilham Aliyev',
  },
  {
    query: 'trade turnover increased by more than 16 percent',
    anchor: 'putin-trade',
    speaker: 'Vladimir Putin',
  },
  { query: 'collapse of the Soviet Union', anchor: 'putin-post-soviet', speaker: 'Vladimir Putin' },
  { query: 'The heads of state addressed the meeting', anchor: 'addressed', speaker: 'AZERTAC' },
  { query: '"more than 140,000 children"', anchor: 'aliyev-schools', speaker: 'Ilham Aliyev' },
  {
    query: 'pandemic does not allow us to communicate',
    anchor: 'putin-hello',
    speaker: 'Vladimir Putin',
  },
  {
    query: 'Just now, before meeting with you',
    anchor: 'putin-kazakhstan',
    speaker: 'Vladimir Putin',
  },
];

const header = (page: Page): Locator => page.locator('tx-search.tx-search--header');
const pageSearch = (page: Page): Locator => page.locator('tx-search.tx-search--page');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query as the UI echoes it: straight apostrophes and quotes. */
const echoed = (query: string): string => query.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/** Waits until the results shown are those of `query` (typing may briefly show results of its first letters). */
async function resultsFor(search: Locator, query: string): Promise<Locator> {
  await expect(search.locator('.tx-search__status')).toHaveText(
    new RegExp(`results? for “${escapeRegExp(echoed(query))}”`),
  );
  return search.locator('a.tx-search__link');
}

test.describe('finding a remembered quote', () => {
  for (const { query, anchor, speaker } of QUOTES) {
    test(`“${query}” finds ${anchor} first and opens it, in view and highlighted, in two keystrokes`, async ({
      page,
    }) => {
      await page.goto(BASE);
      await page.keyboard.press('/');
      await expect(header(page).locator('input')).toBeFocused();
      await header(page).locator('input').fill(query);
      const first = (await resultsFor(header(page), query)).first();
      await expect(first).toHaveAttribute(
        'href',
        new RegExp(`^${escapeRegExp(TRANSCRIPT)}\\?hl=[^#]+#${anchor}$`),
      );
      await expect(first.locator('.tx-search__speaker')).toHaveText(speaker);
      await expect(first.locator('.tx-search__n')).toHaveText(/^paragraph \d+$/);
      await expect(first.locator('mark').first()).toBeVisible();

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.hash === `#${anchor}`);
      const paragraph = page.locator(`#${anchor}`);
      await expect(paragraph).toBeInViewport();
      // The matched words are highlighted inside that paragraph, and only there.
      const highlighted = await page.evaluate(() =>
        [...(CSS.highlights.get('tx-search') ?? [])].map((r) => ({
          text: r.toString(),
          inside: (r as Range).startContainer.parentElement?.closest('.tx-para')?.id,
        })),
      );
      expect(highlighted.length).toBeGreaterThan(0);
      expect(new Set(highlighted.map((h) => h.inside))).toEqual(new Set([anchor]));
    });
  }
});

test.describe('the search page', () => {
  test('a /search/?q= link shows the results of its query and keeps the query in the field', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=48th+visit`);
    await expect(pageSearch(page).locator('input[name="q"]')).toHaveValue('48th visit');
    const links = await resultsFor(pageSearch(page), '48th visit');
    await expect(links.first()).toHaveAttribute('href', /#aliyev-48th-visit$/);
    await expect(page).toHaveTitle(/^“48th visit” – Search/);
  });

  test('typing a new query puts it in the address, so the search can be shared', async ({
    page,
  }) => {
    await page.goto(SEARCH);
    await pageSearch(page).locator('input[name="q"]').fill('third countries');
    await resultsFor(pageSearch(page), 'third countries');
    expect(new URL(page.url()).searchParams.get('q')).toBe('third countries');
  });

  test('on the search page the header field still searches the record alone, not the notes the page lists', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=coup`);
    const pageLinks = await resultsFor(pageSearch(page), 'coup');
    await expect(pageLinks.filter({ has: page.locator('.tx-search__kind') }).first()).toBeVisible();
    await header(page).locator('input').fill('coup');
    const headerLinks = await resultsFor(header(page), 'coup');
    await expect(headerLinks.first()).toBeVisible();
    const hrefs = await headerLinks.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.filter((href) => !href.startsWith(TRANSCRIPT))).toEqual([]);
  });

  test('the header field sends Enter to the search page with every result', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    await header(page).locator('input').fill('Kazakhstan');
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === SEARCH && url.searchParams.get('q') === 'Kazakhstan',
    );
    const links = await resultsFor(pageSearch(page), 'Kazakhstan');
    // Every paragraph that names Kazakhstan, not only the few the header panel has room for.
    const anchors = await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href')?.split('#')[1]),
    );
    expect(anchors).toEqual(expect.arrayContaining(['putin-kazakhstan', 'putin-csto']));
  });

  test('the speaker filter keeps only that speaker’s paragraphs', async ({ page }) => {
    await page.goto(`${SEARCH}?q=Russia&kind=record`);
    const all = await resultsFor(pageSearch(page), 'Russia');
    const speakers = await all.locator('.tx-search__speaker').allTextContents();
    expect(new Set(speakers)).toEqual(new Set(['Vladimir Putin', 'Ilham Aliyev', 'AZERTAC']));
    await pageSearch(page).locator('select[name="speaker"]').selectOption('Aliyev');
    await expect(pageSearch(page).locator('.tx-search__status')).toHaveText(
      /results? for “Russia”/,
    );
    await expect
      .poll(async () => new Set(await all.locator('.tx-search__speaker').allTextContents()))
      .toEqual(new Set(['Ilham Aliyev']));
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('Aliyev');
  });

  test('the kind filter keeps only the record, and a shared link keeps the filter', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=Declaration&kind=record`);
    await expect(pageSearch(page).locator('select[name="kind"]')).toHaveValue('record');
    const links = await resultsFor(pageSearch(page), 'Declaration');
    await expect(links.first()).toBeVisible();
    expect(
      await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-kind'))),
    ).not.toContain('annotation');
  });

  test('the notes filter keeps only notes, each linking to a note page', async ({ page }) => {
    test.skip(!existsSync(join(OUT_DIR, 'notes')), 'this build has no note pages');
    await page.goto(`${SEARCH}?q=Declaration&kind=annotation`);
    const links = await resultsFor(pageSearch(page), 'Declaration');
    await expect(links.first()).toBeVisible();
    expect(
      new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-kind')))),
    ).toEqual(new Set(['annotation']));
    for (const href of await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    )) {
      expect(href.startsWith(`${BASE}notes/`)).toBe(true);
    }
  });

  test('an exact phrase in quotes finds only paragraphs with those words together', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent('"the empire"')}&kind=record`);
    const links = await resultsFor(pageSearch(page), '"the empire"');
    await expect(links).toHaveCount(1);
    await expect(links.first().locator('mark').first()).toHaveText('the empire');
  });
});

test.describe('keyboard and screen readers', () => {
  test('/ focuses search from anywhere but types normally inside a field', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    await page.locator('#putin-coup a.tx-para__n').focus();
    await page.keyboard.press('/');
    const input = header(page).locator('input');
    await expect(input).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
  });

  test('arrow keys move through the results, Escape returns to the field and closes the panel, focus is never lost', async ({
    page,
  }) => {
    await page.goto(TRANSCRIPT);
    await page.keyboard.press('/');
    await page.keyboard.type('Karabakh');
    const links = await resultsFor(header(page), 'Karabakh');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const input = header(page).locator('input');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    // Down on the last result stays there; up from the first goes back to the field.
    for (let i = 1; i < count; i++) await page.keyboard.press('ArrowDown');
    await expect(links.nth(count - 1)).toBeFocused();
    for (let i = 0; i < count; i++) await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(input).toBeFocused();
    await expect(header(page).locator('.tx-search__panel')).toBeHidden();
    // Typing on a result goes on in the field.
    await page.keyboard.press('ArrowDown');
    await expect(header(page).locator('.tx-search__panel')).toBeVisible();
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.type(' conflict');
    await expect(input).toHaveValue('Karabakh conflict');
  });

  test('the result count is announced through a live region', async ({ page }) => {
    await page.goto(`${SEARCH}?q=coup`);
    const status = pageSearch(page).locator('[role="status"]');
    const links = await resultsFor(pageSearch(page), 'coup');
    await expect(status).toHaveText(
      `${await links.count()} ${(await links.count()) === 1 ? 'result' : 'results'} for “coup”.`,
    );
    await page.goto(TRANSCRIPT);
    await header(page).locator('input').fill('zzzxq');
    await expect(header(page).locator('[role="status"]')).toHaveText('No results for “zzzxq”.');
  });

  test('a query containing HTML or script is shown as text and never run', async ({ page }) => {
    const attack = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>';
    await page.goto(`${SEARCH}?q=${encodeURIComponent(attack)}`);
    const status = pageSearch(page).locator('.tx-search__status');
    await expect(status).toContainText(attack);
    await header(page).locator('input').fill('<b>coup</b>');
    await expect(header(page).locator('.tx-search__status')).toContainText('for “<b>coup</b>”');
    expect(await page.locator('tx-search img, tx-search script, tx-search b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  });

  test('the header field is usable at 320 px: it widens to most of the row while in use', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(TRANSCRIPT);
    const input = header(page).locator('input');
    await expect(input).toBeVisible();
    await input.click();
    const width = await input.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(240);
    await input.fill('48th visit');
    const first = (await resultsFor(header(page), '48th visit')).first();
    await expect(first).toBeInViewport();
    const box = await first.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
  });
});

test.describe('cost and fallbacks', () => {
  test('a page loads no search code until the reader turns to search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(TRANSCRIPT, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);
    await header(page).locator('input').focus();
    // The header loads the record's own bundle (pagefind/record/); the search page the whole one.
    await expect
      .poll(() => requested.some((path) => /\/pagefind\/(record\/)?pagefind\.js$/.test(path)))
      .toBe(true);
  });

  test('a search found as typed loads neither Pagefind’s worker nor the closest-passage code, and its panel comes styled', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(TRANSCRIPT);
    await header(page).locator('input').fill('third countries');
    const first = (await resultsFor(header(page), 'third countries')).first();
    // The results' styles arrive with the search code: the panel floats over the page and the words are marked.
    await expect(header(page).locator('.tx-search__panel')).toHaveCSS('position', 'absolute');
    await expect(first.locator('mark').first()).not.toHaveCSS(
      'background-color',
      'rgba(0, 0, 0, 0)',
    );
    expect(workers).toEqual([]);
    expect(requested.filter((path) => /pagefind-worker|search-closest/.test(path))).toEqual([]);
  });

  test('without JavaScript the search page says search needs it and offers the full transcript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SEARCH}?q=coup`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'read the full transcript' }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(TRANSCRIPT)}$`));
    await context.close();
  });

  test('without JavaScript the header field is a form that opens the search page with the query', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TRANSCRIPT);
    await page.locator('.tx-search--header input').fill('coup');
    await page.locator('.tx-search--header input').press('Enter');
    await page.waitForURL((url) => url.pathname === SEARCH && url.searchParams.get('q') === 'coup');
    await context.close();
  });
});
