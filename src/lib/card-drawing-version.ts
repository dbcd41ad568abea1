/**
 * The quote cards' drawing version, computed rather than bumped by hand so a
 * change can never serve a stale card: a hash of the drawing code's source
 * (bundled as text by Vite at build time), the font files, and the versions of
 * satori and resvg.
 */
import { contentHash, packageVersion } from './build-cache.ts';
import cardSource from './quote-card.ts?raw';
import quoteSource from './quote.ts?raw';
import { cardFonts } from './quote-card.ts';

let version: string | undefined;

/** Hex hash of everything besides a card's content that decides its pixels; computed once per build. */
export function cardDrawingVersion(): string {
  version ??= contentHash(
    cardSource,
    quoteSource,
    ...cardFonts().flatMap((font) => [`${font.name} ${font.weight} ${font.style}`, font.data]),
    ...['satori', '@resvg/resvg-js'].map((library) => `${library}@${packageVersion(library)}`),
  );
  return version;
}
