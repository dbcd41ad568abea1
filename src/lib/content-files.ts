/**
 * Every file of a content folder, by kind, checked before the collections
 * load (and each entry again as Astro's loader parses it, so `astro dev`
 * reports an edit the same way): its name follows the slug rule (src/lib/ids.ts), so Astro's entry
 * ids, the anchor lock, links and search all derive the same key from it;
 * its frontmatter or YAML matches its schema, which refuses unknown keys.
 * The first problem stops the build as a ContentError at `file:line`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentHash, packageVersion, readCacheEntry, writeCacheEntry } from './build-cache.ts';
import { ContentError } from './content-error.ts';
import { frontmatterOf } from './content-dates.ts';
import type { ContentPaths } from './content-paths.ts';
import { fileNameProblem, type FileKind } from './ids.ts';
import { publicationSchema } from './renderings-content.ts';
import {
  correctionsSchema,
  noteSchema,
  personSchema,
  placesSchema,
  siteConfigSchema,
  timelineSchema,
  transcriptSchema,
} from './schemas.ts';
import { parseYamlContent } from './yaml-content.ts';

/** A folder of content files of one kind: `<slug><extension>` each. */
interface FolderKind extends FileKind {
  folder: string;
  /** The schema of a file's frontmatter (Markdown) or whole text (YAML); none for a source copy. */
  schema?: z.ZodType;
}

/** The folders of a content folder, by name, with what each file holds. */
function folderKinds(paths: ContentPaths) {
  return {
    transcripts: {
      folder: paths.transcripts,
      what: 'a transcript',
      extension: '.mdx',
      schema: transcriptSchema,
    },
    notes: { folder: paths.notes, what: 'a note', extension: '.md', schema: noteSchema },
    people: { folder: paths.people, what: 'a person', extension: '.md', schema: personSchema },
    renderings: {
      folder: paths.renderings,
      what: 'a renderings file',
      extension: '.yaml',
      schema: publicationSchema,
    },
    sources: { folder: paths.sources, what: 'a source copy', extension: '.txt' },
  } satisfies Record<string, FolderKind>;
}

/** One content file of a folder kind: its name (the slug rule), then its frontmatter or YAML. */
function checkEntryFile(path: string, kind: FolderKind, root: string): void {
  const problem = fileNameProblem(basename(path), kind);
  if (problem) throw new ContentError(relative(root, path), 0, problem);
  if (kind.schema) checkContentFile(path, kind.schema, root);
}

/**
 * Astro's glob loader for a folder of entries, checking each file as Astro
 * parses it (checkEntryFile): in `astro dev`, an edit that breaks a file is
 * reported at `file:line` too, not only by Astro's schema message without a line.
 */
export function checkedGlob(paths: ContentPaths, name: 'transcripts' | 'notes' | 'people'): Loader {
  const kind: FolderKind = folderKinds(paths)[name];
  const inner = glob({ pattern: `*${kind.extension}`, base: kind.folder });
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) checkEntryFile(resolve(props.filePath), kind, process.cwd());
          return context.parseData(props);
        },
      }),
  };
}

/** The single YAML files of a content folder, with their schemas. */
function yamlFiles(paths: ContentPaths): { path: string; schema: z.ZodType }[] {
  return [
    { path: paths.timeline, schema: timelineSchema },
    { path: paths.places, schema: placesSchema },
    { path: paths.corrections, schema: correctionsSchema },
    { path: paths.site, schema: siteConfigSchema },
  ];
}

/**
 * Checks one content file against its schema, dates as written first: a YAML
 * file whole, a Markdown file's frontmatter (between its `---` lines, the
 * first on line 1). Errors name the file relative to `root`.
 */
export function checkContentFile(path: string, schema: z.ZodType, root = process.cwd()): void {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  if (path.endsWith('.yaml')) {
    parseYamlContent(text, file, schema);
    return;
  }
  const frontmatter = frontmatterOf(text);
  if (frontmatter === null)
    throw new ContentError(
      file,
      1,
      'no frontmatter: the file must start with a `---` line, its fields, and a closing `---` line',
    );
  parseYamlContent(frontmatter, file, schema, 2);
}

/**
 * The code the checks run: every module of src/lib (where the schemas and
 * checks live, with whatever they import) and the parsers' versions. A
 * change to any of them checks every file again.
 */
function checkCodeVersion(): string {
  const lib = fileURLToPath(new URL('.', import.meta.url));
  const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${name}\n${readFileSync(join(lib, name), 'utf8')}`);
  return contentHash(
    ...sources,
    ...['astro', 'yaml'].map((library) => `${library}@${packageVersion(library)}`),
  );
}

/** What a memo file holds: the code version and the files (path and text hashed) found good with it. */
interface CheckedFiles {
  version: string;
  files: string[];
}

/** The files a memo vouches for under `version`: none when it is missing, unreadable or of other code. */
function readCheckedFiles(memo: string, version: string): Set<string> {
  try {
    const value = JSON.parse(
      readCacheEntry(memo)?.toString('utf8') ?? 'null',
    ) as CheckedFiles | null;
    return value?.version === version ? new Set(value.files) : new Set();
  } catch {
    return new Set();
  }
}

/**
 * Checks every file of a content folder: names (slug rule), dates as
 * written, and frontmatter and YAML against their strict schemas. Run when
 * the content collections load (src/content.config.ts), so a mistake stops
 * the build, `astro check` and `astro dev` before any page renders.
 *
 * With a `memo` file (in Astro's cache folder), a file whose path and text
 * were found good by the same code on the last run is not parsed again:
 * a warm rebuild checks only what changed. Only good files are remembered,
 * so a mistake is reported on every run until it is fixed.
 */
export function checkContentFiles(paths: ContentPaths, root = process.cwd(), memo?: string): void {
  const version = memo ? checkCodeVersion() : '';
  const known = memo ? readCheckedFiles(memo, version) : new Set<string>();
  const good: string[] = [];
  const check = (path: string, run: () => void): void => {
    if (!memo) return run();
    const key = contentHash(relative(root, path), readFileSync(path));
    if (!known.has(key)) run();
    good.push(key);
  };
  for (const kind of Object.values<FolderKind>(folderKinds(paths))) {
    if (!existsSync(kind.folder)) continue;
    for (const name of readdirSync(kind.folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(kind.folder, name);
      check(path, () => checkEntryFile(path, kind, root));
    }
  }
  for (const { path, schema } of yamlFiles(paths)) {
    if (existsSync(path)) check(path, () => checkContentFile(path, schema, root));
  }
  if (memo) writeCacheEntry(memo, JSON.stringify({ version, files: good } satisfies CheckedFiles));
}

/**
 * Entry ids of a collection folder: its file names without extension (none
 * when the folder is absent). The slug rule checkContentFiles enforces makes
 * them the ids Astro's loaders give the same files.
 */
export function readEntryIds(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .map((name) => basename(name, extname(name))),
  );
}
