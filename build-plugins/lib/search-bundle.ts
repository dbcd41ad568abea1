/** Where the build's Pagefind bundles live, shared by the integration that writes them and the one that lists them. */

/** Folder of the Pagefind bundle inside the build output; the search UI loads `<base>pagefind/pagefind.js`. */
export const BUNDLE_DIR = 'pagefind';
/** Folder of the record-only bundle, inside the main one so `astro dev` serves it the same way. */
export const RECORD_BUNDLE_DIR = `${BUNDLE_DIR}/record`;
/** Folder of the bundle of one language's renderings (`pagefind/ru`), inside the main one; a query in that language loads it. */
export const renderingBundleDir = (language: string): string => `${BUNDLE_DIR}/${language}`;
/** The folder of a bundle nested in the main one (the record's, or a language's), at the start of a path inside the main one. */
export const NESTED_BUNDLE = new RegExp(
  `^(${RECORD_BUNDLE_DIR.slice(BUNDLE_DIR.length + 1)}|[a-z]{2,3})/`,
);
