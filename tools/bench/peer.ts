/**
 * The comparison peer: a stock Starlight site holding the same transcript,
 * built by `../shared/tools/peer-starlight/make-peer.sh`. Benchmarks measure it
 * in the same run as our site, so figures are ratios, not absolute times that
 * drift between runs and machines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveBuild, type StaticServer } from '../static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MAKE_PEER = resolve(ROOT, '../shared/tools/peer-starlight/make-peer.sh');

/** The peer's transcript page, relative to its root. */
export const PEER_TRANSCRIPT = 'transcripts/2022-02-22-aliyev-putin-moscow/';

/** Where the peer lives: `PEER_DIR`, or `.builds/peer-starlight` (built on first use, then reused). */
export function peerDist(): string {
  const dir = resolve(process.env['PEER_DIR'] ?? resolve(ROOT, '.builds/peer-starlight'));
  const dist = resolve(dir, 'dist');
  if (existsSync(resolve(dist, PEER_TRANSCRIPT, 'index.html'))) return dist;
  console.log(`Building the Starlight peer into ${dir} (make-peer.sh)…`);
  const result = spawnSync('bash', [MAKE_PEER, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`make-peer.sh failed (exit ${result.status}); see the output above`);
  return dist;
}

/** Serves the peer's build on a free local port; `origin` + `/` is its home page. */
export async function servePeer(): Promise<StaticServer> {
  return serveBuild(peerDist(), '/');
}
