/**
 * The fixture archive: one content folder holding several records, composed
 * here and nowhere else. Each layer is a content folder laid over the ones
 * before it (tests/fixtures/content first: the sample record, its people and
 * site); each layer's anchor lock is merged into the archive's, so a layer
 * adds a record without rewriting another's lock. A new fixture record is
 * one more layer, and still one build (tests/fixture-builds.ts).
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnchorLock } from '../src/lib/anchors.ts';
import { FIXTURE_CONTENT } from './fixture-content.ts';

/** A second transcript on the same day: another speaker, a note, a timeline of both. */
export const SECOND_DOCUMENT = resolve(import.meta.dirname, 'fixtures/second-document');

/** The archive's layers, in the order they are laid over one another. */
export const ARCHIVE_LAYERS = [FIXTURE_CONTENT, SECOND_DOCUMENT];

const LOCK = 'anchors.lock.json';

/** Writes the archive's content folder into `dir` (an empty or absent folder). */
export function writeArchiveContent(dir: string): void {
  const lock: AnchorLock = {};
  for (const layer of ARCHIVE_LAYERS) {
    cpSync(layer, dir, { recursive: true });
    if (existsSync(join(layer, LOCK)))
      Object.assign(lock, JSON.parse(readFileSync(join(layer, LOCK), 'utf8')) as AnchorLock);
  }
  writeFileSync(join(dir, LOCK), `${JSON.stringify(lock, null, 2)}\n`);
}
