/** What the production build produced, for tests that visit every page. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const OUT_DIR = resolve(process.env['OUT_DIR'] ?? 'dist');

/** The configured base path ("/" or "/sub/"), as the pages were built with. */
export const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** Site paths of every HTML page in the build (`/`, `/transcripts/…/`), the 404 page excluded. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(OUT_DIR, dir).split(sep).join('/');
        pages.push(BASE + (rel ? `${rel}/` : ''));
      }
    }
  };
  walk(OUT_DIR);
  return pages.sort();
}
