/**
 * URL text fragments (`#<id>:~:text=…`): a link that makes supporting browsers
 * scroll to and highlight exactly the words a reader selected, while browsers
 * without support fall back to the paragraph anchor before `:~:`.
 *
 * The browser highlights the FIRST match in the whole page, matching case-
 * insensitively on word boundaries. So the directive is built from whole
 * words, and gets a prefix (or suffix) of neighbouring words from the same
 * paragraph when the same words occur earlier on the page. When no context
 * makes the match unique, there is no directive and the link is the anchor.
 *
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */

/** Selections longer than this many characters become `textStart,textEnd`. */
export const EXACT_MAX_CHARS = 80;
/** Words in each of `textStart` and `textEnd` to begin with; more are added when needed. */
export const RANGE_WORDS = 4;
/** Most words of context tried as a prefix or suffix. */
export const CONTEXT_MAX_WORDS = 6;

/**
 * Encloses the text of an editorial marker (a note number or card) inside a
 * paragraph's text. The browser searches that text too, so it counts when
 * deciding whether words are unique; but the record's words cannot be matched
 * across it, so no term of a directive spans or quotes it: a selection across a
 * marker becomes `textStart,textEnd` with one term on each side.
 */
export const MARKER_BREAK = '\u2063';

/** One paragraph's text split around the selection; markers' text enclosed in MARKER_BREAKs. */
export interface SelectionInParagraph {
  before: string;
  selected: string;
  after: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** True when position `i` of `s` lies inside a word, e.g. between "to" and "day", "today" and "'s", "140" and ",000". */
function joined(s: string, i: number): boolean {
  const prev = s[i - 1];
  const next = s[i];
  if (prev === undefined || next === undefined) return false;
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return true;
  // An apostrophe between letters, or a point or comma between digits, does not end a word.
  const before = s[i - 2];
  const after = s[i + 1];
  if (
    (next === "'" || next === '’') &&
    LETTER_OR_DIGIT.test(prev) &&
    after !== undefined &&
    /\p{L}/u.test(after)
  )
    return true;
  if (
    (prev === "'" || prev === '’') &&
    LETTER_OR_DIGIT.test(next) &&
    before !== undefined &&
    /\p{L}/u.test(before)
  )
    return true;
  if (
    (next === '.' || next === ',') &&
    DIGIT.test(prev) &&
    after !== undefined &&
    DIGIT.test(after)
  )
    return true;
  if (
    (prev === '.' || prev === ',') &&
    DIGIT.test(next) &&
    before !== undefined &&
    DIGIT.test(before)
  )
    return true;
  return false;
}

/** Index of the first word-bounded, case-insensitive occurrence of `needle` in `haystack`, or -1. */
export function findWordMatch(haystack: string, needle: string, from = 0): number {
  if (needle === '') return -1;
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n, from); i !== -1; i = h.indexOf(n, i + 1)) {
    if (!joined(haystack, i) && !joined(haystack, i + needle.length)) return i;
  }
  return -1;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Percent-encodes one term of a text directive: everything encodeURIComponent
 * encodes (including `&` and `,`) plus `-`, which the directive syntax uses.
 */
export function encodeTextDirectivePart(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Grows a selection to whole words and moves surrounding spaces out of it. */
export function wholeWords(selection: SelectionInParagraph): SelectionInParagraph {
  let before = collapse(selection.before);
  let selected = collapse(selection.selected);
  let after = collapse(selection.after);
  // Rejoin cut words: move the cut-off parts from the neighbours into the selection.
  while (before !== '' && selected !== '' && joined(before.slice(-1) + selected, 1)) {
    selected = before.slice(-1) + selected;
    before = before.slice(0, -1);
  }
  while (after !== '' && selected !== '' && joined(selected + after.charAt(0), selected.length)) {
    selected += after.charAt(0);
    after = after.slice(1);
  }
  const lead = /^[\s\u2063]*/.exec(selected)?.[0] ?? '';
  const trail = /[\s\u2063]*$/.exec(selected)?.[0] ?? '';
  before += lead;
  after = trail + after;
  selected = selected.slice(lead.length, selected.length - trail.length);
  return { before, selected, after };
}

/** `text` cut into words at spaces (punctuation stays with its word). */
const words = (text: string): string[] => text.split(' ').filter(Boolean);

/** The parts of a text directive, unencoded. */
export interface Directive {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** The browser's view of text with markers: a marker separates words like a space. */
const flat = (text: string): string => text.replaceAll(MARKER_BREAK, ' ');

/** True when `needle` occurs at `at` in `text`, case-insensitively, on word boundaries. */
function matchesAt(text: string, needle: string, at: number): boolean {
  return (
    text.slice(at, at + needle.length).toLowerCase() === needle.toLowerCase() &&
    !joined(text, at) &&
    !joined(text, at + needle.length)
  );
}

const skipSpaces = (text: string, at: number): number => {
  let i = at;
  while (text[i] === ' ') i++;
  return i;
};

/**
 * Where a browser following the spec's "find a range from a text directive"
 * would highlight in `page`: the first start (right after its prefix, if any),
 * then the first end after it that is followed by the suffix, if any.
 */
export function findDirective(page: string, d: Directive): { from: number; to: number } | null {
  for (let from = 0; ;) {
    let startAt: number;
    if (d.prefix) {
      const p = findWordMatch(page, d.prefix, from);
      if (p === -1) return null;
      startAt = skipSpaces(page, p + d.prefix.length);
      from = p + 1;
      if (!matchesAt(page, d.start, startAt)) continue;
    } else {
      startAt = findWordMatch(page, d.start, from);
      if (startAt === -1) return null;
      from = startAt + 1;
    }
    for (let endFrom = startAt + d.start.length; ;) {
      let to = startAt + d.start.length;
      if (d.end) {
        const e = findWordMatch(page, d.end, endFrom);
        if (e === -1) return null;
        to = e + d.end.length;
      }
      if (!d.suffix || matchesAt(page, d.suffix, skipSpaces(page, to)))
        return { from: startAt, to };
      if (!d.end) break;
      endFrom = to;
    }
  }
}

/** Term pairs to try, shortest first: the exact text for a short selection, then start/end words; never across a marker. */
function* termCandidates(selected: string): Generator<Directive> {
  const segments = selected.split(MARKER_BREAK);
  const first = words(segments[0] ?? '');
  const last = words(segments.at(-1) ?? '');
  const crossesMarker = segments.length > 1;
  if (!crossesMarker && (selected.length <= EXACT_MAX_CHARS || first.length < 2 * RANGE_WORDS)) {
    yield { start: selected };
    return;
  }
  if (first.length === 0 || last.length === 0) return;
  const most = crossesMarker
    ? Math.max(first.length, last.length, RANGE_WORDS)
    : Math.floor(first.length / 2);
  for (let k = RANGE_WORDS; k <= most; k++) {
    yield {
      start: first.slice(0, Math.min(k, first.length)).join(' '),
      end: last.slice(-Math.min(k, last.length)).join(' '),
    };
  }
  if (!crossesMarker) yield { start: selected };
}

/** The last `count` words of `text` (empty when it has fewer). */
const lastWords = (text: string, count: number): string => {
  const list = words(text);
  return list.length < count ? '' : list.slice(-count).join(' ');
};

const firstWords = (text: string, count: number): string => {
  const list = words(text);
  return list.length < count ? '' : list.slice(0, count).join(' ');
};

/** Context to try around the terms: none, then words before, then words after, then both. */
function* contextCandidates(
  before: string,
  after: string,
): Generator<{ prefix?: string; suffix?: string }> {
  yield {};
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (let count = 1; count <= CONTEXT_MAX_WORDS; count++) {
    const prefix = lastWords(before, count);
    if (prefix) prefixes.push(prefix);
    const suffix = firstWords(after, count);
    if (suffix) suffixes.push(suffix);
  }
  for (const prefix of prefixes) yield { prefix };
  for (const suffix of suffixes) yield { suffix };
  for (const prefix of prefixes) for (const suffix of suffixes) yield { prefix, suffix };
}

/** `text=[prefix-,]start[,end][,-suffix]`, each part percent-encoded. */
export function encodeDirective(d: Directive): string {
  const parts = [
    d.prefix && `${encodeTextDirectivePart(d.prefix)}-`,
    encodeTextDirectivePart(d.start),
    d.end && encodeTextDirectivePart(d.end),
    d.suffix && `-${encodeTextDirectivePart(d.suffix)}`,
  ];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/**
 * The `text=…` directive for a selection inside a paragraph, or null when the
 * selection holds no word or no directive would point at it unambiguously.
 * Shortest terms first, then the least context that makes the browser land
 * exactly on the selection.
 *
 * @param selection the paragraph's text around the selection
 * @param earlier   all text of the page before the paragraph
 */
export function textDirective(selection: SelectionInParagraph, earlier = ''): string | null {
  const parts = wholeWords(selection);
  if (!LETTER_OR_DIGIT.test(parts.selected)) return null;
  // Context words come only from the record's words next to the selection, never across a marker.
  const before = parts.before.split(MARKER_BREAK).at(-1) ?? '';
  const after = parts.after.split(MARKER_BREAK)[0] ?? '';
  // The page as the browser searches it, and where our selection lies in it.
  const lead = `${collapse(flat(earlier))} ${flat(parts.before)}`;
  const page = lead + flat(parts.selected) + flat(parts.after);
  const ours = { from: lead.length, to: lead.length + parts.selected.length };
  for (const terms of termCandidates(parts.selected)) {
    for (const context of contextCandidates(before, after)) {
      const directive = { ...context, ...terms };
      const found = findDirective(page, directive);
      if (found?.from === ours.from && found.to === ours.to) return encodeDirective(directive);
    }
  }
  return null;
}

/**
 * A link to a paragraph that highlights the selected words where the browser
 * supports text fragments: `<page>#<id>:~:text=…`, or `<page>#<id>` when no
 * unambiguous directive exists.
 */
export function selectionLink(
  pageUrl: string,
  id: string,
  selection: SelectionInParagraph,
  earlier = '',
): string {
  const directive = textDirective(selection, earlier);
  return `${pageUrl}#${id}${directive ? `:~:${directive}` : ''}`;
}
