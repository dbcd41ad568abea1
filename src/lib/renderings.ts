/**
 * Published renderings of the record: how other publications printed its
 * passages — the Azerbaijani presidency's English, news agencies' English, the
 * Russian original as the Kremlin and Russian-language outlets printed it. The
 * quote check names them, each paragraph lists them, and open data carries
 * them. They are never the record: always attributed. Pure and free of Node,
 * so the browser shares it; content/renderings/ is read by renderings-content.ts.
 */
import { formatDate, isoDate } from './format.ts';
import { languageName } from './record-description.ts';

/** A publication's rendering of passages of one record: one file of content/renderings/. */
export interface Publication {
  /** Its file name without `.yaml`: a stable id. */
  id: string;
  publisher: string;
  title: string;
  date: Date;
  url: string;
  language: string;
  /** The transcript's slug. */
  record: string;
  excerpts: { paragraph: string; text: string }[];
}

/** The one language a quote's script tells apart from the Latin script: Cyrillic reads as Russian. */
const SCRIPT_LANGUAGE = 'ru';

/**
 * The language a quote is written in when its script is not Latin: `ru` for
 * Cyrillic, else undefined. Read from the script alone: a Ukrainian quote
 * reads as Russian, and finds no match.
 */
export function writtenLanguage(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  return cyrillic > letters.length / 2 ? SCRIPT_LANGUAGE : undefined;
}

/**
 * Languages of renderings that a quote in the Latin script may be written in (French, German…):
 * its script cannot tell them from the record's, so they are tried when the record has no match.
 */
export const latinLanguages = (
  languages: readonly string[],
  records: readonly string[],
): string[] =>
  languages.filter((language) => language !== SCRIPT_LANGUAGE && !records.includes(language));

/** One excerpt as readers see it: the words, and whose they are. */
export interface RenderingOfParagraph {
  /** The publication's id. */
  id: string;
  publisher: string;
  title: string;
  /** ISO day. */
  date: string;
  url: string;
  language: string;
  /** The words exactly as printed. */
  text: string;
}

/** "TASS, in English, 22 February 2022": who printed it, in which language, when. */
export const renderingLabel = (
  rendering: Pick<RenderingOfParagraph, 'publisher' | 'language' | 'date'>,
): string =>
  `${rendering.publisher}, in ${languageName(rendering.language)}, ${formatDate(new Date(`${rendering.date}T00:00:00Z`))}`;

/** Paragraph id → its renderings, in the order of the publications (date, then publisher), for one transcript. */
export function renderingsByParagraph(
  publications: readonly Publication[],
  record: string,
): Map<string, RenderingOfParagraph[]> {
  const byParagraph = new Map<string, RenderingOfParagraph[]>();
  for (const publication of publications) {
    if (publication.record !== record) continue;
    for (const excerpt of publication.excerpts) {
      const list = byParagraph.get(excerpt.paragraph) ?? [];
      list.push({
        id: publication.id,
        publisher: publication.publisher,
        title: publication.title,
        date: isoDate(publication.date),
        url: publication.url,
        language: publication.language,
        text: excerpt.text,
      });
      byParagraph.set(excerpt.paragraph, list);
    }
  }
  return byParagraph;
}
