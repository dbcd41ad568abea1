/** The citations of a whole transcript: one place for what "Cite this transcript" and the printout's last lines say. */
import { cachedCitations } from './citation-cache.ts';
import { citationKey, type Citations } from './citations.ts';
import { SITE } from './site.ts';
import type { TranscriptEntry } from './transcripts.ts';
import { absoluteUrl, transcriptPath } from './urls.ts';

/** APA, Chicago, MLA, BibTeX and CSL-JSON for a transcript's page on our site, accessed on `accessed` (cached between builds). */
export function transcriptCitations(
  entry: TranscriptEntry,
  site: URL | undefined,
  accessed: Date,
): Promise<Citations> {
  const { source, language } = entry.data;
  return cachedCitations({
    key: citationKey(entry.id),
    title: source.title,
    publisher: source.publisher,
    published: source.date,
    url: absoluteUrl(transcriptPath(entry.id), site),
    accessed,
    siteName: SITE.name,
    language,
  });
}
