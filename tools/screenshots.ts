/**
 * `npm run screenshots -- [url-or-path ...]`: full-page screenshots of the
 * served site at phone and desktop widths, light and dark, into
 * screenshots/ (git-ignored), for looking at changes as a reader would.
 * Needs a running server: `npm run preview` (or set BASE_URL).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tests/browser.ts';

const baseUrl = process.env['BASE_URL'] ?? 'http://localhost:4321/';
const targets = process.argv.slice(2);
const pages =
  targets.length > 0
    ? targets
    : [
        '',
        'transcripts/2022-02-22-putin-aliyev/',
        'transcripts/2022-02-22-putin-aliyev/#putin-empire',
        'nope/',
      ];
const widths = [390, 1280];
const schemes = ['light', 'dark'] as const;

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
try {
  for (const path of pages) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: !path.includes('#') });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
