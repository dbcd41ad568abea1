import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPaths } from '~/lib/content-paths';
import { noteFields, personSchema, requireTranslationWords, timelineEventSchema, transcriptSchema } from '~/lib/schemas';

const paths = contentPaths();

const transcripts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paths.transcripts }),
  // Participants resolve to entries of `people`; the build fails on an unknown id.
  schema: transcriptSchema.extend({ participants: z.array(reference('people')).min(1) }),
});

const people = defineCollection({
  loader: glob({ pattern: '*.md', base: paths.people }),
  schema: personSchema,
});

const notes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paths.notes }),
  schema: noteFields.extend({ people: z.array(reference('people')).default([]) }).superRefine(requireTranslationWords),
});

const timeline = defineCollection({
  loader: file(paths.timeline),
  schema: timelineEventSchema.extend({ notes: z.array(reference('notes')).default([]) }),
});

export const collections = { transcripts, people, notes, timeline };
