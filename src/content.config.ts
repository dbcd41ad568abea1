import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkContentDates } from '~/lib/content-dates';
import { contentPaths } from '~/lib/content-paths';
import { checkRecordLanguages, noteFields, personSchema, requireTranslationWords, timelineEventSchema, transcriptFields } from '~/lib/schemas';

const paths = contentPaths();
// YAML parsers roll an impossible day (2022-02-30) over to a real one before any schema sees it:
// check the dates as written first, so the build stops at `file:line`.
checkContentDates(paths);

const transcripts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paths.transcripts }),
  // Participants resolve to entries of `people`; the build fails on an unknown id.
  schema: transcriptFields.extend({ participants: z.array(reference('people')).min(1) }).superRefine(checkRecordLanguages),
});

const people = defineCollection({
  loader: glob({ pattern: '*.md', base: paths.people }),
  schema: personSchema,
});

const notes = defineCollection({
  loader: glob({ pattern: '*.md', base: paths.notes }),
  schema: noteFields.extend({ people: z.array(reference('people')).default([]) }).superRefine(requireTranslationWords),
});

const timeline = defineCollection({
  loader: file(paths.timeline),
  schema: timelineEventSchema.extend({ notes: z.array(reference('notes')).default([]) }),
});

export const collections = { transcripts, people, notes, timeline };
