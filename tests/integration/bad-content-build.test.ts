import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BAD_CONTENT,
  ESCAPED_RECORD,
  FIXTURE_TRANSCRIPT,
  LONG_PARAGRAPH,
  TIMELINE,
  TRANSLATION_NOTE,
  fixtureContent,
} from '../fixture-content.ts';
import { buildContent } from '../astro-build.ts';
import { fixtureBuild, type FixtureBuild } from '../fixture-builds.ts';

/** Text of one paragraph of the fixture transcript in a built page. */
function renderedParagraph(html: string, id: string): string {
  const node = select(`#${id} .tx-para__text`, fromHtml(html));
  if (!node) throw new Error(`#${id} is not in the built page`);
  return toText(node).replace(/\s+/g, ' ').trim();
}

describe('the production build renders hard content faithfully', () => {
  // One build holds every hard case, each in its own paragraph (tests/fixture-builds.ts).
  let built: FixtureBuild;
  let html = '';
  beforeAll(async () => {
    built = await fixtureBuild('hard-content');
    html = readFileSync(join(built.dist, 'transcripts/sample/index.html'), 'utf8');
  }, 300_000);

  test('the fixture builds', () => {
    expect(built.output).toContain('Complete!');
  });

  test("characters that need escaping in MDX render as the record's own characters", () => {
    expect(renderedParagraph(html, ESCAPED_RECORD.id)).toBe(ESCAPED_RECORD.text);
  });

  test('an over-long paragraph renders whole', () => {
    expect(renderedParagraph(html, LONG_PARAGRAPH.id)).toBe(LONG_PARAGRAPH.edit.replace);
  });
});

// A few end-to-end proofs that the build itself refuses bad content; every case is unit-tested in content.test.ts.
const CASES = [
  'impossible date',
  'unknown speaker',
  'changed text without a lock update',
  'duplicate id',
  'broken MDX (an unclosed tag)',
  'a misspelt frontmatter key',
] as const;

describe('the production build refuses bad content', { timeout: 120_000 }, () => {
  for (const name of CASES) {
    test(`${name}: the build fails naming the file and line`, async () => {
      const { edit, line, message } = BAD_CONTENT[name]!;
      const { status, output } = await buildContent(fixtureContent(edit));
      expect(status).not.toBe(0);
      expect(output).toContain(`${FIXTURE_TRANSCRIPT}:${line}:`);
      expect(output).toMatch(message);
    });
  }

  test('a misspelt key in a translation note fails naming the file, the line and the key it means', async () => {
    const dir = fixtureContent();
    mkdirSync(join(dir, 'notes'));
    writeFileSync(
      join(dir, 'notes/translation-foresaw.md'),
      TRANSLATION_NOTE.replace('russian:', 'russain:'),
    );
    const { status, output } = await buildContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'notes/translation-foresaw.md:12: unknown key "russain" (did you mean "russian"?)',
    );
  });

  test('a timeline entry without an id fails naming the file and the entry, where it used to be dropped', async () => {
    const dir = fixtureContent();
    writeFileSync(join(dir, 'timeline.yaml'), TIMELINE);
    const { status, output } = await buildContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'timeline.yaml:11: 1.id: missing: every timeline entry needs an `id:` line',
    );
  });

  test('a transcript missing a required frontmatter field fails naming the file and the field', async () => {
    const { status, output } = await buildContent(
      fixtureContent({ file: FIXTURE_TRANSCRIPT, find: 'place: Moscow\n', replace: '' }),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/sample/);
    expect(output).toMatch(/place/);
  });
});
