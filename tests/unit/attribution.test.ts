import { describe, expect, test } from 'vitest';
import { attributeParagraph } from '~/lib/attribution';
import { describeRecord } from '~/lib/record-description';

const PEOPLE = new Map([
  ['putin', { name: 'Vladimir Putin', shortName: 'Putin' }],
  ['aliyev', { name: 'Ilham Aliyev', shortName: 'Aliyev' }],
  ['example', { name: 'Ada Example', shortName: 'Example' }],
]);
const PUBLISHER = 'AZERTAC (Azerbaijan State News Agency)';
/** The meeting as AZERTAC published it: spoken in Russian, AZERTAC's English. */
const TRANSLATED = describeRecord({
  spoken: 'ru',
  language: 'en',
  translator: PUBLISHER,
  participants: ['putin', 'aliyev'],
  source: { publisher: PUBLISHER },
});

describe('attributeParagraph', () => {
  test("a speaker's words are his, and say that the English is the translator's", () => {
    expect(attributeParagraph({ kind: 'speech', speaker: 'aliyev' }, PEOPLE, TRANSLATED)).toEqual({
      speaker: 'aliyev',
      who: 'Ilham Aliyev',
      whoShort: 'Aliyev',
      translation: 'English translation: AZERTAC',
      translator: 'AZERTAC',
    });
  });

  test("\"Russian President Vladimir Putin said:\" inside Putin's turn is the agency's line, not Putin's", () => {
    expect(attributeParagraph({ kind: 'narration', speaker: 'putin' }, PEOPLE, TRANSLATED)).toEqual(
      {
        speaker: null,
        who: PUBLISHER,
        whoShort: 'AZERTAC',
        translation: null,
        translator: null,
      },
    );
  });

  test("the dateline and lead, outside any turn, are the agency's", () => {
    expect(attributeParagraph({ kind: 'narration', speaker: null }, PEOPLE, TRANSLATED).who).toBe(
      PUBLISHER,
    );
  });

  test('words spoken in the language of the text carry no translation line', () => {
    const english = describeRecord({
      spoken: 'en',
      language: 'en',
      participants: ['example'],
      source: { publisher: 'Example Press Office' },
    });
    expect(
      attributeParagraph({ kind: 'speech', speaker: 'example' }, PEOPLE, english),
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
      attributeParagraph({ kind: 'speech', speaker: 'tokayev' }, PEOPLE, TRANSLATED),
    ).toThrow(/speaker "tokayev" has no entry in content\/people/);
  });
});
