import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE, builtPages } from './built-site.ts';

// The 404 page is served for any unknown address.
const NOT_FOUND = `${BASE}no-such-page/`;
const PAGES = [...builtPages(), NOT_FOUND];

test('the build has pages to check, the home page and the transcript among them', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/transcripts/2022-02-22-putin-aliyev/'].map((p) => p.replace(/^\//, BASE))));
});

for (const path of PAGES) {
  test.describe(path, () => {
    test('loads without console errors or CSP violations and requests nothing from other hosts', async ({ page, baseURL }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        // Chromium logs the 404 page's own status as an error; that status is the point of the page.
        const ownStatus = path === NOT_FOUND && message.location().url.endsWith(NOT_FOUND);
        if (message.type() === 'error' && !ownStatus) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // Chromium reports CSP violations to the console too; this names the directive for a clearer failure.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`)),
      );
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe-core violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path, { waitUntil: 'networkidle' });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
