import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import type { AnchorLock } from '~/lib/anchors';
import { contentPaths } from '~/lib/content-paths';
import { BASE_PATH, SITE_URL } from '~/lib/deploy';
import { isCompletePng } from '~/lib/png';
import { CARD_HEIGHT, CARD_WIDTH } from '~/lib/quote-card';
import { attr, idsOf, readBuiltPages } from './built-html.ts';
import { checkLinks } from './link-check.ts';
import { inlineHashes } from '../../build-plugins/csp.ts';
import { duplicateLandmarks, h1Count } from './page-structure.ts';

const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');
const pages = readBuiltPages(OUT_DIR, BASE_PATH);
const siteOrigin = new URL(SITE_URL).origin;

describe('the built site', () => {
  test('has the home page, a transcript and the 404 page', () => {
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(['index.html', '404.html', 'transcripts/2022-02-22-putin-aliyev/index.html']));
  });

  test('every internal link and #fragment resolves', () => {
    expect(checkLinks(OUT_DIR, SITE_URL, BASE_PATH)).toEqual([]);
  }, 60_000);

  test('every locked anchor (or its alias) is an element id on its transcript page', () => {
    const lock = JSON.parse(readFileSync(contentPaths().lock, 'utf8')) as AnchorLock;
    for (const [slug, anchors] of Object.entries(lock)) {
      const page = pages.find((p) => p.file === `transcripts/${slug}/index.html`);
      expect(page, `transcripts/${slug}/`).toBeDefined();
      const ids = idsOf(page!);
      expect(Object.keys(anchors).filter((id) => !ids.has(id)), `anchors missing on transcripts/${slug}/`).toEqual([]);
    }
  });

  test('every share page has its quote card, a whole 1200×630 PNG (drawn or read back from the card cache)', () => {
    const shares = pages.filter((p) => p.file.startsWith('q/') && p.file.endsWith('/index.html'));
    expect(shares.length).toBeGreaterThan(0);
    const broken = shares
      .map((p) => join(OUT_DIR, `${p.file.slice(0, -'/index.html'.length)}.png`))
      .filter((card) => !existsSync(card) || !isCompletePng(readFileSync(card), CARD_WIDTH, CARD_HEIGHT));
    expect(broken).toEqual([]);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  test('has a language, a title, a description and an absolute canonical URL on this site', () => {
    expect(attr(select('html', page.tree)!, 'lang')).toBe('en');
    expect(select('head > title', page.tree)).not.toBeNull();
    expect(attr(select('meta[name="description"]', page.tree) ?? { type: 'element', tagName: 'meta', properties: {}, children: [] }, 'content')).toBeTruthy();
    const canonical = attr(select('link[rel="canonical"]', page.tree)!, 'href') ?? '';
    expect(canonical.startsWith(`${siteOrigin}${BASE_PATH}`), canonical).toBe(true);
  });

  test('loads no script, style, font or image from another host', () => {
    const resources = [
      ...selectAll('script[src]', page.tree).map((el) => attr(el, 'src')),
      ...selectAll('link[href]:not([rel="canonical"]):not([rel="alternate"]):not([rel="sitemap"])', page.tree).map((el) => attr(el, 'href')),
      ...selectAll('img[src], source[src], iframe[src], video[src], audio[src], object[data]', page.tree).map((el) => attr(el, 'src') ?? attr(el, 'data')),
    ].filter((url): url is string => !!url);
    const foreign = resources.filter((url) => new URL(url, `${siteOrigin}${page.path}`).origin !== siteOrigin);
    expect(foreign).toEqual([]);
  });

  test('carries a Content-Security-Policy with hashed scripts, no unsafe-inline and nothing from other hosts', () => {
    const csp = attr(select('meta[http-equiv="content-security-policy"]', page.tree)!, 'content') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    // WebAssembly for search, never eval() of JavaScript.
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // Hashes of the page's own inline code only, none of another page's (build-plugins/page-csp.ts).
    const own = inlineHashes(page.html);
    expect([...directives.values()].flat().filter((source) => source.startsWith("'sha") && !own.has(source))).toEqual([]);
    expect(csp).not.toMatch(/https?:/);
  });

  test('is valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(page.html, join(OUT_DIR, page.file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  test('has one <h1> and landmarks that can be told apart', () => {
    expect(h1Count(page.tree)).toBe(1);
    expect(duplicateLandmarks(page.tree)).toEqual([]);
  });
});

test('no stylesheet in the build imports anything from another host', () => {
  const astroDir = join(OUT_DIR, '_astro');
  const css = readdirSync(astroDir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(astroDir, f), 'utf8'));
  expect(css.join('\n')).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
});

test('the dark scheme changes colours only: each prefers-color-scheme rule sets custom properties on :root', () => {
  // The browser tests check the dark scheme with axe's colour rules alone (tests/e2e/axe.ts), which is enough
  // only while dark changes nothing but colours. Our CSS sits in the pages and, for search, in its scripts.
  const astroDir = join(OUT_DIR, '_astro');
  const assets = readdirSync(astroDir).filter((f) => /\.(css|js)$/.test(f)).map((f) => readFileSync(join(astroDir, f), 'utf8'));
  const colourOnly = /^\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{(\s*--[\w-]+\s*:[^;{}]+;?)+\s*\}\s*\}/;
  const themeColor = /<meta name="theme-color"[^<>]*media="$/;
  const others: string[] = [];
  for (const text of [...pages.map((p) => p.html), ...assets]) {
    for (const { index } of text.matchAll(/\(prefers-color-scheme/g)) {
      const rule = text.slice(index - '@media '.length, index) === '@media ' && colourOnly.test(text.slice(index));
      if (!rule && !themeColor.test(text.slice(text.lastIndexOf('<', index), index))) others.push(text.slice(Math.max(0, index - 40), index + 120));
    }
  }
  expect(others).toEqual([]);
});
