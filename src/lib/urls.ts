/**
 * Internal addresses. Every link the site prints goes through here, so the
 * whole site keeps working when it is built under a sub-path (BASE_PATH).
 */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path with the configured base prepended: `withBase('about/')` → `/meeting/about/`. */
export function withBase(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** Path of a transcript page, optionally to one paragraph. */
export function transcriptPath(slug: string, anchor?: string): string {
  return withBase(`transcripts/${slug}/`) + (anchor ? `#${anchor}` : '');
}

/** The transcript and paragraph a paragraph's address names (`<base>transcripts/<slug>/#<id>`, relative or absolute), or undefined. */
export function paragraphOfPath(url: string): { slug: string; id: string } | undefined {
  const parsed = new URL(url, 'http://site.invalid');
  const slug = /\/transcripts\/([^/]+)\/$/.exec(parsed.pathname)?.[1];
  const id = decodeURIComponent(parsed.hash.slice(1));
  return slug && id ? { slug, id } : undefined;
}

/** Path of the search bundle of renderings in `language` (build-plugins/pagefind.ts writes it): `/pagefind/ru/`. */
export function renderingBundlePath(language: string): string {
  return withBase(`pagefind/${language}/`);
}

/** Path of a note's page: `/notes/<id>/`. */
export function notePath(id: string): string {
  return withBase(`notes/${id}/`);
}

/** Path of a person's page: `/people/<id>/`. */
export function personPath(id: string): string {
  return withBase(`people/${id}/`);
}

/** Path of a timeline entry: `/timeline/#<id>`. */
export function timelinePath(id?: string): string {
  return withBase('timeline/') + (id ? `#${id}` : '');
}

/** Path of a corrections-log entry: `/corrections/#<id>`. */
export function correctionPath(id?: string): string {
  return withBase('corrections/') + (id ? `#${id}` : '');
}

/** Path of a transcript's share pages: `/q/<slug>/`, or one paragraph's, `/q/<slug>/<id>/`. */
export function shareBase(slug: string): string {
  return withBase(`q/${slug}/`);
}

/** Path of a paragraph's share page (quote, card preview, citation): `/q/<slug>/<id>/`. */
export function sharePath(slug: string, id: string): string {
  return `${shareBase(slug)}${id}/`;
}

/** Path of a paragraph's 1200×630 PNG quote card. */
export function cardPath(slug: string, id: string): string {
  return `${shareBase(slug)}${id}.png`;
}

/** Path of an open-data file: `dataPath('2022-02-22-putin-aliyev.json')` → `/data/2022-02-22-putin-aliyev.json`. */
export function dataPath(file: string): string {
  return withBase(`data/${file}`);
}

/** Absolute URL for a site path, for canonical links and metadata. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('`site` must be set in astro.config.mjs (SITE_URL) to build absolute URLs');
  return new URL(path, site).href;
}
