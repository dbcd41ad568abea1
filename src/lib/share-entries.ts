/**
 * What the share pages, quote cards, citations and open-data files need to
 * know about a transcript, derived from the archive (src/lib/archive.ts).
 */
import { getArchive, type PersonEntry, type TranscriptContext } from './archive.ts';
import { formatDate } from './format.ts';
import type { RecordParagraph } from './record.ts';
import { attributeParagraph } from './attribution.ts';
import type { Attribution } from './share.ts';

export type { TranscriptContext };
export type Person = PersonEntry;

/** One paragraph with everything needed to quote and cite it. */
export interface SharedParagraph {
  context: TranscriptContext;
  paragraph: RecordParagraph;
  /** The speaker of a paragraph of speech; undefined for the publisher's own lines. */
  person: Person | undefined;
  attribution: Attribution;
}

/** Every transcript with its record and participants, newest first: the archive's transcripts. */
export async function getTranscriptContexts(): Promise<TranscriptContext[]> {
  return (await getArchive()).transcripts;
}

/** How a paragraph is attributed: speaker (or publisher) and whose English, place and date of the meeting. */
export function attributionOf(context: TranscriptContext, paragraph: RecordParagraph): Attribution {
  const { data } = context.entry;
  const { speaker, who, translation, translator } = attributeParagraph(
    paragraph,
    context.names,
    context.description,
  );
  return { speaker, who, translation, translator, place: data.place, date: formatDate(data.date) };
}

/** Every paragraph of every transcript, for getStaticPaths of the share pages and cards. */
export async function getSharedParagraphs(): Promise<SharedParagraph[]> {
  const contexts = await getTranscriptContexts();
  return contexts.flatMap((context) =>
    context.record.paragraphs.map((paragraph) => {
      const attribution = attributionOf(context, paragraph);
      return {
        context,
        paragraph,
        person: context.people.find((p) => p.id === attribution.speaker),
        attribution,
      };
    }),
  );
}
