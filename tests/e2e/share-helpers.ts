/** Helpers for the share tests: PNG dimensions and selecting words of the record in the page. */
import type { Page } from '@playwright/test';

export { pngSize } from '../../src/lib/png.ts';

/**
 * Selects `phrase` in a paragraph the way a reader would with the mouse: the
 * words of the record, across any note marker between them (the marker is
 * selected too, as it would be by dragging).
 */
export async function selectRecordWords(page: Page, id: string, phrase: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.evaluate(
    ([paragraphId, words]) => {
      const text = document.querySelector(`#${paragraphId} .tx-para__text`);
      if (!text) throw new Error(`no paragraph #${paragraphId}`);
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const nodes: [Text, number][] = [];
      let all = '';
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        if (node.parentElement?.closest('[data-pagefind-ignore]')) continue;
        nodes.push([node, all.length]);
        all += node.data;
      }
      const start = all.indexOf(words);
      if (start === -1) throw new Error(`"${words}" is not in #${paragraphId}`);
      const locate = (at: number, preferNext: boolean): [Text, number] => {
        const found = preferNext
          ? nodes.find(([node, offset]) => at >= offset && at < offset + node.data.length)
          : nodes.find(([node, offset]) => at > offset && at <= offset + node.data.length);
        if (!found) throw new Error(`offset ${at} is outside the paragraph`);
        return [found[0], at - found[1]];
      };
      const range = document.createRange();
      range.setStart(...locate(start, true));
      range.setEnd(...locate(start + words.length, false));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [id, phrase] as const,
  );
}
