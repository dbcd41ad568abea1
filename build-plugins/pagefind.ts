/**
 * pagefind: builds the search index as the last step of `astro build`.
 *
 * 1. Reads what to index from the archive, as the build's endpoint
 *    `<outDir>/search-input.json` wrote it (src/lib/search-input.ts), and
 *    deletes that file; adds one custom record per paragraph: its URL is the
 *    paragraph's anchor under the base path, its content the verbatim
 *    words, with speaker and `kind:record` filters (src/lib/search-records.ts).
 *    Pages of the record are not indexed as HTML, so headers, footers and
 *    share buttons never reach the index.
 * 2. Adds the built note pages (`notes/**\/index.html`) that mark their
 *    text with `data-pagefind-body`; their markup carries
 *    `data-pagefind-filter="kind:annotation"`. No note pages, no notes.
 * 3. Writes the bundle to `<outDir>/pagefind/` (never to public/), and a
 *    second bundle of the record alone to `<outDir>/pagefind/record/`: the
 *    header search and the quote check search only the record, and the notes
 *    would make the index a cold search downloads four times larger. The
 *    search page, which lists notes too, loads the whole bundle. Always
 *    closes the Pagefind service.
 * 4. Writes one bundle per other language in which publications printed
 *    passages of the record (`<outDir>/pagefind/<lang>/`, e.g. the Russian
 *    original): their renderings (src/lib/renderings.ts), each a record at
 *    its paragraph's address, indexed with that language's stemming. A query
 *    in that script loads it; nothing else does.
 * 5. Writes the forgiving-search lexicon into the first two (build-plugins/search-lexicon.ts):
 *    the record's vocabulary, spelling variants, translation renderings and
 *    the languages of the rendering bundles.
 *
 * In `astro dev` it serves `<outDir>/pagefind/` from the last production
 * build, so search works in development once `npm run build` has run.
 */
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { CACHE_DIR, contentHash, packageVersion } from '../src/lib/build-cache.ts';
import { SEARCH_INPUT_FILE, type SearchInput } from '../src/lib/search-input.ts';
import { paragraphRecords, renderingRecords, separateBlocks } from '../src/lib/search-records.ts';
import { servedPath, withBase } from '../src/lib/urls.ts';
import { formatDate } from '../src/lib/format.ts';
import { spokenLanguages } from '../src/lib/record-description.ts';
import {
  resultParagraph,
  type ResultParagraph,
  type TranscriptInfo,
} from '../src/lib/search-lexicon.ts';
import { writeLexicon } from './search-lexicon.ts';
import { BUNDLE_DIR, RECORD_BUNDLE_DIR, renderingBundleDir } from './lib/search-bundle.ts';

/** Built pages indexed as HTML, relative to the output folder. */
const NOTES_DIR = 'notes';
/** Only pages that say which part of them is text are indexed; anything else would bring navigation along. */
const BODY_MARKER = 'data-pagefind-body';

/** What to index, as the endpoint src/pages/search-input.json.ts wrote it from the archive; the file is deleted, since it is no page of the site. */
export function readSearchInput(outDir: string): SearchInput {
  const file = join(outDir, SEARCH_INPUT_FILE);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: src/pages/search-input.json.ts writes what search indexes`,
    );
  const input = JSON.parse(readFileSync(file, 'utf8')) as SearchInput;
  rmSync(file);
  return input;
}

/** Built note pages to index: `index.html` files under `<outDir>/notes/`, sorted. */
export function notePages(outDir: string): string[] {
  const dir = join(outDir, NOTES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => join(dir, file));
}

interface PagefindResponse {
  errors: string[];
}

/** Fails on any error Pagefind reports, listing all of them. */
function check<T extends PagefindResponse>(response: T, step: string): T {
  if (response.errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

export interface IndexOptions {
  /** The build output folder. */
  outDir: string;
  /** The site's base path (`config.base`). */
  base: string;
  logger: AstroIntegrationLogger;
  /** Where the last index is kept between builds (default: INDEX_CACHE_DIR). */
  cacheDir?: string;
}

type CustomRecord = Parameters<pagefind.PagefindIndex['addCustomRecord']>[0];

/** What Pagefind is given: the record's paragraphs (custom records), the note pages and the renderings by language. Its output depends on nothing else. */
interface IndexInput {
  records: CustomRecord[];
  pages: { url: string; content: string }[];
  /** Language → renderings of paragraphs in that language, one bundle each. */
  renderings: Record<string, CustomRecord[]>;
}

/** The last index built, kept between builds in Astro's cache folder (src/lib/build-cache.ts). */
export const INDEX_CACHE_DIR = resolve(CACHE_DIR, 'search-index');

/**
 * Files Pagefind writes into every bundle that our search never loads: its
 * own UI, its highlighter, and its web worker (src/client/search-pagefind.ts
 * starts it with `noWorker`). About 430 kB per bundle that nobody would
 * download, and that the cache and a deploy would carry for nothing.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Names a cached index: everything Pagefind was given, its version, and the files taken out of its bundles. */
const indexKey = (input: IndexInput): string =>
  contentHash(
    `pagefind@${packageVersion('pagefind')}`,
    UNUSED_BUNDLE_FILES.join(' '),
    JSON.stringify(input),
  );

/** A new Pagefind index, or an error. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index } = check(await pagefind.createIndex(), 'createIndex');
  if (!index) throw new Error('Pagefind returned no index');
  return index;
}

/** Writes one index as a bundle in `outputPath`, without the files search never loads. */
async function writeBundle(
  index: pagefind.PagefindIndex,
  outputPath: string,
  step: string,
): Promise<void> {
  check(await index.writeFiles({ outputPath }), step);
  for (const name of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, name), { force: true });
}

/** Runs Pagefind into `outDir`: the whole bundle, the record's alone, and each language's renderings. */
async function writeIndexes(input: IndexInput, outDir: string): Promise<void> {
  try {
    const index = await newIndex();
    const recordIndex = await newIndex();
    for (const record of input.records) {
      check(await index.addCustomRecord(record), `adding ${record.url}`);
      check(await recordIndex.addCustomRecord(record), `adding ${record.url}`);
    }
    for (const page of input.pages) check(await index.addHTMLFile(page), `adding ${page.url}`);
    await writeBundle(index, join(outDir, BUNDLE_DIR), 'writeFiles');
    await writeBundle(recordIndex, join(outDir, RECORD_BUNDLE_DIR), 'writeFiles (record)');
    for (const [language, records] of Object.entries(input.renderings)) {
      const languageIndex = await newIndex();
      for (const record of records)
        check(await languageIndex.addCustomRecord(record), `adding a rendering of ${record.url}`);
      await writeBundle(
        languageIndex,
        join(outDir, renderingBundleDir(language)),
        `writeFiles (${language})`,
      );
    }
  } finally {
    await pagefind.close();
  }
}

/** Hard-links every file of `from` into `to`, folders made as needed. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else linkSync(source, target);
  }
}

/**
 * A cached bundle into the build: hard links, so a warm rebuild copies no
 * bytes (a tenth of the time for its hundred-odd files); a copy where links
 * cannot be made, say across file systems. Safe because nothing writes into
 * a bundle's files once they are in place: the lexicon, written next, is a
 * file of its own that no cached bundle holds.
 */
function restoreBundle(cached: string, outputPath: string): void {
  try {
    linkTree(cached, outputPath);
  } catch {
    rmSync(outputPath, { recursive: true, force: true });
    cpSync(cached, outputPath, { recursive: true });
  }
}

/**
 * The bundle for `input` in `outputPath`: linked from the cache when the same
 * input was indexed before (a warm rebuild starts no Pagefind), else built
 * and kept in place of the previous entry. Returns whether it was cached.
 */
async function bundleFor(input: IndexInput, outDir: string, cacheDir: string): Promise<boolean> {
  const outputPath = join(outDir, BUNDLE_DIR);
  const key = indexKey(input);
  const cached = join(cacheDir, key);
  if (existsSync(cached)) {
    try {
      restoreBundle(cached, outputPath);
      return true;
    } catch {
      // Pruned by another build sharing the cache while it was being restored: build it instead.
      rmSync(outputPath, { recursive: true, force: true });
    }
  }
  await writeIndexes(input, outDir);
  // Copied aside, then renamed: a build reading the cache never sees half an entry.
  const temporary = `${cached}.${process.pid}.tmp`;
  cpSync(outputPath, temporary, { recursive: true });
  for (const entry of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (entry !== basename(temporary))
      rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  renameSync(temporary, cached);
  return false;
}

/** Builds the index (or reads it from the cache) and writes the bundles and their lexicons; returns what was indexed. */
export async function buildSearchIndex({
  outDir,
  base,
  logger,
  cacheDir = INDEX_CACHE_DIR,
}: IndexOptions) {
  const started = performance.now();
  try {
    const content = readSearchInput(outDir);
    const input: IndexInput = { records: [], pages: [], renderings: {} };
    const marked = new Map<string, ResultParagraph[]>();
    const transcripts: Record<string, TranscriptInfo> = {};
    for (const transcript of content.transcripts) {
      transcripts[transcript.slug] = {
        title: transcript.title,
        place: transcript.place,
        date: formatDate(new Date(`${transcript.date}T00:00:00Z`)),
        publisher: transcript.description.publisher.shortName,
        language: transcript.language,
        spoken: spokenLanguages(transcript.description),
      };
      const speakers = new Map(
        transcript.speakers.map((s) => [s.id, { name: s.name, shortName: s.shortName }]),
      );
      const customs = paragraphRecords(transcript, speakers, base);
      for (const record of renderingRecords(transcript, speakers, base))
        (input.renderings[record.language] ??= []).push(record);
      for (const [i, custom] of customs.entries()) {
        input.records.push(custom);
        for (const note of transcript.paragraphs[i]!.notes) {
          marked.set(note, [
            ...(marked.get(note) ?? []),
            resultParagraph(custom.url, custom.meta ?? {}),
          ]);
        }
      }
    }
    for (const file of notePages(outDir)) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(BODY_MARKER)) {
        // A list of notes, say: it marks no text of its own, so it stays out of the index.
        logger.info(`${relative(outDir, file)} has no ${BODY_MARKER}; not indexed`);
        continue;
      }
      input.pages.push({
        url: servedPath(relative(outDir, file).split(sep).join('/'), base),
        content: separateBlocks(html),
      });
    }
    const outputPath = join(outDir, BUNDLE_DIR);
    const recordPath = join(outDir, RECORD_BUNDLE_DIR);
    const cached = await bundleFor(input, outDir, cacheDir);
    const texts = input.records.map((record) => record.content);
    const languages = Object.keys(input.renderings).sort();
    writeLexicon([outputPath, recordPath], {
      base,
      paragraphs: texts,
      variants: content.variants,
      translations: content.translations,
      marked,
      transcripts,
      languages,
    });
    const ms = Math.round(performance.now() - started);
    const shown = outputPath.startsWith(process.cwd())
      ? relative(process.cwd(), outputPath)
      : outputPath;
    const records = input.records.length;
    const notes = input.pages.length;
    const renderings = languages
      .map((language) => `${input.renderings[language]!.length} renderings in ${language}`)
      .join(', ');
    logger.info(
      `${cached ? 'Read from the cache' : 'Indexed'}: ${records} paragraphs and ${notes} note pages${renderings ? `, ${renderings}` : ''}, in ${ms} ms → ${shown}`,
    );
    return { records, notes, ms, cached };
  } catch (error) {
    throw new Error('Building the search index failed', { cause: error });
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** The Astro integration: index on `astro:build:done`, serve the last build's index in `astro dev`. */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'tx:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = withBase(`${BUNDLE_DIR}/`, base);
        const bundle = join(outDir, BUNDLE_DIR);
        let warned = false;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = join(bundle, decodeURIComponent(url.slice(prefix.length)));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            if (!warned)
              logger.warn(
                `No search index in ${bundle}: run \`npm run build\` once for search to work in \`astro dev\`.`,
              );
            warned = true;
            res.statusCode = 404;
            res.end('No search index: run `npm run build` to build it, then reload.');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex({ outDir: fileURLToPath(dir), base, logger });
      },
    },
  };
}
