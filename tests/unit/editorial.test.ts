import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkNotePeople, checkQuotedRecord, checkTimelineEntry, excerptAround, parseParagraphRef, type KnownContent } from '~/lib/editorial';
import { ContentError } from '~/lib/content-error';
import { contentPaths } from '~/lib/content-paths';
import { readEntryIds } from '~/lib/content-files';
import { readContext, readTranscript } from '~/lib/transcript-source';
import { FIXTURE_TRANSCRIPT, fixtureContent } from '../fixture-content.ts';
import { noteFiles, readNote } from '../note-files.ts';

const NOTES = resolve(import.meta.dirname, '../fixtures/notes');
const ROOT = resolve(import.meta.dirname, '../..');
const PEOPLE = { people: new Set(['putin', 'aliyev']) };

/** The ContentError a function throws, or a failed expectation when it throws something else or nothing. */
function contentError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

const readFixtureNote = (name: string) => readNote(join(NOTES, `${name}.md`), PEOPLE, ROOT);

/** A marker on "very glad" in the fixture transcript's paragraph "putin-glad". */
const MARKER = {
  file: FIXTURE_TRANSCRIPT,
  find: 'let me repeat that I am very glad to see you.',
  replace: 'let me repeat that I am <N note="very-glad">very glad</N> to see you.',
};

describe('annotation markers', () => {
  test('a marker naming a missing note fails, naming the transcript file, the line and the note', () => {
    const dir = fixtureContent(MARKER);
    const error = contentError(() => readTranscript(join(dir, FIXTURE_TRANSCRIPT), readContext(contentPaths(dir)), dir));
    expect(error.file).toBe(FIXTURE_TRANSCRIPT);
    expect(error.message).toMatch(/^transcripts\/sample\.mdx:26: <N note="very-glad"> in paragraph "putin-glad" names no file in content\/notes\//);
  });

  test('a marker naming an existing note passes, and the record keeps its words and the marked phrase', () => {
    const dir = fixtureContent(MARKER);
    mkdirSync(join(dir, 'notes'));
    copyFileSync(join(NOTES, 'context.md'), join(dir, 'notes/very-glad.md'));
    const { record } = readTranscript(join(dir, FIXTURE_TRANSCRIPT), readContext(contentPaths(dir)), dir);
    const paragraph = record.paragraphs.find((p) => p.id === 'putin-glad')!;
    expect(paragraph.text).toBe('In any case, let me repeat that I am very glad to see you.');
    expect(paragraph.notes).toEqual(['very-glad']);
    expect(paragraph.marks).toEqual([{ note: 'very-glad', phrase: 'very glad' }]);
  });
});

describe('note files', () => {
  test('a context note and a translation note with sources pass', () => {
    expect(readFixtureNote('context').data.sources[0]?.url).toBe('http://en.kremlin.ru/events/president/transcripts/67837');
    expect(readFixtureNote('translation').data.russian).toBe('главенствующую роль');
  });

  const BAD: Record<string, RegExp> = {
    'no-source': /sources: Too small/,
    'source-without-url': /sources\.0\.url: /,
    'source-without-date': /sources\.0\.date: /,
    'translation-without-russian': /russian: a translation note needs "russian"/,
    'unknown-person': /people: "tokayev" is not a person in content\/people\/ \(known: "putin", "aliyev"\)/,
  };
  for (const [name, message] of Object.entries(BAD)) {
    test(`${name}: the note is refused with a message naming its file`, () => {
      const error = contentError(() => readFixtureNote(name));
      expect(error.file).toBe(`tests/fixtures/notes/${name}.md`);
      expect(error.message.startsWith(`tests/fixtures/notes/${name}.md`)).toBe(true);
      expect(error.problem).toMatch(message);
    });
  }

  test('a note naming a person checks against the people that exist', () => {
    expect(() => checkNotePeople({ file: 'content/notes/x.md', people: ['putin'] }, PEOPLE)).not.toThrow();
    expect(contentError(() => checkNotePeople({ file: 'content/notes/x.md', people: ['nobody'] }, PEOPLE)).file).toBe('content/notes/x.md');
  });
});

describe('timeline entries', () => {
  const known: Omit<KnownContent, 'people'> = {
    notes: new Set(['declaration']),
    paragraphs: new Map([['2022-02-22-putin-aliyev', new Set(['putin-empire', 'aliyev-karabakh'])]]),
  };
  const FILE = 'content/timeline.yaml';
  const entry = (links: { paragraphs?: string[]; notes?: string[] }) => ({ id: 'signing', paragraphs: [], notes: [], ...links });

  test('an entry whose paragraphs and notes exist passes', () => {
    expect(() => checkTimelineEntry(entry({ paragraphs: ['2022-02-22-putin-aliyev#putin-empire'], notes: ['declaration'] }), FILE, known)).not.toThrow();
  });

  const BAD: [string, { paragraphs?: string[]; notes?: string[] }, RegExp][] = [
    ['an unknown transcript', { paragraphs: ['2021-01-01-nowhere#putin-empire'] }, /names transcript "2021-01-01-nowhere", which does not exist/],
    ['an unknown paragraph', { paragraphs: ['2022-02-22-putin-aliyev#putin-nothing'] }, /names no paragraph of transcript "2022-02-22-putin-aliyev"/],
    ['a malformed paragraph reference', { paragraphs: ['putin-empire'] }, /is not of the form <transcript>#<paragraph-id>/],
    ['an unknown note', { notes: ['no-such-note'] }, /notes: "no-such-note" is not a note in content\/notes\//],
  ];
  for (const [name, links, message] of BAD) {
    test(`an entry naming ${name} fails, naming the timeline file and the entry`, () => {
      const error = contentError(() => checkTimelineEntry(entry(links), FILE, known));
      expect(error.file).toBe(FILE);
      expect(error.problem).toMatch(/^entry "signing": /);
      expect(error.problem).toMatch(message);
    });
  }
});

describe('the real notes', () => {
  const paths = contentPaths();
  const files = noteFiles(paths);

  test.skipIf(files.length === 0)('every note passes its schema and names only people that exist', () => {
    const people = { people: readEntryIds(paths.people) };
    for (const file of files) expect(() => readNote(file, people), file).not.toThrow();
  });
});

describe('paragraph references and excerpts', () => {
  test('a paragraph reference names a transcript and an anchor', () => {
    expect(parseParagraphRef('2022-02-22-putin-aliyev#putin-empire')).toEqual({ transcript: '2022-02-22-putin-aliyev', anchor: 'putin-empire' });
    expect(parseParagraphRef('#putin-empire')).toBeNull();
    expect(parseParagraphRef('2022-02-22-putin-aliyev')).toBeNull();
  });

  const TEXT = 'Russia plays a very important and, I would say, the key role in the normalization of relations between Azerbaijan and Armenia.';

  test('a short paragraph is quoted whole around its phrase', () => {
    expect(excerptAround(TEXT, 'the key role', 200)).toEqual({
      before: 'Russia plays a very important and, I would say, ',
      phrase: 'the key role',
      after: ' in the normalization of relations between Azerbaijan and Armenia.',
    });
  });

  test('a long paragraph is cut at whole words on both sides, marked with an ellipsis, within the limit', () => {
    const excerpt = excerptAround(TEXT, 'the key role', 60)!;
    expect(excerpt.phrase).toBe('the key role');
    expect(excerpt.before).toMatch(/^…\S/);
    expect(excerpt.after).toMatch(/\S…$/);
    expect(`${excerpt.before}${excerpt.phrase}${excerpt.after}`.length).toBeLessThanOrEqual(60);
    for (const word of `${excerpt.before}${excerpt.after}`.replace(/…/g, ' ').split(/\s+/).filter(Boolean)) {
      expect(TEXT.split(/\s+/), word).toContain(word);
    }
  });

  test('room the start does not need goes to the end', () => {
    const excerpt = excerptAround(TEXT, 'Russia plays', 50)!;
    expect(excerpt.before).toBe('');
    const length = excerpt.phrase.length + excerpt.after.length;
    expect(length).toBeLessThanOrEqual(50);
    // Half the room would leave at most 12 + 19 characters.
    expect(length).toBeGreaterThan(40);
  });

  test('a phrase that is not in the paragraph gives no excerpt', () => {
    expect(excerptAround(TEXT, 'the leading role', 100)).toBeNull();
  });
});

describe('checkQuotedRecord', () => {
  const citing = [{ id: 'putin-empire', text: "about Russia's preparations for the restoration of the empire" }];

  test('accepts AZERTAC words that stand verbatim in every citing paragraph', () => {
    expect(() => checkQuotedRecord({ file: 'content/notes/x.md', id: 'x', english: "Russia's preparations" }, citing)).not.toThrow();
  });

  test('refuses a quote whose apostrophe differs from the record, naming the note file and the paragraph', () => {
    expect(() => checkQuotedRecord({ file: 'content/notes/x.md', id: 'x', english: 'Russia’s preparations' }, citing)).toThrow(
      /content\/notes\/x\.md: english: "Russia’s preparations" does not stand verbatim in paragraph "putin-empire"/,
    );
  });
});
