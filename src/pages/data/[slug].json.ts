/** `/data/<slug>.json`: the transcript as JSON (schema: /data/transcript.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { transcriptJson } from '~/lib/open-data';
import { openDataInput } from '~/lib/open-data-input';
import { getTranscriptContexts, type TranscriptContext } from '~/lib/share-entries';

export const getStaticPaths = (async () =>
  (await getTranscriptContexts()).map((context) => ({
    params: { slug: context.entry.id },
    props: { context },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ context: TranscriptContext }> = ({ props, site }) =>
  new Response(`${JSON.stringify(transcriptJson(openDataInput(props.context, site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
