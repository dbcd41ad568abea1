import { describe, expect, test } from 'vitest';
import { align, editDistance, isTypo, splitWords } from '~/lib/quote-align';
import { diffSegments, spanText } from '~/lib/quote-diff';
import {
  checkQuote,
  isAltered,
  rankPassages,
  type CandidateParagraph,
  type CandidateRendering,
} from '~/lib/quote-verdict';
import type { RenderingOfParagraph } from '~/lib/renderings';
import { buildLexicon, rarityWeight, type Rendering } from '~/lib/search-lexicon';

const TRADE =
  'Our trade turnover already exceeds $3 billion and, as you mentioned, has increased by 16 percent.';
const SCHOOLS =
  'There are 340 schools in Azerbaijan. More than 15,000 citizens in Azerbaijan study in Russian-language departments at universities. In my opinion, this is a very important basis.';
const DECLARATION =
  'Today we will sign the Declaration on Allied Interaction. This is a very important document.';
const RECOGNITION =
  "Yesterday, Russia decided to recognize the sovereignty of the two people's republics.";
const HELLO =
  'Hello. Unfortunately, the pandemic does not allow us to communicate and meet normally. This is somewhat disturbing, but we see each other.';
const paragraphs = [TRADE, SCHOOLS, DECLARATION, RECOGNITION, HELLO].map((text, i) => ({
  url: `/transcripts/t/#p${i}`,
  text,
}));

const rendering: Rendering = {
  note: 'translation-pandemic-lines',
  title: 'The pandemic lines',
  href: '/notes/translation-pandemic-lines/',
  label: 'Literal rendering of the Russian',
  text: 'Unfortunately, this wretched pandemic does not let us communicate and meet normally, which causes a certain vexation.',
  english:
    'Unfortunately, the pandemic does not allow us to communicate and meet normally. This is somewhat disturbing',
  paragraphs: [{ url: '/transcripts/t/#p4', speaker: 'Vladimir Putin', n: '2' }],
};

const EMPIRE =
  "We saw it almost from the beginning. This is not true at all. We did not talk about Russia's preparations for the restoration of the empire within the borders of the empire.";
const empire = { url: '/transcripts/t/#p5', text: EMPIRE };
paragraphs.push(empire);

/** A publication's rendering of a paragraph, as the transcript's open data gives it. */
const printed = (publisher: string, language: string, text: string): RenderingOfParagraph => ({
  id: publisher.toLowerCase(),
  publisher,
  title: 'A report',
  date: '2022-02-22',
  url: 'https://example.org/report',
  language,
  text,
});
const tass: CandidateRendering = {
  paragraph: empire,
  rendering: printed(
    'TASS',
    'en',
    'I would like to say it right here: we see and we anticipated speculations on this issue that Russia wants to restore the Empire within the Empire’s borders. This is totally false.',
  ),
};
const presidency: CandidateRendering = {
  paragraph: paragraphs[4]!,
  rendering: printed(
    'President.az',
    'en',
    'Hello. Unfortunately, the pandemic does not allow us to communicate and meet properly. Thank you for accepting my invitation.',
  ),
};
const vesti: CandidateRendering = {
  paragraph: empire,
  rendering: printed(
    'Vesti',
    'ru',
    'Хочу сразу сказать: мы видим и предвидели, можно сказать, спекуляции на эту тему, что Россия собирается восстановить империю в границах империи.',
  ),
};

/** Words weighed by their rarity in these paragraphs, as the archive's lexicon weighs them. */
const weight = rarityWeight(
  buildLexicon(
    paragraphs.map((p) => p.text),
    [],
    [],
  ),
);
const check = (quote: string, renderings: readonly CandidateRendering[] = [tass, presidency]) =>
  checkQuote(quote, { paragraphs, renderings, noteRenderings: [rendering] }, { weight });
/** A quote in Russian: no paragraph of the record is in its language, only the Russian renderings. */
const checkRussian = (quote: string) =>
  checkQuote<CandidateParagraph>(quote, {
    paragraphs: [],
    renderings: [vesti],
    noteRenderings: [],
  });

describe('splitWords', () => {
  test('keeps apostrophes and digit separators inside a word and splits on hyphens and dashes', () => {
    expect(splitWords("people's 25,000 Russian-language — $3.5").map((w) => w.key)).toEqual([
      'peoples',
      '25000',
      'russian',
      'language',
      '35',
    ]);
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
    const a = align(
      splitWords('More than 25,000 citizens in Azerbaijan study'),
      splitWords(SCHOOLS),
    );
    expect(a.ops.slice(0, 3).map((o) => o.op)).toEqual(['same', 'same', 'changed']);
    expect(a.numbers).toEqual([{ record: '15,000', quote: '25,000' }]);
  });

  test('reports a dropped word of the record as missing, not as a change', () => {
    const a = align(
      splitWords('We will sign the Declaration on Allied Interaction'),
      splitWords(DECLARATION),
    );
    expect(a.ops.filter((o) => o.op !== 'same')).toEqual([]);
    const dropped = align(
      splitWords('Today we sign the Declaration on Allied Interaction'),
      splitWords(DECLARATION),
    );
    expect(
      dropped.ops
        .filter((o) => o.op !== 'same')
        .map((o) => [o.op, 'record' in o ? o.record.text : '']),
    ).toEqual([['missing', 'will']]);
  });

  test('treats another spelling as the same word, but not as verbatim', () => {
    const a = align(
      splitWords('Kazakstan'),
      splitWords('I was talking to the President of Kazakhstan.'),
    );
    expect(a.ops.map((o) => o.op)).toEqual(['variant']);
    expect(a.verbatim).toBe(false);
  });
});

describe('checkQuote verdicts', () => {
  test('verbatim: ignoring case, punctuation, typographic quotes, dashes and spacing', () => {
    const result = check('“today  we will sign the declaration on allied interaction”');
    expect(result.verdict).toBe('verbatim');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p2');
    expect(
      check('russia decided to recognize the sovereignty of the two people’s republics').verdict,
    ).toBe('verbatim');
  });

  test('altered: one number changed, named first', () => {
    const result = check('Our trade turnover already exceeds $4 billion');
    expect(result.verdict).toBe('altered');
    expect(result.best?.alignment.numbers).toEqual([{ record: '3', quote: '4' }]);
    expect(result.changes[0]).toEqual({ kind: 'number', record: '3', quote: '4' });
  });

  test('altered: one word substituted, the record’s word struck and the new one inserted', () => {
    const result = check(
      "yesterday Russia decided to recognize the independence of the two people's republics",
    );
    expect(result.verdict).toBe('altered');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p3');
    expect(result.changes).toEqual([
      { kind: 'word', record: 'sovereignty', quote: 'independence' },
    ]);
  });

  test('altered: a negation dropped is named as a negation', () => {
    const result = check('We saw it almost from the beginning. This is true at all.');
    expect(result.verdict).toBe('altered');
    expect(result.changes[0]).toMatchObject({ kind: 'negation', record: 'not', quote: null });
  });

  test('altered: another subject is named as a change of who', () => {
    const result = check(
      'Yesterday, Ukraine decided to recognize the sovereignty of the two people’s republics.',
    );
    expect(result.verdict).toBe('altered');
    expect(result.changes[0]).toEqual({ kind: 'who', record: 'Russia', quote: 'Ukraine' });
  });

  test('altered: a word dropped', () => {
    expect(check('Our trade turnover exceeds $3 billion').verdict).toBe('altered');
  });

  test('altered: a clause reordered', () => {
    const result = check(
      'the pandemic does not allow us to meet and communicate normally, unfortunately',
    );
    expect(result.verdict).toBe('altered');
    expect(result.best?.paragraph.url).toBe('/transcripts/t/#p4');
  });

  test('translation: another agency’s English we recorded is named, not called altered or absent', () => {
    const result = check(
      'we see and we anticipated speculations on this issue that Russia wants to restore the Empire within the Empire’s borders',
    );
    expect(result.verdict).toBe('translation');
    expect(result.translation).toMatchObject({
      kind: 'documented',
      rendering: { publisher: 'TASS' },
    });
    expect(result.best?.paragraph.url).toBe(empire.url);
  });

  test('translation: the presidency’s English differs from the record in one word, and is still another translation', () => {
    const result = check('Thank you for accepting my invitation.');
    expect(result.verdict).toBe('translation');
    expect(result.translation).toMatchObject({
      kind: 'documented',
      rendering: { publisher: 'President.az' },
    });
  });

  test('translation: a translation we did not record that holds the passage’s distinctive words is probably another translation', () => {
    const result = check(
      'We expected speculations that Russia intends to restore the empire within the borders of the empire',
      [],
    );
    expect(result.verdict).toBe('translation');
    expect(result.translation).toMatchObject({ kind: 'probable', paragraph: empire });
  });

  test('translation: the quote matches a rendering in a translation note better than the record', () => {
    const result = check('which causes a certain vexation');
    expect(result.verdict).toBe('translation');
    expect(result.translation).toMatchObject({
      kind: 'note',
      rendering: { note: 'translation-pandemic-lines' },
    });
  });

  test('translation: a Russian line printed by a publication we recorded', () => {
    const result = checkRussian('мы видим и предвидели, можно сказать, спекуляции на эту тему');
    expect(result.verdict).toBe('translation');
    expect(result.translation).toMatchObject({
      kind: 'documented',
      rendering: { publisher: 'Vesti', language: 'ru' },
    });
  });

  test('absent: a Russian line no recorded text holds, with nothing guessed', () => {
    const result = checkRussian('Россия никогда не нападёт на Украину, даю вам слово.');
    expect(result.verdict).toBe('absent');
    expect(result.nearest).toEqual([]);
  });

  test('verbatim: words a translation note covers say so', () => {
    const note: Rendering = {
      ...rendering,
      note: 'translation-foresaw',
      english: 'We saw it almost from the beginning.',
      paragraphs: [{ url: empire.url, speaker: 'Vladimir Putin', n: '6' }],
    };
    const result = checkQuote('We saw it almost from the beginning. This is not true at all.', {
      paragraphs,
      renderings: [],
      noteRenderings: [note],
    });
    expect(result.verdict).toBe('verbatim');
    expect(result.notes.map((n) => n.note)).toEqual(['translation-foresaw']);
  });

  test('the record wins over a rendering when the record is as close', () => {
    expect(
      check('Unfortunately, the pandemic does not allow us to communicate and meet normally')
        .verdict,
    ).toBe('verbatim');
  });

  test('absent: a fabricated line that borrows three words of a paragraph says something else', () => {
    const result = check('Russia will restore the empire within five years');
    expect(result.verdict).toBe('absent');
    expect(result.nearest.map((m) => m.paragraph.url)).toContain(empire.url);
  });

  test('absent: a verbatim opening followed by an invented clause is neither altered nor a translation', () => {
    expect(
      check(
        'Our trade turnover already exceeds $3 billion, and we have agreed to abolish all customs duties between our countries.',
      ).verdict,
    ).toBe('absent');
  });

  test('absent: an unrelated sentence that shares common words', () => {
    expect(check('This is a very important day for all of us and for them').verdict).toBe('absent');
    expect(check('Russia will defend its interests by all means').verdict).toBe('absent');
  });

  test('absent: an empty quote', () => {
    expect(check(' — ').verdict).toBe('absent');
  });
});

describe('isAltered and rankPassages', () => {
  test('a long paragraph holding two words of a long quote is not its altered source', () => {
    const quote =
      'the schools of the city train teachers who then study abroad and come back to teach';
    const [best] = rankPassages(quote, paragraphs);
    expect(isAltered(best!.alignment)).toBe(false);
  });

  test('ranks the paragraph holding most of the query in order first', () => {
    const ranked = rankPassages('we saw the declaration on interaction', paragraphs);
    expect(ranked[0]!.paragraph.url).toBe('/transcripts/t/#p2');
  });
});

describe('diffSegments', () => {
  test('marks the record word in del and the quote word in ins, with a number flagged, in the record’s punctuation', () => {
    const { best } = check(
      'More than 25,000 citizens in Azerbaijan study in Russian-language departments',
    );
    const diff = diffSegments(SCHOOLS, best!.alignment, 2);
    const changed = diff.segments.filter((s) => s.kind !== 'same' && s.kind !== 'context');
    expect(changed).toEqual([
      { text: '15,000', kind: 'del', note: 'number' },
      { text: '25,000', kind: 'ins', note: 'number' },
    ]);
    expect(diff.segments.map((s) => s.text).join('')).toContain(
      'in Azerbaijan. More than 15,00025,000 citizens',
    );
    expect(diff.clippedStart).toBe(true);
    expect(diff.clippedEnd).toBe(true);
  });

  test('shows added words of the quote between the record’s words', () => {
    const [best] = rankPassages('We saw the Declaration on Allied Interaction today', paragraphs);
    const diff = diffSegments(DECLARATION, best!.alignment, 0);
    expect(diff.segments.filter((s) => s.kind === 'ins').map((s) => s.text)).toContain('saw');
  });

  test('spanText quotes the record’s words of the passage with their closing punctuation', () => {
    const { best } = check('today we will sign the declaration on allied interaction');
    expect(spanText(DECLARATION, best!.alignment)).toBe(
      'Today we will sign the Declaration on Allied Interaction.',
    );
  });
});
