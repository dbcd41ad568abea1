import { describe, expect, test } from 'vitest';
import { align, editDistance, isTypo, splitWords } from '~/lib/quote-align';
import { diffSegments, spanText } from '~/lib/quote-diff';
import { checkQuote, isSource, rankPassages } from '~/lib/quote-verdict';
import type { Rendering } from '~/lib/search-lexicon';

const TRADE = 'Our trade turnover already exceeds $3 billion and, as you mentioned, has increased by 16 percent.';
const SCHOOLS = 'There are 340 schools in Azerbaijan. More than 15,000 citizens in Azerbaijan study in Russian-language departments at universities. In my opinion, this is a very important basis.';
const DECLARATION = 'Today we will sign the Declaration on Allied Interaction. This is a very important document.';
const RECOGNITION = "Yesterday, Russia decided to recognize the sovereignty of the two people's republics.";
const HELLO = 'Hello. Unfortunately, the pandemic does not allow us to communicate and meet normally. This is somewhat disturbing, but we see each other.';
const paragraphs = [TRADE, SCHOOLS, DECLARATION, RECOGNITION, HELLO].map((text, i) => ({ url: `/transcripts/t/#p${i}`, text }));

const rendering: Rendering = {
  note: 'translation-pandemic-lines',
  title: 'The pandemic lines',
  href: '/notes/translation-pandemic-lines/',
  label: 'Literal rendering of the Russian',
  text: 'Unfortunately, this wretched pandemic does not let us communicate and meet normally, which causes a certain vexation.',
  english: 'Unfortunately, the pandemic does not allow us to communicate and meet normally. This is somewhat disturbing',
  paragraphs: [{ url: '/transcripts/t/#p4', speaker: 'Vladimir Putin', n: '2' }],
};

const check = (quote: string) => checkQuote(quote, paragraphs, [rendering]);

describe('splitWords', () => {
  test('keeps apostrophes and digit separators inside a word and splits on hyphens and dashes', () => {
    expect(splitWords("people's 25,000 Russian-language — $3.5").map((w) => w.key)).toEqual(['peoples', '25000', 'russian', 'language', '35']);
  });

  test('folds typographic apostrophes, case and accents to one key', () => {
    expect(splitWords('People’s Qarabağ').map((w) => w.key)).toEqual(['peoples', 'qarabag']);
  });
});

describe('editDistance and isTypo', () => {
  test('count an adjacent swap as one edit', () => {
    expect(editDistance('recogintion', 'recognition')).toBe(1);
  });

  test('tolerate one edit from five letters and two from nine, but never in a number', () => {
    expect(isTypo('kazakstan', 'kazakhstan')).toBe(true);
    expect(isTypo('cat', 'car')).toBe(false);
    expect(isTypo('vexation', 'relation')).toBe(false);
    expect(isTypo('15000', '25000')).toBe(false);
  });
});

describe('align', () => {
  test('finds a quote inside a longer paragraph with free ends on the record side', () => {
    const a = align(splitWords('we will sign the Declaration'), splitWords(DECLARATION));
    expect(a.verbatim).toBe(true);
    expect(a.from).toBe(1);
    expect(a.to).toBe(6);
  });

  test('pairs a changed number with the record number, even at the start of the quote', () => {
    const a = align(splitWords('More than 25,000 citizens in Azerbaijan study'), splitWords(SCHOOLS));
    expect(a.ops.slice(0, 3).map((o) => o.op)).toEqual(['same', 'same', 'changed']);
    expect(a.numbers).toEqual([{ record: '15,000', quote: '25,000' }]);
  });

  test('reports a dropped word of the record as missing, not as a change', () => {
    const a = align(splitWords('We will sign the Declaration on Allied Interaction'), splitWords(DECLARATION));
    expect(a.ops.filter((o) => o.op !== 'same')).toEqual([]);
    const dropped = align(splitWords('Today we sign the Declaration on Allied Interaction'), splitWords(DECLARATION));
    expect(dropped.ops.filter((o) => o.op !== 'same').map((o) => [o.op, 'record' in o ? o.record.text : ''])).toEqual([['missing', 'will']]);
  });

  test('treats another spelling as the same word, but not as verbatim', () => {
    const a = align(splitWords('Kazakstan'), splitWords('I was talking to the President of Kazakhstan.'));
    expect(a.ops.map((o) => o.op)).toEqual(['variant']);
    expect(a.verbatim).toBe(false);
  });
});

describe('checkQuote verdicts', () => {
  test('verbatim: ignoring case, punctuation, typographic quotes, dashes and spacing', () => {
    const result = check('“today  we will sign the declaration on allied interaction”');
    expect(result.verdict).toBe('verbatim');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p2');
    expect(check('russia decided to recognize the sovereignty of the two people’s republics').verdict).toBe('verbatim');
  });

  test('altered: one number changed, and the number is reported', () => {
    const result = check('Our trade turnover already exceeds $4 billion');
    expect(result.verdict).toBe('altered');
    expect(result.best?.alignment.numbers).toEqual([{ record: '3', quote: '4' }]);
  });

  test('altered: one word replaced', () => {
    const result = check("yesterday Russia decided to recognize the independence of the two people's republics");
    expect(result.verdict).toBe('altered');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p3');
  });

  test('altered: a word dropped', () => {
    expect(check('Our trade turnover exceeds $3 billion').verdict).toBe('altered');
  });

  test('altered: a clause reordered', () => {
    const result = check('the pandemic does not allow us to meet and communicate normally, unfortunately');
    expect(result.verdict).toBe('altered');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p4');
  });

  test('translation: the quote matches a rendering in a translation note better than the record', () => {
    const result = check('which causes a certain vexation');
    expect(result.verdict).toBe('translation');
    expect(result.rendering?.rendering.note).toBe('translation-pandemic-lines');
  });

  test('the record wins over a rendering when the record is as close', () => {
    expect(check('Unfortunately, the pandemic does not allow us to communicate and meet normally').verdict).toBe('verbatim');
  });

  test('absent: an unrelated sentence that shares common words', () => {
    expect(check('This is a very important day for all of us and for them').verdict).toBe('absent');
    expect(check('Russia will defend its interests by all means').verdict).toBe('absent');
  });

  test('absent: an empty quote', () => {
    expect(check(' — ').verdict).toBe('absent');
  });
});

describe('isSource and rankPassages', () => {
  test('a long paragraph holding two words of a long quote is not its source', () => {
    const quote = 'the schools of the city train teachers who then study abroad and come back to teach';
    const [best] = rankPassages(quote, paragraphs);
    expect(isSource(best!.alignment)).toBe(false);
  });

  test('ranks the paragraph holding most of the query in order first', () => {
    const ranked = rankPassages('we saw the declaration on interaction', paragraphs);
    expect(ranked[0]!.paragraph.url).toBe('/transcripts/t/#p2');
  });
});

describe('diffSegments', () => {
  test('marks the record word in del and the quote word in ins, with a number flagged, in the record’s punctuation', () => {
    const { best } = check('More than 25,000 citizens in Azerbaijan study in Russian-language departments');
    const diff = diffSegments(SCHOOLS, best!.alignment, 2);
    const changed = diff.segments.filter((s) => s.kind !== 'same' && s.kind !== 'context');
    expect(changed).toEqual([
      { text: '15,000', kind: 'del', note: 'number' },
      { text: '25,000', kind: 'ins', note: 'number' },
    ]);
    expect(diff.segments.map((s) => s.text).join('')).toContain('in Azerbaijan. More than 15,00025,000 citizens');
    expect(diff.clippedStart).toBe(true);
    expect(diff.clippedEnd).toBe(true);
  });

  test('shows added words of the quote between the record’s words', () => {
    const result = check('We saw the Declaration on Allied Interaction today');
    const diff = diffSegments(DECLARATION, result.best!.alignment, 0);
    expect(diff.segments.filter((s) => s.kind === 'ins').map((s) => s.text)).toContain('saw');
  });

  test('spanText quotes the record’s words of the passage with their closing punctuation', () => {
    const { best } = check('today we will sign the declaration on allied interaction');
    expect(spanText(DECLARATION, best!.alignment)).toBe('Today we will sign the Declaration on Allied Interaction.');
  });
});
