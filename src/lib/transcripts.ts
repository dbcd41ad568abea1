/** Access to transcripts and their records from Astro pages. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { TranscriptRecord } from './record.ts';

export type TranscriptEntry = CollectionEntry<'transcripts'>;

let transcripts: Promise<TranscriptEntry[]> | undefined;

/**
 * All transcripts, newest meeting first and, on one day, by title; read once
 * per build. Every page's header asks for them, and getCollection rebuilds
 * every entry on each call: uncached, a build's cost grew with pages × transcripts.
 */
export function getTranscripts(): Promise<TranscriptEntry[]> {
  transcripts ??= getCollection('transcripts').then((entries) =>
    entries.sort(
      (a, b) =>
        b.data.date.getTime() - a.data.date.getTime() ||
        a.data.title.localeCompare(b.data.title, 'en'),
    ),
  );
  return transcripts;
}

/** The record that remark-transcript validated and numbered while compiling the entry. */
export async function getRecord(entry: TranscriptEntry): Promise<TranscriptRecord> {
  const { remarkPluginFrontmatter } = await render(entry);
  const record = remarkPluginFrontmatter['record'] as TranscriptRecord | undefined;
  if (!record)
    throw new Error(
      `${entry.filePath ?? entry.id}: remark-transcript did not run on this transcript`,
    );
  return record;
}
