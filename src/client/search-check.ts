/**
 * `<tx-quote-check>`: the quote check on /check/. Enhances a plain GET form
 * (`?q=…`, so a check can be shared): reads the quote from the address,
 * finds its likely source through the index (search-forgiving.ts) and shows
 * the verdict — verbatim, altered, translation or absent — with the record's
 * passage aligned word by word, a link to the paragraph, its share page and
 * a citation. Everything is built with textContent, never as HTML.
 */
import { diffSegments, markedSegments, sentencesText, sharedBy, spanText } from '~/lib/quote-diff';
import { splitWords, type Alignment, type Word } from '~/lib/quote-align';
import type { Change, NearPassage, PassageMatch, QuoteCheck, TranslationMatch, Verdict } from '~/lib/quote-verdict';
import { renderingLabel } from '~/lib/renderings';
import { anotherVersion, otherLanguageCheck, renderingSentence, textLanguages } from '~/lib/wording';
import { quoteWithAttribution } from '~/lib/share';
import type { Lexicon, ResultParagraph, TranscriptInfo } from '~/lib/search-lexicon';
import { paragraphOfPath, sharePath, withBase } from '~/lib/urls';
import { diffView, markedView } from './search-diff-view';
import { element } from './search-dom';
import { checkQuoteInIndex, type CheckContext, type FoundParagraph } from './search-forgiving';
import { loadLexicon, loadPagefind } from './search-pagefind';

/** Longest quote checked, in characters: a paragraph or two. Longer text is cut, and the page says so. */
const MAX_QUOTE = 1200;

const HEADINGS: Record<Verdict, string> = {
  verbatim: 'In the record, word for word',
  altered: 'In the record, in other words',
  translation: 'The same passage, in another translation',
  absent: 'Not in the record',
};

/**
 * The heading of a check: a quote in another language than the record's is not found "in the record" but among the
 * texts we hold; another publication's words for a passage of a record nobody translated are another version of it.
 */
function headingOf(check: QuoteCheck & CheckContext, lexicon: Lexicon): string {
  if (check.verdict === 'absent' && check.language) return 'Not found in the texts we hold';
  const matched = check.translation && ('paragraph' in check.translation ? check.translation.paragraph : undefined);
  if (check.verdict === 'translation' && matched) return `The same passage, in ${anotherVersion(transcriptOf(matched, lexicon))}`;
  return HEADINGS[check.verdict];
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What differs, in one sentence: how many words are changed, left out and added. */
function differences(alignment: Alignment): string {
  const count = (op: string): number => alignment.ops.filter((o) => o.op === op).length;
  const parts = [
    count('changed') && `${plural(count('changed'), 'word')} changed`,
    count('missing') && `${plural(count('missing'), 'word')} of the record left out`,
    count('added') && `${plural(count('added'), 'word')} added`,
    count('variant') && `${plural(count('variant'), 'name')} spelled another way`,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'The words are the same, in another order.';
}

/** Names of the changes a reader must see first. */
const CHANGE_NAMES: Record<Exclude<Change['kind'], 'word'>, string> = {
  number: 'A number differs',
  negation: 'A negation differs',
  who: 'Who does what differs',
  order: 'The order differs',
};

/** One named change: the record's words in quotation marks (they are the record's), the quote's marked as inserted, never quoted. */
function changeLine(change: Change & { kind: keyof typeof CHANGE_NAMES }): HTMLElement {
  const line = element('p', 'tx-check__number');
  line.dataset['change'] = change.kind;
  line.append(element('strong', '', `${CHANGE_NAMES[change.kind]}: `));
  if (change.kind === 'order') {
    line.append('the quote has the record’s words in another order.');
    return line;
  }
  line.append(change.record ? `the record has “${change.record}”` : 'the record has nothing here');
  if (change.quote) line.append('; the quote has ', element('ins', '', change.quote), '.');
  else line.append('; the quote leaves it out.');
  return line;
}

/** What the lexicon knows of the transcript a paragraph belongs to. */
const transcriptOf = (paragraph: { url: string }, lexicon: Lexicon): TranscriptInfo | undefined => lexicon.transcripts[paragraphOfPath(paragraph.url)?.slug ?? ''];

/** The paragraph's links: in context (the permanent anchor), its share page, and a citation of the record's words to copy. */
function paragraphLinks(paragraph: ResultParagraph, quoted: string, lexicon: Lexicon): HTMLElement[] {
  const address = paragraphOfPath(paragraph.url);
  const links = element('ul', 'tx-check__links');
  links.setAttribute('role', 'list');
  const open = link(paragraph.url, `Read paragraph ${paragraph.n} in context`, 'tx-check__open');
  open.dataset['paragraph'] = address?.id ?? '';
  const items = [open];
  if (address) items.push(link(sharePath(address.slug, address.id), 'Share page: quote, card and link'));
  links.append(
    ...items.map((a) => {
      const li = element('li', '');
      li.append(a);
      return li;
    }),
  );
  const info = address ? lexicon.transcripts[address.slug] : undefined;
  if (!info || quoted === '') return [links];
  const citation = quoteWithAttribution(quoted, { who: paragraph.speaker, place: info.place, date: info.date, translation: paragraph.translation ?? null }, new URL(paragraph.url, location.href).href);
  const cite = element('div', 'tx-check__cite');
  const text = element('p', 'tx-check__cite-text', citation);
  text.id = 'tx-check-citation';
  const copy = element('button', 'tx-button tx-check__copy', 'Copy citation');
  copy.type = 'button';
  copy.setAttribute('aria-describedby', text.id);
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(citation).then(
      () => (copy.textContent = 'Copied'),
      () => (copy.textContent = 'Select the text to copy it'),
    );
  });
  cite.append(element('p', 'tx-check__cite-label', 'Cite the record’s words'), text, copy);
  return [links, cite];
}

/** Who says a paragraph, and which it is: "Vladimir Putin, paragraph 14". */
const captionOf = (paragraph: FoundParagraph): string => `${paragraph.speaker}, paragraph ${paragraph.n}`;

/** The passage with the quote aligned word by word (an altered quote), under who said it. */
function diffFigure(match: PassageMatch<FoundParagraph>, context: number): HTMLElement {
  const figure = element('figure', 'tx-check__passage');
  const quote = element('blockquote', 'tx-diff');
  quote.append(diffView(diffSegments(match.paragraph.text, match.alignment, context)));
  figure.append(quote, element('figcaption', '', captionOf(match.paragraph)));
  return figure;
}

/** A passage in the record's words alone, the words the quote shares marked, captioned with a link to it. */
function recordFigure(paragraph: FoundParagraph, shared: (word: Word) => boolean, around: { from: number; to: number }, context: number, caption: Node): HTMLElement {
  const figure = element('figure', 'tx-check__passage tx-check__passage--record');
  const quote = element('blockquote', 'tx-diff');
  quote.append(markedView(markedSegments(paragraph.text, shared, around.from, around.to, context)));
  const figcaption = element('figcaption', '');
  figcaption.append(caption);
  figure.append(quote, figcaption);
  return figure;
}

/** Passages sharing some of the quote's rarer words, in the record's own words with those words marked. */
function nearestList(passages: readonly NearPassage<FoundParagraph>[]): HTMLElement {
  const list = element('ol', 'tx-check__nearest');
  list.setAttribute('role', 'list');
  for (const { paragraph, shared } of passages.slice(0, 3)) {
    const item = element('li', '');
    const isShared = sharedBy(shared);
    const words = splitWords(paragraph.text).flatMap((word, i) => (isShared(word) ? [i] : []));
    // Shown around the words it shares, the paragraph's start when few.
    const around = { from: words[0] ?? 0, to: (words.at(-1) ?? 0) + 1 };
    item.append(recordFigure(paragraph, isShared, around, 6, link(paragraph.url, captionOf(paragraph))));
    list.append(item);
  }
  return list;
}

/** A rendering's words as its publisher printed them, attributed and linked to where they were printed. */
function renderingFigure(text: string, caption: string, href?: string): HTMLElement {
  const figure = element('figure', 'tx-check__passage');
  const figcaption = element('figcaption', '');
  figcaption.append(href ? link(href, caption) : caption);
  figure.append(element('blockquote', 'tx-check__rendering', text), figcaption);
  return figure;
}

class TxQuoteCheck extends HTMLElement {
  #form!: HTMLFormElement;
  #field!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #result!: HTMLElement;
  #sequence = 0;
  #title = '';

  get #bundle(): string {
    return this.dataset['bundle'] ?? '/pagefind/';
  }

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    const form = this.querySelector('form');
    const field = this.querySelector('textarea');
    const status = this.querySelector<HTMLElement>('.tx-check__status');
    const result = this.querySelector<HTMLElement>('.tx-check__result');
    if (!form || !field || !status || !result) return;
    [this.#form, this.#field, this.#status, this.#result] = [form, field, status, result];
    this.#title = document.title;
    this.querySelector('.tx-check__nojs')?.setAttribute('hidden', '');
    this.dataset['ready'] = '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#remember();
      void this.#run();
    });
    // Enter checks; Shift+Enter starts a new line, as in a chat box.
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    field.addEventListener('focus', () => void Promise.all([loadPagefind(this.#bundle), loadLexicon(this.#bundle)]).catch(() => undefined), { once: true });
    const fromAddress = (): void => {
      field.value = new URLSearchParams(location.search).get('q') ?? '';
      void this.#run();
    };
    // Back and Forward move between checks.
    window.addEventListener('popstate', fromAddress);
    // Words typed before this module arrived win over the address's quote; they are checked on Enter.
    if (field.value === '') fromAddress();
  }

  /** The address says what was checked, so the check can be shared; each check is a history entry. */
  #remember(): void {
    const quote = this.#field.value.trim();
    const url = new URL(this.#form.action, location.href);
    if (quote) url.searchParams.set('q', quote);
    if (url.pathname + url.search !== location.pathname + location.search) history.pushState(null, '', url.pathname + url.search);
  }

  async #run(): Promise<void> {
    const raw = this.#field.value.trim();
    const quote = raw.slice(0, MAX_QUOTE);
    const sequence = ++this.#sequence;
    // The reader's words, not the record's: never in quotation marks.
    document.title = raw ? `Check: ${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''} – ${this.#title}` : this.#title;
    if (quote === '') {
      this.#result.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.#status.textContent = 'Checking…';
    this.#status.classList.remove('tx-visually-hidden');
    const started = performance.now();
    try {
      const [api, lexicon] = await Promise.all([loadPagefind(this.#bundle), loadLexicon(this.#bundle)]);
      const check = await checkQuoteInIndex(api, lexicon, quote);
      if (sequence !== this.#sequence) return;
      const ms = Math.round(performance.now() - started);
      this.#result.replaceChildren(this.#verdict(check, lexicon, raw.length > MAX_QUOTE));
      this.#result.dataset['ms'] = String(ms);
      this.#status.textContent = `${headingOf(check, lexicon)}.`;
      // Once the verdict shows, its heading says what the status line reads out.
      this.#status.classList.add('tx-visually-hidden');
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error('Quote check failed', error);
      this.#result.replaceChildren();
      this.#status.textContent = import.meta.env.DEV
        ? 'The quote check needs the search index of a production build: run `npm run build` once, then reload.'
        : 'The check could not load. Reload the page to try again, or search the record.';
    } finally {
      if (sequence === this.#sequence) this.removeAttribute('aria-busy');
    }
  }

  #verdict(check: QuoteCheck<FoundParagraph> & CheckContext, lexicon: Lexicon, cut: boolean): HTMLElement {
    const section = element('section', 'tx-check__verdict');
    section.dataset['verdict'] = check.verdict;
    if (check.translation) section.dataset['match'] = check.translation.kind;
    section.setAttribute('aria-labelledby', 'tx-check-verdict');
    const heading = element('h2', 'tx-check__heading', headingOf(check, lexicon));
    heading.id = 'tx-check-verdict';
    section.append(heading);
    const say = (text: string, className = 'tx-check__explain'): HTMLElement => {
      const line = element('p', className, text);
      section.append(line);
      return line;
    };
    if (cut) say(`Only the first ${MAX_QUOTE} characters were checked.`, 'tx-check__note');
    // Other spellings of names are worth saying; a guessed typo only helped find the candidates.
    const spellings = check.corrections.filter((c) => c.reason === 'variant');
    if (spellings.length > 0) say(`Read with the record’s spelling: ${spellings.map((c) => `${c.from} → ${c.to}`).join(', ')}.`, 'tx-check__note');
    const { best } = check;
    const publisher = (paragraph: FoundParagraph): string => transcriptOf(paragraph, lexicon)?.publisher ?? 'its publisher';
    const languages = textLanguages(Object.values(lexicon.transcripts));
    if (check.verdict === 'verbatim' && best) {
      say(`These words are in the record as ${publisher(best.paragraph)} published it, word for word (case, punctuation, quotation marks, dashes and spacing aside).`);
      for (const note of check.notes) {
        const line = say('', 'tx-check__translation-note');
        line.append(element('strong', '', 'This translation differs from the original. '), 'A translation note covers these words: ', link(note.href, note.title), '.');
      }
      section.append(diffFigure(best, 12), ...paragraphLinks(best.paragraph, spanText(best.paragraph.text, best.alignment), lexicon));
    } else if (check.verdict === 'altered' && best) {
      say(
        `A passage of the record is clearly the source, but the words differ: ${differences(best.alignment)} Words of the record the quote lacks are struck through; words the quote adds are underlined.`,
      );
      for (const change of check.changes) if (change.kind !== 'word') section.append(changeLine({ ...change, kind: change.kind }));
      if (check.changes.every((c) => c.kind === 'word')) {
        say('Only a few words differ. This may be the record’s words changed, or another translation of the same original words: compare before you quote.', 'tx-check__note');
      }
      section.append(diffFigure(best, 12), ...paragraphLinks(best.paragraph, sentencesText(best.paragraph.text, best.alignment), lexicon));
    } else if (check.verdict === 'translation' && check.translation) {
      this.#translation(section, check.translation, best, lexicon, say);
    } else if (check.language) {
      say(otherLanguageCheck(check.language, check.comparable === true));
      const search = new URL(withBase('search/'), location.href);
      search.searchParams.set('q', this.#field.value.trim());
      const line = say('', 'tx-check__explain');
      line.append('Try ', link(search.pathname + search.search, `searching for these words`), `, or paste the ${languages} of the passage.`);
    } else {
      say(`No passage of the record says this. The record holds its published ${languages} text only.`);
      if (check.nearest.length > 0) {
        say(
          'Passages that share some of its rarer words, in the record’s own words (the shared words marked). A translation made by someone else can differ from the record in every word: compare before you conclude.',
          'tx-check__explain tx-check__explain--nearest',
        );
        section.append(nearestList(check.nearest));
      }
    }
    return section;
  }

  /** Another rendering of a passage: whose, the record's words for it beside, and how sure the check is. */
  #translation(
    section: HTMLElement,
    match: TranslationMatch<FoundParagraph>,
    best: PassageMatch<FoundParagraph> | undefined,
    lexicon: Lexicon,
    say: (text: string, className?: string) => HTMLElement,
  ): void {
    if (match.kind === 'note') {
      const { rendering } = match;
      const line = say(`These words match another rendering of the same passage (${rendering.label}), given in a translation note: `);
      line.append(link(rendering.href, rendering.title), '. The record says it in other words.');
      section.append(renderingFigure(rendering.text, rendering.label));
      const paragraph = rendering.paragraphs[0];
      const ours = element('figure', 'tx-check__passage tx-check__passage--record');
      ours.append(element('blockquote', '', rendering.english), element('figcaption', '', `The record${paragraph ? `: ${paragraph.speaker}, paragraph ${paragraph.n}` : ''}`));
      section.append(ours);
      if (paragraph) section.append(...paragraphLinks(paragraph, rendering.english, lexicon));
      return;
    }
    const { paragraph } = match;
    const whole = { from: 0, to: splitWords(paragraph.text).length };
    if (match.kind === 'documented') {
      const label = renderingLabel(match.rendering);
      const record = transcriptOf(paragraph, lexicon);
      const sameLanguage = !record || match.rendering.language === record.language;
      say(renderingSentence(match.rendering, record, paragraph.n));
      section.append(renderingFigure(match.rendering.text, label, match.rendering.url));
      // Words a rendering in the record's language shares with it are marked; another language shares none.
      const shared = sameLanguage ? sharedBy(splitWords(match.rendering.text).map((w) => w.text)) : () => false;
      section.append(recordFigure(paragraph, shared, whole, 0, document.createTextNode(`The record: ${captionOf(paragraph)}`)));
      // The record's sentences that say what the rendering says, where the quote found them; else the paragraph.
      const quoted = best && best.alignment.to > best.alignment.from ? sentencesText(paragraph.text, best.alignment) : paragraph.text;
      section.append(...paragraphLinks(paragraph, quoted.replace(/^[-–—]\s*/, ''), lexicon));
      return;
    }
    const sure = match.confidence === 'likely' ? 'Likely' : 'Possibly';
    say(
      `${sure} ${anotherVersion(transcriptOf(paragraph, lexicon))} of paragraph ${paragraph.n}. It matches no rendering we recorded, but it shares ${plural(match.shared.length, 'word')} with this passage, names and rarer words among them, in other wording. The check compares words, not meaning: ${match.confidence === 'likely' ? 'read the passage to confirm' : 'this is a guess, so read the passage before you rely on it'}.`,
    );
    section.append(recordFigure(paragraph, sharedBy(match.shared), whole, 0, document.createTextNode(`The record: ${captionOf(paragraph)}`)));
    section.append(...paragraphLinks(paragraph, '', lexicon));
  }
}

if (!customElements.get('tx-quote-check')) customElements.define('tx-quote-check', TxQuoteCheck);
