import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { cachedCitations, citationKeyHash } from '~/lib/citation-cache';
import { formatCitations } from '~/lib/citation-format';
import type { CitedWork } from '~/lib/citations';

const WORK: CitedWork = {
  key: '2022_02_22_putin_aliyev_putin_empire',
  author: { given: 'Vladimir', family: 'Putin' },
  translator: 'AZERTAC',
  title: 'Ilham Aliyev and Vladimir Putin held one-on-one meeting',
  publisher: 'AZERTAC (Azerbaijan State News Agency)',
  published: new Date('2022-02-22'),
  url: 'https://example.org/transcripts/2022-02-22-putin-aliyev/#putin-empire',
  accessed: new Date('2026-11-30T10:00:00Z'),
  siteName: 'The Moscow Meeting Record',
  language: 'en',
  paragraph: 12,
};

// citeproc compiles its styles on first use (about a second, far more on a loaded machine): once, before the tests.
beforeAll(() => void formatCitations(WORK), 120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'citation-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Formatting is slow on a shared machine; these tests count calls, not time.
describe('the citation cache', { timeout: 60_000 }, () => {
  test('the same work later the same day is read back, equal to a fresh formatting, without formatting again', async () => {
    const format = vi.fn(formatCitations);
    const first = await cachedCitations(WORK, { dir, version: 'v1', format });
    const second = await cachedCitations(
      { ...WORK, accessed: new Date('2026-11-30T23:00:00Z') },
      { dir, version: 'v1', format },
    );
    expect(format).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(second).toEqual(formatCitations(WORK));
  });

  test('a rebuild on a later day reads the entry back with that day in BibTeX and CSL-JSON, as a fresh formatting has it', async () => {
    const format = vi.fn(formatCitations);
    await cachedCitations(WORK, { dir, version: 'v1', format });
    const later = { ...WORK, accessed: new Date('2027-03-05T10:00:00Z') };
    const read = await cachedCitations(later, { dir, version: 'v1', format });
    expect(format).toHaveBeenCalledTimes(1);
    expect(read).toEqual(formatCitations(later));
    expect(read.text.bibtex).toContain('accessed 2027-03-05]');
    expect(read.text.csl).toContain('2027,\n');
  });

  test('another paragraph, URL or code version formats again', async () => {
    const format = vi.fn(formatCitations);
    await cachedCitations(WORK, { dir, version: 'v1', format });
    await cachedCitations({ ...WORK, paragraph: 13 }, { dir, version: 'v1', format });
    await cachedCitations({ ...WORK, url: `${WORK.url}-2` }, { dir, version: 'v1', format });
    await cachedCitations(WORK, { dir, version: 'v2', format });
    expect(format).toHaveBeenCalledTimes(4);
  });

  test('a truncated entry is formatted again and replaced; no temporary files are left', async () => {
    const format = vi.fn(formatCitations);
    const good = await cachedCitations(WORK, { dir, version: 'v1', format });
    writeFileSync(
      join(dir, `${citationKeyHash(WORK, 'v1')}.json`),
      '{"accessed":"2026-11-30","citations":{"html":{"apa":"x"',
    );
    expect(await cachedCitations(WORK, { dir, version: 'v1', format })).toEqual(good);
    expect(format).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir)).toEqual([`${citationKeyHash(WORK, 'v1')}.json`]);
  });

  test('the default code version is a hash of the citation code, styles and libraries', async () => {
    const format = vi.fn(formatCitations);
    await cachedCitations(WORK, { dir, format });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });
});
