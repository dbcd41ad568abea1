/**
 * Notes, people and the timeline as pages need them: cross-references checked
 * once per build (a bad reference stops the build, naming the file), and the
 * links between them — the paragraphs that cite a note, a person's turns and
 * mentions, the timeline entries about a note.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkNotePeople, checkQuotedRecord, checkTimelineEntry, parseParagraphRef, type KnownContent, type NoteKind } from './annotations.ts';
import type { RecordParagraph, TranscriptRecord } from './record.ts';
import { getRecord, getTranscripts, type TranscriptEntry } from './transcripts.ts';

export type NoteEntry = CollectionEntry<'notes'>;
export type PersonEntry = CollectionEntry<'people'>;
export type TimelineEntry = CollectionEntry<'timeline'>;

/** A paragraph of a transcript: where a link goes and what its label says. */
export interface Citation {
  transcript: TranscriptEntry;
  paragraph: RecordParagraph;
  /** The words a marker stands on, when the citation comes from a marker. */
  phrase?: string | undefined;
}

const phraseOf = (paragraph: RecordParagraph, noteIds: readonly string[]): string | undefined =>
  paragraph.marks?.find((mark) => noteIds.includes(mark.note))?.phrase;

export interface Archive {
  /** Transcripts, newest first, with their records. */
  transcripts: { entry: TranscriptEntry; record: TranscriptRecord }[];
  /** Notes in reading order of their first marker; notes no marker cites come last, by title. */
  notes: NoteEntry[];
  people: PersonEntry[];
  /** Timeline entries, oldest first. */
  timeline: TimelineEntry[];
}

/** Path shown in error messages for an entry. */
const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }): string =>
  entry.filePath ?? `content/${entry.collection}/${entry.id}`;

async function loadArchive(): Promise<Archive> {
  const transcripts = await Promise.all((await getTranscripts()).map(async (entry) => ({ entry, record: await getRecord(entry) })));
  const people = await getCollection('people');
  const notes = await getCollection('notes');
  const timeline = await getCollection('timeline');

  const known: KnownContent = {
    people: new Set(people.map((p) => p.id)),
    notes: new Set(notes.map((n) => n.id)),
    paragraphs: new Map(transcripts.map(({ entry, record }) => [entry.id, new Set(record.paragraphs.map((p) => p.id))])),
  };
  const paragraphs = transcripts.flatMap(({ record }) => record.paragraphs);
  for (const note of notes) {
    checkNotePeople({ file: fileOf(note), people: note.data.people.map((p) => p.id) }, known);
    checkQuotedRecord({ file: fileOf(note), id: note.id, english: note.data.english }, paragraphs.filter((p) => p.notes.includes(note.id)));
  }
  for (const item of timeline) {
    checkTimelineEntry({ id: item.id, paragraphs: item.data.paragraphs, notes: item.data.notes.map((n) => n.id) }, fileOf(item), known);
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
      (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.data.title.localeCompare(b.data.title, 'en'),
  );
  timeline.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || Number(b.data.meeting) - Number(a.data.meeting));
  return { transcripts, notes, people, timeline };
}

let cached: Promise<Archive> | undefined;

/** Everything, validated; loaded once per build. */
export function getArchive(): Promise<Archive> {
  cached ??= loadArchive();
  return cached;
}

/** Every paragraph whose markers cite the note, in reading order. */
export function citationsOf(archive: Archive, noteId: string): Citation[] {
  return archive.transcripts.flatMap(({ entry, record }) =>
    record.paragraphs
      .filter((p) => p.notes.includes(noteId))
      .map((paragraph) => ({ transcript: entry, paragraph, phrase: phraseOf(paragraph, [noteId]) })),
  );
}

/** A person's turns in each transcript: their own paragraphs (the agency's "… said:" lines left out). */
export function turnsOf(archive: Archive, personId: string): { transcript: TranscriptEntry; paragraphs: RecordParagraph[] }[] {
  return archive.transcripts.flatMap(({ entry, record }) =>
    record.turns
      .filter((turn) => turn.speaker === personId)
      .map((turn) => ({ transcript: entry, paragraphs: turn.paragraphs.filter((p) => p.kind === 'speech') }))
      .filter((turn) => turn.paragraphs.length > 0),
  );
}

/** Paragraphs that cite a note about the person, with those notes. */
export function mentionsOf(archive: Archive, personId: string): (Citation & { notes: NoteEntry[] })[] {
  const about = archive.notes.filter((note) => note.data.people.some((p) => p.id === personId));
  return archive.transcripts.flatMap(({ entry, record }) =>
    record.paragraphs.flatMap((paragraph) => {
      const notes = about.filter((note) => paragraph.notes.includes(note.id));
      return notes.length > 0 ? [{ transcript: entry, paragraph, notes, phrase: phraseOf(paragraph, notes.map((n) => n.id)) }] : [];
    }),
  );
}

/** Timeline entries that name the note. */
export function timelineOf(archive: Archive, noteId: string): TimelineEntry[] {
  return archive.timeline.filter((item) => item.data.notes.some((n) => n.id === noteId));
}

/** The paragraph a `<transcript>#<anchor>` reference names (checked to exist by getArchive). */
export function resolveParagraph(archive: Archive, ref: string): Citation {
  const parsed = parseParagraphRef(ref);
  const found = parsed && archive.transcripts.find(({ entry }) => entry.id === parsed.transcript);
  const paragraph = found?.record.paragraphs.find((p) => p.id === parsed?.anchor);
  if (!found || !paragraph) throw new Error(`resolveParagraph: "${ref}" names no paragraph`);
  return { transcript: found.entry, paragraph };
}

/** How many markers of each kind a record has. */
export function markerCounts(archive: Archive, record: TranscriptRecord): Record<NoteKind, number> {
  const kindOf = new Map(archive.notes.map((note) => [note.id, note.data.kind]));
  const counts: Record<NoteKind, number> = { context: 0, translation: 0 };
  for (const paragraph of record.paragraphs) {
    for (const id of paragraph.notes) {
      const kind = kindOf.get(id);
      if (kind) counts[kind] += 1;
    }
  }
  return counts;
}
