/**
 * What a page costs a reader on load: every request until the network is
 * idle, grouped by kind, with the bytes each would take on the wire gzipped
 * (zlib level 6, the common server default; our preview server sends them raw).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  url: string;
  requests: number;
  /** Gzipped bytes per kind. */
  bytes: Record<ResourceKind, number>;
  total: number;
}

function kindOf(contentType: string, url: string): ResourceKind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs')) return 'js';
  if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Loads `url` in a fresh phone-sized page and weighs everything it fetched. */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const pending: Promise<[ResourceKind, number]>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
    pending.push(
      response.body().then(
        (body) => [kind, gzipSync(body).length] as [ResourceKind, number],
        () => [kind, 0],
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const measured = await Promise.all(pending);
  await context.close();
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const [kind, size] of measured) bytes[kind] += size;
  return { url, requests: measured.length, bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) };
}
