/** Starts `astro preview` on a build folder for a benchmark and stops it afterwards. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  url: string;
  stop: () => void;
}

/** Serves OUT_DIR (or `outDir`) on `port`; resolves once the site answers. */
export async function serve(port: number, outDir?: string): Promise<Server> {
  const env = { ...process.env, ...(outDir ? { OUT_DIR: outDir } : {}) };
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url} within 30 s`);
}
