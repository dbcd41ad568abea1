/** `/search-input.json`, for the build only: what search indexes, from the archive (src/lib/search-input.ts); build-plugins/pagefind.ts reads it and deletes it. */
import type { APIRoute } from 'astro';
import { getArchive } from '~/lib/archive';
import { searchInput } from '~/lib/search-input';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchInput(await getArchive())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
