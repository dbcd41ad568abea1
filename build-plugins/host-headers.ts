/**
 * host-headers: writes `<outDir>/_headers`, the file Netlify and Cloudflare
 * Pages read to set HTTP response headers (GitHub Pages and plain servers
 * ignore it and keep the pages' <meta> policy).
 *
 * 1. Security, on every path: the Content-Security-Policy as a header, which
 *    can say what a <meta> cannot (`frame-ancestors 'none'`); nosniff; a
 *    referrer policy; a permissions policy; X-Frame-Options for old browsers.
 * 2. The CSP is the union of the policies the built pages carry in their
 *    <meta> (each with the hashes of its own inline code only: page-csp.ts).
 *    A browser enforces every policy it is given, so each page is still held
 *    to its own <meta>; the header adds frame-ancestors and covers the files
 *    that have no <meta>. One rule for
 *    all pages, not one per page: Cloudflare allows 100 rules and would join
 *    two matching CSP headers into two policies.
 * 3. Caching: content-hashed files (`_astro/`, Pagefind's chunks and
 *    metadata) for a year, `immutable`; everything else (pages, the service
 *    worker, Pagefind's loader and entry) revalidated on every use. One rule
 *    per top-level entry of the build, so no path gets two Cache-Control
 *    values, which Cloudflare would join into one contradictory header.
 *
 * Written by built-site.ts once the service worker and manifests exist, from
 * the policies it collected in its one pass over the pages.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { withBase } from '../src/lib/urls.ts';
import { formatCsp, parseCsp, unionCsp, type Csp } from './csp.ts';
import { BUNDLE_DIR } from './lib/search-bundle.ts';

/** The file name hosts read. */
export const HEADERS_FILE = '_headers';
/** Cloudflare Pages ignores longer lines of `_headers`. */
export const MAX_LINE = 2000;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Headers for every path besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Full address within the site, nothing to the sources a note links to.
  'Referrer-Policy': 'same-origin',
  // Nothing here uses sensors, camera, payment or ad topics; clipboard and share stay allowed for the share menu.
  'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** What only an HTTP header can add to the pages' policy. */
const HEADER_ONLY_DIRECTIVES: readonly [string, string[]][] = [['frame-ancestors', ["'none'"]]];

/** The header policy for a build: the union of its pages' policies, plus what only a header can carry. */
export function headerCsp(pagePolicies: readonly string[]): Csp {
  const union = unionCsp(pagePolicies.map(parseCsp));
  for (const [name, sources] of HEADER_ONLY_DIRECTIVES) union.set(name, sources);
  return union;
}

/** Pagefind files named by their content: the chunks, and the metadata whose name carries the index hash (`name` may be inside a nested bundle). */
const isHashedSearchFile = (name: string): boolean => /(^|\/)(index|fragment|filter)$/.test(name) || /\.pf_meta$/.test(name);

/** One rule of `_headers`: a path pattern and its headers. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** Cache rules for the entries of a build folder (top level, and inside the Pagefind folder). */
export function cacheRules(base: string, topLevel: readonly { name: string; dir: boolean }[], searchEntries: readonly { name: string; dir: boolean }[]): HeaderRule[] {
  const pattern = (rel: string, dir: boolean) => withBase(dir ? `${rel}/*` : rel, base);
  const rules: HeaderRule[] = [{ path: base, headers: { 'Cache-Control': REVALIDATE } }];
  for (const { name, dir } of topLevel) {
    if (name === HEADERS_FILE || name === 'index.html') continue;
    if (name === BUNDLE_DIR && dir) {
      for (const entry of searchEntries) {
        rules.push({ path: pattern(`${BUNDLE_DIR}/${entry.name}`, entry.dir), headers: { 'Cache-Control': isHashedSearchFile(entry.name) ? IMMUTABLE : REVALIDATE } });
      }
      continue;
    }
    rules.push({ path: pattern(name, dir), headers: { 'Cache-Control': name === '_astro' ? IMMUTABLE : REVALIDATE } });
  }
  return rules;
}

/** The text of `_headers`. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for Netlify and Cloudflare Pages, written by build-plugins/host-headers.ts.\n${blocks.join('\n')}\n`;
}

const entriesOf = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ name, dir: statSync(join(dir, name)).isDirectory() }));

/** A Pagefind bundle's entries; a bundle nested in it (a folder with its own entry file, such as the record's) is listed entry by entry as `folder/name`. */
function bundleEntries(dir: string, prefix = ''): { name: string; dir: boolean }[] {
  return entriesOf(dir).flatMap((entry) =>
    entry.dir && existsSync(join(dir, entry.name, 'pagefind-entry.json')) ? bundleEntries(join(dir, entry.name), `${prefix}${entry.name}/`) : [{ ...entry, name: `${prefix}${entry.name}` }],
  );
}

/** Writes `_headers` for a build folder whose pages carry `policies` in their <meta>; returns its rules. */
export function writeHeaders(outDir: string, base: string, policies: readonly string[], logger?: AstroIntegrationLogger): HeaderRule[] {
  const security: HeaderRule = { path: withBase('*', base), headers: { 'Content-Security-Policy': formatCsp(headerCsp(policies)), ...SECURITY_HEADERS } };
  const rules = [security, ...cacheRules(base, entriesOf(outDir), bundleEntries(join(outDir, BUNDLE_DIR)))];
  const text = headersFile(rules);
  writeFileSync(join(outDir, HEADERS_FILE), text);
  const long = text.split('\n').filter((line) => line.length > MAX_LINE);
  if (long.length > 0) logger?.warn(`${HEADERS_FILE}: ${long.length} line(s) longer than ${MAX_LINE} characters, which Cloudflare Pages ignores (the CSP has too many hashes).`);
  logger?.info(`${HEADERS_FILE}: ${rules.length} rules, CSP from ${policies.length} pages`);
  return rules;
}
