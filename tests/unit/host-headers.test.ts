import { describe, expect, test } from 'vitest';
import {
  IMMUTABLE,
  REVALIDATE,
  cacheRules,
  headerCsp,
  headersFile,
} from '../../build-plugins/host-headers.ts';

describe('the header CSP', () => {
  test("adds frame-ancestors and keeps the pages' sources", () => {
    const policy = headerCsp([
      "default-src 'self'; script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'",
      "default-src 'self'; script-src 'self' 'sha256-b='",
    ]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'sha256-a='",
      "'wasm-unsafe-eval'",
      "'sha256-b='",
    ]);
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
      { name: 'record/fragment', dir: true },
      { name: 'record/pagefind.js', dir: false },
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
      '/meeting/pagefind/record/fragment/*': IMMUTABLE,
      '/meeting/pagefind/record/pagefind.js': REVALIDATE,
      '/meeting/sw.js': REVALIDATE,
    });
  });

  test('writes rules as a path line and indented headers', () => {
    expect(headersFile(rules.slice(0, 2))).toBe(
      `# Response headers for Netlify and Cloudflare Pages, written by build-plugins/host-headers.ts.\n/meeting/\n  Cache-Control: ${REVALIDATE}\n/meeting/_astro/*\n  Cache-Control: ${IMMUTABLE}\n`,
    );
  });
});
