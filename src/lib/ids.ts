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

/** A kind of content file named `<slug><extension>`, for messages about its name. */
export interface FileKind {
  /** What one file is, after "name": "a note". */
  what: string;
  /** `.md`, `.mdx`, `.yaml`, `.txt`. */
  extension: string;
}

/** A slug close to a file name that breaks the rule: "Putin Empire.md" → "putin-empire". */
export const suggestedSlug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * What is wrong with a file's name in a folder of `<slug><extension>` files,
 * or null when nothing is: the name is the entry's id everywhere (links,
 * the anchor lock, search), and other spellings would give it different ids.
 */
export function fileNameProblem(name: string, kind: FileKind): string | null {
  const stem = name.endsWith(kind.extension) ? name.slice(0, -kind.extension.length) : null;
  if (stem !== null && SLUG_PATTERN.test(stem)) return null;
  const fixed = `${suggestedSlug(stem ?? name.replace(/\.[^.]*$/, '')) || 'name'}${kind.extension}`;
  return `the file name "${name}" breaks the slug rule: name ${kind.what} in lower-case letters and digits joined by single hyphens, ending in ${kind.extension}, since its name is its id in links, the anchor lock and search. Rename it, e.g. to "${fixed}", and update whatever names the old id`;
}
