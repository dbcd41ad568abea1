import { describe, expect, test } from 'vitest';
import { familyNameOrder } from '~/lib/person-name';
import { personSchema } from '~/lib/schemas';
import { compareWithSource, expectedParagraphs, firstDifference, mismatchMessage, sourceParagraphs } from '~/lib/source-copy';

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

describe('where the record departs from its source copy', () => {
  const long = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(' ');

  test('a late difference in a long paragraph is shown at its first differing word, with context on both sides', () => {
    const found = long.replace('word31', 'WORD31');
    expect(firstDifference(long, found, 3)).toEqual({ word: 31, expected: '…word28 word29 word30 word31 word32 word33 word34…', found: '…word28 word29 word30 WORD31 word32 word33 word34…' });
    const message = mismatchMessage({ index: 4, expected: long, found }, 'putin-empire', 'azertac.txt');
    expect(message).toBe(
      'paragraph 5 ("putin-empire") departs from the source copy azertac.txt at word 31: the copy has "…word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36 word37…" where the record has "…word25 word26 word27 word28 word29 word30 WORD31 word32 word33 word34 word35 word36 word37…". The record must be the copy\'s words exactly: correct the record (or, if our copy is wrong, the copy; words the copy holds that the publisher did not print go under source.omitted).',
    );
  });

  test('a paragraph that stops early, or runs on, is shown to its end', () => {
    expect(firstDifference('One two three four.', 'One two three', 2)).toEqual({ word: 4, expected: '…two three four.', found: '…two three [end of paragraph]' });
    expect(firstDifference('One two.', 'One two. Three.', 2)).toEqual({ word: 3, expected: 'One two. [end of paragraph]', found: 'One two. Three.' });
    expect(firstDifference('Same  words.', 'Same words.')).toBeNull();
  });

  test('a paragraph one side lacks is named by its first words', () => {
    expect(mismatchMessage({ index: 2, expected: 'Thank you.', found: null }, undefined, 'a.txt')).toMatch(
      /^paragraph 3 of the source copy a\.txt is missing from the record, which ends before it: the copy has "Thank you\."/,
    );
    expect(mismatchMessage({ index: 2, expected: null, found: 'An extra line.' }, 'extra', 'a.txt')).toMatch(
      /^paragraph 3 \("extra"\) is not in the source copy a\.txt, which ends before it: the record has "An extra line\."/,
    );
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
