/**
 * Test helper: reads and validates note files (content/notes/*.md) outside
 * Astro, with the schema the build uses (src/lib/schemas.ts) and the people
 * check of editorial.ts, so the note rules are tested without a build.
 * Every problem is a ContentError naming the file.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, extname, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkNotePeople, type KnownContent } from '../src/lib/editorial.ts';
import { ContentError } from '../src/lib/content-error.ts';
import { checkFileDates } from '../src/lib/content-dates.ts';
import type { ContentPaths } from '../src/lib/content-paths.ts';
import { noteSchema } from '../src/lib/schemas.ts';
import type { z } from 'astro/zod';

export type NoteData = z.output<typeof noteSchema>;

export interface NoteFile {
  /** Note id: the file name without extension, as `<N note="…">` names it. */
  id: string;
  file: string;
  data: NoteData;
}

/** Validates a note's frontmatter: the schema (title, kind, summary, sources with title/publisher/date/url…), then its people. */
export function validateNote(frontmatter: Record<string, unknown>, file: string, known: Pick<KnownContent, 'people'>): NoteData {
  const parsed = noteSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ');
    throw new ContentError(file, 1, `invalid note frontmatter: ${issues}`);
  }
  checkNotePeople({ file, people: parsed.data.people }, known);
  return parsed.data;
}

/** Reads one note file; error messages name the file relative to `root`. */
export function readNote(path: string, known: Pick<KnownContent, 'people'>, root = process.cwd()): NoteFile {
  const file = relative(root, path);
  checkFileDates(path, root);
  const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { id: basename(path, extname(path)), file, data: validateNote(frontmatter, file, known) };
}

/** Paths of every note file, sorted (none when the folder is absent). */
export function noteFiles(paths: ContentPaths): string[] {
  if (!existsSync(paths.notes)) return [];
  return readdirSync(paths.notes)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${paths.notes}/${name}`);
}
