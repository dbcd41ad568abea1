/**
 * Astro's cache folder (`cacheDir` in astro.config.mjs): `ASTRO_CACHE_DIR` for
 * fixture and benchmark builds, else Astro's own default. One constant, so the
 * config and the build steps that keep files there agree on where it is.
 */
export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';
