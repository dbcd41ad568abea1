import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPaths } from '~/lib/content-paths';
import { buildLexicon, correctQuery, isKnown, lookupWords, rarityWeight } from '~/lib/search-lexicon';
import { separateBlocks } from '~/lib/search-records';
import { placesSchema } from '~/lib/schemas';
import { searchInput } from '~/lib/search-input';
import { readYamlContent } from '~/lib/yaml-content';
import { noteRenderings } from '../../build-plugins/search-lexicon.ts';

const lexicon = buildLexicon(
  [
    'I was talking to the President of Kazakhstan.',
    'The Nagorno-Karabakh conflict is in the past. Karabakh is Azerbaijan.',
    'Russia decided to recognize the sovereignty of the two republics. The recognition was announced.',
    'President Aliyev, thank you for the meeting.',
  ],
  [
    { name: 'Kazakhstan', aliases: ['Kazakstan'] },
    { name: 'Nagorno-Karabakh', aliases: ['Nagorny Karabakh'] },
    { name: 'Karabakh', aliases: ['Karabagh'] },
    { name: 'Aliyev', aliases: ['Aliev', 'Əliyev'] },
  ],
  [],
);

describe('correctQuery', () => {
  test('writes known variants as the record writes them', () => {
    expect(correctQuery('Karabagh', lexicon)).toEqual({ words: ['Karabakh'], corrections: [{ from: 'Karabagh', to: 'Karabakh', reason: 'variant' }] });
    expect(correctQuery('aliev', lexicon).words).toEqual(['Aliyev']);
    expect(correctQuery('Əliyev', lexicon).words).toEqual(['Aliyev']);
  });

  test('replaces a phrase variant before its words', () => {
    expect(correctQuery('Nagorny Karabakh conflict', lexicon).words).toEqual(['Nagorno-Karabakh', 'conflict']);
  });

  test('corrects a typo of a word the archive holds, and leaves known words, forms and prefixes alone', () => {
    expect(correctQuery('recogniton', lexicon).corrections).toEqual([{ from: 'recogniton', to: 'recognition', reason: 'typo' }]);
    expect(correctQuery('the recognitions of republic', lexicon).corrections).toEqual([]);
    expect(correctQuery('Kazak', lexicon).corrections).toEqual([]);
  });

  test('takes forms and prefixes of the archive’s words as known', () => {
    expect(isKnown('recognitions', lexicon)).toBe(true);
    expect(isKnown('kazak', lexicon)).toBe(true);
    expect(isKnown('xylophone', lexicon)).toBe(false);
  });
});

describe('lookupWords and rarityWeight', () => {
  test('look up the rarer words first, never common words or numbers', () => {
    expect(lookupWords(['the', 'president', 'kazakhstan', '15000'], lexicon)).toEqual(['kazakhstan', 'president']);
  });

  test('weigh a number above a rare word, a rare word above a frequent one, a common word least', () => {
    const weight = rarityWeight(lexicon);
    expect(weight('15000')).toBeGreaterThan(weight('kazakhstan'));
    expect(weight('kazakhstan')).toBeGreaterThan(weight('president'));
    expect(weight('president')).toBeGreaterThan(weight('the'));
  });
});

describe('content for the lexicon', () => {
  test('every place of content/places.yaml has aliases, and a bad entry names the file and line', () => {
    expect(readYamlContent(contentPaths().places, placesSchema).length).toBeGreaterThan(3);
    const dir = mkdtempSync(join(tmpdir(), 'tx-places-'));
    const file = join(dir, 'places.yaml');
    writeFileSync(file, '- id: karabakh\n  name: Karabakh\n  aliases: [Karabagh]\n- id: kazakhstan\n  name: Kazakhstan\n');
    expect(() => readYamlContent(file, placesSchema, dir)).toThrow(/^places\.yaml:4: 1\.aliases: missing/);
  });

  test('every translation note gives at least its literal rendering, tied to the paragraph its marker stands in', () => {
    const marked = new Map([['translation-pandemic-lines', [{ url: '/transcripts/t/#putin-hello', speaker: 'Vladimir Putin', n: '3' }]]]);
    const note = { id: 'translation-pandemic-lines', data: { kind: 'translation', title: 'Pandemic lines', english: 'the pandemic', russian: 'пандемия', literal: 'the pandemic as such' } };
    const context = { id: 'pandemic', data: { kind: 'context', title: 'The pandemic' } };
    const { translations } = searchInput({ transcripts: [], people: [], places: [], notes: [note, context] } as unknown as Parameters<typeof searchInput>[0]);
    expect(translations).toEqual([{ note: 'translation-pandemic-lines', title: 'Pandemic lines', english: 'the pandemic', literal: 'the pandemic as such' }]);
    const renderings = noteRenderings(translations, '/', marked);
    const pandemic = renderings.find((r) => r.note === 'translation-pandemic-lines');
    expect(pandemic?.label).toBe('Literal rendering of the Russian');
    expect(pandemic?.paragraphs[0]?.url).toBe('/transcripts/t/#putin-hello');
    expect(pandemic?.href).toBe('/notes/translation-pandemic-lines/');
  });
});

describe('separateBlocks', () => {
  test('puts a space after block ends, so the indexed text keeps its word boundaries', () => {
    expect(separateBlocks('<dl><dt>AZERTAC’s English</dt><dd>“Russia’s</dd></dl>')).toBe('<dl><dt>AZERTAC’s English</dt> <dd>“Russia’s</dd> </dl> ');
  });
});
