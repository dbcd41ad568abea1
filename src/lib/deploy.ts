/**
 * Where the site is published, from the environment: SITE_URL (origin, default
 * the local preview) and BASE_PATH (sub-path, default "/"). Read by
 * astro.config.mjs and by the tests that check a build.
 */
export const SITE_URL = process.env['SITE_URL'] ?? 'http://localhost:4321';

/** The base path with exactly one leading and one trailing slash. */
export const BASE_PATH = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
