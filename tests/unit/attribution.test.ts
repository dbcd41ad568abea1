import { describe, expect, test } from 'vitest';
import { attributeParagraph } from '~/lib/attribution';
import { describeRecord } from '~/lib/record-description';
import { AZERTAC, AZERTAC_MEETING, ENGLISH_BRIEFING } from '../record-descriptions.ts';

const PEOPLE = new Map([
  ['putin', { name: 'Vladimir Putin', shortName: 'Putin' }],
  ['aliyev', { name: 'Ilham Aliyev', shortName: 'Aliyev' }],
  ['example', { name: 'Ada Example', shortName: 'Example' }],
]);

describe('attributeParagraph', () => {
  test("a speaker's words are his, and say that the English is the translator's", () => {
    expect(
      attributeParagraph({ kind: 'speech', speaker: 'aliyev' }, PEOPLE, AZERTAC_MEETING),
    ).toEqual({
      speaker: 'aliyev',
      who: 'Ilham Aliyev',
      whoShort: 'Aliyev',
      translation: 'English translation: AZERTAC',
      translator: 'AZERTAC',
    });
  });

  test("\"Russian President Vladimir Putin said:\" inside Putin's turn is the agency's line, not Putin's", () => {
    expect(
      attributeParagraph({ kind: 'narration', speaker: 'putin' }, PEOPLE, AZERTAC_MEETING),
    ).toEqual({
      speaker: null,
      who: AZERTAC,
      whoShort: 'AZERTAC',
      translation: null,
      translator: null,
    });
  });

  test("the dateline and lead, outside any turn, are the agency's", () => {
    expect(
      attributeParagraph({ kind: 'narration', speaker: null }, PEOPLE, AZERTAC_MEETING).who,
    ).toBe(AZERTAC);
  });

  test('words spoken in the language of the text carry no translation line', () => {
    expect(
      attributeParagraph({ kind: 'speech', speaker: 'example' }, PEOPLE, ENGLISH_BRIEFING),
    ).toMatchObject({ who: 'Ada Example', translation: null, translator: null });
  });

  test('in a meeting of two languages, only the words of the one who spoke another language than the text are a translation', () => {
    const mixed = describeRecord({
      spoken: { example: 'en', putin: 'ru' },
      language: 'en',
      translator: 'Fixture Translations',
      participants: ['example', 'putin'],
      source: { publisher: 'Fixture Daily' },
    });
    expect(
      attributeParagraph({ kind: 'speech', speaker: 'example' }, PEOPLE, mixed).translation,
    ).toBeNull();
    expect(
      attributeParagraph({ kind: 'speech', speaker: 'putin' }, PEOPLE, mixed).translation,
    ).toBe('English translation: Fixture Translations');
  });

  test('an unknown speaker is an error, not a silent wrong name', () => {
    expect(() =>
      attributeParagraph({ kind: 'speech', speaker: 'tokayev' }, PEOPLE, AZERTAC_MEETING),
    ).toThrow(/speaker "tokayev" has no entry in content\/people/);
  });
});
