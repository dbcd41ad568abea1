import { expect, test, type Page } from '@playwright/test';
import { BASE, builtPages } from './built-site.ts';

const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;
const PHONE = { width: 390, height: 844 };
const NOTE_PAGE = builtPages().find((path) => /\/notes\/[^/]+\/$/.test(path));

/** Bottom of the sticky site header, in viewport pixels. */
const headerBottom = (page: Page): Promise<number> => page.locator('.tx-site-header').evaluate((el) => el.getBoundingClientRect().bottom);

/** The speaker label a reader sees at the top of the record: whose label is in view, and where it ends. */
const visibleSpeaker = (page: Page, paragraphId: string) =>
  page.locator(`#${paragraphId}`).evaluate((paragraph) => {
    const label = paragraph.closest('.tx-turn')?.querySelector('.tx-turn__speaker, .tx-turn__label');
    const box = label?.getBoundingClientRect();
    return { name: label?.querySelector('.tx-turn__name')?.textContent ?? label?.textContent ?? '', top: box?.top ?? -1, bottom: box?.bottom ?? -1 };
  });

test.describe('note markers on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('every note number is a target of at least 24 × 24 CSS pixels', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    const boxes = await page.locator('.tx-note__ref').evaluateAll((refs) => refs.map((ref) => ref.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
  });

  test('a marked phrase does not look like a link, and its mark can be switched off while the numbers stay', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    const phrase = page.locator('.tx-note__phrase').first();
    const style = () => phrase.evaluate((el) => ({ decoration: getComputedStyle(el).textDecorationLine, cursor: getComputedStyle(el).cursor, mark: getComputedStyle(el, '::before').display }));
    expect(await style()).toEqual({ decoration: 'none', cursor: 'auto', mark: 'block' });

    await page.getByRole('switch', { name: 'Marks' }).uncheck();
    expect((await style()).mark).toBe('none');
    await expect(page.locator('.tx-note__ref').first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Marks' })).not.toBeChecked();
    expect((await style()).mark).toBe('none');
    await expect(page.locator('.tx-note__ref').first()).toBeVisible();
  });
});

test.describe('who is speaking', () => {
  for (const width of [390, 1280]) {
    test(`a paragraph opened from a link shows its speaker without scrolling, and the paragraph is not covered (${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${TRANSCRIPT}#putin-empire`);
      await expect(page.locator('#putin-empire')).toBeInViewport();
      const speaker = await visibleSpeaker(page, 'putin-empire');
      expect(speaker.name).toBe('Vladimir Putin');
      expect(speaker.top).toBeGreaterThanOrEqual((await headerBottom(page)) - 1);
      const paragraphTop = await page.locator('#putin-empire').evaluate((el) => el.getBoundingClientRect().top);
      expect(paragraphTop).toBeGreaterThanOrEqual(speaker.bottom);
    });
  }

  test('any paragraph the reader scrolls to has its speaker in view', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(TRANSCRIPT);
    for (const id of ['putin-ukraine', 'aliyev-trade', 'aliyev-karabakh']) {
      // Scroll as a reader does, leaving the paragraph in the middle of the screen.
      await page.locator(`#${id}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 300));
      const speaker = await visibleSpeaker(page, id);
      const header = await headerBottom(page);
      expect(speaker.top, id).toBeGreaterThanOrEqual(header - 1);
      expect(speaker.bottom, id).toBeLessThanOrEqual(header + 60);
    }
  });
});

test.describe('fragments that are not ids', () => {
  test.use({ viewport: PHONE });

  for (const fragment of ['14', 'p14']) {
    test(`#${fragment} opens paragraph 14 at its permanent address`, async ({ page }) => {
      await page.goto(`${TRANSCRIPT}#${fragment}`);
      await expect(page).toHaveURL(/#putin-empire$/);
      await expect(page.locator('#putin-empire')).toBeInViewport();
      await expect(page.locator('.tx-para:target')).toHaveAttribute('data-n', '14');
    });
  }

  test('an unknown fragment shows a short message instead of a silent jump', async ({ page }) => {
    await page.goto(`${TRANSCRIPT}#no-such-paragraph`);
    const message = page.getByRole('status').filter({ hasText: '#no-such-paragraph' });
    await expect(message).toBeVisible();
    await expect(message).toContainText('#14');
    await message.getByRole('button', { name: 'OK' }).click();
    await expect(message).toBeHidden();
    // A good link afterwards needs no message.
    await page.goto(`${TRANSCRIPT}#putin-empire`);
    await expect(page.getByRole('status').filter({ hasText: 'has no' })).toHaveCount(0);
  });
});

test('margin notes start on their marker’s line, or right below the note above, and show their summary', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(TRANSCRIPT);
  const placements = await page.locator('.tx-note__ref').evaluateAll((refs) =>
    refs.map((ref) => {
      const card = document.getElementById((ref as HTMLAnchorElement).hash.slice(1))!;
      const line = ref.closest('.tx-note')!.querySelector('.tx-note__phrase')!.getClientRects();
      const refBox = ref.getBoundingClientRect();
      // The line box of the number: the phrase's last line fragment.
      const lineTop = [...line].at(-1)?.top ?? refBox.top;
      return {
        n: ref.textContent,
        lineTop: lineTop + window.scrollY,
        top: card.getBoundingClientRect().top + window.scrollY,
        bottom: card.getBoundingClientRect().bottom + window.scrollY,
        summary: card.querySelector('.tx-card__summary')!.checkVisibility(),
      };
    }),
  );
  const lineHeight = await page
    .locator('.tx-para__text')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  let previousBottom = -Infinity;
  for (const note of placements) {
    expect(note.summary, `note ${note.n} shows its summary`).toBe(true);
    // Never above its line; below it only as far as the note above pushes it.
    expect(note.top, `note ${note.n}`).toBeGreaterThanOrEqual(note.lineTop - 8);
    // A note the one above pushes past the top of its line starts at the next line of text
    // (floats start on a line box), so it may sit up to one line (plus its 8 px margin) lower.
    expect(note.top, `note ${note.n}`).toBeLessThanOrEqual(Math.max(note.lineTop + 8, previousBottom + 8 + lineHeight));
    previousBottom = note.bottom;
  }
});

test('a printout names the page’s address, ends with how to cite it, and prints no dead download links', async ({ page }) => {
  await page.goto(TRANSCRIPT);
  await page.emulateMedia({ media: 'print' });
  const address = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.locator('.tx-doc-header').getByText(address!, { exact: true })).toBeVisible();
  const colophon = page.locator('.tx-print-cite');
  await expect(colophon).toBeVisible();
  await expect(colophon.getByRole('heading', { name: 'How to cite' })).toBeVisible();
  await expect(colophon).toContainText(address!);
  // It is the last thing of the page's content.
  expect(await colophon.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(await page.locator('.tx-record').evaluate((el) => el.getBoundingClientRect().bottom));
  await expect(page.locator('a[download]').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(colophon).toBeHidden();
});

test('in print, notes are endnotes under their paragraphs’ numbers: none drifts beside the text or runs past it', async ({ page }) => {
  await page.goto(TRANSCRIPT);
  // Printing (here to PDF) fires `beforeprint`, on which the page lists its notes; then the page is looked at as printed.
  await page.pdf();
  await page.emulateMedia({ media: 'print' });
  // No margin column: the cards beside the lines are not printed; the numbers stay in the text.
  await expect(page.locator('.tx-note__card').first()).toBeHidden();
  await expect(page.locator('.tx-note__ref').first()).toBeVisible();
  const endnotes = page.locator('.tx-endnotes');
  await expect(endnotes.getByRole('heading', { name: 'Notes' })).toBeVisible();
  // After the whole record, before how to cite it, and within the text's width.
  const [record, notes, cite] = await Promise.all(['.tx-record', '.tx-endnotes', '.tx-print-cite'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)));
  expect(notes!.top).toBeGreaterThanOrEqual(record!.bottom);
  expect(cite!.top).toBeGreaterThanOrEqual(notes!.bottom);
  expect(notes!.right).toBeLessThanOrEqual(record!.right + 1);
  // Under each paragraph's number, exactly the note numbers printed in that paragraph, in order.
  const inText = await page
    .locator('.tx-record .tx-para')
    .evaluateAll((paras) => paras.map((p) => ({ n: (p as HTMLElement).dataset['n'], refs: [...p.querySelectorAll('.tx-note__ref')].map((r) => r.textContent) })).filter((p) => p.refs.length > 0));
  const listed = await page
    .locator('.tx-endnotes__paragraph')
    .evaluateAll((groups) => groups.map((g) => ({ n: /\d+/.exec(g.querySelector('dt')!.textContent!)?.[0], refs: [...g.querySelectorAll('.tx-endnotes__n')].map((r) => r.textContent) })));
  expect(inText.length).toBeGreaterThan(10);
  expect(listed).toEqual(inText);
  // The reader's choice holds on paper: notes switched off print none.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('switch', { name: 'Notes' }).uncheck();
  await page.emulateMedia({ media: 'print' });
  await expect(endnotes).toBeHidden();
  await expect(page.locator('.tx-note__ref').first()).toBeHidden();
});

test.describe('in print without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each note prints under its line, and no empty endnotes', async ({ page }) => {
    await page.goto(TRANSCRIPT);
    await page.emulateMedia({ media: 'print' });
    const note = page.locator('.tx-note').first();
    await expect(note.locator('.tx-note__card')).toBeVisible();
    await expect(note.locator('.tx-note__card')).toContainText(/\S/);
    await expect(page.locator('.tx-endnotes')).toBeHidden();
  });
});

test('on a phone the record’s first paragraph starts within the first screen, below the title block', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(TRANSCRIPT);
  const first = page.locator('.tx-record .tx-para').first();
  const { top, line } = await first.evaluate((el) => ({ top: el.getBoundingClientRect().top, line: parseFloat(getComputedStyle(el.querySelector('.tx-para__text')!).lineHeight) }));
  const titleBottom = await page.locator('.tx-doc-meta').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThan(titleBottom);
  // Its first line is wholly on the first screen.
  expect(top + line).toBeLessThanOrEqual(PHONE.height);
  await expect(first).toBeInViewport();
});

test('landing on a note page’s title from search keeps its label clear of the sticky header', async ({ page }) => {
  expect(NOTE_PAGE).toBeDefined();
  await page.setViewportSize(PHONE);
  await page.goto(`${NOTE_PAGE}#note-title`);
  const kicker = page.locator('.tx-note-page__kind');
  await expect(kicker).toBeInViewport();
  expect(await kicker.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await headerBottom(page));
});
