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
  /** Other spellings of the surname that search accepts ("Aliev", "Əliyev"). Default: none. */
  aliases: z.array(z.string().min(1)).default([]),
});

/** One entry of content/places.yaml: a place as the record spells it and the other spellings search accepts. */
export const placeSchema = z.object({
  /** Stable id of the entry. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The spelling the record uses ("Nagorno-Karabakh"). */
  name: z.string().min(1),
  /** Other spellings readers meet ("Nagorny Karabakh", "Karabagh"); at least one. */
  aliases: z.array(z.string().min(1)).min(1),
});

/** A public source that supports a note or a timeline entry. */
export const citedSourceSchema = z
  .object({
    /** Title of the page or document. */
    title: z.string().min(1),
    /** Who published it (agency, office, newspaper). */
    publisher: z.string().min(1),
    /** Publication date. */
    date: z.coerce.date().optional(),
    /** For an undated page (an encyclopedia entry): the day it was consulted. */
    accessed: z.coerce.date().optional(),
    /** Where to read it. */
    url: z.url(),
  })
  .refine((source) => source.date ?? source.accessed, {
    message: 'a source needs its publication date, or for an undated page the date it was consulted (accessed)',
    path: ['date'],
  });

/**
 * Frontmatter fields of a note in content/notes/. A `context` note explains a
 * reference; a `translation` note shows where AZERTAC's English departs from
 * the Russian as quoted by the Kremlin or agencies, and must give the words
 * (see `requireTranslationWords`).
 */
export const noteFields = z.object({
  /** Short heading, e.g. "Declaration on Allied Interaction". */
  title: z.string().min(1),
  /** `context` (what a reference means) or `translation` (wording differences). */
  kind: z.enum(['context', 'translation']),
  /** One neutral sentence shown in the margin and in previews. */
  summary: z.string().min(1),
  /** Every factual sentence of the note rests on these; at least one. */
  sources: z.array(citedSourceSchema).min(1),
  /** Person ids the note concerns. Default: none. */
  people: z.array(z.string().min(1)).default([]),
  /** Dates the note concerns (ISO). Default: none. */
  dates: z.array(z.coerce.date()).default([]),
  /** Translation notes: AZERTAC's English words. */
  english: z.string().min(1).optional(),
  /** Translation notes: the Russian words as quoted by the source. */
  russian: z.string().min(1).optional(),
  /** Translation notes: a literal rendering of the Russian. */
  literal: z.string().min(1).optional(),
});

/** A translation note must show AZERTAC's English, the Russian and a literal rendering. */
export function requireTranslationWords(
  note: { kind: string; english?: string | undefined; russian?: string | undefined; literal?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (note.kind !== 'translation') return;
  for (const field of ['english', 'russian', 'literal'] as const) {
    if (!note[field]) ctx.addIssue({ code: 'custom', path: [field], message: `a translation note needs "${field}"` });
  }
}

export const noteSchema = noteFields.superRefine(requireTranslationWords);

/** One entry of content/timeline.yaml: a dated event, sourced, linked to the paragraphs it explains. */
export const timelineEventSchema = z.object({
  /** Day of the event. */
  date: z.coerce.date(),
  /** A short neutral headline. */
  title: z.string().min(1),
  /** One or two neutral sentences. */
  text: z.string().min(1),
  sources: z.array(citedSourceSchema).min(1),
  /** Paragraphs the event explains, as `<transcript-slug>#<anchor-id>`. Default: none. */
  paragraphs: z.array(z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/)).default([]),
  /** Note ids (file names in content/notes/) about the event. Default: none. */
  notes: z.array(z.string()).default([]),
  /** True for the meeting of a transcript in this archive. Default: false. */
  meeting: z.boolean().default(false),
});
