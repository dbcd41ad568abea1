import { expect, test } from '@playwright/test';
import { sourceCopies } from '../provenance.ts';
import { BASE } from './built-site.ts';

const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;

test.describe('the record', () => {
  for (const { slug, file, expected } of sourceCopies()) {
    test(`${slug}: every paragraph of ${file} appears on the page, in order, unchanged (but its source.omitted)`, async ({
      page,
    }) => {
      await page.goto(`${BASE}transcripts/${slug}/`);
      // Allowed normalisation: whitespace runs fold to one space and ends are trimmed; nothing else.
      // Editorial elements inside a paragraph (note markers, sidenotes) carry data-pagefind-ignore and are left out.
      const rendered = await page.locator('.tx-record .tx-para__text').evaluateAll((nodes) =>
        nodes.map((node) => {
          const copy = node.cloneNode(true) as HTMLElement;
          for (const editorial of copy.querySelectorAll('[data-pagefind-ignore]'))
            editorial.remove();
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      );
      // The exceptions are the transcript's own source.omitted (the page metadata before a dateline); nothing else may differ.
      expect(rendered).toEqual(expected);
    });
  }

  test('the record is marked as English and each speech turn names its speaker', async ({
    page,
  }) => {
    await page.goto(TRANSCRIPT);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.tx-record')).toHaveAttribute('lang', 'en');
    const speakers = await page.locator('.tx-turn__name').allTextContents();
    expect(speakers).toEqual(['Vladimir Putin', 'Ilham Aliyev', 'Vladimir Putin']);
  });
});

test.describe('deep links', () => {
  for (const width of [390, 1280]) {
    test(`a link to #putin-empire opens with that paragraph in view below the header and highlighted (${width}px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${TRANSCRIPT}#putin-empire`);
      const paragraph = page.locator('#putin-empire');
      await expect(paragraph).toBeInViewport();
      const headerBottom = await page
        .locator('.tx-site-header')
        .evaluate((el) => el.getBoundingClientRect().bottom);
      const top = await paragraph.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(headerBottom);
      const background = (selector: string) =>
        page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background('#putin-empire')).not.toBe(await background('#putin-coup'));
    });
  }

  test('a deep link lands on its paragraph with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${TRANSCRIPT}#aliyev-48th-visit`);
    await expect(page.locator('#aliyev-48th-visit')).toBeInViewport();
    await expect(page.locator('#aliyev-48th-visit .tx-para__text')).toContainText(
      'This is my 48th visit to Russia as President',
    );
    await context.close();
  });
});

test.describe('paragraph links', () => {
  test('each paragraph number is a link to its own anchor', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    const links = await page
      .locator('.tx-para')
      .evaluateAll((paras) =>
        paras.map((p) => [p.id, p.querySelector('a.tx-para__n')?.getAttribute('href')]),
      );
    expect(links.length).toBe(29);
    for (const [id, href] of links) expect(href).toBe(`#${id}`);
  });

  test('the share menu copies the absolute paragraph URL and says so', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${TRANSCRIPT}?hl=empire`);
    await page.getByRole('button', { name: 'Share paragraph 16' }).click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${TRANSCRIPT}#putin-coup`);
    await expect(page.locator('#tx-announcer')).toContainText('Link to paragraph 16 copied');
  });

  test('the share menu is reachable and usable with the keyboard alone', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${TRANSCRIPT}#putin-glad`);
    await page.locator('#putin-glad a.tx-para__n').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Share paragraph 21');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveText('Copy link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${TRANSCRIPT}#putin-glad`,
    );
    await expect(page.locator('#putin-glad button[data-copy-link]')).toBeFocused();
  });

  test('without JavaScript the copy buttons stay hidden and the permalinks remain', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TRANSCRIPT);
    await expect(page.locator('button[data-copy-link]').first()).toBeHidden();
    await expect(page.locator('a.tx-para__n').first()).toBeVisible();
    await context.close();
  });
});

test.describe('site pages', () => {
  test('an unknown address shows the 404 page with a way back to the transcript', async ({
    page,
  }) => {
    const response = await page.goto(`${BASE}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await page.getByRole('link', { name: /Meeting of Vladimir Putin and Ilham Aliyev/ }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSCRIPT}$`));
  });

  test('the home page leads into the transcript and its featured passages land on their paragraphs', async ({
    page,
  }) => {
    await page.goto(BASE);
    await page.getByRole('link', { name: 'Read the full transcript' }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSCRIPT}$`));
    await page.goto(BASE);
    await page.locator('.tx-highlights a').nth(1).click();
    await expect(page).toHaveURL(/#putin-empire$/);
    await expect(page.locator('#putin-empire')).toBeInViewport();
  });
});
