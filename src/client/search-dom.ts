/** DOM pieces of a search result, shared by the search UI and its closest passages (search-closest.ts). */

/** An element with a class and, if given, its text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * "paragraph 12", and in an archive of several documents ("data-documents" on
 * the element) the document's title after it, so a result says where it is.
 */
export function paragraphMeta(
  n: string,
  source: string | undefined,
  manyDocuments: boolean,
): HTMLElement[] {
  const parts = [element('span', 'tx-search__n', `paragraph ${n}`)];
  if (manyDocuments && source) parts.push(element('span', 'tx-search__source', source));
  return parts;
}
