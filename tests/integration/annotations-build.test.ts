import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { annotatedContent, type TimelineCitations } from '../annotated-content.ts';
import { buildContent } from '../astro-build.ts';
import { fixtureBuild } from '../fixture-builds.ts';

import type { Element, Root } from 'hast';

/** The text of a node without its editorial parts (data-pagefind-ignore), as the fidelity test reads it. */
function recordText(node: Element | Root): string {
  const strip = (parent: Element | Root): void => {
    parent.children = parent.children.filter(
      (c) => !(c.type === 'element' && c.properties['dataPagefindIgnore'] !== undefined),
    );
    for (const child of parent.children) if (child.type === 'element') strip(child);
  };
  const copy = structuredClone(node);
  strip(copy);
  return toText(copy).replace(/\s+/g, ' ').trim();
}

describe('the production build with notes', { timeout: 300_000 }, () => {
  test('an annotated transcript builds; the marker keeps the words and the note page links back to the paragraph', async () => {
    // The hard-content fixture holds the annotated phrase, the note and the timeline of annotatedContent('context').
    const { dist, output } = await fixtureBuild('hard-content');
    expect(output).toContain('Complete!');
    const read = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const pages = {
      transcript: read('transcripts/sample'),
      note: read('notes/very-glad'),
      timeline: read('timeline'),
    };

    const paragraph = select('#putin-glad .tx-para__text', fromHtml(pages.transcript))!;
    expect(
      select('.tx-note__phrase', paragraph) && toText(select('.tx-note__phrase', paragraph)!),
    ).toBe('very glad');
    expect(selectAll('[data-pagefind-ignore]', paragraph).length).toBeGreaterThan(0);
    expect(recordText(paragraph)).toBe(
      'In any case, let me repeat that I am very glad to see you.',
    );

    const note = fromHtml(pages.note);
    expect(
      select('article[data-pagefind-body][data-pagefind-filter="kind:annotation"] h1', note),
    ).toBeTruthy();
    expect(selectAll('.tx-backlinks a', note).map((a) => a.properties?.['href'])).toEqual([
      '/transcripts/sample/#putin-glad',
      '/timeline/#meeting',
    ]);
    expect(
      select(
        '.tx-event[data-meeting] a[href="/transcripts/sample/#putin-glad"]',
        fromHtml(pages.timeline),
      ),
    ).toBeTruthy();
  });

  const BAD: [string, string, TimelineCitations, RegExp][] = [
    [
      'a note without a source',
      'no-source',
      {},
      /notes\/very-glad\.md[\s\S]*sources|sources[\s\S]*notes\/very-glad\.md/,
    ],
    [
      'a note naming a person with no file',
      'unknown-person',
      {},
      /notes\/very-glad\.md: people: "tokayev" is not a person in content\/people\//,
    ],
    [
      'a timeline entry naming a paragraph that does not exist',
      'context',
      { paragraph: 'sample#putin-nothing' },
      /timeline\.yaml: entry "meeting": paragraphs: "sample#putin-nothing" names no paragraph/,
    ],
    [
      'a timeline entry naming a note that does not exist',
      'context',
      { note: 'no-such-note' },
      /timeline\.yaml: entry "meeting": notes: "no-such-note" is not a note/,
    ],
  ];
  for (const [name, note, timeline, message] of BAD) {
    test(`${name}: the build fails, naming the file`, async () => {
      const { status, output } = await buildContent(annotatedContent(note, timeline));
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
    });
  }
});
