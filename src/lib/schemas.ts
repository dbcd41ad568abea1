/**
 * Zod schemas of the content collections, free of Astro's virtual modules so
 * unit tests can validate fixtures with them. content.config.ts adds the
 * cross-collection references.
 */
import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { dayProblem } from './content-dates.ts';
import { ANCHOR_ID_PATTERN, PARAGRAPH_REF_PATTERN, SLUG_PATTERN } from './ids.ts';
import { familyNameOrder } from './person-name.ts';

/**
 * What an unknown key is told: its name, the key it most likely misspells
 * and the keys allowed where it stands. Astro's collection errors and our
 * YAML errors (src/lib/yaml-content.ts) both show it.
 */
export function unknownKeyMessage(keys: readonly string[], allowed: readonly string[]): string {
  const [key = ''] = keys;
  const guess = allowed.length > 0 ? closest(key, [...allowed]) : undefined;
  // A guess more than a third wrong is no help ("summary" for "foo").
  const didYouMean = guess !== undefined && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3)) ? ` (did you mean "${guess}"?)` : '';
  const named = keys.map((k) => `"${k}"`).join(', ');
  return `unknown key ${named}${didYouMean}: correct its spelling or remove it; the keys allowed here are ${allowed.join(', ')}`;
}

/**
 * An object schema that refuses keys it does not define, so a typo
 * (`russain:`) stops the build instead of being ignored or published.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    // `inst` is the schema that refused the key: after `.pick()` or `.extend()`, its own keys.
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, Object.keys((issue.inst as z.ZodObject | undefined)?.shape ?? shape)) : undefined),
  });
}

/** A day written `YYYY-MM-DD` that exists in the calendar, read as a UTC Date (for YAML read without timestamps). */
export const isoDaySchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = dayProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** A published version of the record that we reproduce. */
export const sourceSchema = strictObject({
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
  /**
   * Words our copy holds that are not the publisher's and the record leaves out
   * (page metadata captured with the text), each with the reason, shown on the
   * transcript and About. Default: none.
   */
  omitted: z.array(strictObject({ text: z.string().min(1), reason: z.string().min(1) })).default([]),
});

/** A language tag as BCP 47 writes it: "en", "ru", "zh-Hant". */
const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "ru"');

/** Fields of a transcript MDX file's frontmatter; `transcriptSchema` adds the checks across them. */
export const transcriptFields = strictObject({
  /** Page title; editorial, not part of the record. */
  title: z.string().min(1),
  /** Day of the meeting. */
  date: z.coerce.date(),
  /** City where the meeting took place. */
  place: z.string().min(1),
  /** Everyone who speaks (person ids); each `<Turn speaker>` must be one of them. */
  participants: z.array(z.string().min(1)).min(1),
  /** Language of the record's text as published (BCP 47); sets `lang` on the record. */
  language: languageTag,
  /**
   * Language the speakers spoke (BCP 47), or, when they spoke different languages, each
   * participant's: `{ putin: ru, xi: zh }`. Pages say whose words are a translation from it.
   */
  spoken: z.union([languageTag, z.record(z.string(), languageTag)]),
  /**
   * Who translated the speech into `language`, as pages name them ("AZERTAC (Azerbaijan State
   * News Agency)"): required when anyone spoke another language than the text's, absent otherwise.
   */
  translator: z.string().min(1).optional(),
  /** A short, neutral editorial summary. */
  summary: z.string().min(1),
  source: sourceSchema,
  /** Retired anchor ids mapped to the paragraph that now holds their text; keeps old links working. Default: none. */
  anchorAliases: z.record(z.string(), z.string()).default({}),
  /** Paragraph ids featured on the home page, in order. Default: none. */
  highlights: z.array(z.string()).default([]),
  /**
   * How this record came to be in its language and what we could check of it,
   * in paragraphs: editorial, shown on About under the transcript's title.
   * Default: none (a record published in the language it was spoken needs none).
   */
  translation: z.array(z.string().min(1)).default([]),
});

/** Participants as the frontmatter gives them: ids, or the references content.config.ts resolves them to. */
type ParticipantRefs = readonly (string | { id: string })[];

/**
 * A record's languages must say who translated what: `spoken` per participant names
 * every participant and no one else, and `translator` is there exactly when some
 * speech is in another language than the text.
 */
export function checkRecordLanguages(data: { participants: ParticipantRefs; language: string; spoken: string | Record<string, string>; translator?: string | undefined }, ctx: z.RefinementCtx): void {
  const participants = data.participants.map((p) => (typeof p === 'string' ? p : p.id));
  const spoken = typeof data.spoken === 'string' ? Object.fromEntries(participants.map((id) => [id, data.spoken as string])) : data.spoken;
  for (const id of Object.keys(spoken).filter((id) => !participants.includes(id))) {
    ctx.addIssue({ code: 'custom', path: ['spoken', id], message: `"${id}" is not one of the participants (${participants.join(', ')})` });
  }
  for (const id of participants.filter((id) => !(id in spoken))) {
    ctx.addIssue({ code: 'custom', path: ['spoken'], message: `say which language participant "${id}" spoke, or give one language for everyone (spoken: ru)` });
  }
  const translated = Object.values(spoken).filter((language) => language !== data.language);
  if (translated.length > 0 && !data.translator) {
    ctx.addIssue({
      code: 'custom',
      path: ['translator'],
      message: `the text is in "${data.language}" but speech was in "${translated[0]}": name who translated it (translator: …, the publisher itself if it translated)`,
    });
  }
  if (translated.length === 0 && data.translator) {
    ctx.addIssue({ code: 'custom', path: ['translator'], message: `everyone spoke "${data.language}", the language of the text: nobody translated it, so remove translator` });
  }
}

/** Frontmatter of a transcript MDX file. */
export const transcriptSchema = transcriptFields.superRefine(checkRecordLanguages);

/** Frontmatter of a person file in content/people/. */
export const personSchema = strictObject({
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
}).superRefine((person, ctx) => {
  if (!familyNameOrder(person.name, person.shortName)) {
    ctx.addIssue({
      code: 'custom',
      path: ['shortName'],
      message: `"${person.shortName}" must be the family name as written at the start or the end of name "${person.name}" (e.g. "Putin" of "Vladimir Putin", "Xi" of "Xi Jinping")`,
    });
  }
});

/** One entry of content/places.yaml: a place as the record spells it and the other spellings search accepts. */
export const placeSchema = strictObject({
  /** Stable id of the entry. */
  id: z.string().regex(ANCHOR_ID_PATTERN, 'expected lower-case words joined by hyphens'),
  /** The spelling the record uses ("Nagorno-Karabakh"). */
  name: z.string().min(1),
  /** Other spellings readers meet ("Nagorny Karabakh", "Karabagh"); at least one. */
  aliases: z.array(z.string().min(1)).min(1),
});

/** A public source that supports a note or a timeline entry. */
export const citedSourceSchema = strictObject({
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
}).refine((source) => source.date ?? source.accessed, {
  message: 'a source needs its publication date, or for an undated page the date it was consulted (accessed)',
  path: ['date'],
});

/**
 * Frontmatter fields of a note in content/notes/. A `context` note explains a
 * reference; a `translation` note shows where AZERTAC's English departs from
 * the Russian as quoted by the Kremlin or agencies, and must give the words
 * (see `requireTranslationWords`).
 */
export const noteFields = strictObject({
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
  /**
   * True when the note flags a passage of the record whose English could not be
   * checked against the Russian (the Russian was not seen): the note page shows
   * the flag and share pages list the note with the translation notes. Default: false.
   */
  unchecked: z.boolean().default(false),
  /** Translation notes: AZERTAC's English words. */
  english: z.string().min(1).optional(),
  /** Translation notes: the Russian words as quoted by the source. */
  russian: z.string().min(1).optional(),
  /** Translation notes: a literal rendering of the Russian. */
  literal: z.string().min(1).optional(),
});

/** A translation note must show AZERTAC's English, the Russian and a literal rendering. */
export function requireTranslationWords(note: { kind: string; english?: string | undefined; russian?: string | undefined; literal?: string | undefined }, ctx: z.RefinementCtx): void {
  if (note.kind !== 'translation') return;
  for (const field of ['english', 'russian', 'literal'] as const) {
    if (!note[field]) ctx.addIssue({ code: 'custom', path: [field], message: `a translation note needs "${field}"` });
  }
}

export const noteSchema = noteFields.superRefine(requireTranslationWords);

/** One entry of content/timeline.yaml: a dated event, sourced, linked to the paragraphs it explains. */
export const timelineEventSchema = strictObject({
  /** Permanent id of the entry (its anchor on /timeline/; corrections name it): `2020-11-10-trilateral-statement`. */
  id: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'missing: every timeline entry needs an `id:` line, the day and a few words joined by hyphens (e.g. "2020-11-10-trilateral-statement"), so links and corrections can name it'
          : undefined,
    })
    .regex(SLUG_PATTERN, 'expected lower-case words and digits joined by hyphens (e.g. "2020-11-10-trilateral-statement")'),
  /** Day of the event. */
  date: z.coerce.date(),
  /** A short neutral headline. */
  title: z.string().min(1),
  /** One or two neutral sentences. */
  text: z.string().min(1),
  sources: z.array(citedSourceSchema).min(1),
  /** Paragraphs the event explains, as `<transcript-slug>#<anchor-id>`. Default: none. */
  paragraphs: z.array(z.string().regex(PARAGRAPH_REF_PATTERN, 'expected "<transcript>#<anchor>"')).default([]),
  /** Note ids (file names in content/notes/) about the event. Default: none. */
  notes: z.array(z.string()).default([]),
  /** The transcript (its slug) that records this event, when the archive holds one; the entry links to it. */
  transcript: z.string().regex(SLUG_PATTERN, 'expected a transcript slug (its file name)').optional(),
});

/** A contact readers can reach: an e-mail address as a mailto: URL, or a web page (a form). */
const contactUrl = z.string().regex(/^(mailto:[^@\s]+@[^@\s]+\.[^@\s]+|https?:\/\/\S+)$/, 'expected "mailto:name@domain" or an http(s) URL');

/** content/site.yaml: what the site is called and says of itself, who stands behind it and how to reach them. */
export const siteConfigSchema = strictObject({
  /** The site's name: page titles, the header, cards, citations ("The Moscow Meeting Record"). */
  name: z.string().min(1),
  /** One line under the name, in the footer. */
  tagline: z.string().min(1),
  /** The home page's description for search engines and link previews (one or two sentences). */
  description: z.string().min(1),
  /** The person or organisation that edits and publishes the site, named on About. */
  editor: strictObject({
    /** Name as readers should see it. */
    name: z.string().min(1),
    /** What they do for the site, e.g. "Editor and publisher". */
    role: z.string().min(1),
  }),
  /** Where readers report errors: mailto: or a URL; every "Report an error" link goes there. */
  contact: contactUrl,
});

/** One entry of content/corrections.yaml: a correction to published editorial content. */
export const correctionEntrySchema = strictObject({
  /** Permanent anchor of the entry on /corrections/ (lower-case words joined by hyphens). */
  id: z.string().regex(ANCHOR_ID_PATTERN, 'expected lower-case words joined by hyphens'),
  /** `correction` (published content was wrong or said too much) or `addition` (context added to it). Default: correction. */
  type: z.enum(['correction', 'addition']).default('correction'),
  /** Day the correction was published (YYYY-MM-DD). */
  date: isoDaySchema,
  /** What changed, in a sentence or two. */
  what: z.string().min(1),
  /** Why: the source or review that showed the error. */
  why: z.string().min(1),
  /** Note ids (files in content/notes/) the correction changed. Default: none. */
  notes: z.array(z.string().min(1)).default([]),
  /** Paragraphs of a transcript it concerns, as `<transcript-slug>#<anchor-id>`. Default: none. */
  paragraphs: z.array(z.string().regex(PARAGRAPH_REF_PATTERN, 'expected "<transcript>#<anchor>"')).default([]),
  /** Timeline entry ids it changed. Default: none. */
  timeline: z.array(z.string().min(1)).default([]),
  /** Other pages it changed, as site paths (e.g. `about/`). Default: none. */
  pages: z.array(z.string().regex(/^[a-z0-9-]+\/(?:[a-z0-9-]+\/)*$/)).default([]),
});

/** content/timeline.yaml: the dated events, any order (the page lists them oldest first); ids are unique. */
export const timelineSchema = z.array(timelineEventSchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${entry.id}": each timeline entry needs its own` });
    seen.add(entry.id);
  });
});

/** content/places.yaml: the places search and the quote check know by other spellings. */
export const placesSchema = z.array(placeSchema);

/** content/corrections.yaml: the corrections log, any order (the page lists newest first). */
export const correctionsSchema = z.array(correctionEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
});
