/**
 * `<tx-quote-check>`: the quote check on /check/. Enhances a plain GET form
 * (`?q=…`, so a check can be shared): reads the quote from the address,
 * finds its likely source through the index (search-forgiving.ts) and shows
 * the verdict — verbatim, altered, translation or absent — with the record's
 * passage aligned word by word, a link to the paragraph, its share page and
 * a citation. Everything is built with textContent, never as HTML.
 */
import { diffSegments, spanText } from '~/lib/quote-diff';
import type { Alignment } from '~/lib/quote-align';
import type { PassageMatch, Verdict } from '~/lib/quote-verdict';
import { quoteWithAttribution } from '~/lib/share';
import type { Lexicon, ParagraphRef } from '~/lib/search-lexicon';
import { sharePath } from '~/lib/urls';
import { diffView } from './search-diff-view';
import { checkQuoteInIndex, type FoundParagraph } from './search-forgiving';
import { loadLexicon, loadPagefind } from './search-pagefind';

/** Longest quote checked, in characters: a paragraph or two. Longer text is cut, and the page says so. */
const MAX_QUOTE = 1200;

const HEADINGS: Record<Verdict, string> = {
  verbatim: 'In the record, word for word',
  altered: 'In the record, in other words',
  translation: 'The same passage, in another translation',
  absent: 'Not in the record',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** `/transcripts/<slug>/#<id>` → slug and id. */
function addressOf(url: string): { slug: string; id: string } | undefined {
  const match = /transcripts\/([^/]+)\/#(.+)$/.exec(url);
  return match ? { slug: match[1]!, id: decodeURIComponent(match[2]!) } : undefined;
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

/** The paragraph's links: in context (the permanent anchor), its share page, and a citation to copy. */
function paragraphLinks(paragraph: ParagraphRef, quoted: string, lexicon: Lexicon): HTMLElement[] {
  const address = addressOf(paragraph.url);
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
  if (!info) return [links];
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

/** The passage with the quote aligned word by word, under who said it and where. */
function passageFigure(match: PassageMatch<FoundParagraph>, context: number): HTMLElement {
  const figure = element('figure', 'tx-check__passage');
  const quote = element('blockquote', 'tx-diff');
  quote.append(diffView(diffSegments(match.paragraph.text, match.alignment, context)));
  figure.append(quote, element('figcaption', '', `${match.paragraph.speaker}, paragraph ${match.paragraph.n}`));
  return figure;
}

/** Passages sharing some of the quote's rarer words, for an absent quote or as other candidates. */
function nearestList(matches: readonly PassageMatch<FoundParagraph>[]): HTMLElement {
  const list = element('ol', 'tx-check__nearest');
  list.setAttribute('role', 'list');
  for (const match of matches.slice(0, 3)) {
    const item = element('li', '');
    const figure = passageFigure(match, 6);
    figure.querySelector('figcaption')!.replaceChildren(link(match.paragraph.url, `${match.paragraph.speaker}, paragraph ${match.paragraph.n}`));
    item.append(figure);
    list.append(item);
  }
  return list;
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
    document.title = raw ? `Check: “${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}” – ${this.#title}` : this.#title;
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
      this.#status.textContent = `${HEADINGS[check.verdict]}.`;
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

  #verdict(check: Awaited<ReturnType<typeof checkQuoteInIndex>>, lexicon: Lexicon, cut: boolean): HTMLElement {
    const section = element('section', 'tx-check__verdict');
    section.dataset['verdict'] = check.verdict;
    section.setAttribute('aria-labelledby', 'tx-check-verdict');
    const heading = element('h2', 'tx-check__heading', HEADINGS[check.verdict]);
    heading.id = 'tx-check-verdict';
    section.append(heading);
    const say = (text: string, className = 'tx-check__explain'): void => void section.append(element('p', className, text));
    if (cut) say(`Only the first ${MAX_QUOTE} characters were checked.`, 'tx-check__note');
    // Other spellings of names are worth saying; a guessed typo only helped find the candidates.
    const spellings = check.corrections.filter((c) => c.reason === 'variant');
    if (spellings.length > 0) {
      say(`Read with the record’s spelling: ${spellings.map((c) => `${c.from} → ${c.to}`).join(', ')}.`, 'tx-check__note');
    }
    const { best } = check;
    if (check.verdict === 'verbatim' && best) {
      say('These words are in the record as AZERTAC published it, word for word (case, punctuation, quotation marks, dashes and spacing aside).');
      section.append(passageFigure(best, 12), ...paragraphLinks(best.paragraph, spanText(best.paragraph.text, best.alignment), lexicon));
    } else if (check.verdict === 'altered' && best) {
      say(
        `A passage of the record is clearly the source, but the words differ: ${differences(best.alignment)} Words of the record the quote lacks are struck through; words the quote adds are underlined.`,
      );
      for (const number of best.alignment.numbers) {
        const line = element('p', 'tx-check__number');
        line.append(element('strong', '', 'A number differs: '), `the record says ${number.record}, the quote ${number.quote ?? 'leaves it out'}.`);
        section.append(line);
      }
      section.append(passageFigure(best, 12), ...paragraphLinks(best.paragraph, spanText(best.paragraph.text, best.alignment), lexicon));
    } else if (check.verdict === 'translation' && check.rendering) {
      const { rendering } = check.rendering;
      say(`These words match another English translation of the same passage (${rendering.label}, given in the note ‘${rendering.title}’). AZERTAC’s English, the record, says it in other words.`);
      const figure = element('figure', 'tx-check__passage');
      const theirs = element('blockquote', 'tx-check__rendering', rendering.text);
      figure.append(theirs, element('figcaption', '', rendering.label));
      const ours = element('figure', 'tx-check__passage tx-check__passage--record');
      const paragraph = rendering.paragraphs[0];
      ours.append(element('blockquote', '', rendering.english), element('figcaption', '', `AZERTAC’s English${paragraph ? `: ${paragraph.speaker}, paragraph ${paragraph.n}` : ''}`));
      const note = element('p', 'tx-check__note-link');
      note.append('Why the wordings differ: ', link(rendering.href, rendering.title));
      section.append(figure, ours, note);
      if (paragraph) section.append(...paragraphLinks(paragraph, rendering.english, lexicon));
    } else {
      say('Nothing in the record is close to these words. The record holds AZERTAC’s English text of this meeting only; no passage of it says this.');
      if (check.nearest.length > 0) {
        say('Passages that share some of its rarer words:', 'tx-check__explain tx-check__explain--nearest');
        section.append(nearestList(check.nearest));
      }
    }
    return section;
  }
}

if (!customElements.get('tx-quote-check')) customElements.define('tx-quote-check', TxQuoteCheck);
