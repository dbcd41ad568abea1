/**
 * The links between notes, people, the timeline and the record, as pages need
 * them: the paragraphs that carry a note's marker, a person's turns and mentions, the
 * timeline entries about a note. Works on the loaded archive (src/lib/archive.ts).
 */
import { describeEntry, type Archive, type NoteEntry, type TimelineEntry, type TranscriptEntry } from './archive.ts';
import { parseParagraphRef, type NoteKind } from './editorial.ts';
import type { RecordParagraph, TranscriptRecord } from './record.ts';

/** A paragraph of a transcript: where a link goes and what its label says. */
export interface LinkedParagraph {
  transcript: TranscriptEntry;
  paragraph: RecordParagraph;
  /** The words a marker stands on, when the link comes from a note marker. */
  phrase?: string | undefined;
}

const phraseOf = (paragraph: RecordParagraph, noteIds: readonly string[]): string | undefined => paragraph.marks?.find((mark) => noteIds.includes(mark.note))?.phrase;

/** Every paragraph that carries the note's marker, in reading order. */
export function markedParagraphsOf(archive: Archive, noteId: string): LinkedParagraph[] {
  return archive.transcripts.flatMap(({ entry, record }) =>
    record.paragraphs.filter((p) => p.notes.includes(noteId)).map((paragraph) => ({ transcript: entry, paragraph, phrase: phraseOf(paragraph, [noteId]) })),
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
export function mentionsOf(archive: Archive, personId: string): (LinkedParagraph & { notes: NoteEntry[] })[] {
  const about = archive.notes.filter((note) => note.data.people.some((p) => p.id === personId));
  return archive.transcripts.flatMap(({ entry, record }) =>
    record.paragraphs.flatMap((paragraph) => {
      const notes = about.filter((note) => paragraph.notes.includes(note.id));
      return notes.length > 0
        ? [
            {
              transcript: entry,
              paragraph,
              notes,
              phrase: phraseOf(
                paragraph,
                notes.map((n) => n.id),
              ),
            },
          ]
        : [];
    }),
  );
}

/**
 * Whose English a translation note compares with the Russian: the short name of
 * the translator (else the publisher) of the first transcript whose markers cite it ("AZERTAC").
 */
export function translatorOf(archive: Archive, noteId: string): string {
  const [first] = markedParagraphsOf(archive, noteId);
  const entry = first?.transcript ?? archive.transcripts[0]?.entry;
  if (!entry) return '';
  const { translator, publisher } = describeEntry(entry);
  return (translator ?? publisher).shortName;
}

/** Timeline entries that name the note. */
export function timelineOf(archive: Archive, noteId: string): TimelineEntry[] {
  return archive.timeline.filter((item) => item.data.notes.some((n) => n.id === noteId));
}

/** The paragraph a `<transcript>#<anchor>` reference names (checked to exist by getArchive). */
export function resolveParagraph(archive: Archive, ref: string): LinkedParagraph {
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
