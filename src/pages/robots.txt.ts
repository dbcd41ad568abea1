/**
 * `/robots.txt`: everything may be crawled; the sitemap lists the canonical pages.
 * Crawlers read robots.txt only at a host's root, so under a sub-path (BASE_PATH)
 * this file is informative and the host's own robots.txt should point at our sitemap.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '~/lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}`,
      '',
    ].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
