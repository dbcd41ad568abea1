/**
 * Reads what forgiving search needs from content/ and writes it beside the
 * Pagefind bundle as `lexicon.json` (src/lib/search-lexicon.ts says what it
 * holds). Run by build-plugins/pagefind.ts, which has already read the record.
 *
 * 1. Spelling variants: `aliases` of content/people/*.md and of
 *    content/places.yaml, each validated by its schema; a bad entry stops the
 *    build naming the file and line.
 * 2. Renderings: for each translation note, its `literal` wording and any
 *    other wording its frontmatter gives (fields beyond the known editorial
 *    ones, e.g. another outlet's English), with the note's `english` and the
 *    paragraphs that carry its marker. Whatever the notes say at build time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml';
import { ContentError } from '../src/lib/content-error.ts';
import type { ContentPaths } from '../src/lib/content-paths.ts';
import { noteSchema, placeSchema } from '../src/lib/schemas.ts';
import { buildLexicon, type Lexicon, type NamedVariants, type ParagraphRef, type Rendering, type TranscriptInfo } from '../src/lib/search-lexicon.ts';
import { sitePath } from '../src/lib/search-records.ts';

/** File name of the lexicon inside the Pagefind bundle folder. */
export const LEXICON_FILE = 'lexicon.json';

const shown = (file: string): string => relative(process.cwd(), file) || file;

/** The places of content/places.yaml (none when the file is absent), validated entry by entry. */
export function readPlaces(file: string): NamedVariants[] {
  if (!existsSync(file)) return [];
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ContentError(shown(file), error.linePos?.[0].line ?? 0, error.message);
  }
  if (!isSeq(doc.contents)) throw new ContentError(shown(file), 1, 'expected a list of places (`- id: …`)');
  return doc.contents.items.map((item) => {
    const line = isMap(item) && item.range ? lines.linePos(item.range[0]).line : 0;
    const parsed = placeSchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(shown(file), line, `${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    return { name: parsed.data.name, aliases: parsed.data.aliases };
  });
}

/** Frontmatter fields of a note that are not another rendering of its words. */
const EDITORIAL_FIELDS = new Set(['title', 'kind', 'summary', 'sources', 'people', 'dates', 'english', 'russian']);
/** What the `literal` field is, as the quote check says it. */
const LITERAL_LABEL = 'Literal rendering of the Russian';

/** "otherOutlet" → "Other outlet". */
const labelOf = (field: string): string =>
  field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** The wordings of one frontmatter value: a string, a list of strings, or objects with `text` and a `publisher` or `label`. */
function wordings(field: string, value: unknown): { label: string; text: string }[] {
  const label = field === 'literal' ? LITERAL_LABEL : labelOf(field);
  if (typeof value === 'string') return [{ label, text: value }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item === 'string') return [{ label, text: item }];
    if (item === null || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const text = [record['text'], record['english'], record['wording']].find((v) => typeof v === 'string');
    const by = [record['publisher'], record['outlet'], record['label'], record['source']].find((v) => typeof v === 'string');
    return typeof text === 'string' ? [{ label: typeof by === 'string' ? by : label, text }] : [];
  });
}

/** The other renderings of the record documented by translation notes. */
export function readRenderings(paths: ContentPaths, base: string, marked: ReadonlyMap<string, ParagraphRef[]>): Rendering[] {
  if (!existsSync(paths.notes)) return [];
  const renderings: Rendering[] = [];
  for (const name of readdirSync(paths.notes)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const id = name.slice(0, -'.md'.length);
    const { frontmatter } = parseFrontmatter(readFileSync(join(paths.notes, name), 'utf8'));
    // The content collection reports a bad note with its own message; here a bad one is only skipped.
    const note = noteSchema.safeParse(frontmatter);
    if (!note.success || note.data.kind !== 'translation' || !note.data.english) continue;
    const paragraphs = marked.get(id) ?? [];
    for (const [field, value] of Object.entries(frontmatter)) {
      if (EDITORIAL_FIELDS.has(field)) continue;
      for (const { label, text } of wordings(field, value)) {
        renderings.push({
          note: id,
          title: note.data.title,
          href: sitePath(base, `notes/${id}/`),
          label,
          text,
          english: note.data.english,
          paragraphs,
        });
      }
    }
  }
  return renderings;
}

export interface LexiconInput {
  paths: ContentPaths;
  base: string;
  /** The text of every paragraph of the record. */
  paragraphs: string[];
  /** People's surnames with their other spellings. */
  people: NamedVariants[];
  /** Note id → the paragraphs carrying its marker. */
  marked: ReadonlyMap<string, ParagraphRef[]>;
  /** Transcripts by slug, for citations. */
  transcripts: Record<string, TranscriptInfo>;
  /** Languages with a bundle of renderings (`pagefind/<lang>/`). */
  languages: string[];
}

/** Builds the lexicon from content and writes it to `<dir>/lexicon.json` in each bundle folder. */
export function writeLexicon(bundleDirs: readonly string[], input: LexiconInput): Lexicon {
  const lexicon = buildLexicon(input.paragraphs, [...input.people, ...readPlaces(input.paths.places)], readRenderings(input.paths, input.base, input.marked), input.transcripts, input.languages);
  const text = JSON.stringify(lexicon);
  for (const dir of bundleDirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LEXICON_FILE), text);
  }
  return lexicon;
}
