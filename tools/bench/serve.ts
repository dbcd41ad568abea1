/** Serves a build folder for a benchmark with the tests' static server, and stops it afterwards. */
import { resolve } from 'node:path';
import { serveBuild } from '../static-server.ts';

export interface Server {
  url: string;
  stop: () => void;
}

/** Serves OUT_DIR (or `outDir`) under BASE_PATH on `port`. */
export async function serve(port: number, outDir?: string): Promise<Server> {
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const server = await serveBuild(
    resolve(outDir ?? process.env['OUT_DIR'] ?? 'dist'),
    base,
    undefined,
    port,
  );
  return { url: `${server.origin}${base}`, stop: () => void server.close() };
}
