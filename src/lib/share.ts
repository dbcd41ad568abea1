/**
 * How a paragraph is attributed when it leaves the site: on quote cards, share
 * pages and in the text the "Copy quote" button puts on the clipboard. Shared
 * by the build and the browser, so the two always say the same thing.
 */
import type { ParagraphKind } from './record.ts';

export interface Attribution {
  /** Who said the words: the speaker's name, or the publisher for the agency's own lines. */
  who: string;
  place: string;
  /** Date as displayed, e.g. `22 February 2022`. */
  date: string;
}

/**
 * The name a paragraph is attributed to. A speaker's words are his; narration
 * (the dateline, "Russian President Vladimir Putin said:") is the publisher's,
 * even inside a speaker's turn.
 */
export function speakerOf(
  paragraph: { kind: ParagraphKind; speaker: string | null },
  names: Readonly<Record<string, string>>,
  publisher: string,
): string {
  if (paragraph.kind === 'speech' && paragraph.speaker !== null) {
    const name = names[paragraph.speaker];
    if (name === undefined) throw new Error(`speakerOf: no name for speaker "${paragraph.speaker}"`);
    return name;
  }
  return publisher;
}

/** `Vladimir Putin, Moscow, 22 February 2022`. */
export const attributionLine = ({ who, place, date }: Attribution): string => `${who}, ${place}, ${date}`;

/**
 * `“…” — Vladimir Putin, Moscow, 22 February 2022. English text: AZERTAC. https://…/#putin-empire`:
 * the words verbatim, then who, where and when, whose English the words are (the remarks were
 * spoken in Russian), and the link.
 */
export const quoteWithAttribution = (text: string, attribution: Attribution, publisher: string, url: string): string =>
  `“${text}” — ${attributionLine(attribution)}. English text: ${publisher}. ${url}`;
