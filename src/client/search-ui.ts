/**
 * `<tx-search>`: enhances the server-rendered search form into live search
 * over Pagefind's JS API. Loaded by search-boot.ts on first focus, so no page
 * pays for it before the reader wants it.
 *
 * Two modes, set by `data-mode`:
 * - `popup` (site header): results open in a panel under the field; Enter
 *   submits the form to the search page, as it does without JavaScript.
 * - `page` (/search/): results below the form; the query and filters live in
 *   the address (`?q=…&speaker=…&kind=…`), so a search can be shared.
 *
 * Keyboard: ↓ from the field moves into the results, ↑/↓ move between them,
 * Enter opens one, Escape goes back to the field (and closes the panel);
 * typing on a result goes back to the field. The count is read out through a
 * live region. Results are built with textContent, never as HTML.
 *
 * Forgiving: when the exact search finds no paragraph of the record, a query
 * with another spelling or a typo is searched in the record's spelling
 * ("Did you mean Kazakhstan?"); a query of several words that still finds
 * nothing lists the closest passages, with the words that differ marked, and
 * offers the quote check (search-closest.ts, loaded then).
 */
import './search-highlight.ts';
import resultStyles from '~/styles/search-results.css?inline';
import { latinLanguages, writtenLanguage } from '~/lib/renderings';
import { otherLanguageSearch } from '~/lib/wording';
import { countMessage, isFoundAsTyped, isRealHit, normaliseQuery, toHit, type ResultKind, type SearchHit, type SearchQuery } from '~/lib/search';
import { renderingBundlePath } from '~/lib/urls';
import { recordLanguages, type SpellingCorrection, type Lexicon } from '~/lib/search-lexicon';
import type * as Closest from './search-closest';
import { element, paragraphMeta } from './search-dom';
import { loadLexicon, loadPagefind, type Pagefind } from './search-pagefind';

/** Milliseconds to wait after a keystroke before searching; short, because the index is small and local. */
const TYPING_PAUSE_MS = 60;
/** Values of the `kind` filter, in the order results are listed. */
const KINDS: ResultKind[] = ['record', 'annotation'];
/** Closest passages shown when nothing matches exactly. */
const CLOSEST = 5;
/** From this many words a query is probably a quote: search offers the quote check for it. */
const QUOTE_WORDS = 4;

const UNAVAILABLE = import.meta.env.DEV
  ? 'Search needs the index of a production build. Run `npm run build` once, then reload: `astro dev` serves the index of the last build.'
  : 'Search could not load. Reload the page to try again, or read the full transcript.';

/** One result as a link: who speaks, which paragraph (of which document), and the excerpt with the matched words marked. */
function renderHit(hit: SearchHit, manyDocuments: boolean): HTMLLIElement {
  const item = element('li', 'tx-search__result');
  const link = element('a', 'tx-search__link');
  link.href = hit.href;
  link.dataset['kind'] = hit.kind;
  const meta = element('span', 'tx-search__meta');
  if (hit.kind !== 'annotation') {
    meta.append(element('span', 'tx-search__speaker', hit.label));
    if (hit.n) meta.append(...paragraphMeta(hit.n, hit.source, manyDocuments));
    // Another publication's words: said before them, so they are never taken for the record's.
    if (hit.rendering) meta.append(element('span', 'tx-search__rendering', `printed by ${hit.rendering}`));
  } else {
    meta.append(element('span', 'tx-search__kind', 'Note'), element('span', 'tx-search__title', hit.label));
  }
  const excerpt = element('span', 'tx-search__excerpt');
  if (hit.excerpt.clippedStart) excerpt.append('… ');
  for (const segment of hit.excerpt.segments) {
    excerpt.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  }
  if (hit.excerpt.clippedEnd) excerpt.append(' …');
  link.append(meta, excerpt);
  item.append(link);
  return item;
}

/** Says how the query was read: another spelling of a name, or a typo ("Did you mean …?"). */
function correctionMessage(term: string, corrected: string, corrections: readonly SpellingCorrection[]): string {
  const typos = corrections.filter((c) => c.reason === 'typo');
  const variants = corrections.filter((c) => c.reason === 'variant');
  const spelled = variants.map((c) => `“${c.from}” as “${c.to}”`).join(', ');
  if (typos.length === 0) return `Searched in this site’s spelling: ${spelled}.`;
  return `No results for “${term}”. Did you mean “${corrected}”?${spelled ? ` (Searched in this site’s spelling: ${spelled}.)` : ''}`;
}

/** What a search found: exact hits, or the hits of the corrected query, or the closest passages. */
interface Found {
  hits: SearchHit[];
  total: number;
  /** Hits in the record itself (notes aside). */
  records: number;
  /** True when the first hit holds every word of the query as typed (the last perhaps not yet finished). */
  exact: boolean;
  /** The query in the record's spelling, when that is what found the hits, and the words it changed. */
  corrected?: string;
  corrections?: SpellingCorrection[];
  /** The query with a typo corrected, when the hits were found without the correction. */
  suggestion?: string;
  /** The closest passages, rendered, when the record has no paragraph with the words. */
  closest?: HTMLLIElement[];
  /** The language of renderings searched, for a query in another script than the record's. */
  language?: string;
}

let closest: Promise<typeof Closest> | undefined;
/** search-closest.ts, once per page: a chunk of its own, which a search that finds its words never loads. */
function loadClosest(): Promise<typeof Closest> {
  closest ??= import('./search-closest');
  closest.catch(() => (closest = undefined));
  return closest;
}

class TxSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #panel: HTMLElement | null = null;
  #summary: HTMLElement | null = null;
  #more: HTMLAnchorElement | null = null;
  #check: HTMLAnchorElement | null = null;
  #closest: HTMLElement | null = null;
  #sequence = 0;
  #timer = 0;
  #lastKey = '';
  #title = '';

  get #popup(): boolean {
    return this.dataset['mode'] !== 'page';
  }

  /** More than one document in the archive (`data-documents`): results then name their document. */
  get #manyDocuments(): boolean {
    return Number(this.dataset['documents'] ?? 1) > 1;
  }

  /** The kinds this field searches: the header's bundle holds the record alone (`data-kinds="record"`). */
  get #kinds(): string[] {
    return this.dataset['kinds']?.split(' ') ?? KINDS;
  }

  get #limit(): number {
    return Number(this.dataset['limit'] ?? 100);
  }

  /** Words per excerpt: fewer in the header panel than on the search page. */
  get #excerptWords(): number {
    return Number(this.dataset['excerptWords'] ?? 48);
  }

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('.tx-search__status');
    const list = this.querySelector<HTMLOListElement>('.tx-search__results');
    if (!form || !input || !status || !list) return;
    this.#form = form;
    this.#input = input;
    this.#status = status;
    this.#list = list;
    this.#panel = this.querySelector('.tx-search__panel');
    this.#summary = this.querySelector('.tx-search__summary');
    this.#more = this.querySelector('.tx-search__more');
    this.#check = this.querySelector('.tx-search__check');
    this.#title = document.title;
    this.querySelector('.tx-search__nojs')?.setAttribute('hidden', '');
    this.dataset['ready'] = '';

    input.addEventListener('input', () => this.#schedule());
    // Pagefind starts loading as soon as the field has focus, so the first results come sooner.
    const warm = (): void => void loadPagefind(this.#bundle).catch(() => undefined);
    if (document.activeElement === input) warm();
    else input.addEventListener('focus', warm, { once: true });
    form.addEventListener('submit', (event) => {
      if (this.#popup && input.value.trim() !== '') return; // the search page shows every result
      event.preventDefault();
      void this.#run();
    });
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) void this.#run();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    if (this.#popup) {
      // Focus leaving the search (a click elsewhere, Tab, or its close button: search-boot.ts) closes the panel.
      this.addEventListener('focusout', (event) => {
        if (!(event.relatedTarget instanceof Node) || !this.contains(event.relatedTarget)) this.#close();
      });
      input.addEventListener('focus', () => {
        if (this.#list.childElementCount > 0 || this.#status.textContent) this.#open();
      });
    } else {
      const params = new URLSearchParams(location.search);
      // Words typed before this module arrived win over the address's query.
      if (input.value === '') input.value = params.get('q') ?? '';
      for (const select of form.querySelectorAll('select')) {
        const value = params.get(select.name);
        if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
      }
    }
    // Words typed before this module arrived are searched now.
    if (input.value.trim() !== '') void this.#run();
  }

  get #bundle(): string {
    return this.dataset['bundle'] ?? '/pagefind/';
  }

  #filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of this.#form.querySelectorAll('select')) {
      if (select.value !== '') filters[select.name] = select.value;
    }
    return filters;
  }

  #schedule(): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#run(), TYPING_PAUSE_MS);
  }

  async #run(): Promise<void> {
    window.clearTimeout(this.#timer);
    const query = normaliseQuery(this.#input.value);
    const filters = this.#filters();
    const key = JSON.stringify([query.term, filters]);
    if (key === this.#lastKey && (this.#list.childElementCount > 0 || this.#closest?.hidden === false)) return;
    this.#lastKey = key;
    const sequence = ++this.#sequence;
    if (!this.#popup) this.#remember(query, filters);
    if (query.term === '' || query.term === '""') {
      this.#show({ hits: [], total: 0, records: 0, exact: true }, query);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind(this.#bundle);
      const found = await this.#find(api, query, filters);
      if (sequence === this.#sequence) this.#show(found, query);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error('Search failed', error);
      this.#list.replaceChildren();
      this.#showClosest([]);
      this.#say(UNAVAILABLE, true);
      if (this.#popup) this.#open();
    } finally {
      if (sequence === this.#sequence) this.removeAttribute('aria-busy');
    }
  }

  /**
   * The exact search; when it finds nothing, the query in the record's
   * spelling (a known variant or a typo of the archive's words); when the
   * record still has no paragraph for a query of several words, the closest passages.
   */
  async #find(api: Pagefind, query: SearchQuery, filters: Record<string, string>): Promise<Found> {
    // The record is English: a query in Cyrillic finds its paragraphs through their Russian renderings.
    const language = writtenLanguage(query.term);
    if (language) return this.#searchRenderings(language, query);
    let found = await this.#search(api, query, filters);
    // The lexicon and the code that reads it are fetched only when the words were not all found as
    // written; without them search is exact.
    let forgiving: Promise<[Lexicon, typeof Closest] | undefined> | undefined;
    const loadForgiving = () => (forgiving ??= Promise.all([loadLexicon(this.#bundle), loadClosest()]).catch(() => undefined));
    const tools = found.exact || query.phrase ? undefined : await loadForgiving();
    const correction = tools?.[1].correctQuery(query.term, tools[0]);
    // Pagefind may find a misspelt word by a shorter start of it ("recogni"): its hits stand, with the question.
    if (found.total > 0 && correction && correction.corrections.length > 0) {
      found.suggestion = correction.words.join(' ');
      found.corrections = correction.corrections;
    }
    if (found.total === 0 && correction && correction.corrections.length > 0) {
      const corrected = correction.words.join(' ');
      const again = await this.#search(api, { term: corrected, phrase: false }, filters);
      if (again.total > 0) found = { ...again, corrected, corrections: correction.corrections };
    }
    const wantsClosest = found.records === 0 && filters['kind'] !== 'annotation' && !filters['speaker'];
    const [lexicon, passages] = (wantsClosest && (await loadForgiving())) || [];
    // Not the record's words: perhaps another Latin-script language's rendering (a French original).
    for (const other of lexicon && found.total === 0 ? latinLanguages(lexicon.languages, recordLanguages(lexicon)) : []) {
      const rendered = await this.#searchRenderings(other, query);
      if (rendered.total > 0) return rendered;
    }
    if (lexicon && passages) {
      const matches = await passages.closestPassages(api, lexicon, query.term, CLOSEST);
      found.closest = matches.map((match) => passages.renderClosest(match, this.#excerptWords, this.#manyDocuments));
    }
    return found;
  }

  /** Paragraphs through their renderings in `language`, from that language's bundle; none when the archive holds none. */
  async #searchRenderings(language: string, query: SearchQuery): Promise<Found> {
    const api = await loadPagefind(renderingBundlePath(language)).catch(() => undefined);
    const results = ((await api?.search(query.term))?.results ?? []).filter((r) => r.score > 0);
    const data = await Promise.all(results.slice(0, this.#limit).map((r) => r.data()));
    const hits = data.filter((d) => isRealHit(d, query)).map((d) => toHit(d, query, this.#excerptWords));
    return { hits, total: hits.length, records: 0, exact: true, language };
  }

  /** The record's words first, then the notes, one Pagefind search per kind. */
  async #search(api: Pagefind, query: SearchQuery, filters: Record<string, string>): Promise<Found> {
    const kinds = filters['kind'] ? [filters['kind']] : this.#kinds;
    // A bundle of one kind (the header's record bundle) needs no kind filter, nor the filter file it loads.
    const only = this.#kinds.length === 1 && !filters['kind'];
    const responses = await Promise.all(kinds.map((kind) => api.search(query.term, { filters: only ? filters : { ...filters, kind } })));
    // Hits found only in a result's meta (a speaker's name, "paragraph") carry no score: not a match in the text.
    const scored = responses.map((response) => (response?.results ?? []).filter((r) => r.score > 0));
    const results = scored.flat();
    const data = await Promise.all(results.slice(0, this.#limit).map((r) => r.data()));
    // When a word has no match anywhere, Pagefind falls back to a shorter start of it and every hit
    // is false; the first one tells.
    if (data[0] && !isRealHit(data[0], query)) return { hits: [], total: 0, records: 0, exact: false };
    const hits = data.map((d) => toHit(d, query, this.#excerptWords));
    const total = results.length;
    const exact = data[0] !== undefined && isFoundAsTyped(data[0], query);
    return { hits, total, records: kinds[0] === 'record' ? (scored[0]?.length ?? 0) : 0, exact };
  }

  #show(found: Found, query: SearchQuery): void {
    const { hits, total } = found;
    this.#list.replaceChildren(...hits.map((hit) => renderHit(hit, this.#manyDocuments)));
    this.#showClosest(found.closest ?? [], query.term);
    let message = countMessage(total, found.corrected ?? query.term);
    if (found.corrected) message = `${correctionMessage(query.term, found.corrected, found.corrections ?? [])} ${message}`;
    if (found.suggestion) {
      const typo = found.corrections?.some((c) => c.reason === 'typo');
      message = `${typo ? `Did you mean “${found.suggestion}”?` : `Written “${found.suggestion}” on this site.`} ${message}`;
    }
    if (found.closest?.length) message = `No paragraph holds all the words searched for “${query.term}”. The closest passages are listed in the record’s own words, with the words they share marked.`;
    if (found.language) message = `${message} ${otherLanguageSearch(found.language, total > 0)}`;
    this.#say(message, false);
    if (this.#more) {
      const url = new URL(this.#form.action, location.href);
      url.searchParams.set('q', found.corrected ?? query.term);
      this.#more.href = url.pathname + url.search;
      const notesElsewhere = !this.#kinds.includes('annotation');
      if (notesElsewhere) this.#more.textContent = total > hits.length ? `All ${total} paragraphs, and the notes` : 'The notes too, on the search page';
      else this.#more.textContent = total > hits.length ? `All ${total} results` : 'Open on the search page';
      this.#more.hidden = total === 0 && !notesElsewhere;
    }
    if (this.#check) {
      const url = new URL(this.#check.dataset['base'] ?? this.#check.href, location.href);
      url.search = '';
      url.searchParams.set('q', query.term);
      this.#check.href = url.pathname + url.search;
      // Offered whenever nothing matches exactly, and for anything that looks like a quote: the check says whether
      // and how the record has the words.
      this.#check.hidden = query.term === '' || (found.records > 0 && query.term.split(' ').length < QUOTE_WORDS);
    }
    if (this.#popup) {
      if (query.term === '') this.#close();
      else if (this.contains(document.activeElement)) this.#open();
    }
  }

  /** "Closest passages in the record": each passage linked, with the words that differ from the query marked. */
  #showClosest(items: HTMLLIElement[], term = ''): void {
    if (!this.#closest) {
      if (items.length === 0) return;
      this.#closest = element('section', 'tx-search__closest');
      this.#closest.setAttribute('aria-label', 'Closest passages in the record');
      const heading = element(this.#popup ? 'p' : 'h2', 'tx-search__closest-title', 'Closest passages in the record');
      this.#closest.append(heading, element('ol', 'tx-search__results tx-search__results--closest'));
      this.#closest.querySelector('ol')!.setAttribute('role', 'list');
      this.#list.after(this.#closest);
    }
    this.#closest.hidden = items.length === 0;
    this.#closest.dataset['query'] = term;
    this.#closest.querySelector('ol')!.replaceChildren(...items);
  }

  #say(message: string, problem: boolean): void {
    this.#status.textContent = message;
    this.#status.dataset['problem'] = String(problem);
    if (this.#summary) this.#summary.textContent = message;
  }

  /** Page mode: the address always says what is shown, without adding history entries per keystroke. */
  #remember(query: SearchQuery, filters: Record<string, string>): void {
    const params = new URLSearchParams();
    if (query.term !== '') params.set('q', query.term);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
    document.title = query.term ? `“${query.term}” – ${this.#title}` : this.#title;
  }

  #links(): HTMLAnchorElement[] {
    // The exact results, then the closest passages.
    return [...this.querySelectorAll<HTMLAnchorElement>('.tx-search__results a.tx-search__link')];
  }

  #onKey(event: KeyboardEvent): void {
    const links = this.#links();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    const inField = event.target === this.#input;
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        if (inField) {
          if (this.#popup && links.length > 0) this.#open();
          next = links[0];
        } else if (at >= 0) next = links[Math.min(at + 1, links.length - 1)];
        break;
      case 'ArrowUp':
        if (at === 0) next = this.#input;
        else if (at > 0) next = links[at - 1];
        break;
      case 'Home':
      case 'End':
        if (at >= 0) next = event.key === 'Home' ? links[0] : links.at(-1);
        break;
      case 'Escape':
        if (this.#popup && this.#panel && !this.#panel.hidden) {
          this.#input.focus();
          this.#close();
          event.preventDefault();
          return;
        }
        if (at >= 0) next = this.#input;
        break;
      default:
        // Typing while on a result goes on in the field.
        if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.#input.focus();
        return;
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  #open(): void {
    if (this.#panel) this.#panel.hidden = false;
  }

  #close(): void {
    if (!this.#panel || this.#panel.hidden) return;
    // Focus must not vanish with the panel.
    if (this.#panel.contains(document.activeElement)) this.#input.focus();
    this.#panel.hidden = true;
  }
}

/**
 * The results' styles come with this module, so pages carry only the field's. A constructed
 * sheet, not a <style>: the page's CSP allows no inline style it does not list by hash.
 */
function adoptResultStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(resultStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

if (!customElements.get('tx-search')) {
  adoptResultStyles();
  customElements.define('tx-search', TxSearch);
}
