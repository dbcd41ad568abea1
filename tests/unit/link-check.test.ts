import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkLinks } from '../dist/link-check.ts';

/** A two-page build: the home page links to the transcript, to one of its paragraphs and to things that do not exist. */
function fixtureBuild(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tx-links-'));
  mkdirSync(join(dir, 'transcripts/x'), { recursive: true });
  writeFileSync(join(dir, 'transcripts/x/index.html'), '<!doctype html><p id="putin-empire">…</p>');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
    <a href="${base}transcripts/x/">ok</a>
    <a href="${base}transcripts/x/#putin-empire">ok</a>
    <a href="${base}transcripts/x/#putin-empire:~:text=empire">ok, a text fragment</a>
    <a href="https://azertag.az/en/">another host</a>
    <a href="${base}transcripts/x/#putin-emprie">broken fragment</a>
    <a href="${base}transcripts/y/">broken page</a>
    <a href="/transcripts/x/">outside the base</a>`,
  );
  return dir;
}

test('reports missing pages, missing fragments and links that leave the base path', () => {
  const problems = checkLinks(fixtureBuild('/meeting/'), 'https://example.org', '/meeting/');
  expect(problems.map((p) => [p.link, p.problem])).toEqual([
    [
      '/meeting/transcripts/x/#putin-emprie',
      'no element with id "putin-emprie" on /meeting/transcripts/x/',
    ],
    ['/meeting/transcripts/y/', 'no such page or file in the build'],
    ['/transcripts/x/', 'no such page or file in the build'],
  ]);
});

test('a build whose links all resolve has no problems', () => {
  const dir = fixtureBuild('/');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><a href="/transcripts/x/#putin-empire">ok</a>',
  );
  expect(checkLinks(dir, 'https://example.org', '/')).toEqual([]);
});
