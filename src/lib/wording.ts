/**
 * The words the interface uses about records: whose translation a text is,
 * who spoke in which language, where a record's text comes from, what the
 * record is when a search or a check looks elsewhere. Built from a record's
 * description (record-description.ts), never from what one meeting happens to
 * be, and shared by pages, cards and client scripts so they say it alike.
 */
import { formatDate } from './format.ts';
import {
  languageName,
  publisherTranslated,
  spokenBy,
  translatedFrom,
  type Party,
  type RecordDescription,
} from './record-description.ts';

/** "AZERTAC's", "Language Services'": a name's possessive. */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** "English translation: AZERTAC": what every translated quote carries, on the page, the card and the clipboard. */
export const translationLine = (language: string, translator: Party): string =>
  `${languageName(language)} translation: ${translator.shortName}`;

/** Who the words of a paragraph are: the speaker (with or without a translator between), or the publisher. */
export interface WordsOf {
  /** The speaker's person id, or null for the publisher's own lines. */
  speaker: string | null;
  /** The speaker's full name. */
  who: string;
}

/**
 * What a share page says of a paragraph's words before naming the publication:
 * "Vladimir Putin spoke in Russian. These English words are AZERTAC's translation,
 * not Vladimir Putin's own English." / "Ada Example spoke in English: these are the
 * speaker's own words, as published." / "These are AZERTAC's own words, not a speaker's."
 */
export function wordsOrigin(record: RecordDescription, words: WordsOf): string {
  const text = languageName(record.language);
  if (words.speaker === null)
    return `These are ${possessive(record.publisher.shortName)} own words, not a speaker's.`;
  const spoken = spokenBy(record, words.speaker);
  if (spoken === record.language || !record.translator)
    return `${words.who} spoke in ${text}: these are the speaker's own words, as published.`;
  return `${words.who} spoke in ${languageName(spoken)}. These ${text} words are ${possessive(record.translator.shortName)} translation, not ${possessive(words.who)} own ${text}.`;
}

/**
 * How the publication is named after `wordsOrigin`: "Published by AZERTAC (…) on", or for words someone
 * other than the publisher translated, "Translated by X and published by Y on".
 */
export function publishedBy(
  record: RecordDescription,
  words: { translator: string | null },
): string {
  const { publisher, translator } = record;
  return translator && words.translator && !publisherTranslated(record)
    ? `Translated by ${translator.name} and published by ${publisher.name} on`
    : `Published by ${publisher.name} on`;
}

/**
 * The one line a transcript page keeps on where its text comes from: "AZERTAC's English,
 * translated from Russian, published 22 February 2022, word for word" (the page adds the
 * link to the original).
 */
export function recordOrigin(record: RecordDescription, published: Date): string {
  const translation = record.translator
    ? `, translated from ${listOf(translatedFrom(record).map(languageName))}${publisherTranslated(record) ? '' : ` by ${record.translator.shortName}`}`
    : '';
  return `${possessive(record.publisher.shortName)} ${languageName(record.language)}${translation}, published ${formatDate(published)}, word for word`;
}

type ListType = 'conjunction' | 'disjunction';
/** One formatter per type, made on first use: making one costs more than formatting with it. */
const listFormats = new Map<ListType, Intl.ListFormat>();

/** "Russian", "Russian and Chinese" (or "Russian or Chinese"): items joined as English prose. */
export function listOf(items: readonly string[], type: ListType = 'conjunction'): string {
  let format = listFormats.get(type);
  if (!format) listFormats.set(type, (format = new Intl.ListFormat('en-GB', { type })));
  return format.format(items);
}

/** What a search or a check knows of the records it searched: each record's language and the languages spoken in it. */
export interface RecordLanguages {
  language: string;
  spoken: readonly string[];
}

/** "English", "English and French": the languages of the records' texts. */
export const textLanguages = (records: readonly RecordLanguages[]): string =>
  listOf([...new Set(records.map((r) => r.language))].map(languageName));

/** What another publication's text of a passage is beside the record: "another translation" of a translated record, else "another version". */
export const anotherVersion = (record: RecordLanguages | undefined): string =>
  record && record.spoken.includes(record.language) ? 'another version' : 'another translation';

/**
 * What the check says of a passage as another publication printed it: the original, a text
 * in another language, another translation, or another version in the record's own language.
 */
export function renderingSentence(
  rendering: { language: string; publisher: string },
  record: RecordLanguages | undefined,
  paragraph: number | string,
): string {
  const printed = `of paragraph ${paragraph}, as ${rendering.publisher} printed it.`;
  if (record && rendering.language !== record.language) {
    const kind = record.spoken.includes(rendering.language)
      ? `the ${languageName(rendering.language)} original`
      : `a ${languageName(rendering.language)} text`;
    return `These words are ${kind} ${printed} The record is in ${languageName(record.language)}; its words for the passage stand below.`;
  }
  return `These words are ${anotherVersion(record)} ${printed} The record’s words stand below, the words both share marked.`;
}

/** After the count of a search in another language than the records': what the hits are, or that there are none. */
export const otherLanguageSearch = (language: string, found: boolean): string =>
  found
    ? `These are ${languageName(language)} texts of the record’s paragraphs, as other publications printed them; the record itself is not in ${languageName(language)}.`
    : `No ${languageName(language)} text of the record’s paragraphs that we hold has these words.`;

/** A check of words in another language than the records': none of the texts we hold in it matched, or we hold none. */
export const otherLanguageCheck = (language: string, comparable: boolean): string =>
  comparable
    ? `These words match none of the ${languageName(language)} texts of the record’s passages we recorded. We hold the ${languageName(language)} of some passages only, as other publications printed them.`
    : `We hold no ${languageName(language)} texts of the record to compare these words with.`;

/** What a translation note compares: "AZERTAC's English with the Russian" (for a record nobody translated, the publisher's text with other texts). */
export function translationComparison(record: RecordDescription): string {
  const from = translatedFrom(record);
  const text = `${possessive((record.translator ?? record.publisher).shortName)} ${languageName(record.language)}`;
  return from.length > 0
    ? `${text} with the ${listOf(from.map(languageName))}`
    : `${text} with other texts of it`;
}

/**
 * Who spoke which language and whose the text is: "Vladimir Putin and Ilham Aliyev spoke
 * Russian; the English is AZERTAC's translation." / "Ada Example spoke English; the text is
 * in the language spoken, not a translation."
 */
export function whoSpokeWhat(
  record: RecordDescription,
  people: readonly { id: string; name: string }[],
): string {
  const byLanguage = new Map<string, string[]>();
  for (const person of people) {
    const language = spokenBy(record, person.id);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), person.name]);
  }
  const spoke = listOf(
    [...byLanguage].map(([language, names]) => `${listOf(names)} spoke ${languageName(language)}`),
  );
  const text = languageName(record.language);
  const from = translatedFrom(record);
  if (!record.translator || from.length === 0)
    return `${spoke}; the text is in the language spoken, not a translation.`;
  const whose = `${possessive(record.translator.shortName)} translation`;
  return byLanguage.has(record.language)
    ? `${spoke}; the ${text} of what was said in ${listOf(from.map(languageName))} is ${whose}.`
    : `${spoke}; the ${text} is ${whose}.`;
}

/** The text's language as the home page states it: "in English translation" / "in English, the language spoken". */
export const textKind = (record: RecordDescription): string =>
  translatedFrom(record).length > 0
    ? `in ${languageName(record.language)} translation`
    : `in ${languageName(record.language)}, the language spoken`;

/** What the archive holds, for a page's description: “Meeting of …” for one record, else "the 3 records of <site>". */
export const archiveScope = (titles: readonly string[], siteName: string): string =>
  titles.length === 1 ? `“${titles[0]}”` : `the ${titles.length} records of ${siteName}`;

/** The footer's statement of what the records are: "The record is AZERTAC's English text" / "Each record is its publisher's text (A and B)". */
export function recordsStatement(records: readonly RecordDescription[]): string {
  const [only] = records;
  if (records.length === 1 && only)
    return `The record is ${possessive(only.publisher.shortName)} ${languageName(only.language)} text, reproduced unchanged.`;
  return `Each record is its publisher's text (${listOf([...new Set(records.map((r) => r.publisher.shortName))])}), reproduced unchanged.`;
}

/** Other spellings search accepts, to show as examples: one of each speaker's name ("Aliev"), at most three. */
export const spellingExamples = (
  people: readonly { data: { aliases: readonly string[] } }[],
): string[] => people.flatMap((p) => p.data.aliases.slice(0, 1)).slice(0, 3);
