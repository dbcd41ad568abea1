/**
 * The corrections log (content/corrections.yaml): what changed in published
 * editorial content, when and why, with links to what changed. Read once per
 * build; the /corrections/ page lists it and a corrected note shows its own entries.
 */
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { checkCorrection } from './editorial.ts';
import { contentPaths, type ContentPaths } from './content-paths.ts';
import type { Archive } from './archive.ts';
import { correctionsSchema } from './schemas.ts';
import { readYamlContent } from './yaml-content.ts';

export type Correction = z.output<typeof correctionsSchema>[number];

/** The log in file order, validated; empty when there is no file. */
export function readCorrections(paths: ContentPaths = contentPaths()): Correction[] {
  return existsSync(paths.corrections) ? readYamlContent(paths.corrections, correctionsSchema) : [];
}

/** Newest first; entries of one day keep their order in the file (the sort is stable). */
export const newestFirst = (entries: readonly Correction[]): Correction[] => [...entries].sort((a, b) => b.date.getTime() - a.date.getTime());

let cached: Correction[] | undefined;

/** The log with every link checked against the archive (a dangling link stops the build, naming the entry). */
export function getCorrections(archive: Archive, paths: ContentPaths = contentPaths()): Correction[] {
  if (cached) return cached;
  const entries = readCorrections(paths);
  const known = {
    notes: new Set(archive.notes.map((note) => note.id)),
    paragraphs: new Map(archive.transcripts.map(({ entry, record }) => [entry.id, new Set(record.paragraphs.map((p) => p.id))])),
    timeline: new Set(archive.timeline.map((item) => item.id)),
  };
  entries.forEach((entry, i) => checkCorrection({ n: i + 1, ...entry }, 'content/corrections.yaml', known));
  cached = newestFirst(entries);
  return cached;
}

/** The corrections that changed a note, newest first. */
export const correctionsOfNote = (corrections: readonly Correction[], noteId: string): Correction[] => corrections.filter((entry) => entry.notes.includes(noteId));

/**
 * The day a transcript's page last changed: the newest correction of its
 * paragraphs, of a note its markers cite, or of the page itself
 * (`transcripts/<slug>/`); undefined when the log has none.
 */
export function lastUpdatedOf(corrections: readonly Correction[], page: { slug: string; notes: readonly string[] }): Date | undefined {
  const notes = new Set(page.notes);
  const touches = (entry: Correction): boolean =>
    entry.paragraphs.some((ref) => ref.startsWith(`${page.slug}#`)) || entry.notes.some((id) => notes.has(id)) || entry.pages.includes(`transcripts/${page.slug}/`);
  const dates = corrections.filter(touches).map((entry) => entry.date.getTime());
  return dates.length > 0 ? new Date(Math.max(...dates)) : undefined;
}
