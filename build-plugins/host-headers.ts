/**
 * host-headers: writes `<outDir>/_headers`, the file Netlify and Cloudflare
 * Pages read to set HTTP response headers (GitHub Pages and plain servers
 * ignore it and keep the pages' <meta> policy).
 *
 * 1. Security, on every path: the Content-Security-Policy as a header, which
 *    can say what a <meta> cannot (`frame-ancestors 'none'`); nosniff; a
 *    referrer policy; a permissions policy; X-Frame-Options for old browsers.
 * 2. The CSP is the union of the policies the built pages carry in their
 *    <meta>, with only the hashes of inline scripts and styles some page
 *    really holds (Astro lists hashes of styles a page does not inline; all of
 *    them would not fit Cloudflare's line limit). A browser enforces every
 *    policy it is given, so each page is still held to its own <meta> (its
 *    own hashes); the header adds frame-ancestors and covers the files that
 *    have no <meta>. One rule for
 *    all pages, not one per page: Cloudflare allows 100 rules and would join
 *    two matching CSP headers into two policies. Its script-src also allows
 *    'wasm-unsafe-eval', because the header is the only policy Pagefind's
 *    search worker gets (a worker takes its CSP from its own response) and it
 *    compiles Pagefind's WebAssembly; pages do not need it and their <meta>
 *    does not grant it.
 * 3. Caching: content-hashed files (`_astro/`, Pagefind's chunks and
 *    metadata) for a year, `immutable`; everything else (pages, the service
 *    worker, Pagefind's loader and entry) revalidated on every use. One rule
 *    per top-level entry of the build, so no path gets two Cache-Control
 *    values, which Cloudflare would join into one contradictory header.
 *
 * Runs on `astro:build:done` after the service worker and manifest exist.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { sitePath } from '../src/lib/search-records.ts';
import { listFiles } from './offline.ts';
import { BUNDLE_DIR } from './pagefind.ts';

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

/** A policy as directive name → sources, in the order written. */
export type Csp = Map<string, string[]>;

/** Parses `a b; c d` into a policy. */
export function parseCsp(text: string): Csp {
  const policy: Csp = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as text. */
export const formatCsp = (policy: Csp): string => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Every directive of every policy, each with every source any of them allows, first-seen order. */
export function unionCsp(policies: readonly Csp[]): Csp {
  const union: Csp = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  return union;
}

/** The <meta> policy of a built page, or undefined. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** The CSP hash sources (`'sha256-…'`) of the inline scripts and styles in a page's HTML. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return hashes;
}

const isHashSource = (source: string): boolean => /^'sha(256|384|512)-/.test(source);

/**
 * The header policy for a build: the union of its pages' policies, keeping
 * only the hashes in `used` (those of inline code some page holds), plus what
 * only a header can carry.
 */
export function headerCsp(pagePolicies: readonly string[], used: ReadonlySet<string>): Csp {
  const union = unionCsp(pagePolicies.map(parseCsp));
  for (const [name, sources] of union)
    union.set(
      name,
      sources.filter((source) => !isHashSource(source) || used.has(source)),
    );
  const scripts = union.get('script-src');
  if (scripts && !scripts.includes("'wasm-unsafe-eval'")) union.set('script-src', [...scripts, "'wasm-unsafe-eval'"]);
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
  const pattern = (rel: string, dir: boolean) => sitePath(base, dir ? `${rel}/*` : rel);
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

/** Writes `_headers` for a build folder; returns its rules. */
export function writeHeaders(outDir: string, base: string, logger?: AstroIntegrationLogger): HeaderRule[] {
  const pages = listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => readFileSync(join(outDir, file), 'utf8'));
  const policies = pages.flatMap((html) => metaCsp(html) ?? []);
  const used = new Set(pages.flatMap((html) => [...inlineHashes(html)]));
  const security: HeaderRule = { path: sitePath(base, '*'), headers: { 'Content-Security-Policy': formatCsp(headerCsp(policies, used)), ...SECURITY_HEADERS } };
  const rules = [security, ...cacheRules(base, entriesOf(outDir), bundleEntries(join(outDir, BUNDLE_DIR)))];
  const text = headersFile(rules);
  writeFileSync(join(outDir, HEADERS_FILE), text);
  const long = text.split('\n').filter((line) => line.length > MAX_LINE);
  if (long.length > 0) logger?.warn(`${HEADERS_FILE}: ${long.length} line(s) longer than ${MAX_LINE} characters, which Cloudflare Pages ignores (the CSP has too many hashes).`);
  logger?.info(`${HEADERS_FILE}: ${rules.length} rules, CSP from ${policies.length} pages`);
  return rules;
}

/** The Astro integration: `_headers` on `astro:build:done`. */
export function hostHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'tx:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        writeHeaders(fileURLToPath(dir), base, logger);
      },
    },
  };
}
