import { describe, expect, test } from 'vitest';
import {
  buildExcerpt,
  countMessage,
  highlightRanges,
  hitTerms,
  isFoundAsTyped,
  isRealHit,
  normaliseQuery,
  readHighlightTerms,
  resultHref,
  tokenize,
  toHit,
  wordKey,
  type PagefindResultData,
} from '~/lib/search';

const UKRAINE =
  "Of course, I would like to take this opportunity to inform you about what is happening in Ukraine. As you know, yesterday Russia decided to recognize the sovereignty of the two people's republics of the Donbas.";
const EMPIRE =
  "I want to say from the beginning that we are seeing the speculation on this issue – about Russia's preparations for the restoration of the empire within the borders of the empire. We saw it almost from the beginning. This is not true at all.";

/** Word positions of `words` in `text`, counted the way Pagefind counts them (whitespace-separated). */
const positions = (text: string, ...words: string[]): number[] =>
  text.split(/\s+/).flatMap((w, i) => (words.includes(w) ? [i] : []));

describe('normaliseQuery', () => {
  test('turns typographic apostrophes into the straight one the record uses', () => {
    expect(normaliseQuery('people’s republics').term).toBe("people's republics");
    expect(normaliseQuery('Russia‘s').term).toBe("Russia's");
    expect(normaliseQuery('todayʼs').term).toBe("today's");
  });
  test('leaves a straight apostrophe as it is', () => {
    expect(normaliseQuery("people's republics").term).toBe("people's republics");
  });
  test('trims and collapses white space', () => {
    expect(normaliseQuery('  48th \n  visit ').term).toBe('48th visit');
  });
  test('treats a query wholly in double quotes as a phrase, smart quotes included', () => {
    expect(normaliseQuery('"restoration of the empire"')).toEqual({
      term: '"restoration of the empire"',
      phrase: true,
    });
    expect(normaliseQuery('“restoration of the empire”')).toEqual({
      term: '"restoration of the empire"',
      phrase: true,
    });
  });
  test('does not treat a partly quoted or empty quoted query as a phrase', () => {
    expect(normaliseQuery('"third countries" Ukraine').phrase).toBe(false);
    expect(normaliseQuery('""').phrase).toBe(false);
    expect(normaliseQuery('third countries').phrase).toBe(false);
  });
  test('keeps markup in a query as plain characters', () => {
    expect(normaliseQuery('<img src=x onerror=alert(1)>').term).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('wordKey and tokenize', () => {
  test('make both apostrophes and none the same word', () => {
    expect(wordKey("people's")).toBe('peoples');
    expect(wordKey('people’s')).toBe('peoples');
    expect(wordKey('Peoples')).toBe('peoples');
  });
  test('count a lone dash as a token without a word, as Pagefind counts positions', () => {
    const tokens = tokenize('issue – about');
    expect(tokens.map((t) => t.key)).toEqual(['issue', '', 'about']);
  });
  test('leave punctuation around a word outside its core', () => {
    const [token] = tokenize('“empire.”');
    expect(token).toMatchObject({ start: 0, end: 9, coreStart: 1, coreEnd: 7, key: 'empire' });
  });
});

describe('buildExcerpt', () => {
  test('shows a short paragraph whole with the hit words marked and punctuation left outside the mark', () => {
    const text = 'The example of Kazakhstan also proves and confirms our policy.';
    const excerpt = buildExcerpt(text, [9]);
    expect(excerpt.clippedStart).toBe(false);
    expect(excerpt.clippedEnd).toBe(false);
    expect(excerpt.segments).toEqual([
      { text: 'The example of Kazakhstan also proves and confirms our ', mark: false },
      { text: 'policy', mark: true },
      { text: '.', mark: false },
    ]);
  });
  test('cuts a long paragraph to a window that starts shortly before the first hit', () => {
    const excerpt = buildExcerpt(EMPIRE, positions(EMPIRE, 'restoration'), 12);
    const text = excerpt.segments.map((s) => s.text).join('');
    expect(excerpt.clippedStart).toBe(true);
    expect(excerpt.clippedEnd).toBe(true);
    expect(text.split(' ')).toHaveLength(12);
    expect(text).toContain('restoration of the empire');
    expect(excerpt.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['restoration']);
  });
  test('joins the marks of a run of hit words into one', () => {
    const excerpt = buildExcerpt(UKRAINE, positions(UKRAINE, "people's", 'republics'));
    expect(excerpt.segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      "people's republics",
    ]);
  });
});

describe('hitTerms', () => {
  test('takes the words at the hit positions, as the record spells them', () => {
    expect(hitTerms(UKRAINE, positions(UKRAINE, "people's", 'republics'), false)).toEqual([
      "people's",
      'republics',
    ]);
  });
  test('gives one multi-word term per run of hits for a phrase query', () => {
    // Pagefind's locations for "restoration of the empire" in this paragraph.
    expect(hitTerms(EMPIRE, [22, 23, 24, 25], true)).toEqual(['restoration of the empire']);
  });
  test('leaves common words out of a word-by-word query, so "the" and "of" are not marked everywhere', () => {
    expect(hitTerms(EMPIRE, [22, 23, 24, 25], false)).toEqual(['restoration', 'empire']);
  });
  test('lets a dash inside a phrase keep the run together', () => {
    const text = 'on this issue – about Russia';
    expect(hitTerms(text, [2, 4], true)).toEqual(['issue about']);
  });
  test('lists a repeated word once', () => {
    expect(hitTerms('coup and coup.', [0, 2], false)).toEqual(['coup']);
  });
});

describe('resultHref', () => {
  test('puts the highlight terms before the anchor so the browser still scrolls to the paragraph', () => {
    expect(resultHref('/transcripts/t/#putin-ukraine', ["people's", 'republics'])).toBe(
      '/transcripts/t/?hl=people%27s&hl=republics#putin-ukraine',
    );
  });
  test('keeps a phrase as one parameter', () => {
    expect(resultHref('/meeting/transcripts/t/#putin-empire', ['restoration of the empire'])).toBe(
      '/meeting/transcripts/t/?hl=restoration+of+the+empire#putin-empire',
    );
  });
  test('returns the address unchanged without terms', () => {
    expect(resultHref('/transcripts/t/#lead', [])).toBe('/transcripts/t/#lead');
  });
});

describe('readHighlightTerms and highlightRanges', () => {
  test('read the terms of a result link back as word keys', () => {
    expect(readHighlightTerms('?hl=people%27s&hl=republics')).toEqual([['peoples'], ['republics']]);
    expect(readHighlightTerms('?hl=restoration+of+the+empire')).toEqual([
      ['restoration', 'of', 'the', 'empire'],
    ]);
    expect(readHighlightTerms('?q=x&hl=+&hl=%E2%80%93')).toEqual([]);
  });
  test('find a straight-apostrophe term in text with a typographic apostrophe, and the other way round', () => {
    const curly = 'the two people’s republics';
    expect(highlightRanges(curly, readHighlightTerms("?hl=people's"))).toEqual([[8, 16]]);
    expect(highlightRanges("two people's", readHighlightTerms('?hl=people’s'))).toEqual([[4, 12]]);
  });
  test('mark a phrase only where its words stand together, across a dash', () => {
    const ranges = highlightRanges(EMPIRE, readHighlightTerms('?hl=restoration+of+the+empire'));
    expect(ranges).toHaveLength(1);
    const [[from, to]] = ranges as [[number, number]];
    expect(EMPIRE.slice(from, to)).toBe('restoration of the empire');
    expect(
      highlightRanges('this issue – about it', [['issue', 'about']]).map(([a, b]) =>
        'this issue – about it'.slice(a, b),
      ),
    ).toEqual(['issue – about']);
  });
  test('mark every occurrence of a word, without the punctuation after it', () => {
    const ranges = highlightRanges(EMPIRE, [['empire']]);
    expect(ranges.map(([a, b]) => EMPIRE.slice(a, b))).toEqual(['empire', 'empire']);
  });
  test('merge overlapping ranges, and words only a space apart', () => {
    expect(highlightRanges('third countries', [['third', 'countries'], ['countries']])).toEqual([
      [0, 15],
    ]);
    expect(highlightRanges("two people's republics of", [['peoples'], ['republics']])).toEqual([
      [4, 22],
    ]);
    expect(highlightRanges('coup. The coup', [['coup']])).toEqual([
      [0, 4],
      [10, 14],
    ]);
  });
});

describe('toHit', () => {
  const record: PagefindResultData = {
    url: '/transcripts/t/#putin-ukraine',
    content: UKRAINE,
    locations: positions(UKRAINE, "people's", 'republics'),
    meta: {
      title: 'Vladimir Putin, paragraph 13',
      speaker: 'Vladimir Putin',
      n: '13',
      transcript: 'Meeting',
    },
    filters: { kind: ['record'], speaker: ['Putin'] },
    sub_results: [
      {
        url: '/transcripts/t/#putin-ukraine',
        title: 'Vladimir Putin, paragraph 13',
        locations: [31, 32],
      },
    ],
  };
  test('links a record hit to its paragraph anchor with the matched words', () => {
    const hit = toHit(record, normaliseQuery('people’s republics'));
    expect(hit).toMatchObject({
      href: '/transcripts/t/?hl=people%27s&hl=republics#putin-ukraine',
      kind: 'record',
      label: 'Vladimir Putin',
      n: '13',
      source: 'Meeting',
    });
  });
  test('links a note hit to the anchored section that holds most of its hits', () => {
    const note: PagefindResultData = {
      url: '/notes/declaration/',
      content: 'Declaration. The text. Background on the Declaration on Allied Interaction.',
      locations: [0, 6],
      meta: { title: 'Declaration' },
      filters: { kind: ['annotation'] },
      sub_results: [
        { url: '/notes/declaration/', title: 'Declaration', locations: [0] },
        { url: '/notes/declaration/#background', title: 'Background', locations: [6, 9] },
      ],
    };
    const hit = toHit(note, normaliseQuery('declaration'));
    expect(hit.kind).toBe('annotation');
    expect(hit.label).toBe('Declaration');
    expect(hit.href).toBe('/notes/declaration/?hl=Declaration#background');
    expect(hit.n).toBeUndefined();
  });
});

describe('countMessage', () => {
  test('says how many results there are, in words a screen reader reads well', () => {
    expect(countMessage(1, 'coup')).toBe('1 result for “coup”.');
    expect(countMessage(3, 'Russia')).toBe('3 results for “Russia”.');
    expect(countMessage(0, 'xyz')).toBe('No results for “xyz”.');
    expect(countMessage(0, '')).toBe('');
  });
});

describe('common words in excerpts', () => {
  const text = 'Put them in the box of the Declaration on Allied Interaction.';
  const marks = (locations: number[]) =>
    buildExcerpt(text, locations)
      .segments.filter((s) => s.mark)
      .map((s) => s.text);

  test('a common word alone ("the", "of", "them") is never marked', () => {
    expect(marks([1, 3, 5])).toEqual([]);
  });

  test('a common word inside a run of matched words is marked with them', () => {
    expect(marks([6, 7, 8])).toEqual(['the Declaration on']);
  });
});

describe('isRealHit', () => {
  const content = 'We supported Kazakhstan by all means, and the meetings went on.';
  const hit = (word: string) => ({
    content,
    locations: tokenize(content).flatMap((t, i) => (t.key.startsWith(word) ? [i] : [])),
  });

  test('takes a hit on the word itself, a form of it, or the longer word a prefix starts', () => {
    expect(isRealHit(hit('kazakhstan'), normaliseQuery('Kazakhstan'))).toBe(true);
    expect(isRealHit(hit('meetings'), normaliseQuery('meeting'))).toBe(true);
    expect(isRealHit(hit('kazakhstan'), normaliseQuery('Kazak'))).toBe(true);
  });

  test('refuses Pagefind’s fallback to a shorter start of an unknown word ("Aliev" on "all")', () => {
    expect(isRealHit(hit('all'), normaliseQuery('Aliev'))).toBe(false);
  });
});

describe('isFoundAsTyped', () => {
  const content = 'We supported Kazakhstan by all means, and the meetings went on.';
  const hit = (...words: string[]) => ({
    content,
    locations: tokenize(content).flatMap((t, i) =>
      words.some((w) => t.key.startsWith(w)) ? [i] : [],
    ),
  });

  test('takes the words as written, and a last word the reader is still typing', () => {
    expect(
      isFoundAsTyped(hit('kazakhstan', 'means'), normaliseQuery('Kazakhstan by all means')),
    ).toBe(true);
    expect(
      isFoundAsTyped(hit('kazakhstan', 'means'), normaliseQuery('Kazakhstan by all mea')),
    ).toBe(true);
  });

  test('refuses a word found only in another form, a shortened word before the last, and a typo', () => {
    expect(isFoundAsTyped(hit('meetings', 'went'), normaliseQuery('meeting went'))).toBe(false);
    expect(isFoundAsTyped(hit('kazakhstan', 'means'), normaliseQuery('Kazak means'))).toBe(false);
    expect(isFoundAsTyped(hit('kazakhstan'), normaliseQuery('Kazakstan'))).toBe(false);
  });
});
