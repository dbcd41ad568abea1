import { describe, expect, test } from 'vitest';
import {
  formatCsp,
  inlineHashes,
  keepHashes,
  metaCsp,
  parseCsp,
  unionCsp,
} from '../../build-plugins/csp.ts';
import { ownHashesOnly } from '../../build-plugins/page-csp.ts';

describe('CSP', () => {
  test('parses and writes back a policy', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-a='";
    expect(formatCsp(parseCsp(text))).toBe(text);
  });

  test('the union keeps every directive and every source of every page, once', () => {
    const union = unionCsp([
      parseCsp("default-src 'self'; script-src 'self' 'sha256-a='"),
      parseCsp("default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'"),
    ]);
    expect(formatCsp(union)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'",
    );
  });

  test('keeps only the hashes asked for, and every other source', () => {
    const policy = keepHashes(
      parseCsp("style-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self' data:"),
      new Set(["'sha256-b='", "'sha256-c='"]),
    );
    expect(formatCsp(policy)).toBe("style-src 'self' 'sha256-b='; img-src 'self' data:");
  });

  test('hashes inline scripts and styles, not scripts loaded from a file', () => {
    const hashes = inlineHashes(
      '<style>p{}</style><script type="module">x()</script><script type="module" src="/a.js"></script>',
    );
    // echo -n 'p{}' | openssl dgst -sha256 -binary | base64, and the same for x()
    expect([...hashes]).toEqual([
      "'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='",
      "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='",
    ]);
  });

  test('reads the policy of a built page’s <meta>', () => {
    expect(
      metaCsp(
        `<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`,
      ),
    ).toBe("default-src 'self'");
    expect(metaCsp('<head></head>')).toBeUndefined();
  });
});

describe('a page’s own policy', () => {
  const META = (policy: string) =>
    `<meta http-equiv="content-security-policy" content="${policy}">`;

  test('allows the inline code the page holds and no other page’s', () => {
    const own = "'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='"; // p{}
    const html = `<head>${META(`default-src 'self'; style-src 'self' ${own} 'sha256-other='; script-src 'self' 'sha256-else=' 'wasm-unsafe-eval'`)}<style>p{}</style></head>`;
    expect(metaCsp(ownHashesOnly(html))).toBe(
      `default-src 'self'; style-src 'self' ${own}; script-src 'self' 'wasm-unsafe-eval'`,
    );
  });

  test('leaves a page without a policy as it is', () => {
    expect(ownHashesOnly('<head><style>p{}</style></head>')).toBe(
      '<head><style>p{}</style></head>',
    );
  });
});
