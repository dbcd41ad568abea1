/** Builds the open-data input of a transcript from the content collections (for the endpoints in src/pages/data/). */
import type { OpenDataInput } from './open-data.ts';
import type { TranscriptContext } from './archive.ts';
import { absoluteUrl, dataPath, transcriptPath } from './urls.ts';

/** The open-data input of one transcript, with absolute URLs for `site`. */
export function openDataInput(
  { entry, record, people, renderings, description }: TranscriptContext,
  site: URL | undefined,
): OpenDataInput {
  const { data } = entry;
  return {
    slug: entry.id,
    title: data.title,
    date: data.date,
    place: data.place,
    language: data.language,
    summary: data.summary,
    description,
    url: absoluteUrl(transcriptPath(entry.id), site),
    schemaUrl: absoluteUrl(dataPath('transcript.schema.json'), site),
    source: data.source,
    speakers: people.map((p) => ({
      id: p.id,
      name: p.data.name,
      shortName: p.data.shortName,
      role: p.data.role,
      country: p.data.country,
    })),
    record,
    renderings,
  };
}

/** The open-data files of one transcript, with the media types they are served as. */
export const OPEN_DATA_FILES = [
  { ext: 'json', label: 'JSON', type: 'application/json' },
  { ext: 'txt', label: 'Plain text', type: 'text/plain' },
  { ext: 'md', label: 'Markdown', type: 'text/markdown' },
] as const;
