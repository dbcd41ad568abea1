import { describe, expect, test } from 'vitest';
import {
  MARKER_BREAK,
  encodeTextDirectivePart,
  findDirective,
  findWordMatch,
  selectionLink,
  textDirective,
  wholeWords,
} from '~/lib/text-fragment';

/** Splits a paragraph around the first occurrence of `selected`. */
function select(
  paragraph: string,
  selected: string,
  from = 0,
): { before: string; selected: string; after: string } {
  const at = paragraph.indexOf(selected, from);
  if (at === -1) throw new Error(`"${selected}" is not in the paragraph`);
  return { before: paragraph.slice(0, at), selected, after: paragraph.slice(at + selected.length) };
}

const EMPIRE =
  "I want to say from the beginning that we are seeing the speculation on this issue – about Russia's preparations for the restoration of the empire within the borders of the empire. We saw it almost from the beginning. This is not true at all.";

describe('encodeTextDirectivePart', () => {
  test('percent-encodes the characters the directive syntax uses: hyphen, comma and ampersand', () => {
    expect(encodeTextDirectivePart('one-on-one, trade & economy')).toBe(
      'one%2Don%2Done%2C%20trade%20%26%20economy',
    );
  });
  test('encodes dashes, quotes and non-ASCII letters as UTF-8', () => {
    expect(encodeTextDirectivePart('issue – about “Russia’s”')).toBe(
      'issue%20%E2%80%93%20about%20%E2%80%9CRussia%E2%80%99s%E2%80%9D',
    );
  });
});

describe('findWordMatch', () => {
  test('matches whole words only, ignoring case', () => {
    expect(findWordMatch('the empire within the empire', 'Empire')).toBe(4);
    expect(findWordMatch('imperial empires', 'empire')).toBe(-1);
  });
  test('treats an apostrophe inside a word and digit groups as part of the word', () => {
    expect(findWordMatch("today's life", 'today')).toBe(-1);
    expect(findWordMatch('more than 140,000 children', '140')).toBe(-1);
    expect(findWordMatch('more than 140,000 children', '140,000')).toBe(10);
  });
});

describe('wholeWords', () => {
  test('grows a selection that cuts words to the whole words and drops outer spaces', () => {
    expect(wholeWords(select(EMPIRE, 'estoration of the emp'))).toMatchObject({
      selected: 'restoration of the empire',
    });
    expect(wholeWords(select(EMPIRE, ' is not true '))).toMatchObject({
      selected: 'is not true',
      before: expect.stringMatching(/This $/),
      after: ' at all.',
    });
  });
});

describe('textDirective', () => {
  test('uses the exact words for a short selection that is unique on the page', () => {
    expect(textDirective(select(EMPIRE, 'This is not true at all.'))).toBe(
      'text=This%20is%20not%20true%20at%20all.',
    );
  });

  test('uses textStart,textEnd for a long selection', () => {
    const directive = textDirective(
      select(
        EMPIRE,
        "we are seeing the speculation on this issue – about Russia's preparations for the restoration",
      ),
    );
    expect(directive).toBe('text=we%20are%20seeing%20the,preparations%20for%20the%20restoration');
  });

  test('adds words before the selection as a prefix when the words occur earlier on the page', () => {
    // "the empire" first occurs in "restoration of the empire"; the second needs "borders of" before it.
    const second = EMPIRE.indexOf('the empire. We');
    const directive = textDirective(select(EMPIRE, 'the empire', second));
    expect(directive).toBe('text=borders%20of-,the%20empire');
  });

  test('counts occurrences in the text of the page before the paragraph', () => {
    const earlier =
      'Summary: They spoke about the Declaration on Allied Interaction signed that day.';
    const paragraph =
      'Today we will sign the Declaration on Allied Interaction. Obviously, this is new.';
    expect(textDirective(select(paragraph, 'Declaration on Allied Interaction'), earlier)).toBe(
      'text=sign%20the-,Declaration%20on%20Allied%20Interaction',
    );
    expect(textDirective(select(paragraph, 'Declaration on Allied Interaction'))).toBe(
      'text=Declaration%20on%20Allied%20Interaction',
    );
  });

  test('uses a suffix when the selection opens the paragraph and occurs earlier', () => {
    const earlier = 'You are welcome.';
    const paragraph = 'You are welcome to visit us again.';
    expect(textDirective(select(paragraph, 'You are welcome'), earlier)).toBe(
      'text=You%20are%20welcome,-to',
    );
  });

  test('gives no directive for a selection without words, or one no context can single out', () => {
    expect(textDirective(select(EMPIRE, ' – '))).toBeNull();
    expect(
      textDirective({ before: '', selected: 'Thank you.', after: '' }, 'Thank you.'),
    ).toBeNull();
  });
});

describe('findDirective (how the browser resolves a directive)', () => {
  const page =
    'the coup in Ukraine. It happened after the coup and the illegal seizure of power by those who did it';
  test('takes the first start, or the first start right after its prefix', () => {
    expect(findDirective(page, { start: 'the coup' })).toEqual({ from: 0, to: 8 });
    expect(findDirective(page, { prefix: 'happened after', start: 'the coup' })).toEqual({
      from: 39,
      to: 47,
    });
  });
  test('takes the first end after the start that the suffix follows', () => {
    expect(findDirective(page, { start: 'the coup', end: 'power', suffix: 'by those' })?.to).toBe(
      page.indexOf(' by those'),
    );
    expect(
      findDirective(page, { start: 'the coup', end: 'power', suffix: 'by nobody' }),
    ).toBeNull();
  });
});

describe('selectionLink', () => {
  test('appends the directive after the paragraph anchor', () => {
    expect(
      selectionLink(
        'https://example.org/meeting/transcripts/x/',
        'putin-empire',
        select(EMPIRE, 'not true'),
      ),
    ).toBe('https://example.org/meeting/transcripts/x/#putin-empire:~:text=not%20true');
  });
  test('falls back to the paragraph anchor when no directive is possible', () => {
    expect(
      selectionLink('https://example.org/t/', 'putin-welcome', {
        before: '',
        selected: '…',
        after: '',
      }),
    ).toBe('https://example.org/t/#putin-welcome');
  });
});

describe('selections across an editorial marker', () => {
  const B = MARKER_BREAK;
  const card = `${B}21${B}${B}“Coup” is Putin’s word; he spoke of the illegal seizure of power.${B}`;
  const paragraph = `I want to emphasize that this happened after the coup${card} and the illegal seizure of power by those who carried out this coup.`;
  const selection = `the coup${card} and the illegal seizure of power`;

  test('become textStart,textEnd with the start before the marker and the end after it', () => {
    expect(textDirective(select(paragraph, selection))).toMatch(/^text=the%20coup,/);
  });

  test('single out the end with a suffix when the marker’s own text holds the same words first', () => {
    // "illegal seizure of power" also occurs in the note card, which the browser searches first.
    expect(textDirective(select(paragraph, selection))).toBe(
      'text=the%20coup,illegal%20seizure%20of%20power,-by',
    );
  });

  test('take context only from record words on the same side of a marker', () => {
    const earlier = 'Unfortunately, after the coup in Ukraine, we do not see this level.';
    expect(textDirective(select(paragraph, selection), earlier)).toBe(
      'text=happened%20after-,the%20coup,illegal%20seizure%20of%20power,-by',
    );
    expect(textDirective(select(`A${card} the coup in Ukraine`, 'the coup'), earlier)).toBeNull();
  });
});
