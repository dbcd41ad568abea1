/**
 * Every transcript's source copy (content/sources/) and the paragraphs its
 * record must show: the copy's paragraphs, less the words the transcript's
 * `source.omitted` lists (src/lib/source-copy.ts), nothing else. Read from
 * the transcripts themselves, so a new document is checked without a line here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, type ContentPaths } from '../src/lib/content-paths.ts';
import { transcriptSchema } from '../src/lib/schemas.ts';
import { expectedParagraphs, sourceParagraphs } from '../src/lib/source-copy.ts';
import { readContext, readTranscript, transcriptFiles } from '../src/lib/transcript-source.ts';

export interface SourceCopy {
  /** The transcript's slug. */
  slug: string;
  /** Path of its source copy. */
  file: string;
  /** The copy's paragraphs as they are, whitespace folded. */
  paragraphs: string[];
  /** The paragraphs the record must show, in order. */
  expected: string[];
}

/** The source copy of every transcript of a content folder (default: CONTENT_DIR). */
export function sourceCopies(paths: ContentPaths = contentPaths()): SourceCopy[] {
  const context = readContext(paths, { withLock: false });
  return transcriptFiles(paths).map((path) => {
    const { slug, frontmatter } = readTranscript(path, context);
    const { source } = transcriptSchema.parse(frontmatter);
    const file = join(paths.sources, source.file);
    const paragraphs = sourceParagraphs(readFileSync(file, 'utf8'));
    return { slug, file, paragraphs, expected: expectedParagraphs(paragraphs, source.omitted) };
  });
}
