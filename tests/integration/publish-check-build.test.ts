/**
 * The contact rule, end to end: a production build for a published address
 * stops while content/site.yaml holds the example contact, naming the setting
 * and its line; the same build of the fixture content, whose contact is real,
 * publishes (the hard-content fixture, tests/fixture-builds.ts), and no page
 * of it says "(example entry)".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, buildContent } from '../astro-build.ts';
import { PUBLISHED_SITE, fixtureBuild } from '../fixture-builds.ts';

describe('a published build cannot ship the example contact', { timeout: 300_000 }, () => {
  test('with the shipped content (the example contact) and a real SITE_URL, the build stops naming `contact` and its line', async () => {
    const { status, output } = await buildContent(join(ROOT, 'content'), {
      SITE_URL: PUBLISHED_SITE,
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/site\.yaml:\d+: contact is still the example \(mailto:corrections@example\.org\)/,
    );
    expect(output).toContain('Set `contact` in content/site.yaml');
  });

  test('with a real contact the same build publishes, and no page says "(example entry)"', async () => {
    const { dist, output } = await fixtureBuild('hard-content');
    expect(output).toContain('Complete!');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(pages.length).toBeGreaterThan(0);
    for (const html of pages) expect(html).not.toContain('(example entry)');
  });
});
