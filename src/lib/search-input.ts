/**
 * What the search index and its lexicon are built from, taken from the
 * archive (src/lib/archive.ts) like every page: the endpoint
 * src/pages/search-input.json.ts writes it, and build-plugins/pagefind.ts
 * reads it once the pages are written, then deletes it. Search so reads
 * content the one way the site does: not from raw files, nor from the
 * published open data. Pure: the type of the archive only.
 */
import type { Archive } from './archive.ts';
import { isoDate } from './format.ts';
import type { RenderingOfParagraph } from './renderings.ts';
import type { NamedVariants } from './search-lexicon.ts';
import type { TranscriptForIndex } from './search-records.ts';

/** The file's name in the build output; the pagefind integration removes it before anything lists the output. */
export const SEARCH_INPUT_FILE = 'search-input.json';

/** A transcript as search indexes it and cites it. */
export interface SearchTranscript extends TranscriptForIndex {
  place: string;
  /** Day of the meeting, `YYYY-MM-DD`. */
  date: string;
  /** The participants' names, by person id. */
  speakers: { id: string; name: string; shortName: string }[];
  paragraphs: (TranscriptForIndex['paragraphs'][number] & {
    /** Ids of the notes whose markers stand in the paragraph. */
    notes: readonly string[];
    /** Other publications' renderings of it. */
    renderings: readonly RenderingOfParagraph[];
  })[];
}

/** A translation note's other wording of the record, for the quote check. */
export interface TranslationWording {
  /** The note's id (its page is `/notes/<id>/`) and title. */
  note: string;
  title: string;
  /** The record's words the note is about (its `english`). */
  english: string;
  /** A literal rendering of the words the note quotes. */
  literal: string;
}

export interface SearchInput {
  transcripts: SearchTranscript[];
  /** People's family names and places, each with the other spellings search accepts. */
  variants: NamedVariants[];
  translations: TranslationWording[];
}

/** The search input of an archive. */
export function searchInput(archive: Pick<Archive, 'transcripts' | 'people' | 'notes' | 'places'>): SearchInput {
  const transcripts = archive.transcripts.map(({ entry, record, people, renderings, description }): SearchTranscript => {
    const { data } = entry;
    return {
      slug: entry.id,
      title: data.title,
      language: data.language,
      description,
      place: data.place,
      date: isoDate(data.date),
      speakers: people.map((p) => ({ id: p.id, name: p.data.name, shortName: p.data.shortName })),
      paragraphs: record.paragraphs.map(({ id, n, kind, speaker, text, notes }) => ({ id, n, kind, speaker, text, notes, renderings: renderings.get(id) ?? [] })),
    };
  });
  // By id, as the files are named: the lexicon stays the same whatever order the collections load in.
  const byId = <T extends { id: string }>(entries: readonly T[]): T[] => [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const variants = [...byId(archive.people).map((p) => ({ name: p.data.shortName, aliases: p.data.aliases })), ...archive.places.map(({ name, aliases }) => ({ name, aliases }))];
  const translations = byId(archive.notes).flatMap(({ id, data }) =>
    data.kind === 'translation' && data.english && data.literal ? [{ note: id, title: data.title, english: data.english, literal: data.literal }] : [],
  );
  return { transcripts, variants, translations };
}
