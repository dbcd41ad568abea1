/** `/data/transcript.schema.json`: the JSON Schema of the transcript JSON files. */
import type { APIRoute } from 'astro';
import { transcriptJsonSchema } from '~/lib/open-data';
import { absoluteUrl, dataPath } from '~/lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(transcriptJsonSchema(absoluteUrl(dataPath('transcript.schema.json'), site)), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
