import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inputsHash } from '../fixture-builds.ts';

/** Files a build may read: the config, the lock file, code, content, fixtures and their composition. */
const INPUTS = [
  'astro.config.mjs',
  'package-lock.json',
  'src/lib/format.ts',
  'build-plugins/pagefind.ts',
  'content/site.yaml',
  'tests/fixtures/content/site.yaml',
  'tests/fixture-archive.ts',
];
/** Files no build reads: dependencies, builds, test specs, logs, the maintainers' docs. */
const NOT_INPUTS = [
  'node_modules/astro/index.js',
  'dist/index.html',
  '.builds/fixtures/x/dist/index.html',
  'tests/e2e/a.spec.ts',
  'tests/unit/a.test.ts',
  'build.log',
  'README.md',
  'docs/add-a-document.md',
];

let root = '';
const write = (file: string, text: string): void => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tx-inputs-'));
  for (const file of [...INPUTS, ...NOT_INPUTS]) write(file, file);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('what names a fixture build (a stale build is never read)', () => {
  test.each([...INPUTS, 'src/lib/new-module.ts'])('a change to %s makes a new build', (file) => {
    const before = inputsHash(root);
    write(file, 'changed');
    expect(inputsHash(root)).not.toBe(before);
  });

  test.each(NOT_INPUTS)('a change to %s (which no build reads) keeps it', (file) => {
    const before = inputsHash(root);
    write(file, 'changed');
    expect(inputsHash(root)).toBe(before);
  });

  test('a file moved to another path makes a new build, though its bytes are the same', () => {
    const before = inputsHash(root);
    renameSync(join(root, 'src/lib/format.ts'), join(root, 'src/lib/other.ts'));
    expect(inputsHash(root)).not.toBe(before);
  });
});
