/** `/data/<slug>.txt`: the record and nothing else, paragraph by paragraph. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { transcriptText } from '~/lib/open-data';
import { getTranscriptContexts, type TranscriptContext } from '~/lib/share-entries';

export const getStaticPaths = (async () =>
  (await getTranscriptContexts()).map((context) => ({
    params: { slug: context.entry.id },
    props: { context },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ context: TranscriptContext }> = ({ props }) =>
  new Response(transcriptText(props.context.record), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
