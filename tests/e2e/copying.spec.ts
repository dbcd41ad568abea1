import { expect, test, type Page } from '@playwright/test';
import { sourceCopies } from '../provenance.ts';
import { BASE } from './built-site.ts';

const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;
/** Paragraph 14: three notes inside it, one of them a translation note. */
const PARAGRAPH = { id: 'putin-empire', index: 13 };
/** The record as the page shows it: the source copy less its source.omitted. */
const RECORD = sourceCopies().find((copy) => copy.slug === '2022-02-22-putin-aliyev')!.expected;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The notes' own words inside the record: every title and summary. */
const editorialTexts = (page: Page): Promise<string[]> =>
  page
    .locator('.tx-record')
    .evaluate((record) =>
      [...record.querySelectorAll('.tx-card__title, .tx-card__summary')].map((el) =>
        (el.textContent ?? '').trim(),
      ),
    );

async function copyAndRead(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Presses the mouse on the first character of a paragraph's text and releases it after the last. */
async function dragOverParagraph(page: Page, id: string): Promise<void> {
  const { start, end } = await page.locator(`#${id} .tx-para__text`).evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[data-pagefind-ignore]') && node.nodeValue?.trim())
        texts.push(node as Text);
    }
    const rectOf = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const first = texts[0]!;
    const last = texts.at(-1)!;
    const a = rectOf(first, first.nodeValue!.search(/\S/));
    const b = rectOf(last, last.nodeValue!.trimEnd().length - 1);
    return {
      start: { x: a.left + 1, y: a.top + a.height / 2 },
      end: { x: b.right + 1, y: b.top + b.height / 2 },
    };
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

for (const width of [1280, 390]) {
  test.describe(`copying the record (${width}px)`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a paragraph selected with the mouse copies as exactly its words', async ({ page }) => {
      await page.goto(`${TRANSCRIPT}#${PARAGRAPH.id}`);
      if (width === 1280)
        await expect(page.locator(`#${PARAGRAPH.id} .tx-note__card`).first()).toBeVisible();
      await dragOverParagraph(page, PARAGRAPH.id);
      expect(fold(await copyAndRead(page))).toBe(RECORD[PARAGRAPH.index]);
    });

    test('a selection made with Shift and the arrow keys copies only the record', async ({
      page,
    }) => {
      await page.goto(`${TRANSCRIPT}#${PARAGRAPH.id}`);
      // A double click selects the first word; Shift and the arrows extend the selection over the notes.
      await page.locator(`#${PARAGRAPH.id} .tx-para__text`).dblclick({ position: { x: 4, y: 12 } });
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+End');
      const copied = fold(await copyAndRead(page));
      expect(copied.length).toBeGreaterThan(100);
      expect(RECORD[PARAGRAPH.index]!.startsWith(copied) || RECORD.join(' ').includes(copied)).toBe(
        true,
      );
      for (const text of await editorialTexts(page)) expect(copied).not.toContain(text);
    });

    test('select all copies the record paragraph by paragraph, without a word of the notes', async ({
      page,
    }) => {
      await page.goto(`${TRANSCRIPT}#${PARAGRAPH.id}`);
      await page.locator(`#${PARAGRAPH.id} .tx-para__text`).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+A');
      const copied = await copyAndRead(page);
      const blocks = copied.split(/\n{2,}/).map(fold);
      // The record's paragraphs arrive whole and in order, each a block of its own.
      let at = -1;
      for (const paragraph of RECORD) {
        const found = blocks.indexOf(paragraph, at + 1);
        expect(found, paragraph.slice(0, 60)).toBeGreaterThan(at);
        at = found;
      }
      // From the record's first word to its last, nothing but the record (the page's header and summary come before it).
      const folded = fold(copied);
      // (The header's provenance note quotes the dateline too: the record starts at its last mention before paragraph 2.)
      const start = folded.lastIndexOf(RECORD[0]!, folded.indexOf(RECORD[1]!));
      const record = folded.slice(
        start,
        folded.lastIndexOf(RECORD.at(-1)!) + RECORD.at(-1)!.length,
      );
      expect(record).toBe(RECORD.join(' '));
    });

    test('with notes switched off, copying still gives exactly the words', async ({ page }) => {
      await page.goto(`${TRANSCRIPT}#${PARAGRAPH.id}`);
      await page.getByRole('switch', { name: 'Notes' }).uncheck();
      await page.locator(`#${PARAGRAPH.id}`).scrollIntoViewIfNeeded();
      await dragOverParagraph(page, PARAGRAPH.id);
      expect(fold(await copyAndRead(page))).toBe(RECORD[PARAGRAPH.index]);
    });
  });
}

test('the words of an open note can still be copied from the note', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${TRANSCRIPT}#${PARAGRAPH.id}`);
  const ref = page.locator(`#${PARAGRAPH.id} .tx-note__ref`).first();
  await ref.click();
  const summary = page.locator(`${await ref.getAttribute('href')} .tx-card__summary`);
  await summary.selectText();
  expect(fold(await copyAndRead(page))).toBe(fold((await summary.textContent()) ?? ''));
});
