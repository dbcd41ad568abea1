/**
 * Where the site is published, from the environment: SITE_URL (origin, default
 * the local preview) and BASE_PATH (sub-path, default "/"). Read by
 * astro.config.mjs and by the tests that check a build.
 */

/** The local preview's address: what every absolute URL says when SITE_URL is not set. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The address a build publishes, checked: an absolute http(s) URL. */
export function siteUrlFrom(env: Record<string, string | undefined>): string {
  const value = env['SITE_URL'] ?? LOCAL_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.org (got "${value}")`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http:// (got "${value}")`);
  return value;
}

export const SITE_URL = siteUrlFrom(process.env);

/** Hosts of the reader's own machine. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Names that can never be a published site: the example domains and the
 * top-level names reserved for examples, tests and local use (RFC 2606, RFC 6761).
 */
const RESERVED_HOST = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;

/**
 * True when `site` is an address readers can reach: not the reader's own
 * machine and not a name reserved for examples or tests. A build for such an
 * address is a build to publish.
 */
export function isPublishedSiteUrl(site: string): boolean {
  const { hostname } = new URL(site);
  return !LOCAL_HOSTS.includes(hostname) && !isReservedHost(hostname);
}

/** True for a host under a name reserved for examples and tests (example.org, *.test, *.invalid …): nobody is reached there. */
export const isReservedHost = (hostname: string): boolean => RESERVED_HOST.test(hostname);

/**
 * BASE_PATH with exactly one leading and one trailing slash. GitHub Pages
 * gives `/repo` for a project site and an empty string for a user site.
 */
export function basePathFrom(env: Record<string, string | undefined>): string {
  return `/${(env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

export const BASE_PATH = basePathFrom(process.env);

/** What a build takes its absolute URLs from, and so what a wrong SITE_URL spoils. */
const ABSOLUTE_URL_USES = [
  'canonical links',
  'Open Graph and Twitter tags (link previews, quote-card images)',
  'share links and copied quotes',
  'citations (APA, Chicago, MLA, BibTeX, CSL-JSON) and Highwire citation_* tags',
  'schema.org JSON-LD',
  'the sitemap and robots.txt',
];

/**
 * The warning a production build prints when its absolute URLs would point
 * at the reader's own machine (SITE_URL unset, or set to a local address);
 * undefined when SITE_URL names a real host.
 */
export function localSiteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  const site = siteUrlFrom(env);
  const { hostname } = new URL(site);
  if (!LOCAL_HOSTS.includes(hostname)) return undefined;
  const why = env['SITE_URL'] === undefined ? 'SITE_URL is not set' : `SITE_URL is ${site}`;
  return [
    `${why}: this build says ${site} in every absolute URL.`,
    `Fine for \`npm start\` and the tests; wrong for a published site. Affected:`,
    ...ABSOLUTE_URL_USES.map((use) => `  - ${use}`),
    `To publish, build with the site's address (and its sub-path, if any):`,
    `  SITE_URL=https://example.org BASE_PATH=/ npm run build`,
  ].join('\n');
}
