/**
 * The fixture content with one annotated phrase: "very glad" in paragraph
 * putin-glad of the sample record, marked with a note (one of
 * tests/fixtures/notes/, copied as notes/very-glad.md), and a timeline entry
 * citing that paragraph and note.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_TRANSCRIPT, fixtureContent, type ContentEdit } from './fixture-content.ts';

const NOTES = resolve(import.meta.dirname, 'fixtures/notes');

/** The note marker around "very glad": the words of the record stay as they are. */
export const ANNOTATED_PHRASE: ContentEdit = {
  file: FIXTURE_TRANSCRIPT,
  find: 'let me repeat that I am very glad to see you.',
  replace: 'let me repeat that I am <N note="very-glad">very glad</N> to see you.',
};

/** What the timeline entry cites; each defaults to what exists (the paragraph and the note). */
export interface TimelineCitations {
  paragraph?: string;
  note?: string;
}

/** Adds the note `note` (a fixture of tests/fixtures/notes/) as notes/very-glad.md, and the timeline, to a content folder. */
export function addNoteAndTimeline(
  dir: string,
  note: string,
  timeline: TimelineCitations = {},
): void {
  mkdirSync(join(dir, 'notes'), { recursive: true });
  copyFileSync(join(NOTES, `${note}.md`), join(dir, 'notes/very-glad.md'));
  writeFileSync(
    join(dir, 'timeline.yaml'),
    `- id: meeting
  date: 2022-02-22
  title: The two presidents meet in Moscow
  text: The meeting this transcript records.
  transcript: sample
  sources:
    - title: Press statements
      publisher: Kremlin
      date: 2022-02-22
      url: http://en.kremlin.ru/events/president/transcripts/67837
  paragraphs: ['${timeline.paragraph ?? 'sample#putin-glad'}']
  notes: [${timeline.note ?? 'very-glad'}]
`,
  );
}

/** A temp copy of the fixture content with the annotated phrase, the note `note` and the timeline. */
export function annotatedContent(note: string, timeline: TimelineCitations = {}): string {
  const dir = fixtureContent(ANNOTATED_PHRASE);
  addNoteAndTimeline(dir, note, timeline);
  return dir;
}
