/**
 * The quote cards' drawing version, computed rather than bumped by hand so a
 * change can never serve a stale card: a hash of the drawing code's source
 * (bundled as text by Vite at build time), the font files, and the versions of
 * satori and resvg.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cardSource from './quote-card.ts?raw';
import quoteSource from './quote.ts?raw';
import { cardFonts } from './quote-card.ts';

let version: string | undefined;

/** Hex hash of everything besides a card's content that decides its pixels; computed once per build. */
export function cardDrawingVersion(): string {
  if (version) return version;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const hash = createHash('sha256').update(cardSource).update(quoteSource);
  for (const font of cardFonts()) hash.update(`${font.name} ${font.weight} ${font.style}`).update(font.data);
  for (const library of ['satori', '@resvg/resvg-js']) {
    const { version: libraryVersion } = JSON.parse(readFileSync(require.resolve(`${library}/package.json`), 'utf8')) as { version: string };
    hash.update(`${library}@${libraryVersion}`);
  }
  version = hash.digest('hex');
  return version;
}
