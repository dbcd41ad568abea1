/**
 * The one static file server of the tests and scripts: serves `<outDir>/x` at
 * `<base>x`, folders as their index.html, and nothing outside the base, the
 * way a host publishing the site under that path would, text gzipped as
 * every host sends it. The benchmark serves our build and the Starlight peer
 * with it, so both are measured alike.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Content types a host compresses. */
const COMPRESSIBLE = /^text\/|javascript|json|svg|xml/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Told of every answered request: its site path and the bytes sent (after compression). */
export type ServeListener = (path: string, bytes: number) => void;

/**
 * Serves `outDir` under `base` on `port` (default: any free port); `headersFor`
 * adds response headers per site path, as a host's configuration would;
 * `onServe` hears of every file sent (tests and the bench count what a visit costs).
 */
export async function serveBuild(
  outDir: string,
  base: string,
  headersFor?: (path: string) => Record<string, string>,
  port = 0,
  onServe?: ServeListener,
): Promise<StaticServer> {
  const root = resolve(outDir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(root, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...headersFor?.(path),
      'Content-Type': type,
      Vary: 'Accept-Encoding',
    };
    let body = readFileSync(file);
    // Pagefind's index, fragments and WebAssembly come gzipped already, and images are compressed.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
    onServe?.(path, body.length);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${listening}`,
    // Stopping means gone: open keep-alive connections (a service worker still precaching) are cut, not waited for.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
