/**
 * The archive: every transcript with its record and participants, the people,
 * the notes and the timeline, loaded from the content collections once per
 * build and cross-checked (a bad reference stops the build, naming the file).
 * Every page, endpoint and component that needs content starts here, so there
 * is one way to load it and one order of transcripts (newest meeting first).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  checkNotePeople,
  checkQuotedRecord,
  checkTimelineEntry,
  type KnownContent,
} from './editorial.ts';
import type { PersonNames } from './attribution.ts';
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { contentPaths } from './content-paths.ts';
import type { TranscriptRecord } from './record.ts';
import { listOf } from './wording.ts';
import { describeRecord, type RecordDescription } from './record-description.ts';
import { renderingsByParagraph, type RenderingOfParagraph } from './renderings.ts';
import { readPublications } from './renderings-content.ts';
import { placesSchema } from './schemas.ts';
import { getRecord, getTranscripts, type TranscriptEntry } from './transcripts.ts';
import { readYamlContent } from './yaml-content.ts';

export type { TranscriptEntry };
export type NoteEntry = CollectionEntry<'notes'>;
export type PersonEntry = CollectionEntry<'people'>;
export type TimelineEntry = CollectionEntry<'timeline'>;
/** A place as the record spells it, with the other spellings search accepts (content/places.yaml). */
export type Place = z.output<typeof placesSchema>[number];

/** A transcript with its record and participants. */
export interface TranscriptContext {
  entry: TranscriptEntry;
  record: TranscriptRecord;
  /** The participants, in frontmatter order. */
  people: PersonEntry[];
  /** Person id → names, for attributeParagraph. */
  names: Map<string, PersonNames>;
  /** What the record is: languages spoken and written, translator, publisher. */
  description: RecordDescription;
  /** Paragraph id → other publications' renderings of it (content/renderings/), oldest first. */
  renderings: ReadonlyMap<string, RenderingOfParagraph[]>;
}

export interface Archive {
  /** Transcripts, newest meeting first (then by title), with their records and participants. */
  transcripts: TranscriptContext[];
  /** Notes in reading order of their first marker; notes no marker cites come last, by title. */
  notes: NoteEntry[];
  people: PersonEntry[];
  /** Timeline entries, oldest first. */
  timeline: TimelineEntry[];
  /** The places of content/places.yaml, in file order (none without the file). */
  places: Place[];
  /** The records' publishers, short names, as a phrase: "AZERTAC", or "AZERTAC and TASS". */
  publishers: string;
}

/** Person id → names as labels show them, for attributeParagraph. */
export function namesOf(people: readonly PersonEntry[]): Map<string, PersonNames> {
  return new Map(people.map((p) => [p.id, { name: p.data.name, shortName: p.data.shortName }]));
}

/** The publishers of the records, short names, as a phrase: "AZERTAC", or "AZERTAC and TASS". */
function publishersOf(transcripts: readonly TranscriptContext[]): string {
  const names = [...new Set(transcripts.map(({ description }) => description.publisher.shortName))];
  return listOf(names);
}

/** What a transcript entry's frontmatter says the record is. */
export const describeEntry = (entry: TranscriptEntry): RecordDescription =>
  describeRecord({ ...entry.data, participants: entry.data.participants.map((ref) => ref.id) });

/** Path shown in error messages for an entry. */
const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }): string =>
  entry.filePath ?? `content/${entry.collection}/${entry.id}`;

async function loadArchive(): Promise<Archive> {
  const people = await getCollection('people');
  const notes = await getCollection('notes');
  const timeline = await getCollection('timeline');
  const byId = new Map(people.map((p) => [p.id, p]));
  const records = await Promise.all(
    (await getTranscripts()).map(async (entry) => ({ entry, record: await getRecord(entry) })),
  );
  const known: KnownContent = {
    people: new Set(byId.keys()),
    notes: new Set(notes.map((n) => n.id)),
    paragraphs: new Map(
      records.map(({ entry, record }) => [entry.id, new Set(record.paragraphs.map((p) => p.id))]),
    ),
  };
  const paths = contentPaths();
  const publications = readPublications(paths.renderings, known.paragraphs);
  const places = existsSync(paths.places) ? readYamlContent(paths.places, placesSchema) : [];
  const transcripts = records.map(({ entry, record }): TranscriptContext => {
    // The schema's references make every participant a file in content/people/.
    const participants = entry.data.participants.flatMap((ref) => byId.get(ref.id) ?? []);
    return {
      entry,
      record,
      people: participants,
      names: namesOf(participants),
      description: describeEntry(entry),
      renderings: renderingsByParagraph(publications, entry.id),
    };
  });

  const paragraphs = transcripts.flatMap(({ record }) => record.paragraphs);
  for (const note of notes) {
    checkNotePeople({ file: fileOf(note), people: note.data.people.map((p) => p.id) }, known);
    checkQuotedRecord(
      { file: fileOf(note), id: note.id, english: note.data.english },
      paragraphs.filter((p) => p.notes.includes(note.id)),
    );
  }
  for (const item of timeline) {
    checkTimelineEntry(
      {
        id: item.id,
        paragraphs: item.data.paragraphs,
        notes: item.data.notes.map((n) => n.id),
        transcript: item.data.transcript,
      },
      fileOf(item),
      known,
    );
  }

  // Reading order: position of a note's first marker across the transcripts, oldest transcript first.
  const order = new Map<string, number>();
  for (const { record } of [...transcripts].reverse()) {
    for (const paragraph of record.paragraphs) {
      for (const id of paragraph.notes) if (!order.has(id)) order.set(id, order.size);
    }
  }
  notes.sort(
    (a, b) =>
      (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
  // On one day, the events this archive records come first.
  timeline.sort(
    (a, b) =>
      a.data.date.getTime() - b.data.date.getTime() ||
      Number(!!b.data.transcript) - Number(!!a.data.transcript),
  );
  // Once per build, not per page: every page's footer names them.
  return { transcripts, notes, people, timeline, places, publishers: publishersOf(transcripts) };
}

let cached: Promise<Archive> | undefined;

/** Everything, validated; loaded once per build. */
export function getArchive(): Promise<Archive> {
  cached ??= loadArchive();
  return cached;
}

/** One transcript of the archive by slug; throws when there is none. */
export async function getTranscriptContext(slug: string): Promise<TranscriptContext> {
  const found = (await getArchive()).transcripts.find(({ entry }) => entry.id === slug);
  if (!found) throw new Error(`getTranscriptContext: no transcript "${slug}" in the archive`);
  return found;
}
