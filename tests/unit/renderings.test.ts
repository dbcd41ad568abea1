import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderingLabel, renderingsByParagraph, writtenLanguage } from '~/lib/renderings';
import { readPublications } from '~/lib/renderings-content';
import { contentPaths } from '~/lib/content-paths';

const KNOWN = new Map([['2022-02-22-putin-aliyev', new Set(['putin-hello', 'putin-empire'])]]);

const GOOD = `publisher: TASS
title: A report
date: 2022-02-22
url: https://tass.com/politics/1408335
language: en
record: 2022-02-22-putin-aliyev
excerpts:
  - paragraph: putin-empire
    text: we see and we anticipated speculations
`;

/** A content folder holding one rendering file, read as the build reads it. */
function read(text: string, name = 'tass-empire.yaml') {
  const root = mkdtempSync(join(tmpdir(), 'renderings-'));
  const dir = join(root, 'renderings');
  mkdirSync(dir);
  writeFileSync(join(dir, name), text);
  return () => readPublications(dir, KNOWN, root);
}

describe('content/renderings', () => {
  test('reads a publication with its excerpts, its file name as its id', () => {
    const [publication] = read(GOOD)();
    expect(publication).toMatchObject({ id: 'tass-empire', publisher: 'TASS', language: 'en', excerpts: [{ paragraph: 'putin-empire' }] });
    expect(publication!.date.toISOString().slice(0, 10)).toBe('2022-02-22');
  });

  test('a paragraph the record does not have stops the build at its line', () => {
    expect(read(GOOD.replace('paragraph: putin-empire', 'paragraph: putin-empires'))).toThrow(
      /^renderings\/tass-empire\.yaml:8: excerpts\.0\.paragraph: "putin-empires" is not a paragraph of 2022-02-22-putin-aliyev/,
    );
  });

  test('an unknown key stops the build at its line', () => {
    expect(read(GOOD.replace('language: en', 'language: en\nlanguge: en'))).toThrow(/^renderings\/tass-empire\.yaml:\d+: .*languge/);
  });

  test('a missing source stops the build, naming the field', () => {
    expect(read(GOOD.replace('url: https://tass.com/politics/1408335\n', ''))).toThrow(/^renderings\/tass-empire\.yaml:\d*:? ?url: /);
  });

  test('a file name that breaks the slug rule stops the build, naming the file', () => {
    expect(read(GOOD, 'TASS Empire.yaml')).toThrow(/^renderings\/TASS Empire\.yaml: the file name "TASS Empire\.yaml" breaks the slug rule: .* Rename it, e\.g\. to "tass-empire\.yaml"/);
  });

  test('every file of the project’s content names paragraphs of the anchor lock, in English and Russian', () => {
    const paths = contentPaths();
    const lock = JSON.parse(readFileSync(paths.lock, 'utf8')) as Record<string, Record<string, unknown>>;
    const known = new Map(Object.entries(lock).map(([slug, anchors]) => [slug, new Set(Object.keys(anchors))]));
    const publications = readPublications(paths.renderings, known);
    expect(publications.length).toBeGreaterThanOrEqual(10);
    expect(new Set(publications.map((p) => p.language))).toEqual(new Set(['en', 'ru']));
  });
});

describe('renderings as readers see them', () => {
  test('are grouped by paragraph, and labelled with who printed them, in which language, when', () => {
    const [publication] = read(GOOD)();
    const byParagraph = renderingsByParagraph([publication!], '2022-02-22-putin-aliyev');
    const [rendering] = byParagraph.get('putin-empire') ?? [];
    expect(renderingLabel(rendering!)).toBe('TASS, in English, 22 February 2022');
    expect(byParagraph.get('putin-hello')).toBeUndefined();
  });

  test('a quote in Cyrillic is read as Russian, one in Latin script as the record’s own language', () => {
    expect(writtenLanguage('мы видим и предвидели')).toBe('ru');
    expect(writtenLanguage('We saw it almost from the beginning')).toBeUndefined();
    expect(writtenLanguage('“Russia” — мы видим и предвидели')).toBe('ru');
  });
});
