import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFileDates, checkYamlDates, dayProblem } from '~/lib/content-dates';
import { ContentError } from '~/lib/content-error';

/** The `file:line: problem` message a check throws, or a failed expectation. */
function errorOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

/** Writes a file into a fresh temp folder and returns the folder and the path. */
function tempFile(name: string, text: string): { root: string; path: string } {
  const root = mkdtempSync(join(tmpdir(), 'dates-'));
  const path = join(root, name);
  writeFileSync(path, text);
  return { root, path };
}

describe('dayProblem', () => {
  test('accepts real days, including 29 February of a leap year', () => {
    expect(dayProblem('2022-02-22')).toBeNull();
    expect(dayProblem('2024-02-29')).toBeNull();
    expect(dayProblem('2025-12-31')).toBeNull();
  });

  test('refuses days the month does not have', () => {
    expect(dayProblem('2022-02-30')).toBe('"2022-02-30" is not a date: February 2022 has 28 days');
    expect(dayProblem('2023-02-29')).toBe('"2023-02-29" is not a date: February 2023 has 28 days');
    expect(dayProblem('2025-04-31')).toBe('"2025-04-31" is not a date: April 2025 has 30 days');
    expect(dayProblem('2025-01-00')).toMatch(/January 2025 has 31 days/);
  });

  test('refuses month 13 and anything not written YYYY-MM-DD', () => {
    expect(dayProblem('2022-13-01')).toBe('"2022-13-01" is not a date: there is no month 13');
    for (const bad of ['2022-2-22', '22 February 2022', '2022/02/22', '2022-02-22T10:00:00Z', '']) {
      expect(dayProblem(bad), bad).toMatch(/is not a date of the form YYYY-MM-DD/);
    }
  });
});

describe('dates in content files stop the build at file:line', () => {
  test('a transcript: an impossible meeting date in the frontmatter', () => {
    const { root, path } = tempFile(
      'meeting.mdx',
      '---\ntitle: A meeting\ndate: 2022-02-30\nplace: Moscow\n---\n\n<Narration></Narration>\n',
    );
    expect(errorOf(() => checkFileDates(path, root))).toBe(
      'meeting.mdx:3: date: "2022-02-30" is not a date: February 2022 has 28 days',
    );
  });

  test('a note: a malformed source date, nested in the sources list', () => {
    const note = [
      '---',
      'title: A note',
      'kind: context',
      'sources:',
      '  - title: A page',
      '    publisher: TASS',
      '    date: 2022-02-22',
      '  - title: Another',
      '    publisher: AP',
      '    date: 2024-6-31',
      '    url: https://example.org/',
      '---',
      'Body.',
    ].join('\n');
    const { root, path } = tempFile('note.md', note);
    expect(errorOf(() => checkFileDates(path, root))).toBe(
      'note.md:10: date: "2024-6-31" is not a date of the form YYYY-MM-DD (e.g. 2022-02-22)',
    );
  });

  test('a note: an impossible day in its dates list and an impossible accessed day', () => {
    expect(
      errorOf(() => checkYamlDates('title: x\ndates: [2022-02-22, 2021-11-31]\n', 'n.mdx', 2)),
    ).toBe('n.mdx:3: dates: "2021-11-31" is not a date: November 2021 has 30 days');
    expect(
      errorOf(() =>
        checkYamlDates('sources:\n  - title: x\n    accessed: "2025-02-29"\n', 'n.mdx'),
      ),
    ).toBe('n.mdx:3: accessed: "2025-02-29" is not a date: February 2025 has 28 days');
  });

  test('the timeline: the entry with the impossible day is named by its line', () => {
    const timeline = [
      '- id: ok',
      '  date: 2022-02-22',
      '  title: Fine',
      '- id: bad',
      '  date: 2025-06-31',
      '  title: Not a day',
    ].join('\n');
    const { root, path } = tempFile('timeline.yaml', timeline);
    expect(errorOf(() => checkFileDates(path, root))).toBe(
      'timeline.yaml:5: date: "2025-06-31" is not a date: June 2025 has 30 days',
    );
  });

  test('valid dates, quoted or not, and files without dates pass', () => {
    expect(() =>
      checkYamlDates(
        'date: 2022-02-22\naccessed: "2025-11-30"\ndates:\n  - 2024-02-29\n',
        'ok.yaml',
      ),
    ).not.toThrow();
    const { root, path } = tempFile('person.md', '---\nname: Somebody\n---\nText.\n');
    expect(() => checkFileDates(path, root)).not.toThrow();
  });
});
