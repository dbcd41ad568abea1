import { describe, expect, test } from 'vitest';
import { checkAgainstLock, checkAnchorId, lockEntries, textHash } from '~/lib/anchors';

const paragraphs = [
  { id: 'putin-hello', n: 1, text: 'Hello. Thank you for accepting my offer.', line: 10 },
  { id: 'aliyev-thanks', n: 2, text: 'Thank you very much.', line: 14 },
];

describe('checkAnchorId', () => {
  test('accepts lower-case words joined by hyphens', () => {
    for (const id of ['putin-empire', 'aliyev-48th-visit', 'lead', 'p1'])
      expect(checkAnchorId(id)).toBeNull();
  });
  test('rejects capitals, spaces, leading digits, double or trailing hyphens', () => {
    for (const id of ['Putin', 'putin empire', '1st', 'putin--empire', 'putin-', '-putin', '']) {
      expect(checkAnchorId(id)).toMatch(/lower-case/);
    }
  });
  test('rejects ids longer than 32 characters', () => {
    expect(checkAnchorId('a'.repeat(33))).toMatch(/longer than 32/);
  });
});

describe('textHash', () => {
  test('ignores differences in whitespace only', () => {
    expect(textHash('a  b\n c ')).toBe(textHash('a b c'));
  });
  test('changes when a single character changes', () => {
    expect(textHash("people's republics")).not.toBe(textHash('people’s republics'));
  });
});

describe('checkAgainstLock', () => {
  const lock = lockEntries(paragraphs);

  test('a record that matches its lock has no problems', () => {
    expect(checkAgainstLock(paragraphs, lock)).toEqual([]);
  });
  test('reports changed text with the paragraph line', () => {
    const changed = [
      { ...paragraphs[0]!, text: 'Hello. Thank you for accepting my invitation.' },
      paragraphs[1]!,
    ];
    expect(checkAgainstLock(changed, lock)).toEqual([
      { line: 10, message: expect.stringMatching(/text of paragraph "putin-hello" has changed/) },
    ]);
  });
  test('reports a removed anchor and the unlocked new one', () => {
    const renamed = [{ ...paragraphs[0]!, id: 'putin-greeting' }, paragraphs[1]!];
    const problems = checkAgainstLock(renamed, lock).map((p) => p.message);
    expect(problems).toEqual([
      expect.stringMatching(/anchor "putin-hello" .* has disappeared/),
      expect.stringMatching(/"putin-greeting" is not in the anchor lock/),
    ]);
  });
  test('an alias keeps a retired anchor valid', () => {
    const renamed = [{ ...paragraphs[0]!, id: 'putin-greeting' }, paragraphs[1]!];
    const relocked = { ...lock, ...lockEntries(renamed) };
    expect(checkAgainstLock(renamed, relocked, { 'putin-hello': 'putin-greeting' })).toEqual([]);
  });
  test('a transcript missing from the lock is a problem', () => {
    expect(checkAgainstLock(paragraphs, undefined)).toEqual([
      { line: 0, message: expect.stringMatching(/no entry in the anchor lock/) },
    ]);
  });
});
