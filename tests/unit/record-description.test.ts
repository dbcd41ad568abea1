import { describe, expect, test } from 'vitest';
import {
  describeRecord,
  languageName,
  shortNameOf,
  spokenBy,
  translatedFrom,
} from '~/lib/record-description';
import {
  possessive,
  recordOrigin,
  textKind,
  translationComparison,
  whoSpokeWhat,
  wordsOrigin,
} from '~/lib/wording';

const AZERTAC = 'AZERTAC (Azerbaijan State News Agency)';
const PUTIN_ALIYEV = describeRecord({
  spoken: 'ru',
  language: 'en',
  translator: AZERTAC,
  participants: ['putin', 'aliyev'],
  source: { publisher: AZERTAC },
});
const ENGLISH = describeRecord({
  spoken: 'en',
  language: 'en',
  participants: ['example'],
  source: { publisher: 'Example Press Office' },
});
const OTHER_TRANSLATOR = describeRecord({
  spoken: 'ru',
  language: 'en',
  translator: 'Fixture Translations (a service)',
  participants: ['putin'],
  source: { publisher: 'Fixture Daily' },
});
const MIXED = describeRecord({
  spoken: { xi: 'zh', putin: 'ru' },
  language: 'en',
  translator: 'Fixture Press Agency',
  participants: ['putin', 'xi'],
  source: { publisher: 'Fixture Press Agency' },
});
const PEOPLE = [
  { id: 'putin', name: 'Vladimir Putin' },
  { id: 'aliyev', name: 'Ilham Aliyev' },
];

describe('a record describes itself', () => {
  test('every participant has the language they spoke, and parties have a short name', () => {
    expect(PUTIN_ALIYEV).toEqual({
      language: 'en',
      spoken: { putin: 'ru', aliyev: 'ru' },
      publisher: { name: AZERTAC, shortName: 'AZERTAC' },
      translator: { name: AZERTAC, shortName: 'AZERTAC' },
    });
    expect(spokenBy(MIXED, 'xi')).toBe('zh');
    expect(translatedFrom(MIXED)).toEqual(['ru', 'zh']);
    expect(translatedFrom(ENGLISH)).toEqual([]);
    expect(shortNameOf('Kremlin')).toBe('Kremlin');
    expect(languageName('az')).toBe('Azerbaijani');
  });
});

describe('what pages say of a record', () => {
  test('the line on where the text comes from names the translation, and a translator who is not the publisher', () => {
    const day = new Date('2022-02-22');
    expect(recordOrigin(PUTIN_ALIYEV, day)).toBe(
      "AZERTAC's English, translated from Russian, published 22 February 2022, word for word",
    );
    expect(recordOrigin(ENGLISH, day)).toBe(
      "Example Press Office's English, published 22 February 2022, word for word",
    );
    expect(recordOrigin(OTHER_TRANSLATOR, day)).toBe(
      "Fixture Daily's English, translated from Russian by Fixture Translations, published 22 February 2022, word for word",
    );
    expect(recordOrigin(MIXED, day)).toBe(
      "Fixture Press Agency's English, translated from Russian and Chinese, published 22 February 2022, word for word",
    );
  });

  test("a share page says whose words they are: a translation, the speaker's own, or the publisher's", () => {
    expect(wordsOrigin(PUTIN_ALIYEV, { speaker: 'putin', who: 'Vladimir Putin' })).toBe(
      "Vladimir Putin spoke in Russian. These English words are AZERTAC's translation, not Vladimir Putin's own English.",
    );
    expect(wordsOrigin(ENGLISH, { speaker: 'example', who: 'Ada Example' })).toBe(
      "Ada Example spoke in English: these are the speaker's own words, as published.",
    );
    expect(wordsOrigin(ENGLISH, { speaker: null, who: 'Example Press Office' })).toBe(
      "These are Example Press Office's own words, not a speaker's.",
    );
  });

  test('About says who spoke which language, and whose the text is', () => {
    expect(whoSpokeWhat(PUTIN_ALIYEV, PEOPLE)).toBe(
      "Vladimir Putin and Ilham Aliyev spoke Russian; the English is AZERTAC's translation.",
    );
    expect(whoSpokeWhat(ENGLISH, [{ id: 'example', name: 'Ada Example' }])).toBe(
      'Ada Example spoke English; the text is in the language spoken, not a translation.',
    );
  });

  test("a name ending in s takes only the apostrophe: Language Services' translation", () => {
    expect(possessive('AZERTAC')).toBe("AZERTAC's");
    expect(possessive('Sample Language Services')).toBe("Sample Language Services'");
  });

  test('the home page and the notes controls name the kind of text', () => {
    expect(textKind(PUTIN_ALIYEV)).toBe('in English translation');
    expect(textKind(ENGLISH)).toBe('in English, the language spoken');
    expect(translationComparison(PUTIN_ALIYEV)).toBe("AZERTAC's English with the Russian");
  });
});
