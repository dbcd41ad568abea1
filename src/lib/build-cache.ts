/**
 * Files kept between builds in Astro's cache folder, named by a hash of
 * everything that decides their content, so an unchanged result is read back
 * instead of computed again. A missing or unreadable entry is simply computed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Astro's cache folder (`cacheDir` in astro.config.mjs): `ASTRO_CACHE_DIR` for
 * fixture and benchmark builds, else Astro's own default. One constant, so the
 * config and the build steps that keep files there agree on where it is.
 */
export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';

/** Hex SHA-256 of the parts, in order (each part delimited, so `['ab', 'c']` ≠ `['a', 'bc']`). */
export function contentHash(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(String(part.length)).update(':').update(part);
  return hash.digest('hex');
}

/** An installed package's version, from its package.json, for cache keys that depend on a library's output. */
export function packageVersion(name: string): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  // Resolve the entry point, then walk up to the package's own package.json: some packages do not export it.
  // A package with no CommonJS entry (Pagefind's is `import` only) is looked up by its folder instead.
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    dir = dirname(
      require.resolve
        .paths(name)!
        .map((modules) => join(modules, name, 'package.json'))
        .find((file) => existsSync(file)) ?? name,
    );
  }
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No package.json at this level: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`packageVersion: no package.json with a version found for "${name}"`);
    dir = parent;
  }
}

/** A cache entry's bytes, or undefined when it is missing or unreadable. */
export function readCacheEntry(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes to a temporary name, then renames: a reader never sees half an entry, even with builds side by side. */
export function writeCacheEntry(file: string, data: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
