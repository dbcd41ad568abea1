/**
 * Search benchmark (figures, not a test): what search costs a reader on the
 * transcript page of a served production build, beside the stock Starlight
 * peer (tools/bench/peer.ts) measured in the same run the same way.
 *
 *   npx node tools/bench-search.ts [base-url]   (default http://127.0.0.1:4321/)
 *
 * Builds nothing: serve a build first (`npm run build && npm run preview`);
 * the peer is served here (PEER_DIR=/work/peer-starlight reuses a ready build).
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
 * Pagefind's Web Worker, where a site uses it) give the bytes; keydown timestamps and
 * a MutationObserver in the page give the times.
 *
 * Bytes on the wire are counted as a gzipping host serves them, whatever the
 * local server does: a body the server compressed counts as sent, another
 * text body gzipped, an already compressed one (Pagefind's index, fragments
 * and WebAssembly) as is. So our site and the peer count alike.
 *
 * Also: the cold search again on throttled "slow 4G" (Lighthouse's figures:
 * 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, page load included), and
 * on our site the quote check: from the Enter that submits a second quote to
 * its verdict on screen (warm).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
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
  driver?: SearchDriver;
  /** Run on throttled slow 4G. */
  throttled?: boolean;
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
      if (!response || (scripts && !/javascript/.test(response.headers()['content-type'] ?? '')))
        continue;
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
      const encoded =
        response.headers()['content-encoding'] !== undefined && sizes.responseBodySize > 0;
      const text = /text|javascript|json|css|svg|xml/.test(
        response.headers()['content-type'] ?? '',
      );
      // As a gzipping host sends it (see the header); Chromium reports no body size for a Worker's own script.
      const bodySize = encoded
        ? sizes.responseBodySize
        : text && body.length > 0
          ? gzipSync(body).length
          : body.length;
      transferred += sizes.responseHeadersSize + bodySize;
      decoded += body.length;
    }
    return { requests, transferred, decoded };
  }
}

/** How a reader opens search on a site, types into it, and sees results. */
export interface SearchDriver {
  name: string;
  /** Opens search as a reader does (a key, a click). */
  open(page: Page): Promise<void>;
  /** Resolves, in page time, when results for `query` are on screen. */
  watch(page: Page, query: string): Promise<number>;
}

/** Our site: `/` focuses the header field; results show in its panel. */
export const OURS: SearchDriver = {
  name: 'this site',
  open: (page) => page.keyboard.press('/'),
  watch: watchResults,
};

/** The Starlight peer: the search button opens a modal with Pagefind's default UI (which debounces typing by 300 ms). */
export const STARLIGHT: SearchDriver = {
  name: 'Starlight',
  open: async (page) => {
    const button = page.locator('site-search button[data-open-modal]');
    await button.click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor();
  },
  watch: (page, query) =>
    page.evaluate(
      (query) =>
        new Promise<number>((resolve) => {
          const done = (): boolean =>
            (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(query) &&
            document.querySelector('.pagefind-ui__result-link') !== null;
          new MutationObserver((_, observer) => {
            if (!done()) return;
            observer.disconnect();
            resolve(performance.now());
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      query,
    ),
};

/**
 * A first visit: an empty cache and no service worker. Ours keeps what a page
 * fetches, so a repeated "cold" search would read Pagefind from its cache
 * instead of paying for it on the network.
 */
const FIRST_VISIT = { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' } as const;

/** Lighthouse's "slow 4G" (its mobile throttling), for Chromium's network emulation: bytes per second and ms. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

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
    // The peer opens search with a click: that counts as the key that opened it.
    document.addEventListener('pointerdown', (event) => times.push(event.timeStamp), {
      capture: true,
    });
  });
}

const lastKey = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1) ?? 0);

/** One round in a fresh browser context (empty cache): page load, cold query, warm query; `throttled` on slow 4G. */
async function round(
  browser: Browser,
  url: string,
  [first, second]: [string, string],
  driver: SearchDriver,
  throttled = false,
): Promise<SearchBench> {
  const context = await browser.newContext(FIRST_VISIT);
  try {
    const page = await context.newPage();
    const meter = new NetworkMeter(context);
    if (throttled)
      await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', SLOW_4G);

    await page.goto(url, { waitUntil: 'networkidle' });
    const load = await meter.read();
    // Inline module scripts arrive inside the HTML; count them as JavaScript too.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .map((s) => s.textContent ?? '')
        .filter((t) => t.trim() !== ''),
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
    let rendered = driver.watch(page, first);
    await driver.open(page);
    const slashAt = await lastKey(page);
    await page.keyboard.type(first);
    const coldAt = await rendered;
    const coldKey = await lastKey(page);
    await page.waitForLoadState('networkidle');
    const cold = {
      query: first,
      ...(await meter.read()),
      msFromLastKey: coldAt - coldKey,
      msFromSlash: coldAt - slashAt,
    };

    meter.reset();
    await page.keyboard.press('ControlOrMeta+A');
    rendered = driver.watch(page, second);
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
      Object.keys(first).map((key) => [
        key,
        median(values.map((v) => (v as Record<string, unknown>)[key])),
      ]),
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
  driver = OURS,
  throttled = false,
}: BenchOptions): Promise<SearchBench> {
  const url = new URL(path, baseUrl).href;
  const browser = await chromium.launch(launchOptions);
  try {
    const results: SearchBench[] = [];
    for (let i = 0; i < rounds; i++)
      results.push(await round(browser, url, queries, driver, throttled));
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
  for (const [name, q] of [
    ['cold', cold],
    ['warm', warm],
  ] as const) {
    console.log(
      `  ${name} “${q.query}”`.padEnd(40) +
        ` ${q.requests} requests, ${kb(q.transferred)} transferred (${kb(q.decoded)} decoded), ${Math.round(q.msFromLastKey)} ms from last key to first result`,
    );
  }
  console.log(`  cold, from the / that opened search: ${Math.round(cold.msFromSlash)} ms`);
}

export interface QuoteCheckBench {
  /** From navigation to the verdict of a check opened from its address (`/check/?q=…`), cache empty. */
  coldMs: number;
  /** From the Enter that submits a second quote to its verdict on screen. */
  warmMs: number;
}

/** Times the quote check on our site (medians of `rounds` fresh contexts). */
export async function benchQuoteCheck(
  baseUrl: string,
  [first, second]: [string, string] = [
    'Today we will sign the Declaration on Allied Interaction',
    'More than 25,000 citizens in Azerbaijan study in Russian-language departments at universities',
  ],
  rounds = 5,
): Promise<QuoteCheckBench> {
  const browser = await chromium.launch(launchOptions);
  const verdictShown = (page: Page): Promise<number> =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const result = document.querySelector('.tx-check__result')!;
          new MutationObserver((_, observer) => {
            if (!result.querySelector('[data-verdict]')) return;
            observer.disconnect();
            resolve(performance.now());
          }).observe(result, { childList: true });
        }),
    );
  try {
    const figures: QuoteCheckBench[] = [];
    for (let i = 0; i < rounds; i++) {
      const context = await browser.newContext(FIRST_VISIT);
      try {
        const page = await context.newPage();
        await page.goto(new URL(`check/?q=${encodeURIComponent(first)}`, baseUrl).href);
        await page.locator('main [data-verdict]').waitFor();
        const coldMs = await page.evaluate(() => performance.now());
        await keyTimes(page);
        await page.locator('textarea[name="q"]').fill(second);
        const shown = verdictShown(page);
        await page.keyboard.press('Enter');
        const warmMs = (await shown) - (await lastKey(page));
        figures.push({ coldMs, warmMs });
      } finally {
        await context.close();
      }
    }
    return median(figures);
  } finally {
    await browser.close();
  }
}

export interface SearchComparison {
  ours: { normal: SearchBench; slow4g: SearchBench; quoteCheck: QuoteCheckBench };
  starlight: { normal: SearchBench; slow4g: SearchBench };
}

/**
 * Our search beside Starlight's, in one run: cold and warm on an open
 * network, cold on slow 4G, and our quote check. `peerUrl` is the peer's
 * transcript page.
 */
export async function compareSearch(
  baseUrl: string,
  peerUrl: string,
  rounds = 5,
): Promise<SearchComparison> {
  const slowRounds = Math.max(1, Math.ceil(rounds / 2));
  const peer = { baseUrl: peerUrl, path: '', driver: STARLIGHT };
  return {
    ours: {
      normal: await benchSearch({ baseUrl, rounds }),
      slow4g: await benchSearch({ baseUrl, rounds: slowRounds, throttled: true }),
      quoteCheck: await benchQuoteCheck(baseUrl, undefined, rounds),
    },
    starlight: {
      normal: await benchSearch({ ...peer, rounds }),
      slow4g: await benchSearch({ ...peer, rounds: slowRounds, throttled: true }),
    },
  };
}

/** Prints the comparison as one table: each figure for both sites, and ours as a share of Starlight's. */
export function printSearchComparison({ ours, starlight }: SearchComparison): void {
  const ms = (n: number): string => `${Math.round(n)} ms`;
  type Side = SearchComparison['starlight'];
  /** One figure for both sites: its label, how it is written, and where it is in a site's results. */
  const row = (label: string, format: (n: number) => string, figure: (side: Side) => number) => {
    const [a, b] = [figure(ours), figure(starlight)];
    return [
      label,
      { 'this site': format(a), Starlight: format(b), ratio: b > 0 ? (a / b).toFixed(2) : '' },
    ] as const;
  };
  const rows = [
    row('cold search, bytes on the wire', kb, (s) => s.normal.cold.transferred),
    row('cold search, requests', String, (s) => s.normal.cold.requests),
    row('cold, open → first result', ms, (s) => s.normal.cold.msFromSlash),
    row('cold on slow 4G, open → first result', ms, (s) => s.slow4g.cold.msFromSlash),
    row('cold on slow 4G, last key → first result', ms, (s) => s.slow4g.cold.msFromLastKey),
    row('warm, keystroke → first result', ms, (s) => s.normal.warm.msFromLastKey),
  ];
  console.log('\nSearch beside Starlight (medians, same run)');
  console.table(Object.fromEntries(rows));
  console.log(
    `  quote check: verdict ${ms(ours.quoteCheck.warmMs)} after Enter (warm); ${ms(ours.quoteCheck.coldMs)} from navigation (cold)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { servePeer, PEER_TRANSCRIPT } = await import('./bench/peer.ts');
  const peer = await servePeer();
  try {
    const comparison = await compareSearch(
      process.argv[2] ?? 'http://127.0.0.1:4321/',
      `${peer.origin}/${PEER_TRANSCRIPT}`,
    );
    printSearchBench(comparison.ours.normal);
    printSearchComparison(comparison);
  } finally {
    await peer.close();
  }
}
