import { describe, expect, test } from 'vitest';
import { attributedQuote, quoteWithAttribution } from '~/lib/share';

const SPEECH = {
  who: 'Vladimir Putin',
  translation: 'English translation: AZERTAC',
  translator: 'AZERTAC',
  place: 'Moscow',
  date: '22 February 2022',
};
const NARRATION = {
  who: 'AZERTAC (Azerbaijan State News Agency)',
  translation: null,
  translator: null,
  place: 'Moscow',
  date: '22 February 2022',
};

describe('quoteWithAttribution', () => {
  test("a speaker's words: verbatim, who, where and when, whose translation, and the link", () => {
    expect(
      quoteWithAttribution(
        'This is not true at all.',
        SPEECH,
        'https://example.org/t/#putin-empire',
      ),
    ).toBe(
      '“This is not true at all.” — Vladimir Putin, Moscow, 22 February 2022. English translation: AZERTAC. https://example.org/t/#putin-empire',
    );
  });

  test("the agency's own lines are the agency's, with no translation line", () => {
    expect(
      quoteWithAttribution(
        'Russian President Vladimir Putin said:',
        NARRATION,
        'https://example.org/t/#putin-said',
      ),
    ).toBe(
      '“Russian President Vladimir Putin said:” — AZERTAC (Azerbaijan State News Agency), Moscow, 22 February 2022. https://example.org/t/#putin-said',
    );
  });

  test('the native-share text is the same attribution without the link', () => {
    expect(attributedQuote('Hello.', SPEECH)).toBe(
      '“Hello.” — Vladimir Putin, Moscow, 22 February 2022. English translation: AZERTAC.',
    );
  });
});
