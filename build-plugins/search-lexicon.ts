/**
 * Writes what forgiving search needs beside the Pagefind bundle as
 * `lexicon.json` (src/lib/search-lexicon.ts says what it holds). Run by
 * build-plugins/pagefind.ts with what it read from the archive
 * (src/lib/search-input.ts): the record's paragraphs, the spelling variants
 * of people and places (`aliases`), and each translation note's literal
 * rendering, with the note's `english` and the paragraphs that carry its marker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationWording } from '../src/lib/search-input.ts';
import { buildLexicon, type Lexicon, type NamedVariants, type ResultParagraph, type Rendering, type TranscriptInfo } from '../src/lib/search-lexicon.ts';
import { notePath } from '../src/lib/urls.ts';

/** File name of the lexicon inside the Pagefind bundle folder. */
export const LEXICON_FILE = 'lexicon.json';

/** What the `literal` field of a translation note is, as the quote check says it. */
const LITERAL_LABEL = 'Literal rendering of the Russian';

/** The translation notes' renderings, each tied to the note's page and the paragraphs its marker stands in. */
export function noteRenderings(translations: readonly TranslationWording[], base: string, marked: ReadonlyMap<string, ResultParagraph[]>): Rendering[] {
  return translations.map(({ note, title, english, literal }) => ({ note, title, href: notePath(note, base), label: LITERAL_LABEL, text: literal, english, paragraphs: marked.get(note) ?? [] }));
}

export interface LexiconInput {
  base: string;
  /** The text of every paragraph of the record. */
  paragraphs: string[];
  /** People's family names and places, with their other spellings. */
  variants: NamedVariants[];
  translations: readonly TranslationWording[];
  /** Note id → the paragraphs carrying its marker. */
  marked: ReadonlyMap<string, ResultParagraph[]>;
  /** Transcripts by slug, for citations. */
  transcripts: Record<string, TranscriptInfo>;
  /** Languages with a bundle of renderings (`pagefind/<lang>/`). */
  languages: string[];
}

/** Builds the lexicon and writes it to `<dir>/lexicon.json` in each bundle folder. */
export function writeLexicon(bundleDirs: readonly string[], input: LexiconInput): Lexicon {
  const lexicon = buildLexicon(input.paragraphs, input.variants, noteRenderings(input.translations, input.base, input.marked), input.transcripts, input.languages);
  const text = JSON.stringify(lexicon);
  for (const dir of bundleDirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LEXICON_FILE), text);
  }
  return lexicon;
}
