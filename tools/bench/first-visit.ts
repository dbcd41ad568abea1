/**
 * What a first visit costs a reader's device, background included: a fresh
 * phone-sized browser (service workers allowed) opens one page and then stays
 * idle, as a reader reading it; every request the host answers in that time
 * is counted with the bytes it sent (gzipped where a host compresses). Ours
 * and the Starlight peer are served by the same static server.
 *
 *   npx node tools/bench/first-visit.ts [idle seconds]   (a built dist/ and peer)
 */
import type { Browser } from 'playwright-core';
import { serveBuild } from '../static-server.ts';

export interface FirstVisit {
  url: string;
  idleMs: number;
  requests: number;
  bytes: number;
}

/** Opens `page` (a site path under `base`) of `outDir` once and counts what the host sends until `idleMs` after load. */
export async function firstVisit(
  browser: Browser,
  outDir: string,
  base: string,
  page: string,
  idleMs: number,
): Promise<FirstVisit> {
  let requests = 0;
  let bytes = 0;
  const server = await serveBuild(outDir, base, undefined, 0, (_path, sent) => {
    requests += 1;
    bytes += sent;
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
  });
  try {
    const tab = await context.newPage();
    const url = `${server.origin}${base}${page}`;
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(idleMs);
    return { url, idleMs, requests, bytes };
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.main) {
  const { chromium } = await import('playwright-core');
  const { launchOptions } = await import('../../tests/browser.ts');
  const { PEER_TRANSCRIPT, peerDist } = await import('./peer.ts');
  const idleMs = Number(process.argv[2] ?? 30) * 1000;
  const browser = await chromium.launch(launchOptions);
  try {
    const ours = await firstVisit(
      browser,
      'dist',
      '/',
      'transcripts/2022-02-22-putin-aliyev/',
      idleMs,
    );
    const peer = await firstVisit(browser, peerDist(), '/', PEER_TRANSCRIPT, idleMs);
    console.table({ ours, starlight: peer });
    console.log(`bytes ours / Starlight: ${(ours.bytes / peer.bytes).toFixed(2)}×`);
  } finally {
    await browser.close();
  }
}
