/**
 * Internal link checker over a build folder: every href/src that points into
 * the site must resolve to a built file, and every #fragment to an element id
 * on the target page (text fragments `:~:text=` are the browser's business).
 */
import { relative, sep } from 'node:path';
import { selectAll } from 'hast-util-select';
import { attr, fileForPath, idsOf, readBuiltPages, type BuiltPage } from './built-html.ts';

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

const LINKING = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
] as const;

/** All broken internal links of a build made with `site` and `base`. */
export function checkLinks(outDir: string, site: string, base: string): BrokenLink[] {
  const pages = readBuiltPages(outDir, base);
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const idCache = new Map<string, Set<string>>();
  const ids = (page: BuiltPage) => idCache.get(page.file) ?? idCache.set(page.file, idsOf(page)).get(page.file)!;
  const siteOrigin = new URL(site).origin;
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const pageUrl = new URL(page.path, site);
    for (const [selector, name] of LINKING) {
      for (const el of selectAll(selector, page.tree)) {
        const raw = attr(el, name);
        if (!raw || /^(mailto|tel|data|javascript):/.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        if (url.origin !== siteOrigin) continue;
        const file = fileForPath(outDir, base, url.pathname);
        if (!file) {
          broken.push({ page: page.path, link: raw, problem: 'no such page or file in the build' });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
        if (fragment === '') continue;
        const target = byFile.get(relative(outDir, file).split(sep).join('/'));
        if (!target) {
          broken.push({ page: page.path, link: raw, problem: 'fragment on a file that is not an HTML page' });
        } else if (!ids(target).has(fragment)) {
          broken.push({ page: page.path, link: raw, problem: `no element with id "${fragment}" on ${target.path}` });
        }
      }
    }
  }
  return broken;
}
