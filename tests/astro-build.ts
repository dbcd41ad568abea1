/** Runs a real `astro build` from a test, the way a reader's machine would. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { exclusively } from './lock.ts';

export const ROOT = resolve(import.meta.dirname, '..');

// Vitest puts Vite's own import.meta.env values (BASE_URL, MODE, …) into process.env;
// Astro would read them back as the site's env and build with the wrong base.
const VITEST_ENV = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
];

// Astro's own CLI on the Node that runs the tests (the pinned one, under `npm run`): `npx` would
// look the command up again for each build, seconds each time on a loaded machine.
const astroPackage = createRequire(join(ROOT, 'package.json')).resolve('astro/package.json');
const ASTRO_CLI = join(dirname(astroPackage), 'bin/astro.mjs');

/** What a command run from a test returned: its exit code and all it printed. */
export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs a Node script of the project with `env` added to a clean environment; never throws on a failing exit. */
export function runNode(args: string[], env: Record<string, string>): Promise<RunResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ status, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

// Every build of this project writes and reads back the same `.astro/content-modules.mjs` (Astro's list of
// the content it is building, kept in the project root whatever CONTENT_DIR says): two builds at once
// could render each other's content. So one build at a time, across test workers and processes.
const BUILD_LOCK = join(ROOT, '.builds', 'astro-build.lock');

/** Builds the site with `env` added to a clean environment, once no other build runs; resolves with the exit code and all output. */
export function astroBuild(env: Record<string, string>): Promise<RunResult> {
  return exclusively(BUILD_LOCK, () => runNode([ASTRO_CLI, 'build'], env));
}

/** Rewrites a content folder's anchor lock (`npm run anchors:update`), as an editor would after an intended change. */
export async function relock(contentDir: string): Promise<void> {
  const { status, output } = await runNode([join(ROOT, 'tools/update-anchors.ts')], {
    CONTENT_DIR: contentDir,
  });
  if (status !== 0) throw new Error(`anchors:update failed:\n${output}`);
}

/** Builds a content folder into a throwaway folder inside the project, with `env` added: for a build that must fail, whose pages nobody reads. */
export async function buildContent(
  contentDir: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  // Inside the project: Astro keeps prerender chunks next to an outDir within the working directory.
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.builds', 'content-'));
  try {
    return await astroBuild({
      ...env,
      CONTENT_DIR: contentDir,
      OUT_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
