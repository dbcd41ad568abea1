/**
 * Records of other kinds, in the fixture archive (tests/fixture-archive.ts): each page
 * kind says the true thing about each record, read from its own frontmatter.
 * - press-briefing: spoken in English, published in English, nobody translated it;
 * - translated-interview: spoken in Russian, translated by one party (Fixture
 *   Translation Service) and published by another (Fixture Daily);
 * - sample: today's kind, spoken in Russian, AZERTAC's English.
 * The check verdict and search results, which run in the browser, are in
 * tests/e2e/record-kinds.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TranscriptJson } from '../../src/lib/open-data.ts';
import { fixtureBuild } from '../fixture-builds.ts';
import { attr, readBuiltPages, type BuiltPage } from './built-html.ts';

let dist = '';
let pages: BuiltPage[] = [];
const page = (file: string): BuiltPage => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`no ${file} in the fixture archive's build`);
  return found;
};
const words = (node: Parameters<typeof toText>[0]): string => toText(node).replace(/\s+/g, ' ').trim();
const text = (p: BuiltPage, selector: string): string => {
  const found = select(selector, p.tree);
  if (!found) throw new Error(`no ${selector} on ${p.file}`);
  return words(found);
};
const meta = (p: BuiltPage, selector: string): string => attr(select(selector, p.tree)!, 'content') ?? '';
const share = (slug: string, id: string): BuiltPage => page(`q/${slug}/${id}/index.html`);
/** What a share page says of the words' origin: its translation box, or its provenance line. */
const origin = (p: BuiltPage): string => words(select('.tx-share__translation, .tx-share__provenance', p.tree)!);
const cslOf = (p: BuiltPage): { translator?: { literal: string }[] } => (JSON.parse(text(p, 'code[data-cite-format="csl"]')) as { translator?: { literal: string }[] }[])[0]!;
/** The schema.org Article of a transcript page: what it is based on, in which language, translated by whom. */
const articleLd = (slug: string): { inLanguage: string; isBasedOn: { inLanguage: string; translator?: { name: string } } } => {
  const script = select('script[type="application/ld+json"]', page(`transcripts/${slug}/index.html`).tree)!;
  const graph = (JSON.parse(toText(script)) as { '@graph': { '@type': string }[] })['@graph'];
  return graph.find((node) => node['@type'] === 'Article') as unknown as ReturnType<typeof articleLd>;
};
const openData = (slug: string): TranscriptJson => JSON.parse(readFileSync(join(dist, 'data', `${slug}.json`), 'utf8')) as TranscriptJson;

beforeAll(async () => {
  ({ dist } = await fixtureBuild('archive'));
  pages = readBuiltPages(dist, '/');
}, 300_000);

describe('a record spoken in English, with no translation', () => {
  const slug = 'press-briefing';

  test('the transcript says whose English it is, and no translation', () => {
    expect(text(page(`transcripts/${slug}/index.html`), '.tx-provenance')).toMatch(/^Fixture Government Press Office's English, published 21 February 2022, word for word/);
  });

  test("the share page calls the speaker's words her own, and the card, previews and citation name no translator", () => {
    const p = share(slug, 'example-talks');
    expect(select('.tx-share__translation', p.tree)).toBeUndefined();
    expect(origin(p)).toMatch(/^Ada Example spoke in English: these are the speaker's own words, as published\. Published by Fixture Government Press Office \(FGPO\) on 21 February 2022/);
    for (const selector of ['meta[property="og:description"]', 'meta[property="og:image:alt"]', 'meta[name="description"]']) {
      expect(meta(p, selector), selector).toContain('Ada Example, Fixture City, 21 February 2022.');
      expect(meta(p, selector), selector).not.toMatch(/translation/i);
    }
    expect(cslOf(p).translator).toBeUndefined();
  });

  test("the publisher's own lines are the publisher's, not an agency's", () => {
    expect(origin(share(slug, 'lead'))).toMatch(/^These are Fixture Government Press Office's own words, not a speaker's\./);
    expect(text(page(`transcripts/${slug}/index.html`), '.tx-turn--narration .tx-turn__label')).toBe("Fixture Government Press Office's report");
  });

  test('structured data names no translator', () => {
    expect(articleLd(slug).isBasedOn).toMatchObject({ inLanguage: 'en' });
    expect(articleLd(slug).isBasedOn.translator).toBeUndefined();
  });

  test('open data records the language spoken and no translator', () => {
    const json = openData(slug);
    expect(json).toMatchObject({ language: 'en', spoken: { 'ada-example': 'en' }, translator: null });
    expect(json.paragraphs.map((p) => p.translation)).toEqual(json.paragraphs.map(() => null));
  });

  test('the home page and About say it is in the language spoken', () => {
    expect(words(page('index.html').tree)).toContain('6 paragraphs, 43 words, in English, the language spoken, reproduced verbatim');
    expect(select('.tx-highlights a[href="/transcripts/press-briefing/#example-talks"] .tx-highlights__cite', page('index.html').tree)).toBeTruthy();
    expect(text(page('index.html'), '.tx-highlights a[href="/transcripts/press-briefing/#example-talks"] .tx-highlights__cite')).toBe('Ada Example, paragraph 5');
    expect(words(page('about/index.html').tree)).toContain('Ada Example spoke English; the text is in the language spoken, not a translation.');
  });
});

describe('a record spoken in Russian, translated by one party and published by another', () => {
  const slug = 'translated-interview';

  test('the transcript names the translation and its translator', () => {
    expect(text(page(`transcripts/${slug}/index.html`), '.tx-provenance')).toMatch(
      /^Fixture Daily's English, translated from Russian by Fixture Translation Service, published 20 February 2022, word for word/,
    );
  });

  test('the share page, card text, previews and citation name the translator, and the publisher apart', () => {
    const p = share(slug, 'putin-trade-grew');
    expect(text(p, '.tx-share__translation h2')).toBe('English translation: Fixture Translation Service');
    expect(origin(p)).toContain(
      "Vladimir Putin spoke in Russian. These English words are Fixture Translation Service's translation, not Vladimir Putin's own English. Translated by Fixture Translation Service (FTS) and published by Fixture Daily on 20 February 2022",
    );
    expect(meta(p, 'meta[property="og:image:alt"]')).toContain('— Vladimir Putin, Moscow, 20 February 2022. English translation: Fixture Translation Service.');
    expect(meta(p, 'meta[property="og:description"]')).toContain('as published by Fixture Daily.');
    expect(cslOf(p).translator).toEqual([{ literal: 'Fixture Translation Service' }]);
    const quotation = JSON.parse(toText(select('script[type="application/ld+json"]', p.tree)!)) as { translator?: { name: string } };
    expect(quotation.translator).toEqual({ '@type': 'Organization', name: 'Fixture Translation Service (FTS)' });
  });

  test('structured data names the translator of the text it is based on', () => {
    expect(articleLd(slug).isBasedOn.translator).toEqual({ '@type': 'Organization', name: 'Fixture Translation Service (FTS)' });
  });

  test("the publisher's own lines are published by it, translated by nobody", () => {
    expect(origin(share(slug, 'lead'))).toMatch(/^These are Fixture Daily's own words, not a speaker's\. Published by Fixture Daily on 20 February 2022/);
  });

  test('open data names the translator and the translation of each paragraph of speech', () => {
    const json = openData(slug);
    expect(json).toMatchObject({ spoken: { putin: 'ru' }, translator: 'Fixture Translation Service (FTS)', source: { publisher: 'Fixture Daily' } });
    expect(json.paragraphs.map((p) => [p.id, p.translation])).toEqual([
      ['lead', null],
      ['putin-trade-grew', 'English translation: Fixture Translation Service'],
      ['putin-thanks', 'English translation: Fixture Translation Service'],
    ]);
    expect(readFileSync(join(dist, 'data', `${slug}.md`), 'utf8')).toContain('translated from Russian by Fixture Translation Service (FTS)');
  });

  test('the home page and About name the translator', () => {
    const home = words(page('index.html').tree);
    expect(home).toContain('Translated by Fixture Translation Service (FTS)');
    expect(text(page('index.html'), '.tx-highlights a[href="/transcripts/translated-interview/#putin-trade-grew"] .tx-highlights__cite')).toBe(
      'Vladimir Putin, paragraph 2 · English translation: Fixture Translation Service',
    );
    expect(words(page('about/index.html').tree)).toContain("Vladimir Putin spoke Russian; the English is Fixture Translation Service's translation.");
  });
});

describe("today's kind beside them, and a meeting of two languages", () => {
  test("the Russian meeting is still AZERTAC's English translation, and only AZERTAC's", () => {
    const p = share('sample', 'putin-regional');
    expect(origin(p)).toMatch(/^English translation: AZERTAC Vladimir Putin spoke in Russian\. These English words are AZERTAC's translation/);
    expect(origin(p)).toContain('Published by AZERTAC on');
    expect(words(page('index.html').tree)).not.toContain('Translated by AZERTAC');
    expect(cslOf(p).translator).toEqual([{ literal: 'AZERTAC' }]);
  });

  test('each speaker is said to speak their own language', () => {
    expect(origin(share('joint-statements', 'xi-partnership'))).toContain('Xi Jinping spoke in Chinese.');
    expect(origin(share('joint-statements', 'putin-agree'))).toContain('Vladimir Putin spoke in Russian.');
    expect(openData('joint-statements').spoken).toEqual({ putin: 'ru', xi: 'zh' });
  });
});

describe("the site's own words come from content/site.yaml, not from one meeting", () => {
  test('name, tagline and description are the fixture’s', () => {
    const home = page('index.html');
    expect(meta(home, 'meta[name="description"]')).toBe('An archive of fixture records that the tests build: verbatim, searchable, with a permanent link to every paragraph.');
    expect(text(home, '.tx-site-footer')).toContain('The Fixture Archive: Fixture records, verbatim and annotated.');
    expect(text(home, '.tx-site-footer')).toContain("Each record is its publisher's text (Fixture Press Agency, AZERTAC, Fixture Government Press Office and Fixture Daily), reproduced unchanged.");
    for (const file of ['search/index.html', 'check/index.html']) expect(meta(page(file), 'meta[name="description"]'), file).toContain('the 4 records of The Fixture Archive');
  });

  test('no page of the archive speaks of the Putin–Aliyev meeting or of AZERTAC where it does not publish', () => {
    const wrong = pages.filter((p) => /Putin–Aliyev|Moscow Meeting Record/.test(p.html)).map((p) => p.file);
    expect(wrong).toEqual([]);
    // The footer names every record's publisher; the page's own content names only its record's.
    const azertac = pages.filter((p) => /^(q|transcripts)\/(press-briefing|translated-interview)\//.test(p.file) && words(select('main', p.tree)!).includes('AZERTAC')).map((p) => p.file);
    expect(azertac).toEqual([]);
    expect(selectAll('.tx-meeting', page('index.html').tree)).toHaveLength(4);
  });
});
