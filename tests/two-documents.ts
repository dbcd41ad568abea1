/**
 * An archive of two documents: the fixture content folder (tests/fixtures/content)
 * with tests/fixtures/second-document laid over it (a second transcript on the same
 * day, another speaker, a note, a timeline, the lock of both). Built once, into
 * `.builds/two-documents/`, and reused by the dist checks and the browser test.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, astroBuild } from './astro-build.ts';
import { FIXTURE_CONTENT } from './fixture-content.ts';

export const SECOND_DOCUMENT = resolve(import.meta.dirname, 'fixtures/second-document');
export const TWO_DOCUMENTS = join(ROOT, '.builds', 'two-documents');
export const TWO_DOCUMENTS_CONTENT = join(TWO_DOCUMENTS, 'content');
export const TWO_DOCUMENTS_DIST = join(TWO_DOCUMENTS, 'dist');

/** Writes the two-document content folder afresh; returns its path. */
export function twoDocumentsContent(): string {
  rmSync(TWO_DOCUMENTS_CONTENT, { recursive: true, force: true });
  mkdirSync(TWO_DOCUMENTS, { recursive: true });
  cpSync(FIXTURE_CONTENT, TWO_DOCUMENTS_CONTENT, { recursive: true });
  cpSync(SECOND_DOCUMENT, TWO_DOCUMENTS_CONTENT, { recursive: true });
  return TWO_DOCUMENTS_CONTENT;
}

/**
 * Builds the two-document archive unless a finished build is there already
 * (`pagefind/` is written last); throws with the build's output when it fails.
 */
export function buildTwoDocuments(): string {
  if (existsSync(join(TWO_DOCUMENTS_DIST, 'pagefind', 'pagefind.js'))) return TWO_DOCUMENTS_DIST;
  const content = twoDocumentsContent();
  rmSync(TWO_DOCUMENTS_DIST, { recursive: true, force: true });
  const { status, output } = astroBuild({ CONTENT_DIR: content, OUT_DIR: TWO_DOCUMENTS_DIST, ASTRO_CACHE_DIR: join(TWO_DOCUMENTS, 'cache') });
  if (status !== 0) throw new Error(`The two-document build failed:\n${output}`);
  return TWO_DOCUMENTS_DIST;
}
