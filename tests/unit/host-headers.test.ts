import { describe, expect, test } from 'vitest';
import { IMMUTABLE, REVALIDATE, cacheRules, formatCsp, headerCsp, headersFile, metaCsp, parseCsp, unionCsp } from '../../build-plugins/host-headers.ts';

describe('CSP', () => {
  test('parses and writes back a policy', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-a='";
    expect(formatCsp(parseCsp(text))).toBe(text);
  });

  test('the union keeps every directive and every source of every page, once', () => {
    const union = unionCsp([parseCsp("default-src 'self'; script-src 'self' 'sha256-a='"), parseCsp("default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'")]);
    expect(formatCsp(union)).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'");
  });

  test('the header policy adds frame-ancestors and WebAssembly for the search worker', () => {
    const policy = headerCsp(["default-src 'self'; script-src 'self' 'sha256-a='"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a='", "'wasm-unsafe-eval'"]);
  });

  test('reads the policy of a built page’s <meta>', () => {
    expect(metaCsp(`<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`)).toBe("default-src 'self'");
    expect(metaCsp('<head></head>')).toBeUndefined();
  });
});

describe('cacheRules', () => {
  const rules = cacheRules(
    '/meeting/',
    [
      { name: '_astro', dir: true },
      { name: '_headers', dir: false },
      { name: 'index.html', dir: false },
      { name: 'notes', dir: true },
      { name: 'pagefind', dir: true },
      { name: 'sw.js', dir: false },
    ],
    [
      { name: 'fragment', dir: true },
      { name: 'pagefind.js', dir: false },
      { name: 'pagefind.en_1.pf_meta', dir: false },
    ],
  );
  const cache = Object.fromEntries(rules.map((rule) => [rule.path, rule.headers['Cache-Control']]));

  test('caches hashed assets for a year and revalidates pages, the worker and Pagefind’s loader', () => {
    expect(cache).toEqual({
      '/meeting/': REVALIDATE,
      '/meeting/_astro/*': IMMUTABLE,
      '/meeting/notes/*': REVALIDATE,
      '/meeting/pagefind/fragment/*': IMMUTABLE,
      '/meeting/pagefind/pagefind.js': REVALIDATE,
      '/meeting/pagefind/pagefind.en_1.pf_meta': IMMUTABLE,
      '/meeting/sw.js': REVALIDATE,
    });
  });

  test('writes rules as a path line and indented headers', () => {
    expect(headersFile(rules.slice(0, 2))).toBe(
      `# Response headers for Netlify and Cloudflare Pages, written by build-plugins/host-headers.ts.\n/meeting/\n  Cache-Control: ${REVALIDATE}\n/meeting/_astro/*\n  Cache-Control: ${IMMUTABLE}\n`,
    );
  });
});
