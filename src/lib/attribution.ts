/**
 * Who a paragraph of the record is attributed to, decided in one place. Every
 * page and file that names the author of a paragraph (home page highlights,
 * share pages, quote cards, copied quotes, citations, structured data, open
 * data, search records) calls `attributeParagraph`, so they cannot disagree.
 *
 * The rule: a paragraph of speech is the speaker's, but the presidents spoke
 * Russian, so its English is the publisher's translation and says so; the
 * agency's own lines (dateline, lead, "Russian President Vladimir Putin
 * said:") are the publisher's, even inside a speaker's turn. Pure: runs in
 * the build and in the browser.
 */
import type { ParagraphKind } from './record.ts';

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
   * For speech: the line that says the English is a translation and by whom,
   * "English translation: AZERTAC". Null for the publisher's own lines.
   */
  translation: string | null;
  /** For speech, who translated it: the publisher's short name ("AZERTAC"); null for the publisher's own lines. */
  translator: string | null;
}

/** The short name of a publisher: "AZERTAC (Azerbaijan State News Agency)" → "AZERTAC". */
export function publisherShortName(publisher: string): string {
  return publisher.replace(/\s*\(.*\)\s*$/, '').trim() || publisher;
}

/** "English translation: AZERTAC": what every quote of a speaker carries, on the page, the card and the clipboard. */
export const translationLine = (publisher: string): string => `English translation: ${publisherShortName(publisher)}`;

/**
 * The attribution of one paragraph. Throws when a paragraph of speech names a
 * speaker with no names: a wrong or silent attribution is worse than a failed build.
 */
export function attributeParagraph(paragraph: { kind: ParagraphKind; speaker: string | null }, people: ReadonlyMap<string, PersonNames>, publisher: string): ParagraphAttribution {
  if (paragraph.kind === 'speech' && paragraph.speaker !== null) {
    const person = people.get(paragraph.speaker);
    if (!person) throw new Error(`attributeParagraph: speaker "${paragraph.speaker}" has no entry in content/people/`);
    return {
      speaker: paragraph.speaker,
      who: person.name,
      whoShort: person.shortName,
      translation: translationLine(publisher),
      translator: publisherShortName(publisher),
    };
  }
  return { speaker: null, who: publisher, whoShort: publisherShortName(publisher), translation: null, translator: null };
}
