import { describe, expect, test } from 'vitest';
import { bibtexAccessed, cslAccessed, localDay } from '~/lib/accessed-date';
import { formatCitations } from '~/lib/citation-format';
import { citationKey, personName, type CitedWork } from '~/lib/citations';

const TITLE =
  'President of Azerbaijan Ilham Aliyev, President of Russia Vladimir Putin held one-on-one meeting';
const TITLE_CASE =
  'President of Azerbaijan Ilham Aliyev, President of Russia Vladimir Putin Held One-on-One Meeting';
const PUBLISHER = 'AZERTAC (Azerbaijan State News Agency)';
const PAGE = 'https://example.org/meeting/transcripts/2022-02-22-putin-aliyev/';

const transcript: CitedWork = {
  key: citationKey('2022-02-22-putin-aliyev'),
  title: TITLE,
  publisher: PUBLISHER,
  published: new Date('2022-02-22'),
  url: PAGE,
  accessed: new Date('2026-09-07'),
  siteName: 'The Moscow Meeting Record',
  language: 'en',
};

const paragraph: CitedWork = {
  ...transcript,
  key: citationKey('2022-02-22-putin-aliyev', 'putin-empire'),
  author: personName('Vladimir Putin', 'Putin'),
  url: `${PAGE}#putin-empire`,
  paragraph: 12,
};

describe('personName', () => {
  test('splits a full name into given and family name by the short name', () => {
    expect(personName('Vladimir Putin', 'Putin')).toEqual({ given: 'Vladimir', family: 'Putin' });
  });
  test('reads a family name written first', () => {
    expect(personName('Xi Jinping', 'Xi')).toEqual({ given: 'Jinping', family: 'Xi' });
  });
  test('refuses a short name at neither end of the full name', () => {
    expect(() => personName('Ilham Aliyev', 'Aliev')).toThrow(
      /"Aliev" is neither the start nor the end of "Ilham Aliyev"/,
    );
  });
});

describe('a paragraph of speech', () => {
  const { text, html, inText } = formatCitations(paragraph);

  test('APA 7: speaker, full date, sentence-case title with [Transcript], the publisher as site, our URL, no retrieval date for an unchanging text', () => {
    expect(text.apa).toBe(
      `Putin, V. (2022, February 22). ${TITLE} [Transcript]. ${PUBLISHER}. ${PAGE}#putin-empire`,
    );
    expect(html.apa).toContain(`<i>${TITLE}</i>`);
  });

  test('Chicago 17 author-date: speaker, year, quoted headline-style title, publisher, full date, our URL', () => {
    expect(text.chicago).toBe(
      `Putin, Vladimir. 2022. “${TITLE_CASE}.” Transcript. ${PUBLISHER}. February 22, 2022. ${PAGE}#putin-empire.`,
    );
  });

  test('MLA 9: speaker, quoted title, the publisher as first container with the date, our site as second container with our URL', () => {
    expect(text.mla).toBe(
      `Putin, Vladimir. “${TITLE_CASE}.” ${PUBLISHER}, 22 Feb. 2022. The Moscow Meeting Record, ${PAGE}#putin-empire.`,
    );
    expect(html.mla).toContain('<i>The Moscow Meeting Record</i>');
  });

  test('in-text citations point at the paragraph number', () => {
    expect(inText).toEqual({ apa: '(Putin, 2022, para. 12)', chicago: '(Putin 2022, para. 12)' });
  });

  test('BibTeX: a @misc entry keyed by transcript and anchor with author, title, publisher, date, URL and accessed date', () => {
    expect(text.bibtex).toMatch(/^@misc\{2022_02_22_putin_aliyev_putin_empire,/);
    expect(text.bibtex).toContain('author = {Putin, Vladimir}');
    expect(text.bibtex).toContain(`publisher = {${PUBLISHER}}`);
    expect(text.bibtex).toContain(
      'title = {President of {Azerbaijan} {Ilham} {Aliyev}, {President} of {Russia} {Vladimir} {Putin} held one-on-one meeting}',
    );
    expect(text.bibtex).toContain('year = {2022}');
    expect(text.bibtex).toContain('month = {feb 22}');
    expect(text.bibtex).toContain(`url = {${PAGE}#putin-empire}`);
    expect(text.bibtex).toContain('note = {[Online; accessed 2026-09-07]}');
  });

  test('CSL-JSON: one web page item with author, title, site, issued and accessed dates and URL', () => {
    const [item, ...more] = JSON.parse(text.csl) as Record<string, unknown>[];
    expect(more).toHaveLength(0);
    expect(item).toMatchObject({
      id: paragraph.key,
      type: 'webpage',
      genre: 'Transcript',
      author: [{ family: 'Putin', given: 'Vladimir' }],
      title: TITLE,
      'container-title': PUBLISHER,
      source: 'The Moscow Meeting Record',
      issued: { 'date-parts': [[2022, 2, 22]] },
      accessed: { 'date-parts': [[2026, 9, 7]] },
      URL: `${PAGE}#putin-empire`,
      language: 'en',
    });
  });
});

describe('the whole transcript (no byline)', () => {
  const { text, inText } = formatCitations(transcript);

  test('each style moves the title to the front', () => {
    expect(text.apa).toBe(`${TITLE}. (2022, February 22). [Transcript]. ${PUBLISHER}. ${PAGE}`);
    expect(text.chicago).toBe(
      `“${TITLE_CASE}.” 2022. Transcript. ${PUBLISHER}. February 22, 2022. ${PAGE}.`,
    );
    expect(text.mla).toBe(
      `“${TITLE_CASE}.” ${PUBLISHER}, 22 Feb. 2022. The Moscow Meeting Record, ${PAGE}.`,
    );
  });

  test('BibTeX and CSL-JSON carry no author', () => {
    expect(text.bibtex).not.toContain('author');
    expect(JSON.parse(text.csl)[0]).not.toHaveProperty('author');
    expect(inText).toBeUndefined();
  });
});

describe('moving the accessed date to the reader’s day', () => {
  const built = formatCitations(paragraph).text;
  const later = formatCitations({ ...paragraph, accessed: new Date('2027-01-05') }).text;

  test('turns the build-day BibTeX and CSL-JSON into what the reader’s day would have produced', () => {
    expect(bibtexAccessed(built.bibtex, '2026-09-07', '2027-01-05')).toBe(later.bibtex);
    expect(cslAccessed(built.csl, '2027-01-05')).toBe(later.csl);
  });

  test('uses the reader’s local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('a translated paragraph', () => {
  test("names the publisher as translator of the speaker's words in every style", () => {
    const citations = formatCitations({
      key: 'k',
      author: { given: 'Vladimir', family: 'Putin' },
      translator: 'AZERTAC',
      title:
        'President of Azerbaijan Ilham Aliyev, President of Russia Vladimir Putin held one-on-one meeting',
      publisher: 'AZERTAC (Azerbaijan State News Agency)',
      published: new Date('2022-02-22T00:00:00Z'),
      url: 'https://example.org/transcripts/t/#putin-empire',
      accessed: new Date('2026-11-30T00:00:00Z'),
      siteName: 'The Moscow Meeting Record',
      language: 'en',
      paragraph: 12,
    });
    for (const style of ['apa', 'chicago', 'mla'] as const)
      expect(citations.text[style], style).toMatch(/AZERTAC.*Trans|Translated by AZERTAC/i);
    expect(JSON.parse(citations.text.csl)[0].translator).toEqual([{ literal: 'AZERTAC' }]);
  });
});
