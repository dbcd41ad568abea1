/**
 * Search benchmark (figures, not a test): what search costs a reader on the
 * transcript page of a served production build.
 *
 *   npx node scripts/bench-search.ts [base-url]   (default http://127.0.0.1:4321/)
 *
 * Builds nothing: serve a build first (`npm run build && npm run preview`).
 * Each of five rounds (figures are medians) loads the transcript page in a
 * fresh browser context, then
 * - cold: presses `/` and types the first query, as a reader would;
 * - warm: clears the field and types a second query.
 * For each it reports the bytes transferred (as served: `astro preview`
 * gzips text; Pagefind's index files are gzipped by Pagefind) and decoded,
 * and the milliseconds from the last
 * keystroke to the first rendered result of that query (cold also from the
 * `/` that opened search). It also reports the page's own bytes on load, and
 * how much of that is JavaScript (external and inline, decoded and gzipped). Playwright's network events (which include
 * the Web Worker Pagefind searches in) give the bytes; keydown timestamps and
 * a MutationObserver in the page give the times.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { launchOptions } from '../tests/browser.ts';

export interface Bytes {
  /** Requests made. */
  requests: number;
  /** Bytes on the wire, headers included, as the server sent them (`astro preview` gzips text). */
  transferred: number;
  /** Response bodies after decoding: what the browser parses. */
  decoded: number;
}

export interface QueryFigures extends Bytes {
  query: string;
  /** From the last keystroke of the query to its first rendered result. */
  msFromLastKey: number;
}

export interface SearchBench {
  url: string;
  /** The transcript page's own load, before any search. */
  /** The transcript page's own load, before any search; `js` counts external and inline scripts (inline ones inside the HTML's bytes). */
  pageLoad: Bytes & { js: { decoded: number; gzipped: number } };
  cold: QueryFigures & { msFromSlash: number };
  warm: QueryFigures;
}

export interface BenchOptions {
  /** Where the build is served, e.g. http://127.0.0.1:4321/ (with the base path, if any). */
  baseUrl: string;
  /** Page to search from, relative to baseUrl. */
  path?: string;
  queries?: [string, string];
  /** Rounds to run, each in a fresh context; figures are medians. Default 5. */
  rounds?: number;
}

/** Collects network figures between two points in time, the Web Worker Pagefind searches in included. */
class NetworkMeter {
  #finished: Request[] = [];

  constructor(context: BrowserContext) {
    context.on('requestfinished', (request) => this.#finished.push(request));
  }

  reset(): void {
    this.#finished = [];
  }

  /** Decoded bodies since the last reset, of JavaScript responses only when `scripts` is set. */
  async bodies(scripts: boolean): Promise<string[]> {
    const bodies: string[] = [];
    for (const request of this.#finished) {
      const response = await request.response();
      if (!response || (scripts && !/javascript/.test(response.headers()['content-type'] ?? ''))) continue;
      bodies.push((await response.body().catch(() => Buffer.alloc(0))).toString('utf8'));
    }
    return bodies;
  }

  /** Figures since the last reset. */
  async read(): Promise<Bytes> {
    let transferred = 0;
    let decoded = 0;
    let requests = 0;
    for (const request of this.#finished) {
      const response = await request.response();
      if (!response) continue;
      const sizes = await request.sizes();
      const body = await response.body().catch(() => Buffer.alloc(0));
      requests++;
      // Chromium reports no body size for a Worker's own script; count it as the server gzips it.
      const bodySize = sizes.responseBodySize || (body.length > 0 ? gzipSync(body).length : 0);
      transferred += sizes.responseHeadersSize + bodySize;
      decoded += body.length;
    }
    return { requests, transferred, decoded };
  }
}

/** Resolves (in page time) when results for `query` are on screen in the header panel. */
function watchResults(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const search = document.querySelector('tx-search.tx-search--header')!;
        const done = (): boolean => {
          const status = search.querySelector('.tx-search__status')?.textContent ?? '';
          const shown = search.querySelector('.tx-search__results a');
          return status.includes(`“${query}”`) && shown !== null;
        };
        new MutationObserver((_, observer) => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now());
        }).observe(search, { childList: true, subtree: true, characterData: true });
      }),
    query,
  );
}

/** Records the page time of every keydown, so times are measured from the key itself. */
async function keyTimes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keys: number[] }).__keys = times;
    document.addEventListener('keydown', (event) => times.push(event.timeStamp), { capture: true });
  });
}

const lastKey = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1) ?? 0);

/** One round in a fresh browser context (empty cache): page load, cold query, warm query. */
async function round(browser: Browser, url: string, [first, second]: [string, string]): Promise<SearchBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const meter = new NetworkMeter(context);

    await page.goto(url, { waitUntil: 'networkidle' });
    const load = await meter.read();
    // Inline module scripts arrive inside the HTML; count them as JavaScript too.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').filter((t) => t.trim() !== ''),
    );
    const scripts = [...inline, ...(await meter.bodies(true))];
    const pageLoad = {
      ...load,
      js: {
        decoded: scripts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
        gzipped: scripts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
      },
    };

    await keyTimes(page);
    meter.reset();
    let rendered = watchResults(page, first);
    await page.keyboard.press('/');
    const slashAt = await lastKey(page);
    await page.keyboard.type(first);
    const coldAt = await rendered;
    const coldKey = await lastKey(page);
    await page.waitForLoadState('networkidle');
    const cold = { query: first, ...(await meter.read()), msFromLastKey: coldAt - coldKey, msFromSlash: coldAt - slashAt };

    meter.reset();
    await page.keyboard.press('ControlOrMeta+A');
    rendered = watchResults(page, second);
    await page.keyboard.type(second);
    const warmAt = await rendered;
    const warmKey = await lastKey(page);
    await page.waitForLoadState('networkidle');
    const warm = { query: second, ...(await meter.read()), msFromLastKey: warmAt - warmKey };

    return { url, pageLoad, cold, warm };
  } finally {
    await context.close();
  }
}

/** The median of each number across rounds (strings from the first round). */
function median<T>(values: T[]): T {
  const [first] = values;
  if (typeof first === 'number') {
    const sorted = (values as number[]).toSorted((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as T;
  }
  if (first && typeof first === 'object') {
    return Object.fromEntries(
      Object.keys(first).map((key) => [key, median(values.map((v) => (v as Record<string, unknown>)[key]))]),
    ) as T;
  }
  return first as T;
}

/** Runs the benchmark against a served build; every figure is the median of `rounds` rounds. */
export async function benchSearch({
  baseUrl,
  path = 'transcripts/2022-02-22-putin-aliyev/',
  queries = ['restoration of the empire', "people's republics"],
  rounds = 5,
}: BenchOptions): Promise<SearchBench> {
  const url = new URL(path, baseUrl).href;
  const browser = await chromium.launch(launchOptions);
  try {
    const results: SearchBench[] = [];
    for (let i = 0; i < rounds; i++) results.push(await round(browser, url, queries));
    return median(results);
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints the figures as a short table. */
export function printSearchBench(bench: SearchBench): void {
  const { pageLoad, cold, warm } = bench;
  console.log(`Search benchmark (medians): ${bench.url}`);
  console.log(
    `  page load`.padEnd(40) +
      ` ${pageLoad.requests} requests, ${kb(pageLoad.transferred)} transferred (${kb(pageLoad.decoded)} decoded); JavaScript ${kb(pageLoad.js.decoded)}, ${kb(pageLoad.js.gzipped)} gzipped`,
  );
  for (const [name, q] of [['cold', cold], ['warm', warm]] as const) {
    console.log(
      `  ${name} “${q.query}”`.padEnd(40) +
        ` ${q.requests} requests, ${kb(q.transferred)} transferred (${kb(q.decoded)} decoded), ${Math.round(q.msFromLastKey)} ms from last key to first result`,
    );
  }
  console.log(`  cold, from the / that opened search: ${Math.round(cold.msFromSlash)} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bench = await benchSearch({ baseUrl: process.argv[2] ?? 'http://127.0.0.1:4321/' });
  printSearchBench(bench);
}
