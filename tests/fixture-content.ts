/**
 * Bad-content fixtures: a copy of the valid fixture content folder
 * (tests/fixtures/content) with one named edit applied, in a temp folder.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE_CONTENT = resolve(import.meta.dirname, 'fixtures/content');
export const FIXTURE_TRANSCRIPT = 'transcripts/sample.mdx';
/** The fixture transcript's source copy, which the build compares with its record. */
export const FIXTURE_SOURCE = 'sources/sample.txt';

export interface ContentEdit {
  /** File inside the content folder. */
  file: string;
  /** Exact text to replace; the edit fails loudly if it is not there. */
  find: string;
  replace: string;
}

/** Each bad-content case: the edit, and what the error must say. */
export const BAD_CONTENT: Record<string, { edit: ContentEdit; line: number; message: RegExp }> = {
  'impossible date': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'date: 2022-02-22\nplace',
      replace: 'date: 2022-02-30\nplace',
    },
    line: 3,
    message: /date: "2022-02-30" is not a date: February 2022 has 28 days/,
  },
  'malformed source date': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '  date: 2022-02-22\n  url',
      replace: '  date: 22 February 2022\n  url',
    },
    line: 13,
    message: /date: "22 February 2022" is not a date of the form YYYY-MM-DD/,
  },
  'unknown speaker': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '<Turn speaker="aliyev">',
      replace: '<Turn speaker="aliev">',
    },
    line: 29,
    message: /unknown speaker "aliev"/,
  },
  'duplicate id': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '<P id="putin-glad">',
      replace: '<P id="putin-regional">',
    },
    line: 26,
    message: /duplicate paragraph id "putin-regional" \(first used on line 25\)/,
  },
  'changed text without a lock update': {
    edit: { file: FIXTURE_TRANSCRIPT, find: 'quite effectively', replace: 'very effectively' },
    line: 25,
    message: /text of paragraph "putin-regional" has changed/,
  },
  'removed anchor': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '<P id="putin-glad">',
      replace: '<P id="putin-repeat">',
    },
    line: 26,
    message: /anchor "putin-glad" .* has disappeared/,
  },
  'missing frontmatter field': {
    edit: { file: FIXTURE_TRANSCRIPT, find: 'participants: [putin, aliyev]\n', replace: '' },
    // The frontmatter's first line: a missing field has no line of its own.
    line: 2,
    message: /participants: missing; add it \(expected array\)/,
  },
  'a translated record without its translator': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'translator: AZERTAC (Azerbaijan State News Agency)\n',
      replace: '',
    },
    // The frontmatter's first line: a missing field has no line of its own.
    line: 2,
    message: /translator: the text is in "en" but speech was in "ru": name who translated it/,
  },
  'a translator for a record nobody translated': {
    edit: { file: FIXTURE_TRANSCRIPT, find: 'spoken: ru\n', replace: 'spoken: en\n' },
    line: 8,
    message:
      /translator: everyone spoke "en", the language of the text: nobody translated it, so remove translator/,
  },
  'text outside a turn': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '<Turn speaker="aliyev">',
      replace: 'A stray line.\n\n<Turn speaker="aliyev">',
    },
    line: 29,
    message:
      /expected <Turn speaker="…"> or <Narration> at the top level, found Markdown paragraph/,
  },
  'empty paragraph': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'So our agenda is very extensive. This is a special visit.',
      replace: ' ',
    },
    line: 30,
    message: /paragraph "aliyev-visit" is empty/,
  },
  'markdown syntax inside the record': {
    edit: { file: FIXTURE_TRANSCRIPT, find: 'quite effectively', replace: 'quite *effectively*' },
    line: 25,
    message: /Markdown emphasis inside a record paragraph would change its words/,
  },
  'broken MDX (an unclosed tag)': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'very glad to see you.</P>',
      replace: 'very glad to see you.',
    },
    // MDX reports the start of the enclosing block; its message adds the tag's own position (26:1).
    line: 24,
    message: /MDX syntax error|Expected a closing tag/,
  },
  'unknown component': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'developing quite effectively.',
      replace: 'developing <Em>quite</Em> effectively.',
    },
    line: 25,
    message: /<Em> inside a record paragraph would change its words/,
  },
  'an unescaped brace': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'developing quite effectively.',
      replace: 'developing {quite} effectively.',
    },
    line: 25,
    message: /expression \{quite\}.*write \\\{ for a literal brace/,
  },
  'a source file that does not exist': {
    edit: { file: FIXTURE_TRANSCRIPT, find: 'file: sample.txt', replace: 'file: missing.txt' },
    line: 16,
    message: /source\.file: "missing\.txt" is not a file in .*sources\//,
  },
  'a record that departs from its source copy': {
    edit: { file: FIXTURE_SOURCE, find: 'quite effectively', replace: 'very effectively' },
    line: 25,
    message:
      /paragraph 3 \("putin-regional"\) departs from the source copy sample\.txt at word 5: the copy has "Regional relations are developing very effectively\." where the record has "Regional relations are developing quite effectively\."\. The record must be the copy's words exactly/,
  },
  'a misspelt frontmatter key': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: 'summary: A short',
      replace: 'langauge: ru\nsummary: A short',
    },
    line: 9,
    message:
      /unknown key "langauge" \(did you mean "language"\?\): correct its spelling or remove it; the keys allowed here are title, date, place, /,
  },
  'an unknown key in the source': {
    edit: {
      file: FIXTURE_TRANSCRIPT,
      find: '  file: sample.txt',
      replace: '  file: sample.txt\n  pubisher: AZERTAC',
    },
    line: 17,
    message:
      /source: unknown key "pubisher" \(did you mean "publisher"\?\): correct its spelling or remove it; the keys allowed here are publisher, title, /,
  },
  'invalid anchor id': {
    edit: { file: FIXTURE_TRANSCRIPT, find: '<P id="putin-glad">', replace: '<P id="Putin Glad">' },
    line: 26,
    message: /paragraph id "Putin Glad" must be lower-case/,
  },
};

/** Record text that needs escaping in MDX, written escaped, and the words it must render as. */
export const ESCAPED_RECORD = {
  edit: {
    file: FIXTURE_TRANSCRIPT,
    find: 'Regional relations are developing quite effectively.',
    replace: 'Trade rose \\<16% \\{sic\\} & R&amp;D grew – "quoted" \\*not emphasis\\*.',
  },
  text: 'Trade rose <16% {sic} & R&D grew – "quoted" *not emphasis*.',
  id: 'putin-regional',
  /** The source copy says the same words, unescaped (the build checks the record against it). */
  source: {
    file: FIXTURE_SOURCE,
    find: 'Regional relations are developing quite effectively.',
    replace: 'Trade rose <16% {sic} & R&D grew – "quoted" *not emphasis*.',
  },
};

const LONG_TEXT = Array.from(
  { length: 300 },
  (_, i) => `Sentence ${i + 1} of a very long paragraph.`,
).join(' ');

/** An over-long paragraph (about 3,000 words) that must still render whole. */
export const LONG_PARAGRAPH = {
  edit: {
    file: FIXTURE_TRANSCRIPT,
    find: 'So our agenda is very extensive. This is a special visit.',
    replace: LONG_TEXT,
  },
  id: 'aliyev-visit',
  source: {
    file: FIXTURE_SOURCE,
    find: 'So our agenda is very extensive. This is a special visit.',
    replace: LONG_TEXT,
  },
};

/** Copies the fixture content to a new temp folder, applies the edits, returns the folder. */
export function fixtureContent(...edits: ContentEdit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tx-content-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  for (const { file, find, replace } of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`fixture edit: "${find}" not found in ${file}`);
    writeFileSync(path, text.replace(find, replace));
  }
  return dir;
}

/**
 * A translation note (as `notes/translation-foresaw.md`): its `russian:` key stands on line 12, for the
 * errors that name it.
 */
export const TRANSLATION_NOTE = `---
title: "“We saw it almost from the beginning” for “we foresaw”"
kind: translation
summary: "The Russian says Russia foresaw the speculation."
sources:
  - title: "Report"
    publisher: "TASS"
    date: 2022-02-22
    url: "https://tass.com/politics/1408335"
people: ["putin"]
english: "We saw it almost from the beginning."
russian: "мы видим и предвидели"
literal: "we see and foresaw"
---

The note's text.
`;

/** A timeline of two entries; the second, on line 11, has no id (add one to make it valid). */
export const TIMELINE = `# Events.
- id: 2022-02-21-recognition
  date: 2022-02-21
  title: "Russia recognises the DPR and LPR"
  text: "A decree."
  sources:
    - title: "Decree"
      publisher: "Kremlin"
      date: 2022-02-21
      url: "https://kremlin.ru/events/president/news/67828"
- date: 2022-02-22
  title: "The meeting"
  text: "Putin and Aliyev meet."
  sources:
    - title: "Report"
      publisher: "AZERTAC"
      date: 2022-02-22
      url: "https://azertag.az/en"
`;
