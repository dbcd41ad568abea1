/**
 * `npm run anchors:update`: rewrites content/anchors.lock.json from the current
 * transcripts, after printing every anchor that is added, changed or removed.
 * Run it only when a change to ids or text is intended; the build refuses a
 * transcript that does not match the lock.
 */
import { writeFileSync } from 'node:fs';
import { lockEntries, type AnchorLock } from '../src/lib/anchors.ts';
import { contentPaths } from '../src/lib/content-paths.ts';
import {
  readContext,
  readLock,
  readTranscript,
  transcriptFiles,
} from '../src/lib/transcript-source.ts';
import { ContentError } from '../src/lib/content-error.ts';

/** Reads every transcript and writes the lock; a content mistake stops it with `file:line: problem`, as the build does. */
function updateAnchors(): void {
  const paths = contentPaths();
  const previous = readLock(paths);
  // Without the lock: this script writes it.
  const context = readContext(paths, { withLock: false });
  const next: AnchorLock = {};

  for (const path of transcriptFiles(paths)) {
    const { slug, record, frontmatter } = readTranscript(path, context);
    const entries = lockEntries(record.paragraphs);
    const old = previous[slug] ?? {};
    const aliases = (frontmatter['anchorAliases'] ?? {}) as Record<string, string>;
    for (const [id, entry] of Object.entries(entries)) {
      if (!old[id]) console.log(`+ ${slug}#${id}`);
      else if (old[id].hash !== entry.hash) console.log(`~ ${slug}#${id} (text changed)`);
    }
    for (const id of Object.keys(old)) {
      if (entries[id]) continue;
      console.log(
        aliases[id]
          ? `> ${slug}#${id} now an alias of #${aliases[id]}`
          : `- ${slug}#${id} REMOVED: links to it will break`,
      );
    }
    // Aliased anchors stay locked, so the build keeps checking that their target exists.
    next[slug] = {
      ...Object.fromEntries(Object.entries(old).filter(([id]) => aliases[id] && !entries[id])),
      ...entries,
    };
  }

  writeFileSync(paths.lock, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`Wrote ${paths.lock}`);
}

try {
  updateAnchors();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
