import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentHash } from '~/lib/build-cache';
import { ContentError } from '~/lib/content-error';
import { checkContentFiles } from '~/lib/content-files';
import { contentPaths } from '~/lib/content-paths';
import { fileNameProblem, suggestedSlug } from '~/lib/ids';
import { unknownKeyMessage } from '~/lib/schemas';
import {
  FIXTURE_CONTENT,
  TIMELINE,
  TRANSLATION_NOTE as NOTE,
  fixtureContent,
} from '../fixture-content.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** The fixture content with extra files (path inside the folder → text); the error a check of it throws, or null. */
function checkWith(files: Record<string, string>): ContentError | null {
  const dir = fixtureContent();
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  try {
    checkContentFiles(contentPaths(dir), dir);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
}

describe('every content file is checked before the collections load', () => {
  test('the real content and the fixtures pass', () => {
    expect(() => checkContentFiles(contentPaths())).not.toThrow();
    expect(
      checkWith({
        'notes/translation-foresaw.md': NOTE,
        'timeline.yaml': TIMELINE.replace(
          '- date: 2022-02-22',
          '- id: 2022-02-22-meeting\n  date: 2022-02-22',
        ),
      }),
    ).toBeNull();
    expect(() => checkContentFiles(contentPaths(FIXTURE_CONTENT), FIXTURE_CONTENT)).not.toThrow();
  });

  test('a misspelt key in a translation note stops the build at its line, with the key it most likely means', () => {
    const error = checkWith({
      'notes/translation-foresaw.md': NOTE.replace('russian:', 'russain:'),
    });
    expect(error?.message).toBe(
      'notes/translation-foresaw.md:12: unknown key "russain" (did you mean "russian"?): correct its spelling or remove it; the keys allowed here are title, kind, summary, sources, people, dates, unchecked, english, russian, literal',
    );
  });

  test('an unknown key inside a cited source is named with its parent and line', () => {
    const error = checkWith({
      'notes/translation-foresaw.md': NOTE.replace(
        '    publisher: "TASS"',
        '    publisher: "TASS"\n    author: "A. Reporter"',
      ),
    });
    expect(error?.message).toMatch(
      /^notes\/translation-foresaw\.md:8: sources\.0: unknown key "author": correct its spelling or remove it; the keys allowed here are title, publisher, date, accessed, url$/,
    );
  });

  test('an unknown key in a person file, the timeline, places, corrections and site.yaml stops the build at its line', () => {
    expect(
      checkWith({
        'people/putin.md':
          '---\nname: Vladimir Putin\nshortName: Putin\nrole: President\ncountry: Russia\nalias: ["Poutine"]\n---\n',
      })?.message,
    ).toMatch(/^people\/putin\.md:6: unknown key "alias" \(did you mean "aliases"\?\)/);
    expect(
      checkWith({
        'timeline.yaml': TIMELINE.replace(
          '- date: 2022-02-22',
          '- id: meeting\n  date: 2022-02-22\n  paragraph: []',
        ),
      })?.message,
    ).toMatch(/^timeline\.yaml:13: 1: unknown key "paragraph" \(did you mean "paragraphs"\?\)/);
    expect(
      checkWith({
        'places.yaml':
          '- id: karabakh\n  name: Karabakh\n  aliases: [Karabagh]\n  alias: [Qarabag]\n',
      })?.message,
    ).toMatch(/^places\.yaml:4: 0: unknown key "alias" \(did you mean "aliases"\?\)/);
    expect(
      checkWith({
        'corrections.yaml':
          '- id: one\n  date: 2026-11-30\n  what: A change.\n  why: A reason.\n  note: [declaration]\n',
      })?.message,
    ).toMatch(/^corrections\.yaml:5: 0: unknown key "note" \(did you mean "notes"\?\)/);
    expect(
      checkWith({
        'site.yaml':
          'name: A Record\ntagline: A line.\ndescription: A site.\neditor:\n  name: Editors\n  role: Editor\n  email: a@b.org\ncontact: mailto:a@b.org\n',
      })?.message,
    ).toMatch(/^site\.yaml:7: editor: unknown key "email"/);
  });

  test('a timeline entry without an id stops the build at the entry, saying what an id looks like', () => {
    expect(checkWith({ 'timeline.yaml': TIMELINE })?.message).toBe(
      'timeline.yaml:11: 1.id: missing: every timeline entry needs an `id:` line, the day and a few words joined by hyphens (e.g. "2020-11-10-trilateral-statement"), so links and corrections can name it',
    );
  });

  test('two timeline entries with one id stop the build at the second', () => {
    const twice = TIMELINE.replace(
      '- date: 2022-02-22',
      '- id: 2022-02-21-recognition\n  date: 2022-02-22',
    );
    expect(checkWith({ 'timeline.yaml': twice })?.message).toMatch(
      /^timeline\.yaml:11: 1\.id: duplicate id "2022-02-21-recognition"/,
    );
  });

  test('a file name that breaks the slug rule stops the build, naming the file and the name to use', () => {
    const error = checkWith({ 'notes/Empire Remark.md': NOTE });
    expect(error?.message).toBe(
      'notes/Empire Remark.md: the file name "Empire Remark.md" breaks the slug rule: name a note in lower-case letters and digits joined by single hyphens, ending in .md, since its name is its id in links, the anchor lock and search. Rename it, e.g. to "empire-remark.md", and update whatever names the old id',
    );
    expect(checkWith({ 'people/Putin.md': '---\nname: Vladimir Putin\n---\n' })?.message).toMatch(
      /^people\/Putin\.md: .*name a person .* e\.g\. to "putin\.md"/,
    );
    expect(checkWith({ 'sources/sample_2.txt': 'Text.\n' })?.message).toMatch(
      /^sources\/sample_2\.txt: .*name a source copy .* e\.g\. to "sample-2\.txt"/,
    );
  });

  test('a transcript with a name that breaks the slug rule is refused before any other check', () => {
    const dir = fixtureContent();
    dirs.push(dir);
    renameSync(join(dir, 'transcripts/sample.mdx'), join(dir, 'transcripts/Sample_Meeting.mdx'));
    expect(() => checkContentFiles(contentPaths(dir), dir)).toThrow(
      /^transcripts\/Sample_Meeting\.mdx: .*name a transcript .* e\.g\. to "sample-meeting\.mdx"/,
    );
  });

  test('a file of the wrong kind in a folder is refused with the extension it needs', () => {
    expect(checkWith({ 'notes/empire.markdown': NOTE })?.message).toMatch(
      /^notes\/empire\.markdown: .*ending in \.md.* e\.g\. to "empire\.md"/,
    );
  });

  test('a Markdown file without frontmatter is refused at line 1', () => {
    expect(checkWith({ 'people/nobody.md': 'Just text.\n' })?.message).toMatch(
      /^people\/nobody\.md:1: no frontmatter/,
    );
  });
});

describe('the slug rule', () => {
  test('accepts lower-case words and digits joined by single hyphens', () => {
    expect(
      fileNameProblem('2022-02-22-putin-aliyev.mdx', { what: 'a transcript', extension: '.mdx' }),
    ).toBeNull();
    expect(
      fileNameProblem('putin--aliyev.mdx', { what: 'a transcript', extension: '.mdx' }),
    ).toMatch(/breaks the slug rule/);
  });

  test('suggests a slug close to the name', () => {
    expect(suggestedSlug('Aliyev Visit (48th)')).toBe('aliyev-visit-48th');
    expect(suggestedSlug('Ilham Àliyev')).toBe('ilham-aliyev');
  });
});

describe('the message for an unknown key', () => {
  test('suggests a close key, and none when no key is close', () => {
    expect(unknownKeyMessage(['russain'], ['english', 'russian'])).toMatch(
      /^unknown key "russain" \(did you mean "russian"\?\)/,
    );
    expect(unknownKeyMessage(['colour'], ['english', 'russian'])).toBe(
      'unknown key "colour": correct its spelling or remove it; the keys allowed here are english, russian',
    );
  });
});

describe('a warm rebuild checks only what changed (the memo in the cache folder)', () => {
  /** A fixture content folder with a translation note, checked once so its memo holds its good files. */
  function checkedOnce(): { dir: string; memo: string } {
    const dir = fixtureContent();
    dirs.push(dir);
    const memo = join(dir, '.cache/content-checks.json');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/translation-foresaw.md'), NOTE);
    checkContentFiles(contentPaths(dir), dir, memo);
    return { dir, memo };
  }

  test('a file broken after a good run is still refused, on every run until it is fixed', () => {
    const { dir, memo } = checkedOnce();
    writeFileSync(join(dir, 'notes/translation-foresaw.md'), NOTE.replace('russian:', 'russain:'));
    for (let run = 0; run < 2; run += 1)
      expect(() => checkContentFiles(contentPaths(dir), dir, memo)).toThrow(
        /^notes\/translation-foresaw\.md:12: unknown key "russain"/,
      );
    writeFileSync(join(dir, 'notes/translation-foresaw.md'), NOTE);
    expect(() => checkContentFiles(contentPaths(dir), dir, memo)).not.toThrow();
  });

  /** Rewrites the memo so that it vouches for the translation note's text as it is now, as checked by `version`. */
  function vouchForNote(dir: string, memo: string, version?: string): void {
    const remembered = JSON.parse(readFileSync(memo, 'utf8')) as {
      version: string;
      files: string[];
    };
    const note = 'notes/translation-foresaw.md';
    writeFileSync(
      memo,
      JSON.stringify({
        version: version ?? remembered.version,
        files: [...remembered.files, contentHash(note, readFileSync(join(dir, note)))],
      }),
    );
  }

  test('what the memo vouches for is not parsed again; a memo of other code vouches for nothing', () => {
    const { dir, memo } = checkedOnce();
    writeFileSync(join(dir, 'notes/translation-foresaw.md'), NOTE.replace('russian:', 'russain:'));
    vouchForNote(dir, memo);
    expect(() => checkContentFiles(contentPaths(dir), dir, memo)).not.toThrow();
    vouchForNote(dir, memo, 'other code');
    expect(() => checkContentFiles(contentPaths(dir), dir, memo)).toThrow(/unknown key "russain"/);
  });
});
