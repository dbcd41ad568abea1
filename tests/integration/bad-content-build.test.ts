import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { BAD_CONTENT, ESCAPED_RECORD, FIXTURE_TRANSCRIPT, LONG_PARAGRAPH, fixtureContent } from '../fixture-content.ts';
import { ROOT, astroBuild } from '../astro-build.ts';

/** A translation note on the fixture's paragraph "putin-glad". */
const TRANSLATION_NOTE = `---
title: "Glad"
kind: translation
summary: "The Russian says glad."
sources:
  - title: "Report"
    publisher: "TASS"
    date: 2022-02-22
    url: "https://tass.com/politics/1408335"
people: ["putin"]
english: "very glad to see you"
russian: "очень рад вас видеть"
literal: "very glad to see you"
---

The note.
`;

/** A timeline whose one entry has no id: Astro's file() loader would drop it and build on. */
const TIMELINE_WITHOUT_ID = `- date: 2022-02-22
  title: "The meeting"
  text: "Putin and Aliyev meet."
  sources:
    - title: "Report"
      publisher: "AZERTAC"
      date: 2022-02-22
      url: "https://azertag.az/en"
`;

/** Rewrites a content folder's anchor lock, as an editor would after an intended change. */
function relock(contentDir: string): void {
  const result = spawnSync('npm', ['run', 'anchors:update'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
  if (result.status !== 0) throw new Error(`anchors:update failed:\n${result.stderr}`);
}

/** Text of one paragraph of the fixture transcript in a built page. */
function renderedParagraph(html: string, id: string): string {
  const node = select(`#${id} .tx-para__text`, fromHtml(html));
  if (!node) throw new Error(`#${id} is not in the built page`);
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** Runs a real production build over a content folder; returns its exit code, output and the transcript page. */
function build(contentDir: string) {
  // Inside the project: Astro keeps prerender chunks next to an outDir within the working directory.
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.builds', 'fixture-'));
  const { status, output } = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') });
  const html = status === 0 ? readFileSync(join(work, 'dist/transcripts/sample/index.html'), 'utf8') : '';
  rmSync(work, { recursive: true, force: true });
  return { status, output, html };
}

// A few end-to-end proofs that the build itself refuses bad content; every case is unit-tested in content.test.ts.
const CASES = ['impossible date', 'unknown speaker', 'changed text without a lock update', 'duplicate id', 'broken MDX (an unclosed tag)', 'a misspelt frontmatter key'] as const;

describe('the production build refuses bad content and renders hard content faithfully', { timeout: 120_000 }, () => {
  test('the valid fixture builds', () => {
    const { status, output } = build(fixtureContent());
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  for (const name of CASES) {
    test(`${name}: the build fails naming the file and line`, () => {
      const { edit, line, message } = BAD_CONTENT[name]!;
      const { status, output } = build(fixtureContent(edit));
      expect(status).not.toBe(0);
      expect(output).toContain(`${FIXTURE_TRANSCRIPT}:${line}:`);
      expect(output).toMatch(message);
    });
  }

  test("characters that need escaping in MDX render as the record's own characters", () => {
    const dir = fixtureContent(ESCAPED_RECORD.edit, ESCAPED_RECORD.source);
    relock(dir);
    const { status, html } = build(dir);
    expect(status).toBe(0);
    expect(renderedParagraph(html, ESCAPED_RECORD.id)).toBe(ESCAPED_RECORD.text);
  });

  test('an over-long paragraph renders whole', () => {
    const dir = fixtureContent(LONG_PARAGRAPH.edit, LONG_PARAGRAPH.source);
    relock(dir);
    const { status, html } = build(dir);
    expect(status).toBe(0);
    expect(renderedParagraph(html, LONG_PARAGRAPH.id)).toBe(LONG_PARAGRAPH.edit.replace);
  });

  test('a misspelt key in a translation note fails naming the file, the line and the key it means', () => {
    const dir = fixtureContent();
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/translation-glad.md'), TRANSLATION_NOTE.replace('russian:', 'russain:'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('notes/translation-glad.md:12: unknown key "russain" (did you mean "russian"?)');
  });

  test('a timeline entry without an id fails naming the file and the entry, where it used to be dropped', () => {
    const dir = fixtureContent();
    writeFileSync(join(dir, 'timeline.yaml'), TIMELINE_WITHOUT_ID);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('timeline.yaml:1: 0.id: missing: every timeline entry needs an `id:` line');
  });

  test('a transcript missing a required frontmatter field fails naming the file and the field', () => {
    const dir = fixtureContent({ file: FIXTURE_TRANSCRIPT, find: 'place: Moscow\n', replace: '' });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/sample/);
    expect(output).toMatch(/place/);
  });
});
