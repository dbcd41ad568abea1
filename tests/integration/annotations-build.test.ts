import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { FIXTURE_TRANSCRIPT, fixtureContent } from '../fixture-content.ts';
import { ROOT, astroBuild } from '../astro-build.ts';

import type { Element, Root } from 'hast';

const NOTES = resolve(import.meta.dirname, '../fixtures/notes');

/** The fixture content with one annotated phrase, its note (a fixture of tests/fixtures/notes/) and a timeline. */
function annotatedContent(note: string, timeline: { paragraph?: string; note?: string } = {}): string {
  const dir = fixtureContent({
    file: FIXTURE_TRANSCRIPT,
    find: 'let me repeat that I am very glad to see you.',
    replace: 'let me repeat that I am <N note="very-glad">very glad</N> to see you.',
  });
  mkdirSync(join(dir, 'notes'));
  copyFileSync(join(NOTES, `${note}.md`), join(dir, 'notes/very-glad.md'));
  writeFileSync(
    join(dir, 'timeline.yaml'),
    `- id: meeting
  date: 2022-02-22
  title: The two presidents meet in Moscow
  text: The meeting this transcript records.
  transcript: sample
  sources:
    - title: Press statements
      publisher: Kremlin
      date: 2022-02-22
      url: http://en.kremlin.ru/events/president/transcripts/67837
  paragraphs: ['${timeline.paragraph ?? 'sample#putin-glad'}']
  notes: [${timeline.note ?? 'very-glad'}]
`,
  );
  return dir;
}

/** The text of a node without its editorial parts (data-pagefind-ignore), as the fidelity test reads it. */
function recordText(node: Element | Root): string {
  const strip = (parent: Element | Root): void => {
    parent.children = parent.children.filter((c) => !(c.type === 'element' && c.properties['dataPagefindIgnore'] !== undefined));
    for (const child of parent.children) if (child.type === 'element') strip(child);
  };
  const copy = structuredClone(node);
  strip(copy);
  return toText(copy).replace(/\s+/g, ' ').trim();
}

/** Runs a real production build over a content folder; returns its exit code, output and built pages by path. */
function build(contentDir: string) {
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.builds', 'notes-'));
  const { status, output } = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') });
  const read = (path: string): string => {
    const file = join(work, 'dist', path, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const pages = { transcript: read('transcripts/sample'), note: read('notes/very-glad'), timeline: read('timeline') };
  rmSync(work, { recursive: true, force: true });
  return { status, output, pages };
}

describe('the production build with notes', { timeout: 120_000 }, () => {
  test('an annotated transcript builds; the marker keeps the words and the note page links back to the paragraph', () => {
    const { status, output, pages } = build(annotatedContent('context'));
    expect(output).toContain('Complete!');
    expect(status).toBe(0);

    const paragraph = select('#putin-glad .tx-para__text', fromHtml(pages.transcript))!;
    expect(select('.tx-note__phrase', paragraph) && toText(select('.tx-note__phrase', paragraph)!)).toBe('very glad');
    expect(selectAll('[data-pagefind-ignore]', paragraph).length).toBeGreaterThan(0);
    expect(recordText(paragraph)).toBe('In any case, let me repeat that I am very glad to see you.');

    const note = fromHtml(pages.note);
    expect(select('article[data-pagefind-body][data-pagefind-filter="kind:annotation"] h1', note)).toBeTruthy();
    expect(selectAll('.tx-backlinks a', note).map((a) => a.properties?.['href'])).toEqual(['/transcripts/sample/#putin-glad', '/timeline/#meeting']);
    expect(select('.tx-event[data-meeting] a[href="/transcripts/sample/#putin-glad"]', fromHtml(pages.timeline))).toBeTruthy();
  });

  const BAD: [string, string, { paragraph?: string; note?: string }, RegExp][] = [
    ['a note without a source', 'no-source', {}, /notes\/very-glad\.md[\s\S]*sources|sources[\s\S]*notes\/very-glad\.md/],
    ['a note naming a person with no file', 'unknown-person', {}, /notes\/very-glad\.md: people: "tokayev" is not a person in content\/people\//],
    [
      'a timeline entry naming a paragraph that does not exist',
      'context',
      { paragraph: 'sample#putin-nothing' },
      /timeline\.yaml: entry "meeting": paragraphs: "sample#putin-nothing" names no paragraph/,
    ],
    ['a timeline entry naming a note that does not exist', 'context', { note: 'no-such-note' }, /timeline\.yaml: entry "meeting": notes: "no-such-note" is not a note/],
  ];
  for (const [name, note, timeline, message] of BAD) {
    test(`${name}: the build fails, naming the file`, () => {
      const { status, output } = build(annotatedContent(note, timeline));
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
    });
  }
});
