/**
 * The search index's records: one Pagefind custom record per paragraph of
 * the record, so every hit is one paragraph with its own speaker filter.
 * Pure (no file access, no Astro modules): build-plugins/pagefind.ts reads the
 * built open-data files (`/data/<slug>.json`) and writes the index.
 */
import type { CustomRecord } from 'pagefind';
import { attributeParagraph, type PersonNames } from './attribution.ts';
import type { RecordParagraph } from './record.ts';
import type { RecordDescription } from './record-description.ts';
import { renderingLabel, type RenderingOfParagraph } from './renderings.ts';
import { transcriptPath } from './urls.ts';

/** Names of a person as search results (full name) and the speaker filter (surname) show them. */
export type SpeakerNames = PersonNames;

export interface TranscriptForIndex {
  slug: string;
  /** The transcript's title (editorial), shown with each result. */
  title: string;
  /** BCP 47 language of the record; Pagefind keeps one index per language. */
  language: string;
  /** What the record is; its publisher speaks the narration lines. */
  description: RecordDescription;
  paragraphs: readonly Pick<RecordParagraph, 'id' | 'n' | 'kind' | 'speaker' | 'text'>[];
}

/** The `kind` filter value of a paragraph of the record (notes carry `annotation` in their own markup). */
export const RECORD_KIND = 'record';
/** The `kind` filter value of another publication's rendering of a paragraph (src/lib/renderings.ts). */
export const RENDERING_KIND = 'rendering';

/**
 * One custom record per paragraph. The content is the paragraph's verbatim
 * words; the meta gives the result line (speaker, number, transcript); the
 * filters let a reader keep one speaker's words or only the record.
 * Narration lines are the publisher's words, filed under its short name.
 */
export function paragraphRecords(transcript: TranscriptForIndex, people: ReadonlyMap<string, SpeakerNames>, base: string): CustomRecord[] {
  return transcript.paragraphs.map((paragraph) => {
    const { attribution, meta } = paragraphMeta(paragraph, people, transcript);
    return {
      url: transcriptPath(transcript.slug, paragraph.id, base),
      content: paragraph.text,
      language: transcript.language,
      meta,
      filters: { speaker: [attribution.whoShort], kind: [RECORD_KIND] },
    };
  });
}

/**
 * The result line of a paragraph (speaker, number, transcript) and, for translated speech, whose
 * translation its words are: a citation built from a hit carries it. Narration is filed under the
 * publisher's short name, in the line as in the filter.
 */
function paragraphMeta(paragraph: Pick<RecordParagraph, 'kind' | 'speaker' | 'n'>, people: ReadonlyMap<string, SpeakerNames>, transcript: Pick<TranscriptForIndex, 'title' | 'description'>) {
  const attribution = attributeParagraph(paragraph, people, transcript.description);
  const speaker = attribution.speaker === null ? attribution.whoShort : attribution.who;
  const meta: Record<string, string> = {
    title: `${speaker}, paragraph ${paragraph.n}`,
    speaker,
    n: String(paragraph.n),
    transcript: transcript.title,
    ...(attribution.translation ? { translation: attribution.translation } : {}),
  };
  return { attribution, meta };
}

/**
 * One custom record per rendering of a paragraph in another language than the
 * record's (the Russian original as printed): Pagefind keeps one index per
 * language, with that language's stemming, so a Russian query finds the
 * paragraph through its Russian renderings. The URL is the paragraph's; the
 * meta says whose words the content is.
 */
export function renderingRecords(
  transcript: Omit<TranscriptForIndex, 'paragraphs'> & { paragraphs: readonly (TranscriptForIndex['paragraphs'][number] & { renderings: readonly RenderingOfParagraph[] })[] },
  people: ReadonlyMap<string, SpeakerNames>,
  base: string,
): CustomRecord[] {
  return transcript.paragraphs.flatMap((paragraph) => {
    const { attribution, meta } = paragraphMeta(paragraph, people, transcript);
    return paragraph.renderings
      .filter((rendering) => rendering.language !== transcript.language)
      .map((rendering, i) => ({
        // Pagefind keeps one record per URL: each rendering of a paragraph gets its own, which still lands on it.
        url: renderingPath(transcriptPath(transcript.slug, paragraph.id, base), i),
        content: rendering.text,
        language: rendering.language,
        // The meta of the record's paragraph, so a check cites the record's words with their translator; then whose these words are.
        meta: { ...meta, rendering: renderingLabel(rendering) },
        filters: { speaker: [attribution.whoShort], kind: [RENDERING_KIND] },
      }));
  });
}

/** A paragraph's address with the number of one of its renderings as a query, before the anchor (`…/?rendering=2#putin-empire`). */
const renderingPath = (paragraph: string, n: number): string => paragraph.replace('#', `?rendering=${n}#`);

/** Elements whose ends are word boundaries, though the built HTML puts no space between them. */
const BLOCK_ENDS = /<\/(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|section|td|th|tr|ul)>|<br\s*\/?>/gi;

/**
 * A built page's HTML with a space after every block's end. Astro's lossless
 * `compressHTML` leaves none between `</dt><dd>`, and Pagefind joins their
 * text, so a note's excerpt read "AZERTAC's English“Russia's…". The space is
 * invisible in HTML, so only the indexed text changes.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_ENDS, '$& ');
}
