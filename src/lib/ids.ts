/**
 * The one pattern of an id: a paragraph anchor, a slug, a corrections entry.
 * Pure and import-free, so schemas, the record checks, open data's JSON Schema
 * and the browser all read the same rule.
 */

/** Lower-case words joined by single hyphens, starting with a letter: `putin-empire`, `aliyev-48th-visit`. */
export const ANCHOR_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A transcript slug (its file name): lower-case words and digits joined by hyphens, `2022-02-22-putin-aliyev`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A paragraph reference, `<transcript slug>#<anchor id>`: `2022-02-22-putin-aliyev#putin-empire`. */
export const PARAGRAPH_REF_PATTERN = new RegExp(`^(${SLUG_PATTERN.source.slice(1, -1)})#(${ANCHOR_ID_PATTERN.source.slice(1, -1)})$`);
