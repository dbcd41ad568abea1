/**
 * Reads and validates a transcript MDX file outside Astro (scripts, tests,
 * exports) with the same checks the build runs through remark-transcript.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { extractRecord, type TranscriptRecord } from './record.ts';
import { checkAgainstLock, type AnchorLock } from './anchors.ts';
import { ContentError } from './content-error.ts';
import { checkContentFile, readEntryIds } from './content-files.ts';
import type { ContentPaths } from './content-paths.ts';
import { checkRecordLanguages, transcriptFields, transcriptSchema } from './schemas.ts';
import { compareWithSource, expectedParagraphs, mismatchMessage, sourceParagraphs, type OmittedText } from './source-copy.ts';

/**
 * The frontmatter fields the record checks need, and what the record says it is; the rest is checked by
 * Astro's collection schema (and checkContentFile, which refuses unknown keys).
 */
const recordFrontmatterSchema = transcriptFields
  .pick({ participants: true, anchorAliases: true, highlights: true, source: true, language: true, spoken: true, translator: true })
  .loose()
  .superRefine(checkRecordLanguages);

/** What a transcript's record is validated against: the people, notes and lock of its content folder. */
export interface ValidationContext {
  /** Person ids that exist in content/people/. */
  people: ReadonlySet<string>;
  /** Note ids that exist in content/notes/; `<N note>` markers must name one. */
  notes: ReadonlySet<string>;
  /** The anchor lock to check against; omitted only when writing a new lock. */
  lock?: AnchorLock;
  /** The folder of source copies (content/sources/); when given, the record is checked against its copy. */
  sources?: string;
}

/**
 * Line (1-based) of the frontmatter's `source.file` in a transcript, for error
 * messages; 1 when not found. The transcript sits in `transcripts/` beside the
 * `sources/` folder, whatever name the caller gives it.
 */
function sourceFileLine(file: string, sourcesDir: string): number {
  const path = join(dirname(sourcesDir), 'transcripts', basename(file));
  if (!existsSync(path)) return 1;
  const at = readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((line) => /^\s+file:/.test(line));
  return at === -1 ? 1 : at + 1;
}

/**
 * Checks a record against its source copy: the file `source.file` names must
 * exist in the sources folder, and its paragraphs, less `source.omitted`, must
 * be the record's, in order, word for word (src/lib/source-copy.ts).
 */
export function checkSourceCopy(record: TranscriptRecord, source: { file: string; omitted: readonly OmittedText[] }, file: string, sourcesDir: string): void {
  const copy = join(sourcesDir, source.file);
  if (!existsSync(copy)) {
    throw new ContentError(file, sourceFileLine(file, sourcesDir), `source.file: "${source.file}" is not a file in ${sourcesDir}/ (our untouched copy of the published text goes there)`);
  }
  let expected: string[];
  try {
    expected = expectedParagraphs(sourceParagraphs(readFileSync(copy, 'utf8')), source.omitted);
  } catch (error) {
    throw new ContentError(file, sourceFileLine(file, sourcesDir), (error as Error).message);
  }
  const mismatch = compareWithSource(
    record.paragraphs.map((p) => p.text),
    expected,
  );
  if (!mismatch) return;
  const paragraph = record.paragraphs[mismatch.index];
  throw new ContentError(file, paragraph?.line ?? sourceFileLine(file, sourcesDir), mismatchMessage(mismatch, paragraph?.id, source.file));
}

/** Slug of a transcript: its file name without extension (as Astro's glob loader names it). */
export const transcriptSlug = (file: string): string => basename(file, extname(file));

/** Parses MDX into an mdast tree; frontmatter must already be blanked out (lines kept). */
export function parseMdx(body: string, file: string): Root {
  try {
    return unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    // MDX syntax errors are VFileMessages that know their line.
    if (error instanceof VFileMessage) throw new ContentError(file, error.line ?? 0, `MDX syntax error: ${error.reason}`);
    throw error;
  }
}

/**
 * Validates a parsed transcript: participants exist, the record is well formed
 * (see extractRecord) and matches the anchor lock. Throws one ContentError
 * listing every lock problem, so a single run shows all of them.
 */
export function validateTranscript(tree: Root, data: Record<string, unknown>, file: string, context: ValidationContext): TranscriptRecord {
  const parsed = recordFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ');
    throw new ContentError(file, 1, `invalid frontmatter: ${issues}`);
  }
  const frontmatter = parsed.data;
  for (const person of frontmatter.participants) {
    if (!context.people.has(person)) {
      throw new ContentError(file, 1, `participant "${person}" has no file in content/people/`);
    }
  }
  const record = extractRecord(tree, { file, speakers: new Set(frontmatter.participants) });
  for (const paragraph of record.paragraphs) {
    const missing = paragraph.notes.find((note) => !context.notes.has(note));
    if (missing !== undefined) {
      throw new ContentError(file, paragraph.line, `<N note="${missing}"> in paragraph "${paragraph.id}" names no file in content/notes/`);
    }
  }
  const ids = new Set(record.paragraphs.map((p) => p.id));
  for (const id of frontmatter.highlights) {
    if (!ids.has(id)) throw new ContentError(file, 1, `frontmatter "highlights" names "${id}", which is not a paragraph id`);
  }
  for (const [alias, target] of Object.entries(frontmatter.anchorAliases)) {
    if (ids.has(alias)) throw new ContentError(file, 1, `anchorAliases: "${alias}" is still a paragraph id; an alias must be a retired id`);
    if (!ids.has(target)) throw new ContentError(file, 1, `anchorAliases: "${alias}" points at "${target}", which is not a paragraph id`);
  }
  // The lock first: an intended change of text is told to update the lock (and then the copy disagrees, if it does).
  if (context.lock) checkLock(record, frontmatter.anchorAliases, file, context.lock);
  if (context.sources !== undefined) checkSourceCopy(record, frontmatter.source, file, context.sources);
  return record;
}

/** Throws one ContentError listing every difference between the record and the anchor lock. */
function checkLock(record: TranscriptRecord, anchorAliases: Record<string, string>, file: string, lock: AnchorLock): void {
  const problems = checkAgainstLock(record.paragraphs, lock[transcriptSlug(file)], anchorAliases);
  if (problems.length > 0) {
    // Point at the first line involved; a vanished anchor has no line of its own.
    const first = problems.find((p) => p.line > 0) ?? problems[0]!;
    const list = problems.map((p) => `  - ${p.line > 0 ? `line ${p.line}: ` : ''}${p.message}`).join('\n');
    throw new ContentError(file, first.line, `the anchor lock does not match:\n${list}\nIf the change is intended, run \`npm run anchors:update\` and commit content/anchors.lock.json.`);
  }
}

/** The committed anchor lock, or an empty one before the first `anchors:update`. */
export function readLock(paths: ContentPaths): AnchorLock {
  return existsSync(paths.lock) ? (JSON.parse(readFileSync(paths.lock, 'utf8')) as AnchorLock) : {};
}

/** What validation needs from a content folder; `withLock: false` skips the lock (when writing a new one). */
export function readContext(paths: ContentPaths, { withLock = true } = {}): ValidationContext {
  const context = { people: readEntryIds(paths.people), notes: readEntryIds(paths.notes), sources: paths.sources };
  return withLock ? { ...context, lock: readLock(paths) } : context;
}

/** A file's or folder's modification time and size, or `-` when it does not exist. */
function fileStamp(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : '-';
}

/**
 * readContext(paths), read again only when the anchor lock or the people or notes folder has changed
 * (`astro dev` edits). The MDX pipeline validates each transcript against it: one read per build instead
 * of one per transcript, since reading the lock per transcript made a build grow with the square of the
 * archive (the lock lists every paragraph of every transcript).
 */
export function contextReader(paths: ContentPaths): () => ValidationContext {
  let stamp: string | undefined;
  let context: ValidationContext | undefined;
  return () => {
    const now = [paths.lock, paths.people, paths.notes].map(fileStamp).join(' ');
    if (now !== stamp || !context) {
      context = readContext(paths);
      stamp = now;
    }
    return context;
  };
}

export interface TranscriptFile {
  slug: string;
  file: string;
  frontmatter: Record<string, unknown>;
  record: TranscriptRecord;
}

/** Reads one transcript file and validates it; error messages name the file relative to `root`. */
export function readTranscript(path: string, context: ValidationContext, root = process.cwd()): TranscriptFile {
  const file = relative(root, path);
  checkContentFile(path, transcriptSchema, root);
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-lines' });
  const record = validateTranscript(parseMdx(content, file), frontmatter, file, context);
  return { slug: transcriptSlug(path), file, frontmatter, record };
}

/** Paths of every transcript MDX file, sorted. */
export function transcriptFiles(paths: ContentPaths): string[] {
  return readdirSync(paths.transcripts)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `${paths.transcripts}/${name}`);
}
