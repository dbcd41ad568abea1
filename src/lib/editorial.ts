/**
 * Editorial matter beside the record: the two kinds of note, paragraph references of the
 * form `<transcript>#<anchor>`, and the cross-reference checks between notes,
 * people, the timeline and the transcripts. Pure: no Astro imports, so the
 * build (src/lib/archive.ts) and the unit tests run the same checks.
 */
import { ContentError } from './content-error.ts';
import { PARAGRAPH_REF_PATTERN } from './ids.ts';

export type NoteKind = 'context' | 'translation';

/** How each kind of note is named to readers. */
export const NOTE_KINDS: Record<NoteKind, { label: string; plural: string; description: string }> = {
  context: {
    label: 'Context',
    plural: 'Context notes',
    description: 'What a reference in the record means, from cited public sources.',
  },
  translation: {
    label: 'Translation',
    plural: 'Translation notes',
    description: "AZERTAC's English set beside the Russian as quoted by the Kremlin or news agencies, or beside other versions of the words: the Russian, a literal rendering and the source.",
  },
};

/** The label of a note that flags a passage whose English could not be checked against the Russian. */
export const UNCHECKED_LABEL = 'Not checked against the Russian';

/**
 * Notes about the English of the record, which every quote of the paragraph
 * must point to: translation notes, and notes flagging a passage not checked
 * against the Russian (`unchecked`).
 */
export const isAboutTheEnglish = (note: { kind: NoteKind; unchecked?: boolean | undefined }): boolean => note.kind === 'translation' || note.unchecked === true;

/** A paragraph of a transcript in this archive. */
export interface ParagraphRef {
  /** Transcript slug (its file name). */
  transcript: string;
  /** Paragraph anchor id. */
  anchor: string;
}

/** Reads `2022-02-22-putin-aliyev#putin-empire`; null when the string is not of that form. */
export function parseParagraphRef(ref: string): ParagraphRef | null {
  const match = PARAGRAPH_REF_PATTERN.exec(ref);
  return match ? { transcript: match[1]!, anchor: match[2]! } : null;
}

/** What exists, for checking references against. */
export interface KnownContent {
  /** Person ids (file names in content/people/). */
  people: ReadonlySet<string>;
  /** Note ids (file names in content/notes/). */
  notes: ReadonlySet<string>;
  /** Paragraph ids of each transcript, by transcript slug. */
  paragraphs: ReadonlyMap<string, ReadonlySet<string>>;
}

const quoted = (values: Iterable<string>): string => [...values].map((v) => `"${v}"`).join(', ') || 'none';

/** A note's `people` must each be a file in content/people/. Throws a ContentError naming the note's file. */
export function checkNotePeople(note: { file: string; people: readonly string[] }, known: Pick<KnownContent, 'people'>): void {
  for (const person of note.people) {
    if (!known.people.has(person)) {
      throw new ContentError(note.file, 0, `people: "${person}" is not a person in content/people/ (known: ${quoted(known.people)}); add content/people/${person}.md or fix the id`);
    }
  }
}

/** The parts of a timeline entry that point at other content. */
/**
 * A translation note quotes AZERTAC's English: those words must stand verbatim
 * (same letters, apostrophes and dashes) in every paragraph that cites the note.
 */
export function checkQuotedRecord(note: { file: string; id: string; english?: string | undefined }, citing: readonly { id: string; text: string }[]): void {
  if (!note.english) return;
  for (const paragraph of citing) {
    if (!paragraph.text.includes(note.english)) {
      throw new ContentError(note.file, 0, `english: "${note.english}" does not stand verbatim in paragraph "${paragraph.id}", which cites this note; quote the record exactly`);
    }
  }
}

export interface TimelineLinks {
  /** Entry id in the timeline file. */
  id: string;
  /** `<transcript>#<anchor>` references. */
  paragraphs: readonly string[];
  /** Note ids. */
  notes: readonly string[];
  /** Slug of the transcript that records the event, if any. */
  transcript?: string | undefined;
}

/**
 * Every paragraph a timeline entry names must exist in its transcript, and
 * every note must exist. Throws a ContentError naming the timeline file and the entry.
 */
export function checkTimelineEntry(entry: TimelineLinks, file: string, known: Omit<KnownContent, 'people'>): void {
  if (entry.transcript !== undefined && !known.paragraphs.has(entry.transcript)) {
    throw new ContentError(file, 0, `entry "${entry.id}": transcript: "${entry.transcript}" is not a transcript in content/transcripts/ (known: ${quoted(known.paragraphs.keys())})`);
  }
  for (const value of entry.paragraphs) {
    const ref = parseParagraphRef(value);
    if (!ref) {
      throw new ContentError(file, 0, `entry "${entry.id}": paragraphs: "${value}" is not of the form <transcript>#<paragraph-id>`);
    }
    const anchors = known.paragraphs.get(ref.transcript);
    if (!anchors) {
      throw new ContentError(file, 0, `entry "${entry.id}": paragraphs: "${value}" names transcript "${ref.transcript}", which does not exist (known: ${quoted(known.paragraphs.keys())})`);
    }
    if (!anchors.has(ref.anchor)) {
      throw new ContentError(file, 0, `entry "${entry.id}": paragraphs: "${value}" names no paragraph of transcript "${ref.transcript}"`);
    }
  }
  for (const note of entry.notes) {
    if (!known.notes.has(note)) {
      throw new ContentError(file, 0, `entry "${entry.id}": notes: "${note}" is not a note in content/notes/`);
    }
  }
}

/** A stretch of a paragraph around a marked phrase. */
export interface PhraseExcerpt {
  /** Words before the phrase, with a leading "…" when cut. */
  before: string;
  phrase: string;
  /** Words after the phrase, with a trailing "…" when cut. */
  after: string;
}

/**
 * The words around the first occurrence of `phrase` in `text`, at most `max`
 * characters in all, cut at word boundaries and marked "…" where cut; room one
 * side does not need goes to the other. Null when the phrase is not in the
 * text or is itself longer than `max`.
 */
export function excerptAround(text: string, phrase: string, max: number): PhraseExcerpt | null {
  const at = phrase === '' ? -1 : text.indexOf(phrase);
  if (at < 0 || phrase.length > max) return null;
  const head = text.slice(0, at);
  const tail = text.slice(at + phrase.length);
  let roomBefore = Math.floor((max - phrase.length) / 2);
  let roomAfter = max - phrase.length - roomBefore;
  if (head.length < roomBefore) [roomAfter, roomBefore] = [roomAfter + roomBefore - head.length, head.length];
  if (tail.length < roomAfter) [roomBefore, roomAfter] = [roomBefore + roomAfter - tail.length, tail.length];

  let before = head;
  if (head.length > roomBefore) {
    // Keep the last roomBefore - 1 characters (one goes to the "…"), starting at a word.
    const start = head.length - (roomBefore - 1);
    const cut = /\s/.test(head.charAt(start - 1)) ? head.slice(start) : head.slice(start).replace(/^\S*\s*/, '');
    before = `…${cut}`;
  }
  let after = tail;
  if (tail.length > roomAfter) {
    const end = roomAfter - 1;
    const cut = /\s/.test(tail.charAt(end)) ? tail.slice(0, end) : tail.slice(0, end).replace(/\s*\S*$/, '');
    after = `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return { before, phrase, after };
}

/** The parts of a corrections-log entry that point at other content. */
export interface CorrectionLinks {
  /** Position of the entry in the log, 1-based, for the error message. */
  n: number;
  notes: readonly string[];
  paragraphs: readonly string[];
  timeline: readonly string[];
}

/**
 * Every note, paragraph and timeline entry a correction names must exist, so
 * each line of the corrections log links to what it corrected. Throws a
 * ContentError naming the corrections file and the entry.
 */
export function checkCorrection(entry: CorrectionLinks, file: string, known: Omit<KnownContent, 'people'> & { timeline: ReadonlySet<string> }): void {
  checkTimelineEntry({ id: `correction ${entry.n}`, paragraphs: entry.paragraphs, notes: entry.notes }, file, known);
  for (const id of entry.timeline) {
    if (!known.timeline.has(id)) throw new ContentError(file, 0, `entry "correction ${entry.n}": timeline: "${id}" is not an entry id in content/timeline.yaml`);
  }
}
