import { expect, test, type Page } from '@playwright/test';
import { BASE } from './built-site.ts';
import { pngSize, selectRecordWords } from './share-helpers.ts';

const SLUG = '2022-02-22-putin-aliyev';
const TRANSCRIPT = `${BASE}transcripts/${SLUG}/`;
const SHARE = `${BASE}q/${SLUG}/putin-empire/`;
const EMPIRE =
  "I want to say from the beginning that we are seeing the speculation on this issue – about Russia's preparations for the restoration of the empire within the borders of the empire. We saw it almost from the beginning. This is not true at all.";

/** Content of a <meta> in the page head. */
const meta = (page: Page, key: string) =>
  page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .first()
    .getAttribute('content');

test.describe('the share page of a paragraph', () => {
  test('carries absolute Open Graph and Twitter URLs, pointing at the paragraph and at a 1200×630 PNG card', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(SHARE);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const ogUrl = await meta(page, 'og:url');
    const image = await meta(page, 'og:image');
    const twitterImage = await meta(page, 'twitter:image');
    for (const url of [canonical, ogUrl, image, twitterImage]) {
      expect(url, 'an absolute http(s) URL under the base path').toMatch(
        new RegExp(`^https?://[^/]+${BASE}`),
      );
    }
    expect(canonical).toMatch(new RegExp(`${TRANSCRIPT}#putin-empire$`));
    expect(ogUrl).toMatch(new RegExp(`${SHARE}$`));
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'og:title')).toMatch(/^“I want to say from the beginning .*…”$/);
    expect(await meta(page, 'og:description')).toContain(
      'Vladimir Putin, Moscow, 22 February 2022',
    );

    // The card is served by this site (the absolute URL's path, on the test server).
    const card = await request.get(new URL(new URL(image ?? '').pathname, baseURL).href);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
  });

  test('shows the whole paragraph and who said it, with a prominent link that lands on it in context', async ({
    page,
  }) => {
    await page.goto(SHARE);
    await expect(page.locator('blockquote.tx-share__quote')).toHaveText(EMPIRE);
    await expect(page.locator('figcaption.tx-share__who')).toContainText('Vladimir Putin');
    await expect(page.locator('figcaption.tx-share__who')).toContainText(
      'Moscow, 22 February 2022',
    );
    await page.getByRole('link', { name: 'Read paragraph 14 in context' }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSCRIPT}#putin-empire$`));
    await expect(page.locator('#putin-empire')).toBeInViewport();
  });

  test('shows its quote card, the same image as og:image, described by its alt text', async ({
    page,
  }) => {
    await page.goto(SHARE);
    const card = page.locator('.tx-share__card img');
    await card.scrollIntoViewIfNeeded();
    await expect(card).toBeVisible();
    expect(await card.getAttribute('src')).toBe(
      new URL((await meta(page, 'og:image')) ?? '').pathname,
    );
    await expect(card).toHaveAttribute('alt', (await meta(page, 'og:image:alt')) ?? '');
    await expect(card).toHaveAttribute('alt', /^Quote card: “I want to say from the beginning/);
    // Its shape is reserved before it loads, and what loads is the 1200×630 card.
    expect([await card.getAttribute('width'), await card.getAttribute('height')]).toEqual([
      '1200',
      '630',
    ]);
    await expect
      .poll(() => card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1200);
  });

  test('its Copy button says, on screen and to screen readers, which link it copied', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SHARE);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(
      `Link to this quote copied (it shows the quote card): ${await page.locator('#share-url').inputValue()}`,
    );
  });

  test('describes the quotation and its speaker as schema.org JSON-LD', async ({ page }) => {
    await page.goto(SHARE);
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(ld).toMatchObject({
      '@type': 'Quotation',
      text: EMPIRE,
      spokenByCharacter: { '@type': 'Person', name: 'Vladimir Putin' },
    });
  });

  test('copies a citation, with today as the BibTeX accessed date', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.setFixedTime(new Date(2031, 4, 6, 12));
    await page.goto(SHARE);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.locator('#tx-announcer')).toHaveText('BibTeX citation copied');
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@misc\{2022_02_22_putin_aliyev_putin_empire,/);
    expect(bibtex).toContain('author = {Putin, Vladimir}');
    expect(bibtex).toContain('note = {[Online; accessed 2031-05-06]}');
  });

  test('works without JavaScript: quote, context link and citations are there, copy buttons are not', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SHARE);
    await expect(page.locator('blockquote.tx-share__quote')).toHaveText(EMPIRE);
    await expect(page.getByRole('link', { name: 'Read paragraph 14 in context' })).toBeVisible();
    await expect(page.locator('.tx-cite__ref').first()).toContainText(
      'Putin, V. (2022, February 22).',
    );
    await expect(page.getByRole('button', { name: 'Copy APA' })).toBeHidden();
    await context.close();
  });
});

test.describe('the share menu on a paragraph', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('copies the quote with its speaker, place, date and permanent link, leaving note markers out', async ({
    page,
    baseURL,
  }) => {
    await page.goto(TRANSCRIPT);
    await page.locator('#putin-empire button[data-copy-link]').click();
    await page.getByRole('button', { name: 'Copy quote' }).click();
    await expect(page.locator('#tx-announcer')).toHaveText(
      'Quote of paragraph 14 copied with attribution',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `“${EMPIRE}” — Vladimir Putin, Moscow, 22 February 2022. English translation: AZERTAC. ${baseURL}${TRANSCRIPT}#putin-empire`,
    );
  });

  test('is reachable by keyboard: opens on Enter, copies the link, closes and gives focus back', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${TRANSCRIPT}#putin-glad`);
    await page.locator('#putin-glad a.tx-para__n').focus();
    await page.keyboard.press('Tab');
    const opener = page.locator('#putin-glad button[data-copy-link]');
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAccessibleName('Share paragraph 21');
    await page.keyboard.press('Enter');
    await expect(page.locator('#tx-share-menu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#tx-announcer')).toContainText('Link to paragraph 21 copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${TRANSCRIPT}#putin-glad`,
    );
    await expect(page.locator('#tx-share-menu')).toBeHidden();
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(page.locator('#tx-share-menu')).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('each copy says in words what it copied, shown on screen and announced to screen readers', async ({
    page,
  }) => {
    await page.goto(TRANSCRIPT);
    const status = page.locator('#tx-announcer');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toBeHidden();
    const copies: [string, RegExp][] = [
      ['Copy link', /^Link to paragraph 14 copied: http.*#putin-empire$/],
      ['Copy quote', /^Quote of paragraph 14 copied with attribution$/],
      [
        'Copy link with quote card',
        /^Link to the quote card of paragraph 14 copied: http.*\/q\/.*\/putin-empire\/$/,
      ],
    ];
    for (const [action, said] of copies) {
      await page.locator('#putin-empire button[data-copy-link]').click();
      await page.getByRole('button', { name: action, exact: true }).click();
      await expect(status).toHaveText(said);
      // Visible, at the foot of the screen, not only to screen readers.
      await expect(status).toBeVisible();
      await expect(status).toBeInViewport();
    }
    // It goes again by itself.
    await expect(status).toBeHidden({ timeout: 10_000 });
  });

  test('copies the share-page link, whose preview is the quote card', async ({ page, baseURL }) => {
    await page.goto(TRANSCRIPT);
    await page.locator('#putin-empire button[data-copy-link]').click();
    await page.getByRole('button', { name: 'Copy link with quote card' }).click();
    await expect(page.locator('#tx-announcer')).toContainText(
      'Link to the quote card of paragraph 14 copied',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(SHARE);
    expect((await page.request.get(new URL(new URL(copied).pathname, baseURL).href)).status()).toBe(
      200,
    );
  });

  test('offers native sharing of the share page where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      navigator.share = async (data?: ShareData) =>
        void (window as unknown as { shared: ShareData[] }).shared.push(data ?? {});
    });
    await page.goto(TRANSCRIPT);
    await page.locator('#putin-empire button[data-copy-link]').click();
    await page.getByRole('button', { name: 'Share…' }).click();
    const [shared] = await page.evaluate(
      () => (window as unknown as { shared: ShareData[] }).shared,
    );
    expect(new URL(shared?.url ?? '').pathname).toBe(SHARE);
    expect(shared?.text).toBe(
      `“${EMPIRE}” — Vladimir Putin, Moscow, 22 February 2022. English translation: AZERTAC.`,
    );
  });

  test('links to the paragraph’s citation', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    await page.locator('#putin-empire button[data-copy-link]').click();
    await page.getByRole('link', { name: 'Cite this paragraph' }).click();
    await expect(page).toHaveURL(new RegExp(`${SHARE}#cite$`));
    await expect(page.locator('#cite')).toHaveAttribute('open', '');
  });
});

test.describe('sharing selected words', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('copies a text-fragment link to the selected words that opens on the paragraph', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto(TRANSCRIPT);
    await selectRecordWords(page, 'putin-empire', 'within the borders of the empire');
    const action = page.getByRole('button', { name: 'Link to selection' });
    await expect(action).toBeVisible();
    await action.click();
    await expect(page.locator('#tx-announcer')).toHaveText(
      'Link to the selected words in paragraph 14 copied',
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${baseURL}${TRANSCRIPT}#putin-empire:~:text=`)).toBe(true);
    // Exactly those words, with a prefix of preceding words when they occur earlier on the page.
    expect(link).toMatch(
      /:~:text=(?:[^,&]+-,)?within%20the%20borders%20of%20the%20empire(?:,-[^,&]+)?$/,
    );

    const opened = await context.newPage();
    await opened.goto(link);
    await expect(opened.locator('#putin-empire')).toBeInViewport();
  });

  test('across a note marker, links from the words before the marker to the words after it', async ({
    page,
  }) => {
    await page.goto(TRANSCRIPT);
    await selectRecordWords(page, 'putin-coup', 'the coup and the illegal seizure of power');
    await page.getByRole('button', { name: 'Link to selection' }).click();
    await expect(page.locator('#tx-announcer')).toHaveText(
      'Link to the selected words in paragraph 16 copied',
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The note card (which the browser also searches) repeats the end words: a suffix or more words single ours out.
    expect(link).toMatch(
      /#putin-coup:~:text=(?:[^,&]+-,)?the%20coup,(?:[^,&]+%20)?illegal%20seizure%20of%20power(?:,-[^,&]+)?$/,
    );
    const opened = await page.context().newPage();
    await opened.goto(link);
    await expect(opened.locator('#putin-coup')).toBeInViewport();
  });

  test('offers nothing for a selection outside the record', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    await page.locator('h1').selectText();
    await page.waitForTimeout(200);
    await expect(page.getByRole('button', { name: 'Link to selection' })).toBeHidden();
  });
});
