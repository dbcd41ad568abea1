/** Access to transcripts and their records from Astro pages. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { TranscriptRecord } from './record.ts';

export type TranscriptEntry = CollectionEntry<'transcripts'>;

/** All transcripts, newest meeting first; on one day, by title. */
export async function getTranscripts(): Promise<TranscriptEntry[]> {
  return (await getCollection('transcripts')).sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'en'),
  );
}

/** The record that remark-transcript validated and numbered while compiling the entry. */
export async function getRecord(entry: TranscriptEntry): Promise<TranscriptRecord> {
  const { remarkPluginFrontmatter } = await render(entry);
  const record = remarkPluginFrontmatter['record'] as TranscriptRecord | undefined;
  if (!record) throw new Error(`${entry.filePath ?? entry.id}: remark-transcript did not run on this transcript`);
  return record;
}
