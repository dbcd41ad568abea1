import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BAD_CONTENT, FIXTURE_TRANSCRIPT, fixtureContent } from '../fixture-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs a real production build over a content folder; returns its exit code and output. */
function build(contentDir: string) {
  // Inside the project: Astro keeps prerender chunks next to an outDir within the working directory.
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.builds', 'fixture-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  rmSync(work, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// A few end-to-end proofs that the build itself refuses bad content; every case is unit-tested in content.test.ts.
const CASES = ['unknown speaker', 'changed text without a lock update', 'duplicate id'] as const;

describe('the production build refuses bad content', { timeout: 120_000 }, () => {
  test('the valid fixture builds', () => {
    const { status, output } = build(fixtureContent());
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  for (const name of CASES) {
    test(`${name}: the build fails naming the file and line`, () => {
      const { edit, line, message } = BAD_CONTENT[name]!;
      const { status, output } = build(fixtureContent(edit));
      expect(status).not.toBe(0);
      expect(output).toContain(`${FIXTURE_TRANSCRIPT}:${line}:`);
      expect(output).toMatch(message);
    });
  }

  test('a transcript missing a required frontmatter field fails naming the file and the field', () => {
    const dir = fixtureContent({ file: FIXTURE_TRANSCRIPT, find: 'place: Moscow\n', replace: '' });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/sample/);
    expect(output).toMatch(/place/);
  });
});
