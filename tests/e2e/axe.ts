/** axe-core, as the browser tests run it on a page. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The axe-core rules that read colours. Our dark scheme changes colours only (custom properties under
 * prefers-color-scheme, which tests/dist/site.test.ts holds it to), so in dark these are the rules whose
 * answer can differ from the light scheme's, where every rule runs.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's violations on the page as it is now, one line each: the rule and
 * the elements; every rule, or only `rules`. Legacy mode runs axe in the page
 * itself; the default mode also opens a blank page for every check, to merge
 * the results of cross-origin frames, which our pages do not have, and that
 * doubled the time of a check.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
