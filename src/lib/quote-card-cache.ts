/**
 * Quote cards kept between builds, by content hash: a card whose words,
 * attribution, size and drawing code are unchanged is read back instead of
 * drawn again (drawing is most of a build's time: one card per paragraph).
 */
import { join, resolve } from 'node:path';
import { CACHE_DIR, contentHash, readCacheEntry, writeCacheEntry } from './build-cache.ts';
import { isCompletePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent } from './quote-card.ts';

/** The cards' folder inside Astro's cache folder. */
export const CARD_CACHE_DIR = resolve(CACHE_DIR, 'quote-cards');

export interface CardCacheOptions {
  /** Folder the cards are kept in. */
  dir: string;
  /** Changes whenever the same content would be drawn differently (code, fonts, libraries): see card-drawing-version.ts. */
  drawingVersion: string;
  /** Draws a card that is not in the cache. */
  draw: (content: CardContent) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The hash that names a card: every content field (keys sorted, so a new field counts too), the size, the drawing version. */
export function cardKey(content: CardContent, drawingVersion: string): string {
  return contentHash(
    drawingVersion,
    `${CARD_WIDTH}×${CARD_HEIGHT}`,
    JSON.stringify(content, Object.keys(content).sort()),
  );
}

/** The card's PNG: from the cache when there as a whole PNG of the card's size, else drawn and kept. */
export async function cachedCard(
  content: CardContent,
  { dir, drawingVersion, draw }: CardCacheOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${cardKey(content, drawingVersion)}.png`);
  const cached = readCacheEntry(file);
  if (cached && isCompletePng(cached, CARD_WIDTH, CARD_HEIGHT)) return new Uint8Array(cached);
  const png = await draw(content);
  writeCacheEntry(file, png);
  return png;
}
