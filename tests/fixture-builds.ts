/**
 * The fixture sites the tests read: each a real `astro build`, made once and
 * read by every test file that needs it (integration and dist checks, browser
 * tests). A build is named by a hash of all it is made from: every file of the
 * project except the test specs and what builds and tests write (so its
 * content, src, build plugins, config and lock file), the Node version, the
 * fixture's name and environment. Change any of them and the next read builds
 * afresh; an old build is removed, never read. `npm run build:fixtures` builds
 * them all before the tests; a test run alone builds what it reads.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { contentHash } from '../src/lib/build-cache.ts';
import { addNoteAndTimeline, ANNOTATED_PHRASE } from './annotated-content.ts';
import { ROOT, astroBuild, relock } from './astro-build.ts';
import { exclusively } from './lock.ts';
import { writeArchiveContent } from './fixture-archive.ts';
import { ESCAPED_RECORD, LONG_PARAGRAPH, fixtureContent } from './fixture-content.ts';

/** What a fixture site is made of: its content folder, written into `dir`, and the build's environment. */
interface FixtureSite {
  content: (dir: string) => void | Promise<void>;
  env: Record<string, string>;
}

/** A published address (not one reserved for examples), for which a build refuses the example contact. */
export const PUBLISHED_SITE = 'https://owner.github.io';

const FIXTURE_SITES = {
  /** The fixture archive of several records (tests/fixture-archive.ts). */
  archive: { content: writeArchiveContent, env: {} },
  /**
   * The sample record with what is hard to render: characters MDX needs
   * escaped, a 3,000-word paragraph, and an annotated phrase with its note and
   * a timeline entry, each edit in its own paragraph; built for a published
   * address, which the fixture's real contact allows.
   */
  'hard-content': {
    content: async (dir) => {
      const edited = fixtureContent(
        ESCAPED_RECORD.edit,
        ESCAPED_RECORD.source,
        LONG_PARAGRAPH.edit,
        LONG_PARAGRAPH.source,
        ANNOTATED_PHRASE,
      );
      cpSync(edited, dir, { recursive: true });
      rmSync(edited, { recursive: true, force: true });
      addNoteAndTimeline(dir, 'context');
      await relock(dir);
    },
    env: { SITE_URL: PUBLISHED_SITE },
  },
  /**
   * The site's own content published under a sub-path, as the GitHub Pages
   * workflow builds a project site (BASE_PATH as configure-pages gives it, no
   * trailing slash), with a real contact as a publisher would set it.
   */
  subpath: {
    content: (dir) => {
      cpSync(join(ROOT, 'content'), dir, { recursive: true });
      const siteYaml = join(dir, 'site.yaml');
      writeFileSync(
        siteYaml,
        readFileSync(siteYaml, 'utf8').replace(
          'mailto:corrections@example.org',
          'mailto:editors@moscow-record.eu',
        ),
      );
    },
    env: { BASE_PATH: '/meeting', SITE_URL: 'https://example.github.io' },
  },
} satisfies Record<string, FixtureSite>;

export type FixtureName = keyof typeof FIXTURE_SITES;

/** A finished fixture build. */
export interface FixtureBuild {
  /** The built site. */
  dist: string;
  /** What the build printed. */
  output: string;
}

const FIXTURES_DIR = join(ROOT, '.builds', 'fixtures');

// Not inputs of a build: dependencies (package-lock.json stands for them), git, what builds and tests write
// (as .gitignore lists it), the test specs, which read builds but do not make them, and the maintainers' docs.
const NOT_INPUTS = new Set(['node_modules', '.git']);
const ROOT_NOT_INPUTS = new Set([
  ...[
    'dist',
    '.astro',
    '.builds',
    'screenshots',
    'test-results',
    'playwright-report',
    'bench-results',
  ],
  ...['tests/unit', 'tests/integration', 'tests/dist', 'tests/e2e'],
  ...['README.md', 'docs'],
]);

/** The files of the project at `root` that a build may read, relative to `root`, sorted. */
function inputFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        !NOT_INPUTS.has(entry.name) &&
        !ROOT_NOT_INPUTS.has(relative(root, join(dir, entry.name))) &&
        !entry.name.endsWith('.log'),
    )
    .flatMap((entry) =>
      entry.isDirectory()
        ? inputFiles(root, join(dir, entry.name))
        : entry.isFile()
          ? [relative(root, join(dir, entry.name))]
          : [],
    )
    .sort();
}

/** A hash of every file of the project at `root` that a build may read, path and bytes: it changes when any of them does. */
export function inputsHash(root: string): string {
  return contentHash(...inputFiles(root).flatMap((file) => [file, readFileSync(join(root, file))]));
}

/** The name of a fixture's build: its name, environment, the Node version and the project's inputs. */
const buildKey = (name: FixtureName): string =>
  contentHash(
    name,
    JSON.stringify(FIXTURE_SITES[name].env),
    process.version,
    inputsHash(ROOT),
  ).slice(0, 16);

/** Builds a fixture into `home`, through a work folder renamed only once the build has succeeded; throws with its output otherwise. */
async function build(name: FixtureName, home: string): Promise<void> {
  // Inside the project: Astro keeps prerender chunks next to an outDir within the working directory.
  const work = mkdtempSync(`${home}.`);
  const content = join(work, 'content');
  mkdirSync(content);
  await FIXTURE_SITES[name].content(content);
  const { status, output } = await astroBuild({
    ...FIXTURE_SITES[name].env,
    CONTENT_DIR: content,
    OUT_DIR: join(work, 'dist'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
  });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  if (status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`The ${name} fixture build failed:\n${output}`);
  }
  writeFileSync(join(work, 'build.log'), output);
  // Older builds of this fixture, and work folders a stopped run left, go before this one takes its name.
  const ofThisFixture = new RegExp(`^${name}-[0-9a-f]{16}(\\.|$)`);
  for (const old of readdirSync(FIXTURES_DIR))
    if (ofThisFixture.test(old) && join(FIXTURES_DIR, old) !== work)
      rmSync(join(FIXTURES_DIR, old), { recursive: true, force: true });
  renameSync(work, home);
}

/** Reads, or first makes, the build of a fixture for the inputs of now; one process at a time per fixture. */
function readOrBuild(name: FixtureName): Promise<FixtureBuild> {
  return exclusively(join(FIXTURES_DIR, `${name}.lock`), async () => {
    const home = join(FIXTURES_DIR, `${name}-${buildKey(name)}`);
    if (!existsSync(join(home, 'build.log'))) await build(name, home);
    return { dist: join(home, 'dist'), output: readFileSync(join(home, 'build.log'), 'utf8') };
  });
}

const reading = new Map<FixtureName, Promise<FixtureBuild>>();

/** The build of a fixture site whose inputs are those of now: the one made before, or a new one. */
export function fixtureBuild(name: FixtureName): Promise<FixtureBuild> {
  const pending = reading.get(name) ?? readOrBuild(name);
  reading.set(name, pending);
  return pending;
}

/** Builds every fixture site whose inputs changed since its last build (`npm run build:fixtures`), one after another. */
export async function buildFixtures(): Promise<void> {
  for (const name of Object.keys(FIXTURE_SITES) as FixtureName[]) {
    const started = performance.now();
    await fixtureBuild(name);
    console.log(`fixture ${name}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
