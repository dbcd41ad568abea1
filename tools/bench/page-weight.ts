/**
 * What a page costs a reader on load: every request until the network is
 * idle, grouped by kind, with the bytes each would take on the wire gzipped
 * (zlib level 6, the common server default), and how much of the HTML is
 * script written into it.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  url: string;
  requests: number;
  /** Gzipped bytes per kind. */
  bytes: Record<ResourceKind, number>;
  /** Gzipped bytes of the scripts written into the HTML (part of `bytes.html`). */
  inlineJs: number;
  total: number;
}

/** The code of a page's inline scripts (not its JSON data blocks). */
const inlineScripts = (html: string): string =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/\ssrc=/i.test(attributes!) && !/type="application\/(ld\+)?json"/i.test(attributes!),
    )
    .map(([, , code]) => code)
    .join('\n');

function kindOf(contentType: string, url: string): ResourceKind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs'))
    return 'js';
  if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Gzipped JavaScript a page runs on load: its files and the scripts written into its HTML. */
export const jsOnLoad = (weight: PageWeight): number => weight.bytes.js + weight.inlineJs;

/** Loads `url` in a fresh phone-sized page and weighs everything it fetched. */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const pending: Promise<[ResourceKind, number, number]>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
    pending.push(
      response.body().then(
        (body) =>
          [
            kind,
            gzipSync(body).length,
            kind === 'html' ? gzipSync(inlineScripts(body.toString())).length : 0,
          ] as [ResourceKind, number, number],
        () => [kind, 0, 0],
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const measured = await Promise.all(pending);
  await context.close();
  const bytes: Record<ResourceKind, number> = {
    html: 0,
    css: 0,
    js: 0,
    font: 0,
    image: 0,
    other: 0,
  };
  let inlineJs = 0;
  for (const [kind, size, inline] of measured) {
    bytes[kind] += size;
    inlineJs += inline;
  }
  return {
    url,
    requests: measured.length,
    bytes,
    inlineJs,
    total: Object.values(bytes).reduce((a, b) => a + b, 0),
  };
}
