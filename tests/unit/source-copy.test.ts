import { describe, expect, test } from 'vitest';
import { familyNameOrder } from '~/lib/person-name';
import { personSchema } from '~/lib/schemas';
import { compareWithSource, expectedParagraphs, sourceParagraphs } from '~/lib/source-copy';

describe('a source copy', () => {
  test('is read as blank-line separated paragraphs, whitespace folded', () => {
    expect(sourceParagraphs(' date 2022-02-22 Moscow,\n February 22\n\n\nSecond  one.\n \nThird.\n')).toEqual(['date 2022-02-22 Moscow, February 22', 'Second one.', 'Third.']);
  });

  test('less its omitted words: the start of a paragraph, or a whole one', () => {
    const source = ['date 2022-02-22 Moscow, February 22', 'Page footer', 'Text.'];
    expect(expectedParagraphs(source, [{ text: 'date 2022-02-22' }, { text: 'Page footer' }])).toEqual(['Moscow, February 22', 'Text.']);
  });

  test('refuses an omission that begins no paragraph', () => {
    expect(() => expectedParagraphs(['Moscow, February 22'], [{ text: 'date 2022-02-22' }])).toThrow('source.omitted: "date 2022-02-22" begins no paragraph of the source copy');
  });

  test('names the first paragraph where the record departs from it', () => {
    expect(compareWithSource(['One.', 'Two  words.'], ['One.', 'Two words.'])).toBeNull();
    expect(compareWithSource(['One.', 'Two.'], ['One.', 'Too.'])).toEqual({ index: 1, expected: 'Too.', found: 'Two.' });
    expect(compareWithSource(['One.'], ['One.', 'Two.'])).toEqual({ index: 1, expected: 'Two.', found: null });
  });
});

describe('a person’s short name', () => {
  test('is the family name, last or first in the full name', () => {
    expect(familyNameOrder('Vladimir Putin', 'Putin')).toBe('family-last');
    expect(familyNameOrder('Xi Jinping', 'Xi')).toBe('family-first');
    expect(familyNameOrder('Ilham Aliyev', 'Aliev')).toBeNull();
  });

  test('anywhere else is refused by the people schema, with the reason', () => {
    const person = { name: 'Ilham Aliyev', shortName: 'Aliev', role: 'President', country: 'Azerbaijan' };
    const result = personSchema.safeParse(person);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'shortName: "Aliev" must be the family name as written at the start or the end of name "Ilham Aliyev" (e.g. "Putin" of "Vladimir Putin", "Xi" of "Xi Jinping")',
    ]);
    expect(personSchema.parse({ ...person, name: 'Xi Jinping', shortName: 'Xi' }).shortName).toBe('Xi');
  });
});
