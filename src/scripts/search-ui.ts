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
 */
import './search-highlight.ts';
import {
  countMessage,
  normaliseQuery,
  toHit,
  type PagefindResultData,
  type ResultKind,
  type SearchHit,
  type SearchQuery,
} from '~/lib/search';

interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/** Milliseconds to wait after a keystroke before searching; short, because the index is small and local. */
const TYPING_PAUSE_MS = 60;
/** Values of the `kind` filter, in the order results are listed. */
const KINDS: ResultKind[] = ['record', 'annotation'];
/** Meta fields are for the result line, not for matching: a hit must be in the words themselves. */
const META_WEIGHTS = { title: 0, speaker: 0, n: 0, transcript: 0 };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page, from the bundle the build wrote (`<base>pagefind/`). */
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // The index already holds full site paths, base path included (config/pagefind.ts);
    // without `baseUrl: '/'` Pagefind would prepend the bundle's folder again.
    await module.options({ baseUrl: '/', ranking: { metaWeights: META_WEIGHTS } });
    return module;
  })();
  // A failed load (no index yet in `astro dev`) may succeed after a build: let the next search retry.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

const UNAVAILABLE = import.meta.env.DEV
  ? 'Search needs the index of a production build. Run `npm run build` once, then reload: `astro dev` serves the index of the last build.'
  : 'Search could not load. Reload the page to try again, or read the full transcript.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result as a link: who speaks, which paragraph, and the excerpt with the matched words marked. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'tx-search__result');
  const link = element('a', 'tx-search__link');
  link.href = hit.href;
  link.dataset['kind'] = hit.kind;
  const meta = element('span', 'tx-search__meta');
  if (hit.kind === 'record') {
    meta.append(element('span', 'tx-search__speaker', hit.label));
    if (hit.n) meta.append(element('span', 'tx-search__n', `paragraph ${hit.n}`));
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

class TxSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #panel: HTMLElement | null = null;
  #summary: HTMLElement | null = null;
  #more: HTMLAnchorElement | null = null;
  #sequence = 0;
  #timer = 0;
  #lastKey = '';
  #title = '';

  get #popup(): boolean {
    return this.dataset['mode'] !== 'page';
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
      this.addEventListener('focusout', (event) => {
        if (!(event.relatedTarget instanceof Node) || !this.contains(event.relatedTarget)) this.#close();
      });
      input.addEventListener('focus', () => {
        if (this.#list.childElementCount > 0 || this.#status.textContent) this.#open();
      });
    } else {
      const params = new URLSearchParams(location.search);
      input.value = params.get('q') ?? '';
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
    if (key === this.#lastKey && this.#list.childElementCount > 0) return;
    this.#lastKey = key;
    const sequence = ++this.#sequence;
    if (!this.#popup) this.#remember(query, filters);
    if (query.term === '' || query.term === '""') {
      this.#show([], query, 0);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const api = await loadPagefind(this.#bundle);
      // The record's words come first, then the notes: one search per kind, each ranked by Pagefind.
      const kinds = filters['kind'] ? [filters['kind']] : KINDS;
      const responses = await Promise.all(kinds.map((kind) => api.search(query.term, { filters: { ...filters, kind } })));
      // Hits found only in a result's meta (a speaker's name, "paragraph") carry no score: not a match in the text.
      const results = responses.flatMap((response) => (response?.results ?? []).filter((r) => r.score > 0));
      const shown = await Promise.all(results.slice(0, this.#limit).map(async (r) => toHit(await r.data(), query, this.#excerptWords)));
      if (sequence === this.#sequence) this.#show(shown, query, results.length);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error('Search failed', error);
      this.#list.replaceChildren();
      this.#say(UNAVAILABLE, true);
      if (this.#popup) this.#open();
    } finally {
      if (sequence === this.#sequence) this.removeAttribute('aria-busy');
    }
  }

  #show(hits: SearchHit[], query: SearchQuery, total: number): void {
    this.#list.replaceChildren(...hits.map(renderHit));
    const message = countMessage(total, query.term);
    this.#say(message, false);
    if (this.#more) {
      const url = new URL(this.#form.action, location.href);
      url.searchParams.set('q', query.term);
      this.#more.href = url.pathname + url.search;
      this.#more.textContent = total > hits.length ? `All ${total} results` : 'Open on the search page';
      this.#more.hidden = total === 0;
    }
    if (this.#popup) {
      if (query.term === '') this.#close();
      else if (this.contains(document.activeElement)) this.#open();
    }
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
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('a.tx-search__link')];
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

if (!customElements.get('tx-search')) customElements.define('tx-search', TxSearch);
