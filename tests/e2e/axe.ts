/** axe-core, as the browser tests run it on a page. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's violations on the page as it is now, one line each: the rule and
 * the elements. Legacy mode runs axe in the page itself; the default mode also
 * opens a blank page for every check, to merge the results of cross-origin
 * frames, which our pages do not have, and that doubled the time of a check.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
