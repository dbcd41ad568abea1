import { describe, expect, test } from 'vitest';
import { quoteWithAttribution, speakerOf } from '~/lib/share';

const NAMES = { putin: 'Vladimir Putin', aliyev: 'Ilham Aliyev' };

describe('speakerOf', () => {
  test("a speaker's words are attributed to him", () => {
    expect(speakerOf({ kind: 'speech', speaker: 'aliyev' }, NAMES, 'AZERTAC')).toBe('Ilham Aliyev');
  });
  test("the agency's lines are the publisher's, even inside a speaker's turn", () => {
    expect(speakerOf({ kind: 'narration', speaker: 'putin' }, NAMES, 'AZERTAC')).toBe('AZERTAC');
  });
  test('an unknown speaker is an error, not a silent wrong name', () => {
    expect(() => speakerOf({ kind: 'speech', speaker: 'tokayev' }, NAMES, 'AZERTAC')).toThrow(/no name for speaker "tokayev"/);
  });
});

describe('quoteWithAttribution', () => {
  test('gives the words verbatim, who, where and when, whose English it is, and the link', () => {
    const attribution = { who: 'Vladimir Putin', place: 'Moscow', date: '22 February 2022' };
    expect(quoteWithAttribution("This is not true at all.", attribution, 'AZERTAC', 'https://example.org/t/#putin-empire')).toBe(
      '“This is not true at all.” — Vladimir Putin, Moscow, 22 February 2022. English text: AZERTAC. https://example.org/t/#putin-empire',
    );
  });
});
