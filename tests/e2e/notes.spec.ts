import { expect, test, type Locator, type Page } from '@playwright/test';
import { COLOUR_RULES, axeViolations } from './axe.ts';
import { BASE, builtPages } from './built-site.ts';

const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;
const NOTE_PAGES = builtPages().filter((path) => /\/notes\/[^/]+\/$/.test(path));
const WIDTHS = [390, 1280] as const;
const WIDE = 1280;

/** The first marker's number, and the note it opens. */
const firstRef = (page: Page): Locator => page.locator('.tx-note__ref').first();
const cardOf = async (page: Page, ref: Locator): Promise<Locator> =>
  page.locator((await ref.getAttribute('href'))!);

const isOpen = (card: Locator): Promise<boolean> =>
  card.evaluate((el) => el.matches(':popover-open'));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Boxes of elements in page coordinates (independent of scrolling). */
const pageBoxes = (locator: Locator): Promise<Box[]> =>
  locator.evaluateAll((nodes) =>
    nodes
      .map((node) => node.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        x: r.x + window.scrollX,
        y: r.y + window.scrollY,
        width: r.width,
        height: r.height,
      })),
  );

test.describe('opening and closing a note', () => {
  for (const width of WIDTHS) {
    test.describe(`${width}px`, () => {
      test.use({ viewport: { width, height: 800 } });

      test('by mouse: the number opens its note and focus comes back to the number', async ({
        page,
      }) => {
        await page.goto(TRANSCRIPT);
        const ref = firstRef(page);
        const card = await cardOf(page, ref);
        await ref.click();
        await expect(card).toBeVisible();
        await expect(card).toBeFocused();
        if (width === WIDE) {
          // The note already stands in the margin: the number points to it and Escape returns.
          expect(await isOpen(card)).toBe(false);
          await page.keyboard.press('Escape');
        } else {
          expect(await isOpen(card)).toBe(true);
          await card.getByRole('button', { name: /Close note/ }).click();
          expect(await isOpen(card)).toBe(false);
          await expect(card).toBeHidden();
        }
        await expect(ref).toBeFocused();
        // The URL keeps the reader's place; opening a note is not navigation.
        expect(new URL(page.url()).hash).toBe('');
      });

      test('by keyboard: Enter opens the note, Escape closes it and focus returns to the number', async ({
        page,
      }) => {
        await page.goto(TRANSCRIPT);
        const ref = firstRef(page);
        const card = await cardOf(page, ref);
        await ref.focus();
        await page.keyboard.press('Enter');
        await expect(card).toBeFocused();
        await expect(card).toBeVisible();
        // The note's own link is the next stop for Tab.
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus')).toHaveClass(/tx-card__title|tx-note__close/);
        await page.keyboard.press('Escape');
        await expect(ref).toBeFocused();
        if (width !== WIDE) await expect(card).toBeHidden();
      });

      test('by touch: a tap opens the note, the close button closes it, focus returns to the number', async ({
        browser,
      }) => {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          hasTouch: true,
          isMobile: width !== WIDE,
        });
        const page = await context.newPage();
        await page.goto(TRANSCRIPT);
        const ref = firstRef(page);
        const card = await cardOf(page, ref);
        await ref.scrollIntoViewIfNeeded();
        await ref.tap();
        await expect(card).toBeVisible();
        await expect(card).toBeFocused();
        if (width !== WIDE) {
          await card.getByRole('button', { name: /Close note/ }).tap();
          await expect(card).toBeHidden();
        } else {
          await page.keyboard.press('Escape');
        }
        await expect(ref).toBeFocused();
        await context.close();
      });

      test('notes do not overlap each other or the words of the record', async ({ page }) => {
        await page.goto(TRANSCRIPT);
        const text = await pageBoxes(page.locator('.tx-para__text'));
        if (width === WIDE) {
          const notes = await pageBoxes(page.locator('.tx-note__card'));
          expect(notes.length).toBe(await page.locator('.tx-note__ref').count());
          for (const [i, a] of notes.entries()) {
            for (const b of notes.slice(i + 1))
              expect(overlap(a, b), `sidenotes overlap: ${JSON.stringify([a, b])}`).toBe(false);
            for (const p of text)
              expect(overlap(a, p), `a sidenote covers the record: ${JSON.stringify([a, p])}`).toBe(
                false,
              );
          }
          // And they stay inside the page.
          for (const a of notes) expect(a.x + a.width).toBeLessThanOrEqual(WIDE);
        } else {
          // An open note leaves its number in sight.
          const ref = page.locator('.tx-note__ref').nth(5);
          await ref.scrollIntoViewIfNeeded();
          await ref.click();
          const card = await cardOf(page, ref);
          await expect(card).toBeVisible();
          const [cardBox, refBox] = [await card.boundingBox(), await ref.boundingBox()];
          expect(cardBox && refBox && overlap(cardBox, refBox)).toBe(false);
          expect(cardBox!.x).toBeGreaterThanOrEqual(0);
          expect(cardBox!.x + cardBox!.width).toBeLessThanOrEqual(width);
        }
      });

      for (const stored of [null, 'off'] as const) {
        test(`nothing shifts while the page and its notes load (notes ${stored ?? 'on'})`, async ({
          page,
        }) => {
          await page.addInitScript((value) => {
            if (value) localStorage.setItem('tx-notes', value);
            const w = window as unknown as { cls: number };
            w.cls = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) w.cls += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
          }, stored);
          await page.goto(TRANSCRIPT, { waitUntil: 'networkidle' });
          await page.waitForTimeout(300);
          expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
          await expect(page.locator('#tx-notes-show')).toBeChecked({ checked: stored === null });
        });
      }
    });
  }
});

test.describe('the notes switch and filter', () => {
  for (const width of WIDTHS) {
    test(`switching notes off leaves the bare record, and the choice survives a reload (${width}px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(TRANSCRIPT);
      const refs = page.locator('.tx-note__ref');
      const phrase = page.locator('.tx-note__phrase').first();
      // The phrase's mark: a corner drawn before it, not an underline that reads as a link.
      const mark = () => phrase.evaluate((el) => getComputedStyle(el, '::before').display);
      await expect(refs.first()).toBeVisible();
      expect(await mark()).not.toBe('none');
      expect(await phrase.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');

      const toggle = page.getByRole('switch', { name: 'Notes' });
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle).not.toBeChecked();
      await expect(refs.first()).toBeHidden();
      await expect(page.locator('.tx-note__card').first()).toBeHidden();
      expect(await mark()).toBe('none');

      await page.reload();
      await expect(page.getByRole('switch', { name: 'Notes' })).not.toBeChecked();
      await expect(refs.first()).toBeHidden();

      await page.getByRole('switch', { name: 'Notes' }).click();
      await expect(refs.first()).toBeVisible();
      await page.reload();
      await expect(refs.first()).toBeVisible();
    });
  }

  test('the filter shows only translation notes, or only context notes, and is remembered', async ({
    page,
  }) => {
    await page.setViewportSize({ width: WIDE, height: 800 });
    await page.goto(TRANSCRIPT);
    const context = page.locator('.tx-note[data-note-kind="context"] > .tx-note__ref');
    const translation = page.locator('.tx-note[data-note-kind="translation"] > .tx-note__ref');
    test.skip(
      (await context.count()) === 0 || (await translation.count()) === 0,
      'needs notes of both kinds',
    );

    await page.getByRole('radio', { name: /Translation/ }).check();
    await expect(context.first()).toBeHidden();
    await expect(translation.first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: /Translation/ })).toBeChecked();
    await expect(context.first()).toBeHidden();

    await page.getByRole('radio', { name: /Context/ }).check();
    await expect(translation.first()).toBeHidden();
    await expect(context.first()).toBeVisible();
    await page.getByRole('radio', { name: /All/ }).check();
    await expect(translation.first()).toBeVisible();
  });

  test('translation notes show the Russian words, marked as Russian, and a literal rendering', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(TRANSCRIPT);
    const ref = page.locator('.tx-note[data-note-kind="translation"] > .tx-note__ref').first();
    test.skip((await ref.count()) === 0, 'no translation notes');
    await ref.click();
    const card = await cardOf(page, ref);
    await expect(card.locator('.tx-card__kind')).toHaveText('Translation');
    await expect(card.locator('[lang="ru"]')).toBeVisible();
    await expect(card.getByText('Literally')).toBeVisible();
    await expect(card.getByText('AZERTAC', { exact: true })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  for (const width of WIDTHS) {
    test(`every note can be read (${width}px)`, async ({ browser }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(TRANSCRIPT);
      const refs = page.locator('.tx-note__ref');
      expect(await refs.count()).toBeGreaterThan(0);
      // Each note is in the page once, beside its marker.
      await expect(page.locator('.tx-note__card')).toHaveCount(await refs.count());
      if (width === WIDE) {
        // In the margin, all of them, with their point (the summary) in view.
        for (const note of await page.locator('.tx-note__card').all()) {
          await expect(note).toBeVisible();
          await expect(note.locator('.tx-card__title')).not.toBeEmpty();
          await expect(note.locator('.tx-card__summary')).toBeVisible();
        }
      } else {
        // The number links to its note, which opens in place under the line; ↩ goes back.
        for (const index of [0, (await refs.count()) - 1]) {
          const ref = refs.nth(index);
          const card = page.locator((await ref.getAttribute('href'))!);
          await expect(card).toBeHidden();
          await ref.click();
          await expect(card).toBeInViewport();
          await expect(card.locator('.tx-card__summary')).toBeVisible();
          await card.getByRole('link', { name: 'Back to the text' }).click();
          await expect(card).toBeHidden();
          await expect(ref).toBeInViewport();
        }
      }
      await context.close();
    });
  }
});

test.describe('note pages', () => {
  // One visit per note page for what each must show: its sources, as well-formed links, and its backlinks.
  test('there are note pages, each with its sources, linked by well-formed http(s) URLs, and a link back to every paragraph that cites it', async ({
    page,
  }) => {
    expect(NOTE_PAGES.length).toBeGreaterThan(0);
    await page.goto(TRANSCRIPT);
    const cited = await page
      .locator('.tx-note__card a.tx-card__title')
      .evaluateAll((links) =>
        links.map((a) => [(a as HTMLAnchorElement).pathname, a.closest('.tx-para')?.id ?? '']),
      );
    for (const path of NOTE_PAGES) {
      await page.goto(path);
      await expect(
        page.locator('article[data-pagefind-body][data-pagefind-filter="kind:annotation"] h1'),
      ).toHaveCount(1);
      await expect(page.locator('.tx-sources li').first()).toBeVisible();
      const hrefs = await page
        .locator('.tx-sources a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length, path).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href, path).toMatch(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/);
        expect(() => new URL(href)).not.toThrow();
      }
      const backlinks = await page
        .locator('.tx-backlinks .tx-para-link')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      const expected = [...new Set(cited.filter(([p]) => p === path).map(([, id]) => id))];
      expect(backlinks.sort(), path).toEqual(expected.sort());
    }
  });

  test('a backlink lands on the paragraph that cites the note', async ({ page }) => {
    await page.goto(NOTE_PAGES[0]!);
    const link = page.locator('.tx-backlinks .tx-para-link').first();
    const id = await link.evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));
    await link.click();
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });
});

test.describe('accessibility', () => {
  // Every page, note pages included, is checked with axe by every-page.spec.ts; here, what only a
  // reader's action shows: an open note (in dark, the colour rules, as every-page.spec.ts checks dark).
  test('axe finds no violations with a translation note open on a phone, light or dark', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(TRANSCRIPT);
    const ref = page
      .locator('.tx-note[data-note-kind="translation"] > .tx-note__ref, .tx-note__ref')
      .first();
    await ref.click();
    await expect(await cardOf(page, ref)).toBeVisible();
    expect.soft(await axeViolations(page), 'axe-core violations (light)').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect
      .soft(await axeViolations(page, COLOUR_RULES), 'axe-core colour violations (dark)')
      .toEqual([]);
  });
});
