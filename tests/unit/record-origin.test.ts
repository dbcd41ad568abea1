import { describe, expect, test } from 'vitest';
import { languageName, recordOrigin } from '~/lib/record-origin';

describe('the line on where a record’s text comes from', () => {
  test('is made from the source’s publisher, language and date', () => {
    expect(recordOrigin({ publisher: 'AZERTAC (Azerbaijan State News Agency)', date: new Date('2022-02-22'), language: 'en' })).toBe("AZERTAC's English, published 22 February 2022, word for word");
  });

  test('names another record’s publisher and language the same way', () => {
    expect(recordOrigin({ publisher: 'President of Russia (kremlin.ru)', date: new Date('2021-11-26'), language: 'ru' })).toBe(
      "President of Russia's Russian, published 26 November 2021, word for word",
    );
  });

  test('a language code reads as the language’s English name', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('az')).toBe('Azerbaijani');
  });
});
