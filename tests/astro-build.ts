/** Runs a real `astro build` from a test, the way a reader's machine would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

// Vitest puts Vite's own import.meta.env values (BASE_URL, MODE, …) into process.env;
// Astro would read them back as the site's env and build with the wrong base.
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

/** Builds the site with `env` added to a clean environment; returns the exit code and all output. */
export function astroBuild(env: Record<string, string>): { status: number | null; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
  const result = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
