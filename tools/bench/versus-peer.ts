/**
 * Our transcript page beside the stock Starlight peer holding the same
 * transcript, measured in the same run on the same machine: bytes on the
 * wire on load (page-weight.ts) and Lighthouse mobile (lighthouse.ts) for
 * both, and the ratios the budgets are set in (budgets.ts). Ratios, not
 * absolute times, are what stays comparable between runs and machines.
 */
import type { Browser } from 'playwright-core';
import { runLighthouse, type LighthouseScores } from './lighthouse/index.ts';
import { jsOnLoad, weighPage, type PageWeight } from './page-weight.ts';
import { PEER_TRANSCRIPT, servePeer } from './peer.ts';

export interface VersusPeer {
  ours: { weight: PageWeight; lighthouse: LighthouseScores };
  peer: { weight: PageWeight; lighthouse: LighthouseScores };
  /** Ours divided by the peer's: below 1 is better for bytes and times. */
  ratios: { wire: number; js: number; fcp: number; lcp: number };
}

const ratio = (ours: number, peer: number): number => Math.round((ours / peer) * 100) / 100;

const LIGHTHOUSE_RUNS = 5;

/** Of several Lighthouse runs, the one whose LCP is the median. */
const medianRun = (runs: LighthouseScores[]): LighthouseScores =>
  [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)]!;

/**
 * Serves the peer, then weighs and audits `ourUrl` and the peer's transcript
 * one after the other (Lighthouse runs are never concurrent: they would
 * share the two cores and skew each other).
 */
export async function versusPeer(browser: Browser, ourUrl: string): Promise<VersusPeer> {
  const peerServer = await servePeer();
  try {
    const peerUrl = `${peerServer.origin}/${PEER_TRANSCRIPT}`;
    // Lighthouse five times each, alternating, so a burst of load hits both; the run with the median LCP counts
    // (single runs of either page spread by about ±5%).
    const runs = { ours: [] as LighthouseScores[], peer: [] as LighthouseScores[] };
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
      runs.ours.push(await runLighthouse(ourUrl));
      runs.peer.push(await runLighthouse(peerUrl));
    }
    const ours = { weight: await weighPage(browser, ourUrl), lighthouse: medianRun(runs.ours) };
    const peer = { weight: await weighPage(browser, peerUrl), lighthouse: medianRun(runs.peer) };
    return {
      ours,
      peer,
      ratios: {
        wire: ratio(ours.weight.total, peer.weight.total),
        js: ratio(jsOnLoad(ours.weight), jsOnLoad(peer.weight)),
        fcp: ratio(ours.lighthouse.fcpMs, peer.lighthouse.fcpMs),
        lcp: ratio(ours.lighthouse.lcpMs, peer.lighthouse.lcpMs),
      },
    };
  } finally {
    await peerServer.close();
  }
}

/** Prints both pages side by side and the ratios. */
export function printVersusPeer({ ours, peer, ratios }: VersusPeer): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const row = (side: VersusPeer['ours']) => ({
    requests: side.weight.requests,
    html: kb(side.weight.bytes.html),
    css: kb(side.weight.bytes.css),
    js: kb(jsOnLoad(side.weight)),
    wire: kb(side.weight.total),
    perf: side.lighthouse.performance,
    a11y: side.lighthouse.accessibility,
    bp: side.lighthouse.bestPractices,
    seo: side.lighthouse.seo,
    'FCP ms': side.lighthouse.fcpMs,
    'LCP ms': side.lighthouse.lcpMs,
    CLS: side.lighthouse.cls,
  });
  console.log(
    '\nTranscript page beside the Starlight peer (same run; gzipped bytes; Lighthouse mobile)',
  );
  console.table({ ours: row(ours), starlight: row(peer) });
  console.log(
    `Ratios (ours / Starlight): wire ${ratios.wire} · JS ${ratios.js} · FCP ${ratios.fcp} · LCP ${ratios.lcp}`,
  );
}
