/** Where the build's Pagefind bundles live, shared by the integration that writes them and the one that lists them. */

/** Folder of the Pagefind bundle inside the build output; the search UI loads `<base>pagefind/pagefind.js`. */
export const BUNDLE_DIR = 'pagefind';
/** Folder of the record-only bundle, inside the main one so `astro dev` serves it the same way. */
export const RECORD_BUNDLE_DIR = `${BUNDLE_DIR}/record`;
