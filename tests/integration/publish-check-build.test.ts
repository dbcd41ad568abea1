/**
 * The contact rule, end to end: a production build for a published address
 * stops while content/site.yaml holds the example contact, naming the setting
 * and its line; the same build with a real contact publishes, and no page of
 * it says "(example entry)".
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, astroBuild } from '../astro-build.ts';
import { fixtureContent } from '../fixture-content.ts';

const PUBLISHED = 'https://owner.github.io';

/** A production build of `contentDir` for `site` in a temporary folder; returns its status, output and the built pages' HTML. */
function build(contentDir: string, site: string) {
  mkdirSync(join(ROOT, '.builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.builds', 'publish-'));
  const out = join(work, 'dist');
  const { status, output } = astroBuild({ CONTENT_DIR: contentDir, SITE_URL: site, OUT_DIR: out, ASTRO_CACHE_DIR: join(work, 'cache') });
  const pages =
    status === 0
      ? readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => readFileSync(join(out, f), 'utf8'))
      : [];
  rmSync(work, { recursive: true, force: true });
  return { status, output, pages };
}

describe('a published build cannot ship the example contact', { timeout: 180_000 }, () => {
  test('with the shipped content (the example contact) and a real SITE_URL, the build stops naming `contact` and its line', () => {
    const { status, output } = build(join(ROOT, 'content'), PUBLISHED);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/site\.yaml:\d+: contact is still the example \(mailto:corrections@example\.org\)/);
    expect(output).toContain('Set `contact` in content/site.yaml');
  });

  test('with a real contact the same build publishes, and no page says "(example entry)"', () => {
    const { status, output, pages } = build(fixtureContent(), PUBLISHED);
    expect(status, output).toBe(0);
    expect(pages.length).toBeGreaterThan(0);
    for (const html of pages) expect(html).not.toContain('(example entry)');
  });
});
