/**
 * Reads content/renderings/: one YAML file per publication that printed
 * passages of a record in its own words (src/lib/renderings.ts says what they
 * are for). The schema is strict: an unknown key, a paragraph the record does
 * not have or a missing source stops the build at `file:line`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { ANCHOR_ID_PATTERN, SLUG_PATTERN, fileNameProblem } from './ids.ts';
import type { Publication } from './renderings.ts';
import { isoDaySchema } from './schemas.ts';
import { readYamlContent } from './yaml-content.ts';

/** One passage as the publication printed it. */
const excerptSchema = z.strictObject({
  /** The record's paragraph it renders (an anchor id of the transcript named by `record`). */
  paragraph: z.string().regex(ANCHOR_ID_PATTERN, 'expected a paragraph id such as "putin-empire"'),
  /** The words exactly as printed: a sentence or two, enough to identify the passage. */
  text: z.string().trim().min(1),
});

/** One file of content/renderings/: a publication and the passages it printed. */
export const publicationSchema = z.strictObject({
  /** Who printed it: "TASS", "President of the Republic of Azerbaijan (president.az)". */
  publisher: z.string().min(1),
  /** Headline of the article or page, in its own language. */
  title: z.string().min(1),
  /** Day of publication. */
  date: isoDaySchema,
  /** Where it was printed. */
  url: z.url({ protocol: /^https?$/ }),
  /** Language of the excerpts (BCP 47): `en`, `ru`. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en" or "ru"'),
  /** The transcript (its slug) whose passages it renders. */
  record: z.string().regex(SLUG_PATTERN, 'expected a transcript slug (its file name)'),
  excerpts: z.array(excerptSchema).min(1),
});

/** Transcript slug → the ids of its paragraphs (the records, which match the anchor lock). */
export type KnownParagraphs = ReadonlyMap<string, ReadonlySet<string>>;

/** The publication schema with the record's paragraphs known, so an unknown id is refused at its line. */
function schemaFor(known: KnownParagraphs) {
  return publicationSchema.superRefine((file, ctx) => {
    const ids = known.get(file.record);
    if (!ids) {
      ctx.addIssue({ code: 'custom', path: ['record'], message: `no transcript "${file.record}" in content/transcripts/` });
      return;
    }
    file.excerpts.forEach((excerpt, i) => {
      if (!ids.has(excerpt.paragraph)) {
        ctx.addIssue({ code: 'custom', path: ['excerpts', i, 'paragraph'], message: `"${excerpt.paragraph}" is not a paragraph of ${file.record} (see content/anchors.lock.json)` });
      }
    });
  });
}

/** Reads and validates every publication in `dir` (none when it is absent), sorted by date, then publisher. */
export function readPublications(dir: string, known: KnownParagraphs, root = process.cwd()): Publication[] {
  if (!existsSync(dir)) return [];
  const schema = schemaFor(known);
  const publications: Publication[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const problem = fileNameProblem(name, { what: 'a renderings file', extension: '.yaml' });
    if (problem) throw new ContentError(relative(root, path), 0, problem);
    const data = readYamlContent(path, schema, root);
    publications.push({ id: name.slice(0, -'.yaml'.length), ...data });
  }
  return publications.sort((a, b) => a.date.getTime() - b.date.getTime() || a.publisher.localeCompare(b.publisher, 'en'));
}
