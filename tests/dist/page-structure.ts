/**
 * Structure checks of a built page that html-validate does not make: one
 * `<h1>`, and landmarks that a screen reader can tell apart (no two of the
 * same role with the same name, as axe's landmark-unique rule asks).
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { attr } from './built-html.ts';

/** Landmark role of an element by tag, and whether it is a landmark only when named. */
const ROLES: Record<string, [role: string, needsName: boolean]> = {
  main: ['main', false],
  nav: ['navigation', false],
  aside: ['complementary', false],
  search: ['search', false],
  section: ['region', true],
  form: ['form', true],
};
/** Inside these, a header or footer is no banner or contentinfo. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** The accessible name of an element from aria-label or aria-labelledby (enough for landmarks). */
function nameOf(el: Element, tree: Root): string {
  const label = attr(el, 'ariaLabel');
  if (label) return label.trim();
  const ids = attr(el, 'ariaLabelledBy')?.split(/\s+/) ?? [];
  return ids
    .map((id) => select(`[id="${id}"]`, tree))
    .filter((node): node is Element => node !== null && node !== undefined)
    .map((node) => toText(node).replace(/\s+/g, ' ').trim())
    .join(' ');
}

/** Landmarks of a page as `role "name"`, in document order. */
export function landmarksOf(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element, sectioned: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const tag = child.tagName;
      let role = ROLES[tag];
      if (!sectioned && (tag === 'header' || tag === 'footer')) role = [tag === 'header' ? 'banner' : 'contentinfo', false];
      if (role) {
        const name = nameOf(child, tree);
        if (!role[1] || name) found.push(`${role[0]} "${name}"`);
      }
      walk(child, sectioned || SECTIONING.has(tag));
    }
  };
  walk(tree, false);
  return found;
}

/** Landmarks that share a role and a name with another on the page. */
export function duplicateLandmarks(tree: Root): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const landmark of landmarksOf(tree)) (seen.has(landmark) ? twice : seen).add(landmark);
  return [...twice];
}

/** How many `<h1>` a page has. */
export const h1Count = (tree: Root): number => selectAll('h1', tree).length;
