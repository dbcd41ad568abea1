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

/** The peer's folder: `PEER_DIR`, or `.builds/peer-starlight`. */
const peerDir = (): string =>
  resolve(process.env['PEER_DIR'] ?? resolve(ROOT, '.builds/peer-starlight'));

/** Where the peer's build lives (built on first use with make-peer.sh, then reused). */
export function peerDist(): string {
  const dir = peerDir();
  const dist = resolve(dir, 'dist');
  if (existsSync(resolve(dist, PEER_TRANSCRIPT, 'index.html'))) return dist;
  console.log(`Building the Starlight peer into ${dir} (make-peer.sh)…`);
  const result = spawnSync('bash', [MAKE_PEER, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`make-peer.sh failed (exit ${result.status}); see the output above`);
  return dist;
}

/**
 * Builds the peer again in its folder (`npm run build`, on its own pinned Node) and
 * returns the wall time in ms: after a first build this is its warm rebuild.
 * Writes into the peer's folder, so point `PEER_DIR` at a copy of a shared peer.
 */
export function rebuildPeer(): number {
  const dir = resolve(peerDist(), '..');
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(
      `the peer's build in ${dir} failed (exit ${result.status}); see the output above`,
    );
  return Math.round(performance.now() - start);
}

/** Serves the peer's build on a free local port; `origin` + `/` is its home page. */
export async function servePeer(): Promise<StaticServer> {
  return serveBuild(peerDist(), '/');
}
