/**
 * The built site as parsed HTML, for checks that read every page: links,
 * fragments, metadata, resources, validity.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Root, Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface BuiltPage {
  /** Path of the HTML file inside the build folder (`transcripts/x/index.html`). */
  file: string;
  /** Site path of the page, base included (`/meeting/transcripts/x/`); `404.html` keeps its file name. */
  path: string;
  html: string;
  tree: Root;
}

/** Every HTML file of a build folder, parsed. */
export function readBuiltPages(outDir: string, base: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const file = relative(outDir, full).split(sep).join('/');
        const html = readFileSync(full, 'utf8');
        pages.push({ file, path: base + file.replace(/(^|\/)index\.html$/, '$1'), html, tree: fromHtml(html) });
      }
    }
  };
  walk(outDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Element ids of a page. */
export const idsOf = (page: BuiltPage): Set<string> =>
  new Set(selectAll('[id]', page.tree).map((el) => String(el.properties['id'])));

/** Attribute value as a string, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The build file a site path resolves to, as a static host serves it; undefined when there is none. */
export function fileForPath(outDir: string, base: string, sitePath: string): string | undefined {
  if (!sitePath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(sitePath.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
  const found = candidates.map((c) => resolve(outDir, c)).find((c) => c.startsWith(resolve(outDir)) && existsSync(c) && !c.endsWith(sep));
  return found;
}
