/**
 * Content-Security-Policy text, as the build reads and writes it: parsing,
 * writing back, joining policies, and the hashes of a page's inline code.
 * Used by page-csp.ts (each page's <meta>) and host-headers.ts (the header).
 */
import { cspHash } from '../src/lib/csp.ts';

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
export const formatCsp = (policy: Csp): string =>
  [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Every directive of every policy, each with every source any of them allows, first-seen order. */
export function unionCsp(policies: readonly Csp[]): Csp {
  const union: Csp = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy)
      union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  return union;
}

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The <meta> policy of a built page, or undefined. */
export function metaCsp(html: string): string | undefined {
  return META_CSP.exec(html)?.[2];
}

/** The page with its <meta> policy replaced by `policy`. */
export const withMetaCsp = (html: string, policy: Csp): string =>
  html.replace(
    META_CSP,
    (_, open: string, _old: string, close: string) => `${open}${formatCsp(policy)}${close}`,
  );

/** The CSP hash sources (`'sha256-…'`) of the inline scripts and styles in a page's HTML. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(
    /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi,
  )) {
    if (tag!.toLowerCase() === 'script' && /\ssrc=/i.test(attributes!)) continue;
    hashes.add(`'${cspHash(body!)}'`);
  }
  return hashes;
}

export const isHashSource = (source: string): boolean => /^'sha(256|384|512)-/.test(source);

/** `policy` with only the hash sources in `used`; every other source stays. */
export function keepHashes(policy: Csp, used: ReadonlySet<string>): Csp {
  return new Map(
    [...policy].map(([name, sources]) => [
      name,
      sources.filter((source) => !isHashSource(source) || used.has(source)),
    ]),
  );
}
