/**
 * What the share pages, quote cards, citations and open-data files need to
 * know about a transcript, gathered once from the content collections.
 */
import { getEntries, type CollectionEntry } from 'astro:content';
import { formatDate } from './format.ts';
import type { RecordParagraph, TranscriptRecord } from './record.ts';
import { attributeParagraph, type PersonNames } from './attribution.ts';
import type { Attribution } from './share.ts';
import { getRecord, getTranscripts, type TranscriptEntry } from './transcripts.ts';

export type Person = CollectionEntry<'people'>;

export interface TranscriptContext {
  entry: TranscriptEntry;
  record: TranscriptRecord;
  /** The participants, in frontmatter order. */
  people: Person[];
  /** Person id → names, for attributeParagraph. */
  names: Map<string, PersonNames>;
}

/** One paragraph with everything needed to quote and cite it. */
export interface SharedParagraph {
  context: TranscriptContext;
  paragraph: RecordParagraph;
  /** The speaker of a paragraph of speech; undefined for the publisher's own lines. */
  person: Person | undefined;
  attribution: Attribution;
}

/** A transcript with its record and participants. */
export async function transcriptContext(entry: TranscriptEntry): Promise<TranscriptContext> {
  const record = await getRecord(entry);
  const people = await getEntries(entry.data.participants);
  return { entry, record, people, names: new Map(people.map((p) => [p.id, { name: p.data.name, shortName: p.data.shortName }])) };
}

/** Every transcript with its record and participants, newest first. */
export async function getTranscriptContexts(): Promise<TranscriptContext[]> {
  return Promise.all((await getTranscripts()).map(transcriptContext));
}

/** How a paragraph is attributed: speaker (or publisher) and whose English, place and date of the meeting. */
export function attributionOf(context: TranscriptContext, paragraph: RecordParagraph): Attribution & { speaker: string | null } {
  const { data } = context.entry;
  const { speaker, who, translation, translator } = attributeParagraph(paragraph, context.names, data.source.publisher);
  return { speaker, who, translation, translator, place: data.place, date: formatDate(data.date) };
}

/** Every paragraph of every transcript, for getStaticPaths of the share pages and cards. */
export async function getSharedParagraphs(): Promise<SharedParagraph[]> {
  const contexts = await getTranscriptContexts();
  return contexts.flatMap((context) =>
    context.record.paragraphs.map((paragraph) => {
      const attribution = attributionOf(context, paragraph);
      return { context, paragraph, person: context.people.find((p) => p.id === attribution.speaker), attribution };
    }),
  );
}
