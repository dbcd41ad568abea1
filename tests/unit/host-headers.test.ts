import { describe, expect, test } from 'vitest';
import { IMMUTABLE, REVALIDATE, cacheRules, formatCsp, headerCsp, headersFile, inlineHashes, metaCsp, parseCsp, unionCsp } from '../../build-plugins/host-headers.ts';

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
    const policy = headerCsp(["default-src 'self'; script-src 'self' 'sha256-a='"], new Set(["'sha256-a='"]));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a='", "'wasm-unsafe-eval'"]);
  });

  test('the header policy keeps only the hashes of inline code some page holds', () => {
    const policy = headerCsp(["style-src 'self' 'sha256-a=' 'sha256-b='"], new Set(["'sha256-b='", "'sha256-c='"]));
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-b='"]);
  });

  test('hashes inline scripts and styles, not scripts loaded from a file', () => {
    const hashes = inlineHashes('<style>p{}</style><script type="module">x()</script><script type="module" src="/a.js"></script>');
    // echo -n 'p{}' | openssl dgst -sha256 -binary | base64, and the same for x()
    expect([...hashes]).toEqual(["'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='", "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='"]);
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
