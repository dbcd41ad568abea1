/**
 * Zod schemas of the content collections, free of Astro's virtual modules so
 * unit tests can validate fixtures with them. content.config.ts adds the
 * cross-collection references.
 */
import { z } from 'astro/zod';

/** A published version of the record that we reproduce. */
export const sourceSchema = z.object({
  /** The news agency or office that published the text. */
  publisher: z.string().min(1),
  /** Headline of the published item. */
  title: z.string().min(1),
  /** Publication date. */
  date: z.coerce.date(),
  /** Address of the published item, when known. */
  url: z.url().optional(),
  /** Language of the published text (BCP 47). */
  language: z.string().min(2),
  /** File name of our untouched copy in content/sources/. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
});

/** Frontmatter of a transcript MDX file. */
export const transcriptSchema = z.object({
  /** Page title; editorial, not part of the record. */
  title: z.string().min(1),
  /** Day of the meeting. */
  date: z.coerce.date(),
  /** City where the meeting took place. */
  place: z.string().min(1),
  /** Everyone who speaks (person ids); each `<Turn speaker>` must be one of them. */
  participants: z.array(z.string().min(1)).min(1),
  /** Language of the record as published (BCP 47); sets `lang` on the record. */
  language: z.string().min(2),
  /** A short, neutral editorial summary. */
  summary: z.string().min(1),
  source: sourceSchema,
  /** Retired anchor ids mapped to the paragraph that now holds their text; keeps old links working. Default: none. */
  anchorAliases: z.record(z.string(), z.string()).default({}),
  /** Paragraph ids featured on the home page, in order. Default: none. */
  highlights: z.array(z.string()).default([]),
});

/** Frontmatter of a person file in content/people/. */
export const personSchema = z.object({
  /** Full name as usually written in English. */
  name: z.string().min(1),
  /** Surname used in labels and search results. */
  shortName: z.string().min(1),
  /** Office held at the time of the meeting. */
  role: z.string().min(1),
  /** Country the person represented. */
  country: z.string().min(1),
});
