import { expect, test, type Page } from '@playwright/test';
import { BASE } from './built-site.ts';

const CHECK = `${BASE}check/`;
const SEARCH = `${BASE}search/`;
const TRANSCRIPT = `${BASE}transcripts/2022-02-22-putin-aliyev/`;

type Verdict = 'verbatim' | 'altered' | 'translation' | 'absent';

interface Case {
  quote: string;
  verdict: Verdict;
  /** The paragraph the verdict links to (none for `absent`). */
  anchor?: string;
  /** A word of the record the quote changes or drops, shown in <del>. */
  del?: string;
  /** A word the quote adds or puts instead, shown in <ins>. */
  ins?: string;
}

/** The public examples, then our own: both speakers and the agency, every verdict, numbers, spellings, typography. */
const CASES: Case[] = [
  {
    quote: 'Today we will sign the Declaration on Allied Interaction',
    verdict: 'verbatim',
    anchor: 'putin-anniversary',
  },
  {
    quote:
      'More than 25,000 citizens in Azerbaijan study in Russian-language departments at universities',
    verdict: 'altered',
    anchor: 'aliyev-schools',
    del: '15,000',
    ins: '25,000',
  },
  {
    quote: "yesterday Russia decided to recognize the independence of the two people's republics",
    verdict: 'altered',
    anchor: 'putin-ukraine',
    del: 'sovereignty',
    ins: 'independence',
  },
  { quote: 'which causes a certain vexation', verdict: 'translation', anchor: 'putin-hello' },
  { quote: 'Russia will defend its interests by all means', verdict: 'absent' },
  // Verbatim, whatever the typography.
  { quote: 'The previous level is gone.', verdict: 'verbatim', anchor: 'putin-coup' },
  { quote: '“This is a special visit.”', verdict: 'verbatim', anchor: 'aliyev-48th-visit' },
  { quote: 'we withdrew all our armed forces', verdict: 'verbatim', anchor: 'putin-csto' },
  {
    quote: 'today’s geopolitical realities in the region have been accepted by the world community',
    verdict: 'verbatim',
    anchor: 'aliyev-karabakh',
  },
  {
    quote: 'the restoration of the empire — within the borders of the empire',
    verdict: 'verbatim',
    anchor: 'putin-empire',
  },
  {
    quote: 'OUR TRADE TURNOVER ALREADY EXCEEDS $3 BILLION',
    verdict: 'verbatim',
    anchor: 'aliyev-trade',
  },
  {
    quote: 'President of Azerbaijan Ilham Aliyev said:',
    verdict: 'verbatim',
    anchor: 'aliyev-said',
  },
  // Altered: numbers first.
  {
    quote: 'Our trade turnover already exceeds $4 billion',
    verdict: 'altered',
    anchor: 'aliyev-trade',
    del: '3',
    ins: '4',
  },
  {
    quote: 'our trade turnover increased by more than 26 percent last year',
    verdict: 'altered',
    anchor: 'putin-trade',
    del: '16',
    ins: '26',
  },
  {
    quote: 'the Russian language is actively taught in 500 schools in Azerbaijan',
    verdict: 'altered',
    anchor: 'putin-russian-language',
    del: '300',
    ins: '500',
  },
  {
    quote:
      'There are about 340 Russian-language schools in Azerbaijan, and more than 100,000 children are studying in them',
    verdict: 'altered',
    anchor: 'aliyev-schools',
    del: '140,000',
    ins: '100,000',
  },
  {
    quote: 'This is my 47th visit to Russia as President',
    verdict: 'altered',
    anchor: 'aliyev-48th-visit',
    del: '48th',
    ins: '47th',
  },
  // Altered: words changed, dropped, reordered; names spelled another way.
  {
    quote: 'We met with you in late December, less than three months ago',
    verdict: 'altered',
    anchor: 'aliyev-declaration',
    del: 'November',
    ins: 'December',
  },
  {
    quote:
      'Russia plays a very important and, I would say, the decisive role in the normalization of relations between Azerbaijan and Armenia',
    verdict: 'altered',
    anchor: 'aliyev-karabakh',
    del: 'key',
    ins: 'decisive',
  },
  {
    quote:
      'the territory of this country is used by third countries to create threats against Russia',
    verdict: 'altered',
    anchor: 'putin-third-countries',
    del: 'Russian',
    ins: 'Russia',
  },
  {
    quote: 'We saw it from the very beginning',
    verdict: 'altered',
    anchor: 'putin-empire',
    del: 'almost',
    ins: 'very',
  },
  {
    quote: 'I was talking to the President of Kazakstan',
    verdict: 'altered',
    anchor: 'putin-kazakhstan',
    del: 'Kazakhstan',
    ins: 'Kazakstan',
  },
  {
    quote: 'the settlement of the Nagorny Karabakh conflict',
    verdict: 'altered',
    anchor: 'putin-post-soviet',
  },
  {
    quote: 'the pandemic does not allow us to meet and communicate normally, unfortunately',
    verdict: 'altered',
    anchor: 'putin-hello',
  },
  // Another translation, documented in a translation note.
  {
    quote: 'Russia is going to restore the empire',
    verdict: 'translation',
    anchor: 'putin-empire',
  },
  { quote: 'Thank you for accepting the proposal', verdict: 'translation', anchor: 'putin-hello' },
  {
    quote: 'is precisely what allowed us to settle this long-standing conflict',
    verdict: 'translation',
    anchor: 'aliyev-karabakh',
  },
  {
    quote:
      'without knowledge of the Russian language it will be very difficult for future generations to establish communication',
    verdict: 'translation',
    anchor: 'aliyev-schools',
  },
  // Absent, though they share words with the record.
  { quote: 'NATO expansion to the east is unacceptable', verdict: 'absent' },
  { quote: 'We will never allow a war in the Caucasus', verdict: 'absent' },
  { quote: 'This is a very important day for all of us and for them', verdict: 'absent' },
];

async function checkPage(page: Page, quote: string) {
  await page.goto(`${CHECK}?q=${encodeURIComponent(quote)}`);
  const verdict = page.locator('main [data-verdict]');
  await expect(verdict).toHaveCount(1);
  return verdict;
}

test.describe('the quote check, through /check/?q=', () => {
  for (const { quote, verdict, anchor, del, ins } of CASES) {
    test(`“${quote}” is ${verdict}${anchor ? ` (${anchor})` : ''}`, async ({ page }) => {
      const result = await checkPage(page, quote);
      await expect(result).toHaveAttribute('data-verdict', verdict);
      await expect(page.locator('textarea[name="q"]')).toHaveValue(quote);
      const link = result.locator('a[data-paragraph]');
      if (!anchor) {
        await expect(link).toHaveCount(0);
        await expect(result).toContainText('No passage of the record says this');
        return;
      }
      await expect(link).toHaveAttribute('href', `${TRANSCRIPT}#${anchor}`);
      await expect(
        result.locator(`a[href="${BASE}q/2022-02-22-putin-aliyev/${anchor}/"]`),
      ).toBeVisible();
      await expect(result.locator('.tx-check__cite-text')).toContainText(`${TRANSCRIPT}#${anchor}`);
      // In the passage aligned word by word.
      if (del)
        await expect(
          result.locator('figure del', { hasText: new RegExp(`^${del.replace(/[$]/g, '\\$')}$`) }),
        ).toBeVisible();
      if (ins)
        await expect(
          result.locator('figure ins', { hasText: new RegExp(`^${ins}$`) }),
        ).toBeVisible();
      if (verdict === 'translation') {
        // Whose rendering it is: a publication we recorded, or a translation note.
        await expect(
          result.locator('.tx-check__rendering, a[href*="notes/translation-"]').first(),
        ).toBeVisible();
      }
    });
  }

  test('a changed number is called out before the passage', async ({ page }) => {
    const result = await checkPage(
      page,
      'More than 25,000 citizens in Azerbaijan study in Russian-language departments at universities',
    );
    await expect(result.locator('.tx-check__number')).toHaveText(
      'A number differs: the record has “15,000”; the quote has 25,000.',
    );
    await expect(result.locator('.tx-check__number ins')).toHaveText('25,000');
  });

  test('the paragraph link lands on the paragraph', async ({ page }) => {
    const result = await checkPage(page, 'Our trade turnover already exceeds $4 billion');
    await result.locator('a[data-paragraph]').click();
    await expect(page).toHaveURL(`${TRANSCRIPT}#aliyev-trade`);
    await expect(page.locator('#aliyev-trade')).toBeInViewport();
  });

  test('a check typed on the page goes into the address, so it can be shared, and Back returns to the previous one', async ({
    page,
  }) => {
    await page.goto(CHECK);
    await page.locator('textarea[name="q"]').fill('This is a special visit.');
    await page.keyboard.press('Enter');
    await expect(page.locator('main [data-verdict]')).toHaveAttribute('data-verdict', 'verbatim');
    expect(new URL(page.url()).searchParams.get('q')).toBe('This is a special visit.');
    await page.locator('textarea[name="q"]').fill('This is my 47th visit to Russia as President');
    await page.getByRole('button', { name: 'Check the quote' }).click();
    await expect(page.locator('main [data-verdict]')).toHaveAttribute('data-verdict', 'altered');
    await page.goBack();
    await expect(page.locator('main [data-verdict]')).toHaveAttribute('data-verdict', 'verbatim');
  });

  test('is reached from the header search, the search page and the About page', async ({
    page,
  }) => {
    await page.goto(`${BASE}about/`);
    await page.locator('main a', { hasText: 'Check the quote' }).click();
    await expect(page).toHaveURL(CHECK);
    await page.goto(BASE);
    await page.locator('#tx-search-header').fill('Russia will defend its interests by all means');
    const fromHeader = page.locator('tx-search.tx-search--header a.tx-search__check');
    await expect(fromHeader).toBeVisible();
    await fromHeader.click();
    await expect(page.locator('main [data-verdict]')).toHaveAttribute('data-verdict', 'absent');
    await page.goto(`${SEARCH}?q=${encodeURIComponent('We saw it from the very beginning')}`);
    await page.locator('tx-search.tx-search--page a.tx-search__check').click();
    await expect(page.locator('main [data-verdict]')).toHaveAttribute('data-verdict', 'altered');
  });
});

test.describe('the same quotes through the search page', () => {
  for (const { quote, verdict, anchor } of CASES.filter(
    (c) => c.verdict === 'verbatim' || c.verdict === 'altered',
  )) {
    test(`“${quote}” leads first to ${anchor}`, async ({ page }) => {
      await page.goto(`${SEARCH}?q=${encodeURIComponent(quote)}`);
      const search = page.locator('tx-search.tx-search--page');
      await expect(search.locator('.tx-search__status')).toContainText(
        /results? for|No paragraph holds all the words/,
      );
      // Exact results first; when the words differ, the closest passages.
      const first = search.locator('.tx-search__results a.tx-search__link').first();
      await expect(first).toHaveAttribute('href', new RegExp(`#${anchor}$`));
      if (verdict === 'verbatim')
        await expect(search.locator('.tx-search__closest')).toHaveCount(0);
    });
  }
});

test.describe('the quote check without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says what it needs and links to search and the record', async ({ page }) => {
    await page.goto(`${CHECK}?q=${encodeURIComponent('This is a special visit.')}`);
    const message = page.locator('.tx-check__nojs');
    await expect(message).toBeVisible();
    await expect(message).toContainText('needs JavaScript');
    await expect(message.locator(`a[href="${SEARCH}"]`)).toBeVisible();
    await expect(message.locator(`a[href="${TRANSCRIPT}"]`)).toBeVisible();
  });
});

test.describe('forgiving search on the search page', () => {
  const status = (page: Page) => page.locator('tx-search.tx-search--page .tx-search__status');
  const results = (page: Page) =>
    page.locator('tx-search.tx-search--page .tx-search__results a.tx-search__link');

  const SPELLINGS = [
    { query: 'Karabagh', record: 'Karabakh', anchor: 'putin-post-soviet' },
    { query: 'Nagorny Karabakh', record: 'Nagorno-Karabakh', anchor: 'putin-post-soviet' },
    { query: 'Kazakstan', record: 'Kazakhstan', anchor: 'putin-kazakhstan' },
    { query: 'Aliev', record: 'Aliyev', anchor: 'lead' },
    { query: 'Donbass', record: 'Donbas', anchor: 'putin-ukraine' },
  ];
  for (const { query, record, anchor } of SPELLINGS) {
    test(`“${query}” finds the record’s “${record}”, paragraph ${anchor} among them`, async ({
      page,
    }) => {
      await page.goto(`${SEARCH}?q=${encodeURIComponent(query)}`);
      await expect(status(page)).toContainText(`“${record}”`);
      await expect(
        results(page).locator(`xpath=self::a[contains(@href, "#${anchor}")]`),
      ).toHaveCount(1);
      await expect(results(page).first().locator('mark').first()).toContainText(
        record.split(' ').at(-1)!,
      );
    });
  }

  test('a typo in a rarer word is answered with “Did you mean”', async ({ page }) => {
    await page.goto(`${SEARCH}?q=Declaraton`);
    await expect(status(page)).toContainText('Did you mean “Declaration”?');
    await expect(results(page).first()).toHaveAttribute(
      'href',
      /#(putin-anniversary|aliyev-declaration)$/,
    );
  });

  test('a near-miss quote lists the closest passage in the record’s own words, the shared words marked', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent('we saw it from the very beginning')}`);
    await expect(status(page)).toContainText('No paragraph holds all the words');
    const closest = page.locator('.tx-search__closest');
    await expect(
      closest.getByRole('heading', { name: 'Closest passages in the record' }),
    ).toBeVisible();
    const first = closest.locator('a.tx-search__link').first();
    await expect(first).toHaveAttribute('href', /#putin-empire$/);
    await expect(first.locator('mark')).toHaveText(['saw', 'beginning']);
    // The query's own words are never spliced into the record's.
    await expect(first.locator('ins, del')).toHaveCount(0);
    await expect(first.locator('.tx-search__excerpt')).toContainText(
      'We saw it almost from the beginning',
    );
    await first.click();
    await expect(page.locator('#putin-empire')).toBeInViewport();
  });

  test('a word the archive does not hold finds nothing, rather than words that share its first letters', async ({
    page,
  }) => {
    await page.goto(`${SEARCH}?q=xylophone`);
    await expect(status(page)).toHaveText('No results for “xylophone”.');
    await expect(results(page)).toHaveCount(0);
  });

  test('a common word alone is never highlighted', async ({ page }) => {
    for (const word of ['them', 'of']) {
      await page.goto(`${SEARCH}?q=${word}`);
      await expect(status(page)).toContainText(`for “${word}”`);
      await expect(
        page.locator('.tx-search__results mark', { hasText: new RegExp(`^${word}$`, 'i') }),
      ).toHaveCount(0);
    }
  });

  test('note excerpts keep a space between blocks', async ({ page }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent("AZERTAC's English")}&kind=annotation`);
    await expect(status(page)).toContainText('results for');
    for (const text of await page.locator('.tx-search__excerpt').allTextContents())
      expect(text).not.toMatch(/English[“"]/);
  });
});

test.describe('the header search on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('covers the header row when open, with a close button the keyboard reaches', async ({
    page,
  }) => {
    await page.goto(`${BASE}about/`);
    const field = page.locator('#tx-search-header');
    await field.focus();
    await page.keyboard.type('Kazakstan');
    const form = page.locator('tx-search.tx-search--header form');
    const header = await page.locator('.tx-site-header').boundingBox();
    const formBox = await form.boundingBox();
    expect(formBox!.y).toBeLessThanOrEqual(header!.y + 1);
    expect(formBox!.height).toBeGreaterThanOrEqual(header!.height - 2);
    // The site name is behind the open field: clicking its place hits the form.
    const name = await page.locator('.tx-site-header__name').boundingBox();
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('form')?.className ?? '',
      [name!.x + 5, name!.y + 2],
    );
    expect(hit).toContain('tx-search__form');
    const close = page.getByRole('button', { name: 'Close search' });
    await expect(close).toBeVisible();
    await page.keyboard.press('Tab'); // the Search button, shown in place
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(close).toBeHidden();
    await expect(page.locator('.tx-site-header__name')).toBeVisible();
    await expect(page.locator('tx-search.tx-search--header .tx-search__panel')).toBeHidden();
  });

  test('the close button folds the field back before the search code has arrived', async ({
    page,
  }) => {
    await page.route('**/_astro/search-ui-*.js', () => undefined); // held back: never answered
    await page.goto(`${BASE}about/`);
    await page.locator('#tx-search-header').focus();
    await page.keyboard.type('Kazakstan');
    const close = page.getByRole('button', { name: 'Close search' });
    await close.click();
    await expect(close).toBeHidden();
    await expect(page.locator('.tx-site-header__name')).toBeVisible();
  });

  test('keyboard focus on the Search button does not move the field', async ({ page }) => {
    await page.goto(`${BASE}about/`);
    const field = page.locator('#tx-search-header');
    await field.focus();
    const before = await field.boundingBox();
    await page.keyboard.press('Tab');
    await expect(page.locator('tx-search.tx-search--header button[type="submit"]')).toBeFocused();
    expect(await field.boundingBox()).toEqual(before);
  });
});

test.describe('the header search on a wide screen', () => {
  test('keyboard focus on the Search button does not move the field', async ({ page }) => {
    await page.goto(`${BASE}about/`);
    const field = page.locator('#tx-search-header');
    await field.focus();
    const before = await field.boundingBox();
    await page.keyboard.press('Tab');
    await expect(page.locator('tx-search.tx-search--header button[type="submit"]')).toBeFocused();
    expect(await field.boundingBox()).toEqual(before);
  });
});
