import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR } from '~/lib/content-paths';
import { personSchema, transcriptSchema } from '~/lib/schemas';

const transcripts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/transcripts` }),
  // Participants resolve to entries of `people`; the build fails on an unknown id.
  schema: transcriptSchema.extend({ participants: z.array(reference('people')).min(1) }),
});

const people = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${CONTENT_DIR}/people` }),
  schema: personSchema,
});

export const collections = { transcripts, people };
