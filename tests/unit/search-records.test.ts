import { describeRecord } from '~/lib/record-description';
import { AZERTAC_MEETING } from '../record-descriptions.ts';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { RecordParagraph } from '~/lib/record';
import { paragraphRecords, renderingRecords, type TranscriptForIndex } from '~/lib/search-records';
import { servedPath, transcriptPath, withBase } from '~/lib/urls';
import { buildSearchIndex, notePages } from '../../build-plugins/pagefind.ts';
import { contentPaths } from '~/lib/content-paths';
import { SEARCH_INPUT_FILE, type SearchInput } from '~/lib/search-input';
import { transcriptSchema } from '~/lib/schemas';
import { readContext, readTranscript } from '~/lib/transcript-source';
import { FIXTURE_CONTENT } from '../fixture-content.ts';

vi.mock('pagefind', () => {
  const index = {
    addCustomRecord: vi.fn(async (record: { url: string }) => ({
      errors: [],
      file: { url: record.url, uniqueWords: 1, meta: {} },
    })),
    addHTMLFile: vi.fn(async (file: { url: string }) => ({
      errors: [],
      file: { url: file.url, uniqueWords: 1, meta: {} },
    })),
    writeFiles: vi.fn(async (options: { outputPath: string }) => {
      // As Pagefind does: the bundle's folder, with its entry file.
      mkdirSync(options.outputPath, { recursive: true });
      writeFileSync(join(options.outputPath, 'pagefind-entry.json'), '{}');
      return { errors: [], outputPath: options.outputPath };
    }),
  };
  return {
    createIndex: vi.fn(async () => ({ errors: [], index })),
    close: vi.fn(async () => null),
  };
});

const paragraph = (
  p: Partial<RecordParagraph> & Pick<RecordParagraph, 'id' | 'n'>,
): RecordParagraph => ({
  kind: 'speech',
  speaker: 'putin',
  text: 'Regional relations are developing quite effectively.',
  notes: [],
  line: 1,
  ...p,
});

const transcript: TranscriptForIndex = {
  slug: '2022-02-22-putin-aliyev',
  title: 'Meeting of Vladimir Putin and Ilham Aliyev',
  language: 'en',
  description: AZERTAC_MEETING,
  paragraphs: [
    paragraph({
      id: 'addressed',
      n: 1,
      kind: 'narration',
      speaker: null,
      text: 'The heads of state addressed the meeting.',
    }),
    paragraph({
      id: 'putin-said',
      n: 2,
      kind: 'narration',
      text: 'Russian President Vladimir Putin said:',
    }),
    paragraph({ id: 'putin-regional', n: 3 }),
    paragraph({
      id: 'aliyev-48th-visit',
      n: 4,
      speaker: 'aliyev',
      text: 'This is my 48th visit to Russia as President',
    }),
  ],
};
const people = new Map([
  ['putin', { name: 'Vladimir Putin', shortName: 'Putin' }],
  ['aliyev', { name: 'Ilham Aliyev', shortName: 'Aliyev' }],
]);

const logger = {
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
} as unknown as AstroIntegrationLogger;

afterEach(() => vi.clearAllMocks());

describe('paragraph addresses', () => {
  test('are the same as the links the site prints', () => {
    expect(paragraphRecords(transcript, people, '/')[2]?.url).toBe(
      transcriptPath('2022-02-22-putin-aliyev', 'putin-regional'),
    );
  });
  test('keep the base path of a sub-path build', () => {
    expect(paragraphRecords(transcript, people, '/meeting')[0]?.url).toBe(
      '/meeting/transcripts/2022-02-22-putin-aliyev/#addressed',
    );
    expect(transcriptPath('sample', 'lead', '/meeting')).toBe('/meeting/transcripts/sample/#lead');
    expect(withBase('/notes/x/', '/meeting/')).toBe('/meeting/notes/x/');
  });
});

describe('renderingRecords', () => {
  const printed = (publisher: string, language: string, text: string) => ({
    id: publisher.toLowerCase(),
    publisher,
    title: 'A report',
    date: '2022-02-22',
    url: 'https://example.org/r',
    language,
    text,
  });
  const rendered = {
    ...transcript,
    paragraphs: transcript.paragraphs.map((p) =>
      p.id === 'putin-regional'
        ? {
            ...p,
            renderings: [
              printed('Kremlin', 'ru', 'Межрегиональные связи развиваются.'),
              printed('Vesti', 'ru', 'Регионы развиваются.'),
              printed('TASS', 'en', 'Regional ties are developing.'),
            ],
          }
        : { ...p, renderings: [] },
    ),
  };
  const records = renderingRecords(rendered, people, '/');

  test('gives one record per rendering in another language than the record’s, in that language', () => {
    expect(records.map((r) => [r.language, r.content])).toEqual([
      ['ru', 'Межрегиональные связи развиваются.'],
      ['ru', 'Регионы развиваются.'],
    ]);
  });

  test('addresses each to its paragraph, each with its own URL (Pagefind keeps one record per URL)', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/transcripts/2022-02-22-putin-aliyev/?rendering=0#putin-regional',
      '/transcripts/2022-02-22-putin-aliyev/?rendering=1#putin-regional',
    ]);
  });

  test('says whose words they are, and files them as renderings, not the record', () => {
    expect(records[0]).toMatchObject({
      meta: {
        speaker: 'Vladimir Putin',
        n: '3',
        rendering: 'Kremlin, in Russian, 22 February 2022',
        translation: 'English translation: AZERTAC',
      },
      filters: { kind: ['rendering'] },
    });
  });
});

describe('paragraphRecords', () => {
  const records = paragraphRecords(transcript, people, '/');

  test('gives one record per paragraph, addressed to its anchor, with its verbatim words', () => {
    expect(records).toHaveLength(4);
    expect(records[2]).toMatchObject({
      url: '/transcripts/2022-02-22-putin-aliyev/#putin-regional',
      content: 'Regional relations are developing quite effectively.',
      language: 'en',
    });
  });
  test('names the speaker and paragraph number for the result line, and whose translation speech is', () => {
    expect(records[3]?.meta).toEqual({
      title: 'Ilham Aliyev, paragraph 4',
      speaker: 'Ilham Aliyev',
      n: '4',
      transcript: 'Meeting of Vladimir Putin and Ilham Aliyev',
      translation: 'English translation: AZERTAC',
    });
  });
  test('says nothing of translation on the publisher’s own lines', () => {
    expect(records[0]?.meta?.['translation']).toBeUndefined();
  });
  test('files speech under the surname and narration under the publisher, all as record', () => {
    expect(records.map((r) => r.filters)).toEqual([
      { speaker: ['AZERTAC'], kind: ['record'] },
      { speaker: ['AZERTAC'], kind: ['record'] },
      { speaker: ['Putin'], kind: ['record'] },
      { speaker: ['Aliyev'], kind: ['record'] },
    ]);
  });
  test('refuses a speaker with no person entry', () => {
    expect(() => paragraphRecords(transcript, new Map(), '/')).toThrow(
      /speaker "putin" has no entry in content\/people/,
    );
  });
});

describe('note pages', () => {
  test('are the HTML files under notes/, addressed under the base path', () => {
    const out = mkdtempSync(join(tmpdir(), 'tx-search-'));
    mkdirSync(join(out, 'notes/declaration'), { recursive: true });
    writeFileSync(join(out, 'notes/declaration/index.html'), '<html></html>');
    writeFileSync(join(out, 'index.html'), '<html></html>');
    const pages = notePages(out);
    expect(pages).toEqual([join(out, 'notes/declaration/index.html')]);
    expect(servedPath('notes/declaration/index.html', '/meeting/')).toBe(
      '/meeting/notes/declaration/',
    );
  });
  test('are none when the build has no notes folder', () => {
    expect(notePages(mkdtempSync(join(tmpdir(), 'tx-search-')))).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  const paths = contentPaths(FIXTURE_CONTENT);

  /** What the endpoint src/pages/search-input.json.ts writes from the archive for the fixture, before the index is built. */
  function writeBuiltData(out: string): void {
    const { slug, frontmatter, record } = readTranscript(
      join(paths.transcripts, 'sample.mdx'),
      readContext(paths),
    );
    const data = transcriptSchema.parse(frontmatter);
    const people = [
      { id: 'putin', name: 'Vladimir Putin', shortName: 'Putin' },
      { id: 'aliyev', name: 'Ilham Aliyev', shortName: 'Aliyev' },
    ];
    const input: SearchInput = {
      transcripts: [
        {
          slug,
          title: data.title,
          language: data.language,
          description: describeRecord(data),
          place: data.place,
          date: '2022-02-22',
          speakers: people,
          paragraphs: record.paragraphs.map((p) => ({ ...p, renderings: [] })),
        },
      ],
      variants: [{ name: 'Aliyev', aliases: ['Aliev'] }],
      translations: [],
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, SEARCH_INPUT_FILE), JSON.stringify(input));
  }

  test('reads what to index from the archive’s search input, which it deletes, and names the file when it is missing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tx-search-'));
    writeBuiltData(out);
    await buildSearchIndex({
      outDir: out,
      base: '/',
      logger,
      cacheDir: mkdtempSync(join(tmpdir(), 'tx-index-cache-')),
    });
    expect(existsSync(join(out, SEARCH_INPUT_FILE))).toBe(false);
    await expect(buildSearchIndex({ outDir: out, base: '/', logger })).rejects.toThrow(
      'Building the search index failed',
    );
    await expect(
      buildSearchIndex({ outDir: out, base: '/', logger }).catch((e: Error) =>
        Promise.reject(e.cause),
      ),
    ).rejects.toThrow(/search-input\.json is missing/);
  });

  test('indexes every paragraph and only the note pages that mark their text, into <outDir>/pagefind, and the record alone into pagefind/record', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tx-search-'));
    mkdirSync(join(out, 'notes/a'), { recursive: true });
    mkdirSync(join(out, 'notes/b'), { recursive: true });
    writeFileSync(
      join(out, 'notes/a/index.html'),
      '<html lang="en"><body><article data-pagefind-body>A note</article></body></html>',
    );
    writeFileSync(
      join(out, 'notes/b/index.html'),
      '<html lang="en"><body>A list of notes</body></html>',
    );
    writeBuiltData(out);
    const result = await buildSearchIndex({
      outDir: out,
      base: '/meeting/',
      logger,
      cacheDir: mkdtempSync(join(tmpdir(), 'tx-index-cache-')),
    });
    const { index } = await pagefind.createIndex();
    expect(result).toMatchObject({ records: 5, notes: 1 });
    const added = vi.mocked(index!.addCustomRecord).mock.calls.map(([r]) => r);
    expect(added.map((r) => r.url)).toContain('/meeting/transcripts/sample/#putin-regional');
    expect(added.find((r) => r.url.endsWith('#putin-regional'))).toMatchObject({
      content: 'Regional relations are developing quite effectively.',
      filters: { speaker: ['Putin'], kind: ['record'] },
      meta: { speaker: 'Vladimir Putin', n: '3', transcript: 'Sample meeting' },
    });
    expect(vi.mocked(index!.addHTMLFile).mock.calls.map(([f]) => f.url)).toEqual([
      '/meeting/notes/a/',
    ]);
    expect(index!.writeFiles).toHaveBeenCalledWith({ outputPath: join(out, 'pagefind') });
    expect(index!.writeFiles).toHaveBeenCalledWith({ outputPath: join(out, 'pagefind/record') });
    expect(existsSync(join(out, 'pagefind/record/lexicon.json'))).toBe(true);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('notes/b/index.html has no data-pagefind-body'),
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  /** A build's search index into a new output folder, with the index cache in `cacheDir`. */
  const buildWithCache = async (cacheDir: string) => {
    const out = mkdtempSync(join(tmpdir(), 'tx-search-'));
    writeBuiltData(out);
    return { out, result: await buildSearchIndex({ outDir: out, base: '/', logger, cacheDir }) };
  };

  test('a second build of the same content links the index from the cache and starts no Pagefind; changed content is indexed again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'tx-index-cache-'));
    const build = () => buildWithCache(cacheDir);
    expect((await build()).result.cached).toBe(false);
    vi.mocked(pagefind.createIndex).mockClear();
    const second = await build();
    expect(second.result.cached).toBe(true);
    expect(pagefind.createIndex).not.toHaveBeenCalled();
    // The same file as the cache's, not a copy of it.
    expect(statSync(join(second.out, 'pagefind/pagefind-entry.json')).nlink).toBe(2);
    expect(existsSync(join(second.out, 'pagefind/record/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(second.out, 'pagefind/record/lexicon.json'))).toBe(true);
    // The build's bundle files are hard links to the cache's: the lexicon, written into the build
    // afterwards, is a file of its own, so writing it never changes the cached index.
    const [entry] = readdirSync(cacheDir);
    expect(readdirSync(join(cacheDir, entry!, 'record'))).not.toContain('lexicon.json');
    const changed = mkdtempSync(join(tmpdir(), 'tx-search-'));
    writeBuiltData(changed);
    mkdirSync(join(changed, 'notes/a'), { recursive: true });
    writeFileSync(
      join(changed, 'notes/a/index.html'),
      '<html lang="en"><body><article data-pagefind-body>A new note</article></body></html>',
    );
    expect((await buildSearchIndex({ outDir: changed, base: '/', logger, cacheDir })).cached).toBe(
      false,
    );
    // Only the latest index is kept.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  // /dev/shm is a file system of its own on Linux: no hard link reaches across.
  test.runIf(existsSync('/dev/shm'))(
    'a cache on another file system is copied into the build, since it cannot be linked',
    async () => {
      const cacheDir = mkdtempSync('/dev/shm/tx-index-cache-');
      try {
        await buildWithCache(cacheDir);
        const second = await buildWithCache(cacheDir);
        expect(second.result.cached).toBe(true);
        expect(statSync(join(second.out, 'pagefind/pagefind-entry.json')).nlink).toBe(1);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    },
  );

  test("fails with Pagefind's own errors as the cause, and still closes Pagefind", async () => {
    const { index } = await pagefind.createIndex();
    vi.mocked(index!.writeFiles).mockResolvedValueOnce({ errors: ['disk full'], outputPath: '' });
    const out = mkdtempSync(join(tmpdir(), 'tx-search-'));
    writeBuiltData(out);
    const failure = buildSearchIndex({
      outDir: out,
      base: '/',
      logger,
      cacheDir: mkdtempSync(join(tmpdir(), 'tx-index-cache-')),
    });
    await expect(failure).rejects.toThrow('Building the search index failed');
    await expect(failure.catch((e: Error) => Promise.reject(e.cause))).rejects.toThrow(/disk full/);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});
