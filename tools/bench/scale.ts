/**
 * Archive growth: for N synthetic transcripts, a full production build and
 * index from an empty cache (every quote card drawn), the same build again
 * (cards from the cache), then the bytes a reader's first query transfers.
 * Growth is shown as build time per transcript and as the ratio to the
 * previous N's build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../tests/browser.ts';
import { serve } from './serve.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface ScaleResult {
  transcripts: number;
  paragraphs: number;
  /** A first build: empty cache, every quote card drawn. */
  buildMs: number;
  /** The same build again, quote cards from the cache. */
  rebuildMs: number;
  indexBytes: number;
  coldQueryBytes: number;
}

const SIZES = [10, 100, 1000];
const QUERY = 'corridor';
// Next to the main benchmark's port (BENCH_PORT), so two benchmarks can run side by side.
const PORT = Number(process.env['BENCH_PORT'] ?? 4377) + 1;

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** Bytes transferred for loading Pagefind and running one query with the first five results' data, in a fresh page. */
async function coldQueryBytes(siteUrl: string): Promise<number> {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    let bytes = 0;
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/'))
        void response.body().then(
          (body) => (bytes += body.length),
          () => undefined,
        );
    });
    await page.evaluate(
      async ([base, query]) => {
        const pagefind = await import(`${base}pagefind/pagefind.js`);
        const search = await pagefind.search(query);
        await Promise.all(
          search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()),
        );
      },
      [new URL(siteUrl).pathname, QUERY] as const,
    );
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
  }
}

export async function benchScale(sizes = SIZES): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const count of sizes) {
    const work = resolve('.builds', `scale-${count}`);
    rmSync(work, { recursive: true, force: true });
    const content = join(work, 'content');
    mkdirSync(content, { recursive: true });
    const paragraphs = writeSyntheticContent(content, count);
    const outDir = join(work, 'dist');
    const timedBuild = (): number => {
      const start = performance.now();
      const build = spawnSync('npx', ['astro', 'build'], {
        env: {
          ...process.env,
          CONTENT_DIR: content,
          OUT_DIR: outDir,
          ASTRO_CACHE_DIR: join(work, 'cache'),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (build.status !== 0) throw new Error(`scale build for N=${count} failed`);
      return Math.round(performance.now() - start);
    };
    const buildMs = timedBuild();
    // The same archive again: quote cards now come from the cache.
    const rebuildMs = timedBuild();
    const server = await serve(PORT, outDir);
    let cold: number;
    try {
      cold = await coldQueryBytes(server.url);
    } finally {
      server.stop();
    }
    results.push({
      transcripts: count,
      paragraphs,
      buildMs,
      rebuildMs,
      indexBytes: folderBytes(join(outDir, 'pagefind')),
      coldQueryBytes: cold,
    });
    console.log(
      `N=${count}: build ${(buildMs / 1000).toFixed(1)} s, warm rebuild ${(rebuildMs / 1000).toFixed(1)} s`,
    );
  }
  console.log('\nScale (synthetic archive)');
  console.table(
    results.map((r, i) => ({
      transcripts: r.transcripts,
      paragraphs: r.paragraphs,
      'build s': (r.buildMs / 1000).toFixed(1),
      'ms per transcript': Math.round(r.buildMs / r.transcripts),
      'build × previous N': i > 0 ? (r.buildMs / results[i - 1]!.buildMs).toFixed(2) : '',
      'warm rebuild s': (r.rebuildMs / 1000).toFixed(1),
      'warm × previous N': i > 0 ? (r.rebuildMs / results[i - 1]!.rebuildMs).toFixed(2) : '',
      'index KB': (r.indexBytes / 1000).toFixed(0),
      'cold query KB': (r.coldQueryBytes / 1000).toFixed(1),
    })),
  );
  return results;
}
