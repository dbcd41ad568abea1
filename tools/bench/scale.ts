/**
 * Archive growth: for N synthetic transcripts, a full production build and
 * index, then the bytes a reader's first query transfers.
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
  buildMs: number;
  indexBytes: number;
  coldQueryBytes: number;
}

const SIZES = [10, 100, 1000];
const QUERY = 'corridor';

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
      if (response.url().includes('/pagefind/')) void response.body().then((body) => (bytes += body.length), () => undefined);
    });
    await page.evaluate(async ([base, query]) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
    }, [new URL(siteUrl).pathname, QUERY] as const);
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
    const start = performance.now();
    const build = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`scale build for N=${count} failed`);
    const buildMs = Math.round(performance.now() - start);
    const server = await serve(4378, outDir);
    let cold: number;
    try {
      cold = await coldQueryBytes(server.url);
    } finally {
      server.stop();
    }
    results.push({ transcripts: count, paragraphs, buildMs, indexBytes: folderBytes(join(outDir, 'pagefind')), coldQueryBytes: cold });
    console.log(`N=${count}: build ${(buildMs / 1000).toFixed(1)} s`);
  }
  console.log('\nScale (synthetic archive)');
  console.table(results.map((r) => ({ transcripts: r.transcripts, 'build s': (r.buildMs / 1000).toFixed(1), 'index KB': (r.indexBytes / 1000).toFixed(0), 'cold query KB': (r.coldQueryBytes / 1000).toFixed(1) })));
  return results;
}
