import { describe, expect, test } from 'vitest';
import { trimQuote, wordCount } from '~/lib/quote';

describe('trimQuote', () => {
  test('returns text that fits unchanged', () => {
    expect(trimQuote('This is not true at all.', 24)).toBe('This is not true at all.');
  });
  test('cuts at a word boundary and ends with an ellipsis within the limit', () => {
    const out = trimQuote(
      'I want to say from the beginning that we are seeing the speculation',
      30,
    );
    expect(out).toBe('I want to say from the…');
    expect(out.length).toBeLessThanOrEqual(30);
  });
  test('ends on a whole sentence when that keeps most of the room', () => {
    const empire = 'We saw it almost from the beginning. This is not true at all.';
    expect(trimQuote(empire, 50)).toBe('We saw it almost from the beginning. …');
  });
  test('prefers a word boundary to a sentence end that would drop most of the room', () => {
    expect(
      trimQuote('Hello. Unfortunately, the pandemic does not allow us to communicate', 40),
    ).toBe('Hello. Unfortunately, the pandemic does…');
  });
  test('drops punctuation and dashes before the ellipsis', () => {
    expect(trimQuote('Today we will sign the Declaration, obviously a new stage', 36)).toBe(
      'Today we will sign the Declaration…',
    );
    expect(trimQuote('about Russia – the empire', 15)).toBe('about Russia…');
  });
  test('cuts inside a single over-long word only when there is no boundary', () => {
    expect(trimQuote('Supercalifragilistic', 6)).toBe('Super…');
  });
  test('rejects a limit too small for any text', () => {
    expect(() => trimQuote('a b', 1)).toThrow(RangeError);
  });
});

describe('wordCount', () => {
  test('counts words separated by any whitespace', () => {
    expect(wordCount(' Hello.  This is\nsomewhat disturbing ')).toBe(5);
  });
});
