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
import { AZERTAC, AZERTAC_MEETING, ENGLISH_BRIEFING } from '../record-descriptions.ts';

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
    expect(AZERTAC_MEETING).toEqual({
      language: 'en',
      spoken: { putin: 'ru', aliyev: 'ru' },
      publisher: { name: AZERTAC, shortName: 'AZERTAC' },
      translator: { name: AZERTAC, shortName: 'AZERTAC' },
    });
    expect(spokenBy(MIXED, 'xi')).toBe('zh');
    expect(translatedFrom(MIXED)).toEqual(['ru', 'zh']);
    expect(translatedFrom(ENGLISH_BRIEFING)).toEqual([]);
    expect(shortNameOf('Kremlin')).toBe('Kremlin');
    expect(languageName('az')).toBe('Azerbaijani');
  });
});

describe('what pages say of a record', () => {
  test('the line on where the text comes from names the translation, and a translator who is not the publisher', () => {
    const day = new Date('2022-02-22');
    expect(recordOrigin(AZERTAC_MEETING, day)).toBe(
      "AZERTAC's English, translated from Russian, published 22 February 2022, word for word",
    );
    expect(recordOrigin(ENGLISH_BRIEFING, day)).toBe(
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
    expect(wordsOrigin(AZERTAC_MEETING, { speaker: 'putin', who: 'Vladimir Putin' })).toBe(
      "Vladimir Putin spoke in Russian. These English words are AZERTAC's translation, not Vladimir Putin's own English.",
    );
    expect(wordsOrigin(ENGLISH_BRIEFING, { speaker: 'example', who: 'Ada Example' })).toBe(
      "Ada Example spoke in English: these are the speaker's own words, as published.",
    );
    expect(wordsOrigin(ENGLISH_BRIEFING, { speaker: null, who: 'Example Press Office' })).toBe(
      "These are Example Press Office's own words, not a speaker's.",
    );
  });

  test('About says who spoke which language, and whose the text is', () => {
    expect(whoSpokeWhat(AZERTAC_MEETING, PEOPLE)).toBe(
      "Vladimir Putin and Ilham Aliyev spoke Russian; the English is AZERTAC's translation.",
    );
    expect(whoSpokeWhat(ENGLISH_BRIEFING, [{ id: 'example', name: 'Ada Example' }])).toBe(
      'Ada Example spoke English; the text is in the language spoken, not a translation.',
    );
  });

  test("a name ending in s takes only the apostrophe: Language Services' translation", () => {
    expect(possessive('AZERTAC')).toBe("AZERTAC's");
    expect(possessive('Sample Language Services')).toBe("Sample Language Services'");
  });

  test('the home page and the notes controls name the kind of text', () => {
    expect(textKind(AZERTAC_MEETING)).toBe('in English translation');
    expect(textKind(ENGLISH_BRIEFING)).toBe('in English, the language spoken');
    expect(translationComparison(AZERTAC_MEETING)).toBe("AZERTAC's English with the Russian");
  });
});
