/**
 * Quote cards kept between builds, by content hash: a card whose words,
 * attribution, size and drawing code are unchanged is read back instead of
 * drawn again (drawing is most of a build's time: one card per paragraph).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_DIR } from './build-cache.ts';
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
  const fields = JSON.stringify(content, Object.keys(content).sort());
  return createHash('sha256').update(JSON.stringify([drawingVersion, CARD_WIDTH, CARD_HEIGHT, fields])).digest('hex');
}

/** The cached card, or undefined when it is missing or not a whole PNG of the card's size. */
function readCard(file: string): Uint8Array<ArrayBuffer> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return isCompletePng(bytes, CARD_WIDTH, CARD_HEIGHT) ? new Uint8Array(bytes) : undefined;
}

/** Writes to a temporary name, then renames: a reader never sees half a card, even with builds side by side. */
function writeCard(dir: string, file: string, png: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
}

/** The card's PNG: from the cache when there, else drawn and kept. */
export async function cachedCard(content: CardContent, { dir, drawingVersion, draw }: CardCacheOptions): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${cardKey(content, drawingVersion)}.png`);
  const cached = readCard(file);
  if (cached) return cached;
  const png = await draw(content);
  writeCard(dir, file, png);
  return png;
}
