import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ContentError } from '~/lib/content-error';
import { contentPaths } from '~/lib/content-paths';
import { personSchema, transcriptSchema } from '~/lib/schemas';
import {
  contextReader,
  readContext,
  readTranscript,
  transcriptFiles,
} from '~/lib/transcript-source';
import {
  BAD_CONTENT,
  ESCAPED_RECORD,
  FIXTURE_CONTENT,
  FIXTURE_TRANSCRIPT,
  fixtureContent,
} from '../fixture-content.ts';

/** Reads the fixture transcript from a content folder the way the build does. */
function readFixture(dir: string) {
  return readTranscript(
    join(dir, FIXTURE_TRANSCRIPT),
    readContext(contentPaths(dir)),
    join(dir, '..'),
  );
}

describe('the real content', () => {
  const paths = contentPaths();

  test('every transcript passes the record checks and its frontmatter schema', () => {
    const files = transcriptFiles(paths);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { frontmatter, record } = readTranscript(file, readContext(paths));
      expect(() => transcriptSchema.parse(frontmatter)).not.toThrow();
      expect(record.paragraphs.length).toBeGreaterThan(0);
    }
  });

  test('the AZERTAC transcript has the agency lead, 18 + 5 paragraphs of remarks and the closing line', () => {
    const { record } = readTranscript(
      join(paths.transcripts, '2022-02-22-putin-aliyev.mdx'),
      readContext(paths),
    );
    const speeches = record.turns.map((t) => [
      t.speaker,
      t.paragraphs.filter((p) => p.kind === 'speech').length,
    ]);
    expect(speeches).toEqual([
      [null, 0],
      ['putin', 18],
      ['aliyev', 5],
      ['putin', 1],
    ]);
    expect(record.paragraphs.at(-1)?.text).toBe('President Vladimir Putin: Thank you.');
  });

  test('every person file matches the person schema', () => {
    for (const name of readdirSync(paths.people)) {
      const { frontmatter } = parseFrontmatter(readFileSync(join(paths.people, name), 'utf8'));
      expect(() => personSchema.parse(frontmatter), name).not.toThrow();
    }
  });
});

describe('the valid fixture', () => {
  test('reads without errors', () => {
    expect(readFixture(FIXTURE_CONTENT).record.paragraphs.map((p) => p.id)).toEqual([
      'addressed',
      'putin-said',
      'putin-regional',
      'putin-glad',
      'aliyev-visit',
    ]);
  });
});

describe('the context the build validates each transcript against', () => {
  test('is read once for all transcripts, and again when the lock or the people folder changes', () => {
    const dir = fixtureContent();
    try {
      const paths = contentPaths(dir);
      const context = contextReader(paths);
      const first = context();
      expect(context()).toBe(first);
      // Edits in `astro dev`, each dated a little later, as a later save would be: a new person, then a new lock.
      const later = (path: string, seconds: number): void =>
        utimesSync(path, new Date(), new Date(Date.now() + seconds * 1000));
      writeFileSync(
        join(paths.people, 'newcomer.md'),
        '---\nname: A Newcomer\nshortName: Newcomer\n---\n',
      );
      later(paths.people, 5);
      const withPerson = context();
      expect(withPerson.people.has('newcomer')).toBe(true);
      expect(first.people.has('newcomer')).toBe(false);
      writeFileSync(paths.lock, JSON.stringify({ other: { 'p-1': 'abc' } }));
      later(paths.lock, 10);
      expect(context().lock).toEqual({ other: { 'p-1': 'abc' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad content fails with the file, the line and the problem', () => {
  for (const [name, { edit, line, message }] of Object.entries(BAD_CONTENT)) {
    test(name, () => {
      const dir = fixtureContent(edit);
      let error: unknown;
      try {
        readFixture(dir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContentError);
      const { file, message: text } = error as ContentError;
      expect(file).toMatch(/transcripts\/sample\.mdx$/);
      expect(text).toMatch(message);
      expect(text).toContain(`sample.mdx:${line}:`);
    });
  }
});

describe('record text that needs escaping in MDX', () => {
  test('escaped <, {, * and a bare & are read as the literal characters', () => {
    const dir = fixtureContent(ESCAPED_RECORD.edit, ESCAPED_RECORD.source);
    const { record } = readTranscript(
      join(dir, FIXTURE_TRANSCRIPT),
      readContext(contentPaths(dir), { withLock: false }),
      join(dir, '..'),
    );
    expect(record.paragraphs.find((p) => p.id === ESCAPED_RECORD.id)?.text).toBe(
      ESCAPED_RECORD.text,
    );
  });
});
