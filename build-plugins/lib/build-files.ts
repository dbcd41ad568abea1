/** The files of a build folder and the site paths they are served at (shared by the build integrations and the tests). */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every file under a folder, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      `${entry.parentPath}${sep}${entry.name}`
        .slice(dir.replace(/[\\/]$/, '').length + 1)
        .split(sep)
        .join('/'),
    );
}
