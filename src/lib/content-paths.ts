/** Where content lives, relative to the project root. One place, read by the build, scripts and tests. */
import { resolve } from 'node:path';

/** The content folder; CONTENT_DIR overrides it for fixture builds and the scale benchmark. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** Absolute paths of the content folders for a project root (default: the working directory). */
export function contentPaths(root: string = process.cwd()) {
  const content = resolve(root, CONTENT_DIR);
  return {
    content,
    transcripts: resolve(content, 'transcripts'),
    people: resolve(content, 'people'),
    sources: resolve(content, 'sources'),
    lock: resolve(content, 'anchors.lock.json'),
  };
}

export type ContentPaths = ReturnType<typeof contentPaths>;
