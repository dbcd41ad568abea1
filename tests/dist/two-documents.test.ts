/**
 * An archive of two documents (the fixture archive, tests/fixture-archive.ts:
 * a second transcript on the same day, another speaker, a note, a timeline),
 * built once per change (tests/fixture-builds.ts): the dist
 * checks every page of the main build passes, plus what a second document
 * used to break (one <h1>, distinct landmarks, links that name their document).
 */
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuild } from '../fixture-builds.ts';
import { attr, readBuiltPages, type BuiltPage } from './built-html.ts';
import { checkLinks } from './link-check.ts';
import { duplicateLandmarks, h1Count } from './page-structure.ts';

const SITE = 'http://localhost:4321';
let dist = '';
let pages: BuiltPage[] = [];
const page = (file: string): BuiltPage => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`no ${file} in the two-document build`);
  return found;
};
const text = (p: BuiltPage, selector: string): string => toText(select(selector, p.tree)!).replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  ({ dist } = await fixtureBuild('archive'));
  pages = readBuiltPages(dist, '/');
}, 300_000);

describe('an archive of two documents', () => {
  test('builds a page for each document', () => {
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(['transcripts/sample/index.html', 'transcripts/joint-statements/index.html']));
  });

  test('every internal link and #fragment resolves', () => {
    expect(checkLinks(dist, SITE, '/')).toEqual([]);
  });

  test('every page is valid HTML, with one <h1> and landmarks that can be told apart', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(p.html, join(dist, p.file));
      for (const r of report.results) for (const m of r.messages) problems.push(`${p.file} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      if (h1Count(p.tree) !== 1) problems.push(`${p.file}: ${h1Count(p.tree)} <h1>`);
      for (const landmark of duplicateLandmarks(p.tree)) problems.push(`${p.file}: two landmarks ${landmark}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  test('the header leads to the list of documents, not to one of them', () => {
    const links = selectAll('.tx-site-nav a', page('about/index.html').tree).map((a) => [toText(a), attr(a, 'href')]);
    expect(links).toContainEqual(['Transcripts', '/']);
    expect(links.map(([, href]) => href)).not.toContain('/transcripts/joint-statements/');
    // The home page is not a section every page is inside.
    expect(attr(select('.tx-site-nav a[href="/"]', page('about/index.html').tree)!, 'aria-current')).toBeUndefined();
  });

  test('the home page lists both documents under one <h1>', () => {
    const home = page('index.html');
    expect(selectAll('h1', home.tree).map((h) => toText(h))).toEqual(['The Fixture Archive']);
    expect(selectAll('.tx-meeting__title', home.tree).map((h) => toText(h))).toEqual(['Joint press statements', 'Sample meeting', 'Press briefing', 'Interview on trade']);
  });

  test('the timeline links each meeting to its own transcript, by title', () => {
    const timeline = page('timeline/index.html');
    expect(text(timeline, '#joint-statements')).toContain('Read the transcript: Joint press statements');
    expect(attr(select('#joint-statements a[href^="/transcripts/"]', timeline.tree)!, 'href')).toBe('/transcripts/joint-statements/');
    expect(attr(select('#meeting a[href^="/transcripts/"]', timeline.tree)!, 'href')).toBe('/transcripts/sample/');
  });

  test('About describes each document by its own speakers and publisher', () => {
    const about = toText(page('about/index.html').tree).replace(/\s+/g, ' ');
    expect(about).toContain("It gives Fixture Press Agency's own lines, the words of Xi Jinping and the words of Vladimir Putin, in 4 paragraphs.");
    expect(about).not.toContain('both presidents');
    expect(about).toContain('belongs to its publisher, Fixture Press Agency, AZERTAC, Fixture Government Press Office and Fixture Daily');
    // What a translation is: one meeting's account (who spoke which language, what we checked) belongs to that meeting only.
    expect(selectAll('section[aria-labelledby="translation"] h3', page('about/index.html').tree)).toEqual([]);
    expect(about).not.toContain('spoke in Russian');
  });

  test('the notes index names the document of each paragraph', () => {
    expect(text(page('notes/index.html'), '.tx-note-index__cited')).toBe('In the record: paragraph 3 of Joint press statements');
  });

  test('the search page without JavaScript lists every document', () => {
    const links = selectAll('.tx-search__nojs a', page('search/index.html').tree).map((a) => attr(a, 'href'));
    expect(links).toEqual(['/transcripts/joint-statements/', '/transcripts/sample/', '/transcripts/press-briefing/', '/transcripts/translated-interview/']);
  });

  test('a family-first name (Xi Jinping, short name Xi) is cited by family name', () => {
    const share = page('q/joint-statements/xi-partnership/index.html');
    expect(toText(share.tree)).toContain('Xi, J.');
  });
});
