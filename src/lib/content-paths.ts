/** Where content lives, relative to the project root. One place, read by the build, scripts and tests. */
import { resolve } from 'node:path';

/** The content folder; CONTENT_DIR overrides it for fixture builds and the scale benchmark. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** Absolute paths of the files and folders inside a content folder (default: CONTENT_DIR of the working directory). */
export function contentPaths(content: string = resolve(CONTENT_DIR)) {
  return {
    content,
    transcripts: resolve(content, 'transcripts'),
    people: resolve(content, 'people'),
    notes: resolve(content, 'notes'),
    timeline: resolve(content, 'timeline.yaml'),
    places: resolve(content, 'places.yaml'),
    /** Other publications' renderings of the record, one YAML file each (src/lib/renderings.ts). */
    renderings: resolve(content, 'renderings'),
    sources: resolve(content, 'sources'),
    lock: resolve(content, 'anchors.lock.json'),
    /** Who edits the site and how to reach them (src/lib/site-config.ts). */
    site: resolve(content, 'site.yaml'),
    /** The corrections log (src/lib/corrections.ts). */
    corrections: resolve(content, 'corrections.yaml'),
  };
}

export type ContentPaths = ReturnType<typeof contentPaths>;
