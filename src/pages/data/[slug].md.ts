/** `/data/<slug>.md`: the transcript as Markdown, the record escaped so it renders as the same characters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate } from '~/lib/format';
import { transcriptMarkdown } from '~/lib/open-data';
import { openDataInput } from '~/lib/open-data-input';
import { getTranscriptContexts, type TranscriptContext } from '~/lib/share-entries';

export const getStaticPaths = (async () =>
  (await getTranscriptContexts()).map((context) => ({
    params: { slug: context.entry.id },
    props: { context },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ context: TranscriptContext }> = ({ props, site }) =>
  new Response(transcriptMarkdown(openDataInput(props.context, site), formatDate), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
