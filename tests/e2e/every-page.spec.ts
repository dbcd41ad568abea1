/**
 * Every page of the build, in one visit each: it loads without console errors
 * or CSP violations, requests nothing from other hosts, axe-core finds no
 * violation in the light scheme, and none of its colour rules in the dark one.
 * The scheme is switched on the loaded page: our dark scheme is a set of colour
 * properties under prefers-color-scheme (tests/dist/site.test.ts holds it to
 * that), which the browser applies at once and which no other rule reads.
 * Each check is a step of its own, and a soft assertion, so a failure names
 * its page and check, and one failing check does not hide the others.
 */
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, axeViolations } from './axe.ts';
import { BASE, builtPages } from './built-site.ts';

// The 404 page is served for any unknown address.
const NOT_FOUND = `${BASE}no-such-page/`;
const PAGES = [...builtPages(), NOT_FOUND];

test('the build has pages to check, the home page and the transcript among them', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining(
      ['/', '/transcripts/2022-02-22-putin-aliyev/'].map((p) => p.replace(/^\//, BASE)),
    ),
  );
});

for (const path of PAGES) {
  test(`${path} loads cleanly, from this host only, with no axe-core violations in light or dark`, async ({
    page,
    baseURL,
  }) => {
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
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
        ),
      ),
    );
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
    });

    await test.step('loads without console errors or CSP violations and requests nothing from other hosts', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect.soft(errors, 'console errors and CSP violations').toEqual([]);
      expect.soft(foreign, 'requests to other hosts').toEqual([]);
    });

    await test.step('has no axe-core violations (light)', async () => {
      expect.soft(await axeViolations(page), 'axe-core violations (light)').toEqual([]);
    });

    await test.step('has no axe-core colour violations (dark)', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect
        .soft(await axeViolations(page, COLOUR_RULES), 'axe-core colour violations (dark)')
        .toEqual([]);
    });
  });
}
