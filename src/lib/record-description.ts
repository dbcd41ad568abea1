/**
 * What a record is, as its frontmatter states it: the language each speaker
 * spoke, the language of the text, who translated it (if anyone) and who
 * published it. `describeRecord` is the one reading of those facts: attribution,
 * share pages, cards, the quote check, citations, JSON-LD, open data, About and
 * the home page all take a `RecordDescription`, so no page assumes what kind of
 * record it shows. Pure and serialisable: the browser receives it as JSON.
 */

/** An organisation or person as pages name it. */
export interface Party {
  /** As the frontmatter writes it: "AZERTAC (Azerbaijan State News Agency)". */
  name: string;
  /** Without the parenthesis: "AZERTAC". */
  shortName: string;
}

/** The frontmatter facts a description is read from (transcriptSchema validates them). */
export interface RecordFacts {
  /** Language spoken (BCP 47), or per participant: person id → language. */
  spoken: string | Readonly<Record<string, string>>;
  /** Language of the text (BCP 47). */
  language: string;
  /** Who translated the speech into the text's language; absent when nobody did. */
  translator?: string | undefined;
  participants: readonly string[];
  source: { publisher: string };
}

/** A record's languages and the parties behind its text. */
export interface RecordDescription {
  /** Language of the text (BCP 47). */
  language: string;
  /** Person id → the language they spoke (BCP 47), for every participant. */
  spoken: Record<string, string>;
  /** Who published the text. */
  publisher: Party;
  /** Who translated the speech; null when the text is in the language spoken. */
  translator: Party | null;
}

/** The short name of an organisation: "AZERTAC (Azerbaijan State News Agency)" → "AZERTAC". */
export function shortNameOf(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim() || name;
}

const party = (name: string): Party => ({ name, shortName: shortNameOf(name) });

const languageNames = new Intl.DisplayNames('en', { type: 'language' });
/** Names already looked up: Intl's lookup is slow enough to show when every page asks for the same few. */
const namedLanguages = new Map<string, string>();

/** "English", "Russian": the name of a language tag, in English; the tag itself when unknown. */
export function languageName(tag: string): string {
  let name = namedLanguages.get(tag);
  if (name === undefined) namedLanguages.set(tag, (name = languageNames.of(tag) ?? tag));
  return name;
}

/** The description of a record from its frontmatter. */
export function describeRecord(facts: RecordFacts): RecordDescription {
  const { spoken } = facts;
  return {
    language: facts.language,
    spoken: Object.fromEntries(
      facts.participants.map((id) => [
        id,
        typeof spoken === 'string' ? spoken : (spoken[id] ?? facts.language),
      ]),
    ),
    publisher: party(facts.source.publisher),
    translator: facts.translator ? party(facts.translator) : null,
  };
}

/** The language a speaker spoke; the text's language for anyone the record does not list. */
export const spokenBy = (record: RecordDescription, speaker: string): string =>
  record.spoken[speaker] ?? record.language;

/** Who translated a speaker's words into the text, or null when the text is in the language they spoke. */
export function translatorOfSpeech(record: RecordDescription, speaker: string): Party | null {
  return spokenBy(record, speaker) === record.language ? null : record.translator;
}

/** True when the translator is the publisher itself (compared by short name: "AZERTAC" and "AZERTAC (…)" are one). */
export const publisherTranslated = (record: RecordDescription): boolean =>
  record.translator?.shortName === record.publisher.shortName;

/** The languages spoken, without repeats, in participant order. */
export const spokenLanguages = (record: RecordDescription): string[] => [
  ...new Set(Object.values(record.spoken)),
];

/** The languages the text was translated from: those spoken, the text's own aside. */
export const translatedFrom = (record: RecordDescription): string[] =>
  spokenLanguages(record).filter((language) => language !== record.language);
