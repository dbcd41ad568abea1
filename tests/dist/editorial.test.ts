import { resolve } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { BASE_PATH, SITE_URL } from '~/lib/deploy';
import { getSiteConfig } from '~/lib/site-config';
import { lastUpdatedOf, readCorrections } from '~/lib/corrections';
import { formatDate, isoDate, paragraphsLabel } from '~/lib/format';
import { attr, readBuiltPages, type BuiltPage } from './built-html.ts';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const pages = readBuiltPages(OUT_DIR, BASE_PATH);
const page = (path: string): BuiltPage => {
  const found = pages.find((p) => p.path === `${BASE_PATH}${path}`);
  if (!found) throw new Error(`no built page ${BASE_PATH}${path}`);
  return found;
};
const text = (p: BuiltPage, selector: string): string => {
  const node = select(selector, p.tree);
  return node ? toText(node).replace(/\s+/g, ' ').trim() : '';
};
const { contact } = getSiteConfig();
const address = contact.replace(/^mailto:/, '');

describe('who stands behind the site, and reporting an error', () => {
  const reported = pages.filter((p) => /^notes\/[^/]+\/index\.html$|^transcripts\/[^/]+\/index\.html$|^q\/[^/]+\/[^/]+\/index\.html$/.test(p.file));

  test('every note page, transcript and share page links "Report an error" to the contact, with its own address filled in', () => {
    expect(reported.length).toBeGreaterThan(60);
    const missing = reported.filter((p) => {
      const link = selectAll('a', p.tree).find((a) => toText(a).trim() === 'Report an error');
      const href = link ? attr(link, 'href') ?? '' : '';
      const own = new URL(p.path, SITE_URL).href;
      return !href.startsWith(contact.startsWith('mailto:') ? `mailto:${address}?` : contact) || !decodeURIComponent(href).includes(own);
    });
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  test('About names the editor and the contact, and points to the corrections log', () => {
    const about = page('about/');
    const who = text(about, 'section[aria-labelledby="who"]');
    expect(who).toContain(getSiteConfig().editor.name);
    expect(who).toContain(address);
    expect(selectAll('a', about.tree).some((a) => attr(a, 'href') === `${BASE_PATH}corrections/`)).toBe(true);
  });

  test('About says what was left out of our copy and how far the Russian could be checked', () => {
    const about = text(page('about/'), 'main');
    expect(about).toContain('our copy begins with “date 2022-02-22”');
    expect(about).toMatch(/Russian transcript of this meeting was visible to us only in excerpts/);
    expect(about).toMatch(/no English version of these opening remarks published by the Kremlin/);
    // Under the meeting's own heading: another record would have its own account, or none.
    const heading = selectAll('section[aria-labelledby="translation"] h3', page('about/').tree).map((h) => toText(h));
    expect(heading).toEqual(['Meeting of Vladimir Putin and Ilham Aliyev, 22 February 2022']);
  });
});

describe('the corrections log', () => {
  test('/corrections/ lists dated corrections, each with what changed, why and a link to what it changed', () => {
    const log = page('corrections/');
    const entries = selectAll('.tx-correction', log.tree);
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const entry of entries) {
      expect(select('time[datetime]', entry)).toBeTruthy();
      expect(toText(select('.tx-correction__why', entry)!)).toMatch(/^Why: \S/);
      expect(selectAll('.tx-correction__links a', entry).length).toBeGreaterThan(0);
    }
  });

  test('a corrected note says when it was corrected and what changed, and links to the log', () => {
    const note = page('notes/russian-language-schools/');
    const flag = text(note, '#corrections');
    expect(flag).toMatch(/^Corrected on 30 November 2026\. The note on Russian-language schools said/);
    expect(selectAll('#corrections a', note.tree).map((a) => attr(a, 'href'))).toContain(`${BASE_PATH}corrections/#schools-definition`);
  });

  test('the record shows the agency’s dateline, without the captured page metadata', () => {
    expect(text(page('transcripts/2022-02-22-putin-aliyev/'), '#dateline .tx-para__text')).toBe('Moscow, February 22, AZERTAC');
  });
});

describe('passages not checked against the Russian', () => {
  test('each is flagged in the record and on its note page', () => {
    const transcript = page('transcripts/2022-02-22-putin-aliyev/');
    for (const [paragraph, note] of [
      ['putin-regional', 'unchecked-regional-relations'],
      ['putin-kazakhstan', 'unchecked-second-example'],
      ['putin-third-countries', 'unchecked-all-there-is'],
    ] as const) {
      const titles = selectAll(`#${paragraph} .tx-note__card .tx-card__title`, transcript.tree).map((a) => toText(a));
      expect(titles.some((title) => title.startsWith('Not checked against the Russian')), paragraph).toBe(true);
      expect(text(page(`notes/${note}/`), '.tx-flag--unchecked')).toMatch(/^Not checked against the Russian\. We have not seen the Russian words/);
    }
  });
});

describe('a quote travels with its translation disclosed', () => {
  const share = page('q/2022-02-22-putin-aliyev/putin-empire/');
  const meta = (selector: string): string => attr(select(selector, share.tree)!, 'content') ?? '';

  test("a speaker's share page says the English is AZERTAC's translation and lists the paragraph's translation notes", () => {
    const box = text(share, '.tx-share__translation');
    expect(box).toMatch(/^English translation: AZERTAC Vladimir Putin spoke in Russian\. These English words are AZERTAC's translation/);
    const notes = selectAll('.tx-share__notes a', share.tree).map((a) => attr(a, 'href'));
    expect(notes).toEqual([`${BASE_PATH}notes/translation-going-to-restore/`, `${BASE_PATH}notes/translation-foresaw/`]);
  });

  test('its Open Graph text, description and card description carry the same attribution', () => {
    for (const selector of ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]', 'meta[property="og:image:alt"]']) {
      expect(meta(selector), selector).toMatch(/Vladimir Putin, Moscow, 22 February 2022\. English translation: AZERTAC\./);
    }
  });

  test('an unchecked passage is listed with the notes on its English', () => {
    const notes = selectAll('.tx-share__notes a', page('q/2022-02-22-putin-aliyev/putin-regional/').tree).map((a) => toText(a));
    expect(notes).toEqual(['Not checked against the Russian: “Regional relations”']);
  });

  test('the agency’s own line is credited to AZERTAC, with no translation line, on its share page and on the home page', () => {
    const said = page('q/2022-02-22-putin-aliyev/putin-said/');
    expect(text(said, '.tx-share__name')).toBe('AZERTAC (Azerbaijan State News Agency)');
    expect(select('.tx-share__translation', said.tree)).toBeUndefined();
    const home = page('');
    const cites = selectAll('.tx-highlights__cite', home.tree).map((el) => toText(el).replace(/\s+/g, ' ').trim());
    expect(cites.length).toBeGreaterThan(0);
    for (const cite of cites) expect(cite).toMatch(/^(Vladimir Putin|Ilham Aliyev), paragraph \d+ · English translation: AZERTAC$/);
  });
});

describe('person pages count the paragraphs they list', () => {
  const people = pages.filter((p) => /^people\/[^/]+\/index\.html$/.test(p.file));

  test('each transcript heading names exactly the paragraphs listed under it, and how many', () => {
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      for (const section of selectAll('.tx-turn-list', person.tree)) {
        const listed = selectAll('.tx-para-link__where', section).map((el) => Number(/paragraph (\d+)/.exec(toText(el))?.[1]));
        const heading = toText(select('h3', section)!).replace(/\s+/g, ' ');
        expect(heading, person.path).toContain(`${paragraphsLabel(listed)} (${listed.length} in all)`);
      }
    }
  });

  test('Putin’s page says “paragraphs 5–22, 29”: his two turns, not one range that hides the second', () => {
    expect(text(page('people/putin/'), '.tx-turn-list h3')).toMatch(/paragraphs 5–22, 29 \(19 in all\)$/);
  });
});

describe('the record first, and when it last changed', () => {
  const transcript = page('transcripts/2022-02-22-putin-aliyev/');

  test('one line on the text’s origin stands before the record, made from its source', () => {
    expect(text(transcript, '.tx-provenance')).toMatch(/^AZERTAC's English, translated from Russian, published 22 February 2022, word for word \(original article\)\. About this text/);
    const original = selectAll('.tx-provenance a', transcript.tree).find((a) => toText(a) === 'original article');
    expect(attr(original!, 'href')).toMatch(/^https:\/\/azertag\.az\//);
    // The copy's page metadata is About's business now.
    expect(text(transcript, '.tx-doc-header')).not.toContain('date 2022-02-22');
  });

  test('the transcript and the home page say when the record’s page last changed, from the corrections log', () => {
    // The notes the page cites, read from its cards' links.
    const notes = selectAll('.tx-card__title', transcript.tree).map((a) => (attr(a, 'href') ?? '').split('/').at(-2) ?? '');
    const last = lastUpdatedOf(readCorrections(), { slug: '2022-02-22-putin-aliyev', notes });
    expect(last).toBeDefined();
    expect(text(transcript, '.tx-provenance')).toContain(`Last updated ${formatDate(last!)}`);
    expect(text(page(''), '.tx-facts')).toMatch(new RegExp(`Last updated ?${formatDate(last!)}`));
    for (const [p, where] of [[transcript, '.tx-provenance time'], [page(''), '.tx-facts time']] as const) {
      expect(selectAll(where, p.tree).map((t) => attr(t, 'dateTime')), p.path).toContain(isoDate(last!));
    }
  });
});
