/**
 * Who a paragraph of the record is attributed to, decided in one place. Every
 * page and file that names the author of a paragraph (home page highlights,
 * share pages, quote cards, copied quotes, citations, structured data, open
 * data, search records) calls `attributeParagraph`, so they cannot disagree.
 *
 * The rule: a paragraph of speech is the speaker's; when the speaker spoke
 * another language than the text's, its words are the translator's and say so
 * (record-description.ts knows who spoke what). The publisher's own lines
 * (dateline, lead, "Russian President Vladimir Putin said:") are the
 * publisher's, even inside a speaker's turn. Pure: runs in the build and in
 * the browser.
 */
import type { ParagraphKind } from './record.ts';
import { translatorOfSpeech, type RecordDescription } from './record-description.ts';
import { translationLine } from './wording.ts';

/** Names of a person as labels show them. */
export interface PersonNames {
  /** Full name, e.g. "Vladimir Putin". */
  name: string;
  /** Surname, e.g. "Putin". */
  shortName: string;
}

/** Who stands behind a paragraph's words, and whose English they are. */
export interface ParagraphAttribution {
  /** Person id of the speaker; null when the words are the publisher's own. */
  speaker: string | null;
  /** The speaker's full name, or the publisher's full name. */
  who: string;
  /** The speaker's surname, or the publisher's short name ("AZERTAC"). */
  whoShort: string;
  /**
   * For translated speech: the line that says the text is a translation and by whom,
   * "English translation: AZERTAC". Null for speech in the text's own language and for
   * the publisher's own lines.
   */
  translation: string | null;
  /** For translated speech, who translated it, short name ("AZERTAC"); otherwise null. */
  translator: string | null;
}

/**
 * The attribution of one paragraph. Throws when a paragraph of speech names a
 * speaker with no names: a wrong or silent attribution is worse than a failed build.
 */
export function attributeParagraph(
  paragraph: { kind: ParagraphKind; speaker: string | null },
  people: ReadonlyMap<string, PersonNames>,
  record: RecordDescription,
): ParagraphAttribution {
  if (paragraph.kind === 'speech' && paragraph.speaker !== null) {
    const person = people.get(paragraph.speaker);
    if (!person)
      throw new Error(
        `attributeParagraph: speaker "${paragraph.speaker}" has no entry in content/people/`,
      );
    const translator = translatorOfSpeech(record, paragraph.speaker);
    return {
      speaker: paragraph.speaker,
      who: person.name,
      whoShort: person.shortName,
      translation: translator && translationLine(record.language, translator),
      translator: translator && translator.shortName,
    };
  }
  return {
    speaker: null,
    who: record.publisher.name,
    whoShort: record.publisher.shortName,
    translation: null,
    translator: null,
  };
}
