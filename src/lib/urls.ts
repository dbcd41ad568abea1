/**
 * Internal addresses: one helper per URL kind. Every link the site prints
 * goes through here, so the whole site keeps working when it is built under
 * a sub-path (BASE_PATH). Each helper's last argument is the base path, by
 * default the configured one: build integrations, which run outside Vite
 * (no `import.meta.env`), pass `config.base`. Plain functions, so a browser
 * bundle takes only the helpers it calls.
 */

/** The configured base path (`/` in a Node tool, where there is no Vite). */
const BASE = import.meta.env?.BASE_URL ?? '/';

/** A site-relative path with the base prepended: `withBase('about/')` → `/meeting/about/`. */
export function withBase(path = '', base = BASE): string {
  return base.replace(/\/?$/, '/') + path.replace(/^\//, '');
}

/** Path of a transcript page, optionally to one paragraph: `/transcripts/<slug>/#<anchor>`. */
export function transcriptPath(slug: string, anchor?: string, base = BASE): string {
  return withBase(`transcripts/${slug}/`, base) + (anchor ? `#${anchor}` : '');
}

/** The transcript and paragraph a paragraph's address names (`<base>transcripts/<slug>/#<id>`, relative or absolute), or undefined. */
export function paragraphOfPath(url: string): { slug: string; id: string } | undefined {
  const parsed = new URL(url, 'http://site.invalid');
  const slug = /\/transcripts\/([^/]+)\/$/.exec(parsed.pathname)?.[1];
  const id = decodeURIComponent(parsed.hash.slice(1));
  return slug && id ? { slug, id } : undefined;
}

/** The site path a file of the build output is served at: `notes/x/index.html` → `/notes/x/`. */
export function servedPath(file: string, base = BASE): string {
  return withBase(file.replace(/(^|\/)index\.html$/, '$1'), base);
}

/** Path of the search bundle of renderings in `language` (build-plugins/pagefind.ts writes it): `/pagefind/ru/`. */
export function renderingBundlePath(language: string, base = BASE): string {
  return withBase(`pagefind/${language}/`, base);
}

/** Path of a note's page: `/notes/<id>/`. */
export function notePath(id: string, base = BASE): string {
  return withBase(`notes/${id}/`, base);
}

/** Path of a person's page: `/people/<id>/`. */
export function personPath(id: string, base = BASE): string {
  return withBase(`people/${id}/`, base);
}

/** Path of a timeline entry: `/timeline/#<id>`. */
export function timelinePath(id?: string, base = BASE): string {
  return withBase('timeline/', base) + (id ? `#${id}` : '');
}

/** Path of a corrections-log entry: `/corrections/#<id>`. */
export function correctionPath(id?: string, base = BASE): string {
  return withBase('corrections/', base) + (id ? `#${id}` : '');
}

/** Path of a transcript's share pages: `/q/<slug>/`, or one paragraph's, `/q/<slug>/<id>/`. */
export function shareBase(slug: string, base = BASE): string {
  return withBase(`q/${slug}/`, base);
}

/** Path of a paragraph's share page (quote, card preview, citation): `/q/<slug>/<id>/`. */
export function sharePath(slug: string, id: string, base = BASE): string {
  return `${shareBase(slug, base)}${id}/`;
}

/** Path of a paragraph's 1200×630 PNG quote card. */
export function cardPath(slug: string, id: string, base = BASE): string {
  return `${shareBase(slug, base)}${id}.png`;
}

/** Path of an open-data file: `dataPath('2022-02-22-putin-aliyev.json')` → `/data/2022-02-22-putin-aliyev.json`. */
export function dataPath(file: string, base = BASE): string {
  return withBase(`data/${file}`, base);
}

/** Absolute URL for a site path, for canonical links and metadata. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('`site` must be set in astro.config.mjs (SITE_URL) to build absolute URLs');
  return new URL(path, site).href;
}
