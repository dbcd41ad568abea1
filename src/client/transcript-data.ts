/**
 * A transcript's open data (`/data/<slug>.json`), fetched once per page when
 * first needed: the quote check reads the renderings of its candidate
 * paragraphs from it, and a paragraph's "Other renderings" reads its own. The
 * transcript's first load never includes it.
 */
import type { TranscriptJson } from '~/lib/open-data';
import { dataPath } from '~/lib/urls';

const loaded = new Map<string, Promise<TranscriptJson>>();

/** The transcript's JSON; a failed fetch is forgotten, so the next call tries again. */
export function loadTranscriptData(slug: string): Promise<TranscriptJson> {
  let data = loaded.get(slug);
  if (!data) {
    const file = dataPath(`${slug}.json`);
    data = fetch(file).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json() as Promise<TranscriptJson>;
    });
    data.catch(() => loaded.delete(slug));
    loaded.set(slug, data);
  }
  return data;
}
