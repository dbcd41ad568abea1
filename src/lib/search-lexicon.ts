/**
 * The archive's vocabulary as forgiving search needs it, computed at build
 * time (build-plugins/pagefind.ts writes it beside the Pagefind bundle) and read by
 * the search page and the quote check, which never load the documents:
 *
 * - `words`: every word of the record with the number of paragraphs holding
 *   it, for typo correction ("Kazakstan" → Kazakhstan) and for weighing words
 *   by rarity;
 * - `variants`: other spellings of names and places, from content
 *   (`aliases` of people, content/places.yaml), mapped to the record's spelling;
 * - `renderings`: other English renderings of passages, from translation notes.
 */
import { COMMON_WORDS, isNumber, isTypo, splitWords, type WordWeight } from './quote-align.ts';
import { wordKey } from './search.ts';

/** Another English rendering of a passage of the record, from a translation note. */
export interface Rendering {
  /** The note's id and title, and where to read it. */
  note: string;
  title: string;
  href: string;
  /** What the rendering is, e.g. "Literal rendering of the Russian". */
  label: string;
  text: string;
  /** AZERTAC's words for the same passage (the note's `english`). */
  english: string;
  /** The paragraphs that carry the note's marker. */
  paragraphs: ResultParagraph[];
}

/** A paragraph as a result line names it. */
export interface ResultParagraph {
  /** Its permanent address, `<base>transcripts/<slug>/#<id>`. */
  url: string;
  /** Who speaks: a person's name, or the publisher for narration. */
  speaker: string;
  /** Its number in the transcript. */
  n: string;
  /** "English translation: AZERTAC" for speech; absent on the publisher's own lines. */
  translation?: string;
  /** The title of its transcript. */
  source?: string;
}

/** A paragraph's result line from its search record's URL and meta (search-records.ts writes them). */
export function resultParagraph(url: string, meta: Readonly<Record<string, string | undefined>>): ResultParagraph {
  const ref: ResultParagraph = { url, speaker: meta['speaker'] ?? '', n: meta['n'] ?? '' };
  if (meta['translation']) ref.translation = meta['translation'];
  if (meta['transcript']) ref.source = meta['transcript'];
  return ref;
}

/** What a citation of a transcript's paragraph needs. */
export interface TranscriptInfo {
  title: string;
  place: string;
  /** As displayed: "22 February 2022". */
  date: string;
  /** Short name of the publisher of the record's text: "AZERTAC". */
  publisher: string;
  /** BCP 47 language of the record's text. */
  language: string;
  /** Languages its speakers spoke: a rendering in one of them is the original. */
  spoken: string[];
}

/** A name or place and the other ways it is written. */
export interface NamedVariants {
  /** The spelling the record uses. */
  name: string;
  aliases: readonly string[];
}

export interface Lexicon {
  /** Paragraphs in the archive. */
  paragraphs: number;
  /** Word key → number of paragraphs holding it. */
  words: Record<string, number>;
  /** Variant (word keys joined by spaces) → the name as the record writes it ("Nagorno-Karabakh"). */
  variants: Record<string, string>;
  renderings: Rendering[];
  /** Transcripts by slug, for citations. */
  transcripts: Record<string, TranscriptInfo>;
  /** Languages other than the record's in which publications printed passages: each has a bundle of their renderings, `pagefind/<lang>/`. */
  languages: string[];
}

/** The languages of the records' own texts. */
export const recordLanguages = (lexicon: Pick<Lexicon, 'transcripts'>): string[] => Object.values(lexicon.transcripts).map((transcript) => transcript.language);

const keysOf = (text: string): string =>
  splitWords(text)
    .map((w) => w.key)
    .join(' ');

/** Builds the lexicon from the record's paragraphs, the content's variants and the translation notes' renderings. */
export function buildLexicon(
  paragraphs: readonly string[],
  named: readonly NamedVariants[],
  renderings: readonly Rendering[],
  transcripts: Record<string, TranscriptInfo> = {},
  languages: readonly string[] = [],
): Lexicon {
  const words: Record<string, number> = {};
  for (const text of paragraphs) {
    for (const key of new Set(splitWords(text).map((w) => w.key))) words[key] = (words[key] ?? 0) + 1;
  }
  const variants: Record<string, string> = {};
  for (const { name, aliases } of named) {
    const canonical = keysOf(name);
    for (const alias of aliases) {
      const key = keysOf(alias);
      if (key !== '' && key !== canonical) variants[key] = name;
    }
  }
  return { paragraphs: paragraphs.length, words, variants, renderings: [...renderings], transcripts, languages: [...languages] };
}

/** Longest variant, in words: phrase variants ("nagorny karabakh") are tried before single words. */
const longestVariant = (lexicon: Lexicon): number => Math.max(1, ...Object.keys(lexicon.variants).map((v) => v.split(' ').length));

/** A corrected word in the case the reader used: "Declaraton" → "Declaration", "declaraton" → "declaration". */
const inCaseOf = (written: string, key: string): string => (/^\p{Lu}/u.test(written) ? key.charAt(0).toUpperCase() + key.slice(1) : key);

/** A word of a query replaced by the record's spelling. */
export interface SpellingCorrection {
  /** What the reader wrote. */
  from: string;
  /** The record's word(s). */
  to: string;
  reason: 'variant' | 'typo';
}

/**
 * The record's spelling of each word of a query: known variants first (a
 * phrase variant before its words), then, for a word the archive does not
 * hold, the closest word it does (one edit from five letters, two from nine),
 * the more frequent on a tie. Words it cannot place are kept.
 */
export function correctQuery(text: string, lexicon: Lexicon): { words: string[]; corrections: SpellingCorrection[] } {
  const words = splitWords(text);
  const out: string[] = [];
  const corrections: SpellingCorrection[] = [];
  const longest = longestVariant(lexicon);
  for (let i = 0; i < words.length;) {
    let replaced = false;
    for (let size = Math.min(longest, words.length - i); size >= 1 && !replaced; size--) {
      const span = words.slice(i, i + size);
      const target = lexicon.variants[span.map((w) => w.key).join(' ')];
      if (target === undefined) continue;
      const from = span.map((w) => w.text).join(' ');
      // As the record writes it, hyphen included, so search matches it as it matches the record.
      const to = target;
      out.push(...to.split(' '));
      corrections.push({ from, to, reason: 'variant' });
      i += size;
      replaced = true;
    }
    if (replaced) continue;
    const word = words[i]!;
    const typo = isKnown(word.key, lexicon) ? undefined : closestWord(word.key, lexicon);
    const to = typo ? inCaseOf(word.text, typo) : word.text;
    if (typo) corrections.push({ from: word.text, to, reason: 'typo' });
    out.push(to);
    i++;
  }
  return { words: out, corrections };
}

/** Rough English suffixes, so that "meetings" is not taken for a typo of "meeting": Pagefind's stemming finds it. */
const stem = (key: string): string => (key.length > 4 ? key.replace(/(?:ing|ed|es|s|ly)$/, '') : key);

const known = new WeakMap<Lexicon, Set<string>>();

/**
 * True when search can find the word as it is: the archive holds it, a form
 * of it (same rough stem), or a longer word it begins (Pagefind matches
 * prefixes while the reader types: "Kazak").
 */
export function isKnown(key: string, lexicon: Lexicon): boolean {
  if (key === '' || isNumber(key) || COMMON_WORDS.has(key)) return true;
  if (lexicon.words[key] !== undefined) return true;
  let stems = known.get(lexicon);
  if (!stems) {
    stems = new Set(Object.keys(lexicon.words).map(stem));
    known.set(lexicon, stems);
  }
  if (stems.has(stem(key))) return true;
  return key.length >= 3 && Object.keys(lexicon.words).some((word) => word.startsWith(key));
}

/**
 * The archive's word closest to a word it does not hold (one edit from five
 * letters, two from nine), or undefined; the more frequent on a tie.
 */
export function closestWord(key: string, lexicon: Lexicon): string | undefined {
  if (key.length < 5 || isNumber(key)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [word, count] of Object.entries(lexicon.words)) {
    if (count > bestCount && isTypo(key, word)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Weights words by rarity in the archive: a common word 0.2, a number 2.5,
 * others from 0.4 (in every paragraph) to 2 (in one, or in none).
 */
export function rarityWeight(lexicon: Lexicon): WordWeight {
  const total = Math.max(2, lexicon.paragraphs);
  return (key) => {
    if (COMMON_WORDS.has(key)) return 0.2;
    if (isNumber(key)) return 2.5;
    const count = Math.max(1, lexicon.words[key] ?? 1);
    return 0.4 + 1.6 * (Math.log(total / count) / Math.log(total));
  };
}

/**
 * True when two keys are the same word written another way: a known variant
 * (either way round) or a typo.
 */
export function sameWordIn(lexicon: Lexicon): (a: string, b: string) => boolean {
  const spelled = (key: string): string => wordKey(lexicon.variants[key] ?? '');
  return (a, b) => spelled(a) === b || spelled(b) === a || isTypo(a, b);
}

/**
 * The keys worth looking up to find a quote's source: the ones the archive
 * holds (after correction), rarest first, common words and numbers left out.
 */
export function lookupWords(words: readonly string[], lexicon: Lexicon, max = 8): string[] {
  return [...new Set(words.map(wordKey))]
    .filter((key) => !COMMON_WORDS.has(key) && !isNumber(key) && lexicon.words[key] !== undefined)
    .sort((a, b) => lexicon.words[a]! - lexicon.words[b]! || a.localeCompare(b))
    .slice(0, max);
}
