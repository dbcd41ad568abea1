import { describe, expect, test } from 'vitest';
import { attributeParagraph, publisherShortName, translationLine } from '~/lib/attribution';

const PEOPLE = new Map([
  ['putin', { name: 'Vladimir Putin', shortName: 'Putin' }],
  ['aliyev', { name: 'Ilham Aliyev', shortName: 'Aliyev' }],
]);
const PUBLISHER = 'AZERTAC (Azerbaijan State News Agency)';

describe('attributeParagraph', () => {
  test("a speaker's words are his, and say that the English is the publisher's translation", () => {
    expect(attributeParagraph({ kind: 'speech', speaker: 'aliyev' }, PEOPLE, PUBLISHER)).toEqual({
      speaker: 'aliyev',
      who: 'Ilham Aliyev',
      whoShort: 'Aliyev',
      translation: 'English translation: AZERTAC',
      translator: 'AZERTAC',
    });
  });

  test("\"Russian President Vladimir Putin said:\" inside Putin's turn is the agency's line, not Putin's", () => {
    expect(attributeParagraph({ kind: 'narration', speaker: 'putin' }, PEOPLE, PUBLISHER)).toEqual({
      speaker: null,
      who: PUBLISHER,
      whoShort: 'AZERTAC',
      translation: null,
      translator: null,
    });
  });

  test("the dateline and lead, outside any turn, are the agency's", () => {
    expect(attributeParagraph({ kind: 'narration', speaker: null }, PEOPLE, PUBLISHER).who).toBe(PUBLISHER);
  });

  test('an unknown speaker is an error, not a silent wrong name', () => {
    expect(() => attributeParagraph({ kind: 'speech', speaker: 'tokayev' }, PEOPLE, PUBLISHER)).toThrow(/speaker "tokayev" has no entry in content\/people/);
  });
});

describe('publisher names', () => {
  test('the short name drops the parenthesis; a name without one stays whole', () => {
    expect(publisherShortName(PUBLISHER)).toBe('AZERTAC');
    expect(publisherShortName('Kremlin')).toBe('Kremlin');
  });

  test('the translation line names the publisher by its short name', () => {
    expect(translationLine(PUBLISHER)).toBe('English translation: AZERTAC');
  });
});
