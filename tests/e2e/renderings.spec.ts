/**
 * Every rendering of the meeting a reader may paste: the ones we recorded (content/renderings/), real ones we
 * did not (tests/fixtures/renderings-held-out.yaml), the record's words with one change, and lines nobody said.
 * Each goes through /check/?q= as a reader would; the verdict must be honest, and no passage shown as the
 * record's may hold a word the record does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { BASE, OUT_DIR } from './built-site.ts';

const SLUG = '2022-02-22-putin-aliyev';
const CHECK = `${BASE}check/`;
const SEARCH = `${BASE}search/`;

interface Excerpt {
  paragraph: string;
  text: string;
}
interface Publication {
  publisher: string;
  language: string;
  excerpts: Excerpt[];
}
interface HeldOut {
  held_out: (Excerpt & { language: string; publisher: string })[];
  altered: (Excerpt & { change: 'number' | 'negation' | 'word' | 'subject' | 'reorder' })[];
  fabricated: { language: string; text: string }[];
}

const RENDERINGS_DIR = 'content/renderings';
const recorded = readdirSync(RENDERINGS_DIR)
  .sort()
  .flatMap((file) => {
    const publication = parse(readFileSync(join(RENDERINGS_DIR, file), 'utf8')) as Publication;
    return publication.excerpts.map((excerpt) => ({
      ...excerpt,
      publisher: publication.publisher,
      language: publication.language,
    }));
  });
const fixture = parse(readFileSync('tests/fixtures/renderings-held-out.yaml', 'utf8')) as HeldOut;
/** The record's paragraphs as the build published them, whitespace folded. */
const record = (
  JSON.parse(readFileSync(join(OUT_DIR, 'data', `${SLUG}.json`), 'utf8')) as {
    paragraphs: { id: string; text: string }[];
  }
).paragraphs;
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
const recordTexts = record.map((p) => fold(p.text));
/** Paragraphs that have a recorded rendering in Russian: only those can be found from a Russian quote. */
const withRussian = new Set(recorded.filter((r) => r.language === 'ru').map((r) => r.paragraph));

/**
 * The verdict of one quote, read off the page as a reader sees it: the first through the address, the next
 * typed into the field as a reader checking one quote after another would.
 */
async function verdictOf(
  page: Page,
  quote: string,
): Promise<{
  verdict: string;
  match: string;
  paragraph: string;
  nearest: string[];
  section: Locator;
}> {
  const section = page.locator('main [data-verdict]');
  if (new URL(page.url(), 'http://x').pathname !== CHECK) {
    await page.goto(`${CHECK}?q=${encodeURIComponent(quote)}`);
  } else {
    await page.locator('.tx-check__result').evaluate((result) => result.replaceChildren());
    await page.locator('textarea[name="q"]').fill(quote);
    await page.keyboard.press('Enter');
  }
  await expect(section).toHaveCount(1);
  const link = section.locator('a[data-paragraph]');
  const nearest = await section
    .locator('.tx-check__nearest figcaption a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  return {
    verdict: (await section.getAttribute('data-verdict')) ?? '',
    match: (await section.getAttribute('data-match')) ?? '',
    paragraph: (await link.count()) > 0 ? ((await link.getAttribute('data-paragraph')) ?? '') : '',
    nearest,
    section,
  };
}

/** Passages shown as the record's (nearest, closest), with the ellipses of a clipped passage taken off. */
async function shownAsRecord(passages: Locator): Promise<string[]> {
  return (await passages.allInnerTexts()).map((text) => fold(text.replace(/^…\s*|\s*…$/g, '')));
}

/** Every shown passage must be the record's own words: a piece of one of its paragraphs. */
function notInRecord(passages: readonly string[]): string[] {
  return passages.filter((passage) => !recordTexts.some((text) => text.includes(passage)));
}

test('the renderings we recorded number 30 or more, in English and Russian, of both speakers', () => {
  expect(recorded.length).toBeGreaterThanOrEqual(30);
  expect(new Set(recorded.map((r) => r.language))).toEqual(new Set(['en', 'ru']));
  expect(recorded.some((r) => r.paragraph.startsWith('putin-'))).toBe(true);
  expect(recorded.some((r) => r.paragraph.startsWith('aliyev-'))).toBe(true);
  expect(fixture.fabricated.length).toBeGreaterThanOrEqual(10);
});

test.describe('the quote check, on the renderings of the meeting', () => {
  test.describe.configure({ timeout: 240_000 });

  test('every rendering we recorded leads to its paragraph and names who printed it', async ({
    page,
  }) => {
    const wrong: string[] = [];
    for (const { paragraph, text, publisher } of recorded) {
      const result = await verdictOf(page, text);
      // A rendering identical to the record's words is the record's words.
      const honest =
        (result.verdict === 'verbatim' && result.paragraph === paragraph) ||
        (result.verdict === 'translation' &&
          result.match === 'documented' &&
          result.paragraph === paragraph &&
          (await result.section.innerText()).includes(publisher));
      if (!honest)
        wrong.push(
          `${publisher} (${paragraph}): ${result.verdict}/${result.match} → ${result.paragraph || 'no paragraph'}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  test('a real rendering we did not record is never called the record’s words, and leads to its paragraph', async ({
    page,
  }) => {
    const wrong: string[] = [];
    for (const { paragraph, text, language, publisher } of fixture.held_out) {
      const result = await verdictOf(page, text);
      const found = result.paragraph === paragraph || result.nearest.includes(paragraph);
      // The record is English: a Russian text we did not record can only be said to be unknown.
      const honest =
        language === 'ru' && !withRussian.has(paragraph)
          ? result.verdict === 'absent' &&
            (await result.section.locator('h2').innerText()) === 'Not found in the texts we hold'
          : result.verdict !== 'verbatim' && found;
      if (!honest)
        wrong.push(
          `${publisher} (${paragraph}): ${result.verdict}/${result.match} → ${result.paragraph || result.nearest.join(',') || 'nothing'}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  test('the record’s words with one change are altered, with number and negation named first', async ({
    page,
  }) => {
    const wrong: string[] = [];
    for (const { paragraph, text, change } of fixture.altered) {
      const result = await verdictOf(page, text);
      const named = result.section.locator('.tx-check__number');
      const first =
        (await named.count()) > 0 ? await named.first().getAttribute('data-change') : null;
      const firstNamed = change === 'number' || change === 'negation' ? first === change : true;
      if (result.verdict !== 'altered' || result.paragraph !== paragraph || !firstNamed)
        wrong.push(
          `${paragraph} (${change}): ${result.verdict} → ${result.paragraph}, first named ${first}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  test('a line nobody said is not in the record, and its nearest passages are the record’s own words', async ({
    page,
  }) => {
    const wrong: string[] = [];
    for (const { text } of fixture.fabricated) {
      const result = await verdictOf(page, text);
      if (result.verdict !== 'absent') wrong.push(`${text}: ${result.verdict}/${result.match}`);
      for (const passage of notInRecord(
        await shownAsRecord(result.section.locator('.tx-check__nearest blockquote')),
      ))
        wrong.push(`${text}: shows “${passage}”`);
    }
    expect(wrong).toEqual([]);
  });

  test('no quotation marks in a verdict hold words the record does not', async ({ page }) => {
    const quotes = [
      ...fixture.altered.map((a) => a.text),
      ...fixture.fabricated.map((f) => f.text),
      fixture.held_out[0]!.text,
    ];
    const wrong: string[] = [];
    for (const quote of quotes) {
      const { section } = await verdictOf(page, quote);
      // Text outside links (a note's title is its own) and outside the attributed renderings.
      const text = await section.evaluate((node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode())
          if (!t.parentElement?.closest('a, .tx-check__rendering')) parts.push(t.nodeValue ?? '');
        return parts.join('');
      });
      for (const [, quoted] of text.matchAll(/“([^”]+)”/g)) {
        if (!recordTexts.some((p) => p.includes(fold(quoted!))))
          wrong.push(`${quote}: “${quoted}”`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

test.describe('search, in Russian and near misses', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a Russian query finds the paragraph through its Russian renderings, attributed', async ({
    page,
  }) => {
    const russian = recorded.filter((r) => r.language === 'ru');
    expect(russian.length).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const { paragraph, text, publisher } of russian) {
      // Three words from the middle of the excerpt, as a reader would type them.
      const words = text.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
      const query = words
        .slice(1, 4)
        .join(' ')
        .replace(/[.,:;!?«»"–—]/g, '');
      await page.goto(`${SEARCH}?q=${encodeURIComponent(query)}`);
      const results = page.locator(
        'tx-search.tx-search--page .tx-search__results a.tx-search__link',
      );
      await expect(page.locator('tx-search.tx-search--page .tx-search__status')).toContainText(
        'These are Russian texts of the record’s paragraphs, as other publications printed them; the record itself is not in Russian.',
      );
      const hrefs = await results.evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)),
      );
      const labels = await results.locator('.tx-search__rendering').allInnerTexts();
      if (!hrefs.includes(paragraph) || !labels.some((l) => l.includes(publisher)))
        wrong.push(`${query} (${publisher}, ${paragraph}): ${hrefs.join(',')}`);
    }
    expect(wrong).toEqual([]);
  });

  test('closest passages for lines not in the record show only the record’s words', async ({
    page,
  }) => {
    const wrong: string[] = [];
    for (const { text } of [
      ...fixture.fabricated.filter((f) => f.language === 'en'),
      ...fixture.held_out.filter((h) => h.language === 'en'),
    ]) {
      await page.goto(`${SEARCH}?q=${encodeURIComponent(text)}`);
      await expect(page.locator('tx-search.tx-search--page .tx-search__status')).not.toBeEmpty();
      const closest = page.locator('.tx-search__results--closest .tx-search__excerpt');
      for (const passage of notInRecord(await shownAsRecord(closest)))
        wrong.push(`${text}: shows “${passage}”`);
      await expect(page.locator('.tx-search__results--closest ins')).toHaveCount(0);
    }
    expect(wrong).toEqual([]);
  });

  test('offers the quote check for a query of four words or more, even when the words are found', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent('the previous level is gone')}`);
    const check = page.locator('tx-search.tx-search--page a.tx-search__check');
    await expect(
      page.locator('tx-search.tx-search--page .tx-search__results a.tx-search__link').first(),
    ).toBeVisible();
    await expect(check).toBeVisible();
    await page.goto(`${SEARCH}?q=Kazakhstan`);
    await expect(
      page.locator('tx-search.tx-search--page .tx-search__results a.tx-search__link').first(),
    ).toBeVisible();
    await expect(check).toBeHidden();
  });
});

test.describe('a paragraph’s other renderings', () => {
  test('the share page lists them, attributed and linked, and says they are not the record', async ({
    page,
  }) => {
    await page.goto(`${BASE}q/${SLUG}/putin-empire/`);
    const section = page.locator('#renderings');
    const expected = recorded.filter((r) => r.paragraph === 'putin-empire');
    await expect(
      section.getByRole('heading', { name: `Other renderings (${expected.length})` }),
    ).toBeVisible();
    await expect(section).toContainText('They are not the record.');
    await expect(section.locator('li')).toHaveCount(expected.length);
    await expect(section.locator('blockquote[lang="ru"]').first()).toBeVisible();
    await expect(
      section.getByRole('link', { name: 'TASS, in English, 22 February 2022', exact: true }),
    ).toHaveAttribute('href', 'https://tass.com/politics/1408335');
    // An English rendering's own words are marked; the record's are not.
    await expect(
      section
        .locator('li', { hasText: 'TASS, in English' })
        .getByText('anticipated', { exact: true }),
    ).toBeVisible();
  });

  test('the paragraph menu offers them, with their number, and leads to that list', async ({
    page,
  }) => {
    await page.goto(`${BASE}transcripts/${SLUG}/`);
    const paragraph = page.locator('#putin-empire');
    await paragraph.hover();
    await paragraph.locator('button[data-copy-link]').click();
    const item = page.locator('#tx-share-menu [data-action="renderings"]');
    const count = recorded.filter((r) => r.paragraph === 'putin-empire').length;
    await expect(item).toHaveText(`Other renderings (${count})`);
    await item.click();
    await expect(page).toHaveURL(`${BASE}q/${SLUG}/putin-empire/#renderings`);
    await expect(page.locator('#renderings')).toBeInViewport();
  });

  test('a paragraph nobody else printed offers none', async ({ page }) => {
    await page.goto(`${BASE}transcripts/${SLUG}/`);
    const paragraph = page.locator('#aliyev-trade');
    await paragraph.hover();
    await paragraph.locator('button[data-copy-link]').click();
    await expect(page.locator('#tx-share-menu')).toBeVisible();
    await expect(page.locator('#tx-share-menu [data-action="renderings"]')).toBeHidden();
  });
});
