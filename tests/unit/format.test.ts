import { describe, expect, test } from 'vitest';
import { numberRanges, paragraphsLabel } from '~/lib/format';

describe('paragraph numbers as runs', () => {
  test('consecutive numbers join into a range, a lone number stands alone', () => {
    expect(numberRanges([5, 6, 7, 8, 29])).toBe('5–8, 29');
  });
  test('the label names exactly the set given, whatever its order or repeats', () => {
    expect(paragraphsLabel([29, 5, 6, 6, 7])).toBe('paragraphs 5–7, 29');
  });
  test('one paragraph is “paragraph”, not a range of one', () => {
    expect(paragraphsLabel([29])).toBe('paragraph 29');
    expect(paragraphsLabel([29, 29])).toBe('paragraph 29');
  });
});
