/**
 * Search mapping, free of the DOM and of Pagefind itself: how a typed query
 * becomes a Pagefind query, how a Pagefind hit becomes a result line that
 * links to one paragraph, and which words to highlight when the reader lands
 * there. The search UI (src/client/search-ui.ts) and the highlight on arrival
 * (src/client/search-highlight.ts) are thin layers over these functions.
 */

/** Apostrophes and their look-alikes a phone keyboard or a copied quote may hold. */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u00B4`]/g;
/** Typographic double quotes: smart punctuation turns `"a b"` into `“a b”`, which must still mean a phrase. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

/** The URL parameter that carries the words to highlight on the target page. */
export const HIGHLIGHT_PARAM = 'hl';

export interface SearchQuery {
  /** The query as sent to Pagefind: straight quotes, single spaces, trimmed. */
  term: string;
  /** True when the whole query is one quoted phrase, which Pagefind matches word for word. */
  phrase: boolean;
}

/**
 * Normalises what the reader typed. The record uses straight apostrophes
 * ("people's") and a reader may type either kind; Pagefind drops apostrophes
 * when it indexes and when it searches, so folding them to one form here keeps
 * the query, the URL and the highlight in agreement.
 */
export function normaliseQuery(raw: string): SearchQuery {
  const term = raw
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return { term, phrase: /^"[^"]*[^"\s][^"]*"$/.test(term) };
}

/**
 * The form of a word used to compare words: lower case, letters and digits
 * only, so that "people's", "people’s" and "peoples" are one word and
 * "empire." is "empire". Empty for a token with no letters (a dash).
 */
export function wordKey(word: string): string {
  return word
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface Token {
  /** Offset of the token's first character in the text. */
  start: number;
  /** Offset after the token's last character. */
  end: number;
  /** The token's core: from its first to its last letter or digit (punctuation around it left out). */
  coreStart: number;
  coreEnd: number;
  key: string;
}

/**
 * Splits text into whitespace-separated tokens, the way Pagefind counts word
 * positions (`locations`): a lone dash is a token too.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    const first = word.search(/[\p{L}\p{N}]/u);
    const last =
      word.length -
      [...word]
        .reverse()
        .join('')
        .search(/[\p{L}\p{N}]/u);
    const hasCore = first >= 0;
    tokens.push({
      start,
      end: start + word.length,
      coreStart: hasCore ? start + first : start,
      coreEnd: hasCore ? start + last : start + word.length,
      key: wordKey(word),
    });
  }
  return tokens;
}

/**
 * The hit positions worth marking: a common word ("the", "of", "them") only
 * inside a run of hits that holds a rarer word ("the <mark>Declaration on
 * Allied Interaction</mark>"), never alone.
 */
function markedPositions(tokens: readonly Token[], locations: readonly number[]): Set<number> {
  const hits = new Set(locations.filter((l) => tokens[l] !== undefined && tokens[l].key !== ''));
  const marked = new Set<number>();
  const sorted = [...hits].sort((a, b) => a - b);
  for (let start = 0; start < sorted.length;) {
    let end = start;
    // A run: hits with nothing but letterless tokens (a dash) between them.
    while (
      end + 1 < sorted.length &&
      tokens.slice(sorted[end]! + 1, sorted[end + 1]).every((t) => t.key === '')
    )
      end++;
    const run = sorted.slice(start, end + 1);
    if (run.some((i) => !COMMON_WORDS.has(tokens[i]!.key))) for (const i of run) marked.add(i);
    start = end + 1;
  }
  return marked;
}

/** A piece of a result excerpt; `mark` pieces are the matched words. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  segments: ExcerptSegment[];
  /** True when text was left out before or after the excerpt. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * An excerpt of `content` around the matched word positions, as plain-text
 * segments (the UI renders them with textContent and <mark>, never as HTML,
 * so nothing in the record or the query can become markup). A paragraph of up
 * to `maxWords` words is shown whole; a longer one from a little before its
 * first hit.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  maxWords = 48,
): Excerpt {
  const tokens = tokenize(content);
  const hits = markedPositions(tokens, locations);
  const firstHit = Math.min(...locations.filter((l) => l >= 0 && l < tokens.length), tokens.length);
  let from = 0;
  if (tokens.length > maxWords) {
    const lead = Math.floor(maxWords / 4);
    from = Math.max(
      0,
      Math.min(firstHit === tokens.length ? 0 : firstHit - lead, tokens.length - maxWords),
    );
  }
  const to = Math.min(tokens.length, from + maxWords);
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let cursor = tokens[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const marked = hits.has(i) && token.key !== '';
    // The space between two marked words joins them into one mark: "<mark>people's republics</mark>".
    const joins = marked && token.coreStart === token.start && segments.at(-1)?.mark === true;
    push(content.slice(cursor, token.start), joins);
    if (marked) {
      push(content.slice(token.start, token.coreStart), false);
      push(content.slice(token.coreStart, token.coreEnd), true);
      push(content.slice(token.coreEnd, token.end), false);
    } else {
      push(content.slice(token.start, token.end), false);
    }
    cursor = token.end;
  }
  return { segments, clippedStart: from > 0, clippedEnd: to < tokens.length };
}

/**
 * Words too common to be worth marking or weighing on their own: highlighting
 * every "the" hides the match, and a quote does not match a passage for sharing "them".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a about all also an and any are as at be been but by can do for from had has have he her his i if in into is ' +
    'it its me more most my no not now of on one or other our out so such than that the their them there these ' +
    'they this those to up us very was we were what when which who will with would you your ' +
    // Russian, for quotes of the original: the same kind of words.
    'а без бы был была были быть в вам вас во вот все всё вы да для до его ее её если есть же за и из или им их к как ко ли мне мы на над не нет ни но о об он она они от по при с со так также то тоже у уже что чтобы эта эти это этот я'
  ).split(' '),
);

/**
 * The words to highlight on arrival, taken from the record's own words at the
 * hit positions (so stems and apostrophes match exactly). A phrase query gives
 * one multi-word term per run of consecutive hits; otherwise one term per word,
 * common words (COMMON_WORDS) left out.
 */
export function hitTerms(content: string, locations: readonly number[], phrase: boolean): string[] {
  const tokens = tokenize(content);
  const sorted = [...new Set(locations)]
    .filter((l) => tokens[l] && tokens[l].key !== '')
    .sort((a, b) => a - b);
  const core = (i: number): string => {
    const t = tokens[i]!;
    return content.slice(t.coreStart, t.coreEnd);
  };
  const terms: string[] = [];
  const seen = new Set<string>();
  const add = (term: string): void => {
    const key = term.split(' ').map(wordKey).join(' ');
    if (seen.has(key) || COMMON_WORDS.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  if (!phrase) {
    for (const i of sorted) add(core(i));
    return terms;
  }
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) add(run.map(core).join(' '));
    run = [];
  };
  for (const i of sorted) {
    const previous = run.at(-1);
    // A dash between two words of a phrase is a token of its own with no letters; it does not break the run.
    const adjacent =
      previous !== undefined && tokens.slice(previous + 1, i).every((t) => t.key === '');
    if (!adjacent) flush();
    run.push(i);
  }
  flush();
  return terms;
}

/**
 * A result link: the page address with `?hl=` terms placed before the
 * `#anchor`, so the browser still scrolls to the paragraph. Without terms the
 * address is returned unchanged.
 */
export function resultHref(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}

/** The highlight terms of a page address's query string, each as a list of word keys; empty terms dropped. */
export function readHighlightTerms(search: string): string[][] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) =>
      term
        .split(/\s+/)
        .map(wordKey)
        .filter((key) => key !== ''),
    )
    .filter((keys) => keys.length > 0)
    .slice(0, 20);
}

/**
 * Character ranges `[start, end)` of `text` to highlight: every run of words
 * whose keys equal a term's keys in order (tokens without letters between them
 * are skipped). Ranges are sorted, and ranges that touch or are only white
 * space apart are merged.
 */
export function highlightRanges(
  text: string,
  terms: readonly (readonly string[])[],
): [number, number][] {
  const words = tokenize(text).filter((t) => t.key !== '');
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let i = 0; i + term.length <= words.length; i++) {
      if (term.every((key, j) => words[i + j]!.key === key)) {
        ranges.push([words[i]!.coreStart, words[i + term.length - 1]!.coreEnd]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    // Overlapping ranges, or ranges only a space apart ("people's" + "republics"), read as one.
    if (last && (range[0] <= last[1] || text.slice(last[1], range[0]).trim() === ''))
      last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The parts of a Pagefind result's `data()` that results are built from. */
export interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; locations: number[] }[] | undefined;
}

/** Kinds of search result, as the `kind` filter names them. */
/** A paragraph of the record, a note, or another publication's rendering of a paragraph (a Russian query's results). */
export type ResultKind = 'record' | 'annotation' | 'rendering';

export interface SearchHit {
  /** Where the result leads: the paragraph (or note section) anchor, with highlight terms. */
  href: string;
  kind: ResultKind;
  /** Record: the speaker's name (or the publisher, for narration). Annotation: the note's title. */
  label: string;
  /** Record: the paragraph number. */
  n?: string;
  /** Record: the transcript's title. */
  source?: string;
  /** Rendering: whose words the excerpt is, "Vesti, in Russian, 22 February 2022". */
  rendering?: string;
  excerpt: Excerpt;
}

/**
 * Maps a Pagefind result to a result line. A record hit links to its own URL
 * (the paragraph anchor). An annotation hit links to the section holding most
 * of the hits, when the note page has anchored sections.
 */
export function toHit(data: PagefindResultData, query: SearchQuery, excerptWords = 48): SearchHit {
  const kind: ResultKind = data.filters['kind']?.includes('record')
    ? 'record'
    : data.filters['kind']?.includes('rendering')
      ? 'rendering'
      : 'annotation';
  // A rendering's words are not the record's: nothing to highlight on the paragraph it leads to.
  const terms = kind === 'rendering' ? [] : hitTerms(data.content, data.locations, query.phrase);
  const best = [...(data.sub_results ?? [])].sort(
    (a, b) => b.locations.length - a.locations.length,
  )[0];
  // A rendering's record names it in a query (search-records.ts); the link is the paragraph's own address.
  const url =
    kind === 'rendering'
      ? data.url.replace(/\?[^#]*/, '')
      : best && best.url.includes('#')
        ? best.url
        : data.url;
  const hit: SearchHit = {
    href: resultHref(url, terms),
    kind,
    label:
      kind === 'annotation'
        ? (data.meta['title'] ?? '')
        : (data.meta['speaker'] ?? data.meta['title'] ?? ''),
    excerpt: buildExcerpt(data.content, data.locations, excerptWords),
  };
  if (kind !== 'annotation' && data.meta['n']) hit.n = data.meta['n'];
  if (kind !== 'annotation' && data.meta['transcript']) hit.source = data.meta['transcript'];
  if (kind === 'rendering' && data.meta['rendering']) hit.rendering = data.meta['rendering'];
  return hit;
}

/** Length of the start two words share. */
const sharedStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * True when a Pagefind hit really holds the query's words. When a word has no
 * match, Pagefind retries with ever shorter starts of it, so "Tokaev" comes
 * back as hits on "to" and "Aliev" on "all": a hit counts only when, for each
 * word of the query, a matched word shares most of its start (stems such as
 * "meetings"/"meeting" and prefixes typed so far such as "Kazak" pass).
 */
export function isRealHit(
  data: Pick<PagefindResultData, 'content' | 'locations'>,
  query: SearchQuery,
): boolean {
  return everyWordMatched(
    data,
    query,
    (key, word) => sharedStart(key, word) >= Math.min(key.length, Math.max(4, key.length - 3)),
  );
}

/**
 * True when each word of the query is, as written, one of the hit's matched
 * words, and the last at least the start of one: a reader still typing it
 * ("restoratio") has nothing to correct yet. No form or typo involved.
 */
export function isFoundAsTyped(
  data: Pick<PagefindResultData, 'content' | 'locations'>,
  query: SearchQuery,
): boolean {
  const last = wordKey(query.term.trim().split(/\s+/).at(-1) ?? '');
  return everyWordMatched(
    data,
    query,
    (key, word) => key === word || (key === last && word.startsWith(key)),
  );
}

function everyWordMatched(
  data: Pick<PagefindResultData, 'content' | 'locations'>,
  query: SearchQuery,
  same: (queryKey: string, matchedKey: string) => boolean,
): boolean {
  const tokens = tokenize(data.content);
  const matched = data.locations.map((l) => tokens[l]?.key ?? '').filter((key) => key !== '');
  // Numbers and words of one or two letters are left out: Pagefind reports no position for some ("$3").
  const words = query.term
    .split(/\s+/)
    .map(wordKey)
    .filter((key) => key.length > 2 && !/^\d+$/.test(key) && !COMMON_WORDS.has(key));
  return words.every((key) => matched.some((word) => same(key, word)));
}

/** The sentence the live region reads out after a search. */
export function countMessage(count: number, term: string): string {
  if (term === '') return '';
  if (count === 0) return `No results for “${term}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${term}”.`;
}
