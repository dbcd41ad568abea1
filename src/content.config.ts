import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { CACHE_DIR } from '~/lib/build-cache';
import { checkContentFiles, checkedGlob } from '~/lib/content-files';
import { contentPaths } from '~/lib/content-paths';
import {
  checkRecordLanguages,
  noteFields,
  personSchema,
  requireTranslationWords,
  timelineEventSchema,
  transcriptFields,
} from '~/lib/schemas';

const paths = contentPaths();
// Before Astro's loaders: every file's name, its dates as written (YAML parsers roll 2022-02-30 over to a
// real day) and its fields against the strict schemas, so a mistake stops the build at `file:line`. Astro's own
// messages name the file but not always the line, and its file() loader drops a timeline entry without an id.
// A file found good by the same code on the last build is not parsed again.
checkContentFiles(paths, process.cwd(), resolve(CACHE_DIR, 'content-checks.json'));

const transcripts = defineCollection({
  loader: checkedGlob(paths, 'transcripts'),
  // Participants resolve to entries of `people`; the build fails on an unknown id.
  schema: transcriptFields
    .extend({ participants: z.array(reference('people')).min(1) })
    .superRefine(checkRecordLanguages),
});

const people = defineCollection({
  loader: checkedGlob(paths, 'people'),
  schema: personSchema,
});

const notes = defineCollection({
  loader: checkedGlob(paths, 'notes'),
  schema: noteFields
    .extend({ people: z.array(reference('people')).default([]) })
    .superRefine(requireTranslationWords),
});

const timeline = defineCollection({
  loader: file(paths.timeline),
  schema: timelineEventSchema.extend({ notes: z.array(reference('notes')).default([]) }),
});

export const collections = { transcripts, people, notes, timeline };
