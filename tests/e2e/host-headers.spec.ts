/**
 * The build served the way Netlify and Cloudflare Pages serve it, with the
 * headers of its own `_headers` file: the header CSP (which also governs
 * the service worker) blocks nothing the site does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HEADERS_FILE } from '../../build-plugins/host-headers.ts';
import { headersForPath, parseHeadersFile } from '../dist/headers-file.ts';
import { BASE, OUT_DIR } from './built-site.ts';
import { SLUG, expectReadableOffline } from './offline-helpers.ts';
import { serveBuild } from '../../tools/static-server.ts';

test.describe.configure({ timeout: 120_000 });

// These tests are about the offline worker, which the config blocks for every other test.
test.use({ serviceWorkers: 'allow' });

const rules = parseHeadersFile(readFileSync(join(OUT_DIR, HEADERS_FILE), 'utf8'));
/** Cloudflare's reading of the file: every matching rule, repeated headers joined by a comma. */
const hostHeaders = (path: string): Record<string, string> =>
  Object.fromEntries(
    [...headersForPath(rules, path)].map(([name, values]) => [name, values.join(', ')]),
  );

test('with the _headers policy the record, the share menu and search run without a CSP violation', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      ),
    ),
  );
  const server = await serveBuild(OUT_DIR, BASE, hostHeaders);
  try {
    const response = await page.goto(`${server.origin}${BASE}transcripts/${SLUG}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('#putin-empire button[data-copy-link]').click();
    await expect(page.getByRole('button', { name: 'Copy quote' })).toBeVisible();
    await page.goto(`${server.origin}${BASE}search/?q=48th+visit`);
    await expect(
      page.locator('tx-search.tx-search--page a.tx-search__link').first(),
    ).toHaveAttribute('href', /#aliyev-48th-visit$/);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('with the _headers policy the service worker still makes the site readable offline', async ({
  page,
  context,
}) => {
  await expectReadableOffline(page, context, OUT_DIR, BASE, hostHeaders);
});
