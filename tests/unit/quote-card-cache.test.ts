import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cardDrawingVersion } from '~/lib/card-drawing-version';
import { pngSize } from '~/lib/png';
import { renderCard } from '~/lib/quote-card';
import { SPEAKER_CARD } from '../card-content.ts';
import { cachedCard, cardKey } from '~/lib/quote-card-cache';

const CONTENT = SPEAKER_CARD;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A renderer that counts its calls and draws the real card. */
const counting = () => vi.fn(renderCard);

// Each test draws real cards (satori + resvg), slow on a shared machine; the tests count draws, not time.
describe('the quote card cache', { timeout: 60_000 }, () => {
  test('the same content and drawing version is read back without drawing again, byte for byte', async () => {
    const draw = counting();
    const first = await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    const second = await cachedCard({ ...CONTENT }, { dir, drawingVersion: 'v1', draw });
    expect(draw).toHaveBeenCalledTimes(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(pngSize(second)).toEqual({ width: 1200, height: 630 });
  });

  test('changed words, attribution or paragraph number draw a new card', async () => {
    const draw = counting();
    await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    await cachedCard({ ...CONTENT, text: 'This is true.' }, { dir, drawingVersion: 'v1', draw });
    await cachedCard({ ...CONTENT, translation: null }, { dir, drawingVersion: 'v1', draw });
    await cachedCard({ ...CONTENT, n: 13 }, { dir, drawingVersion: 'v1', draw });
    expect(draw).toHaveBeenCalledTimes(4);
  });

  test('a changed drawing version draws again', async () => {
    const draw = counting();
    await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    await cachedCard(CONTENT, { dir, drawingVersion: 'v2', draw });
    expect(draw).toHaveBeenCalledTimes(2);
  });

  test('a truncated or corrupt cached card is drawn again and replaced', async () => {
    const draw = counting();
    const good = await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    const file = join(dir, `${cardKey(CONTENT, 'v1')}.png`);
    writeFileSync(file, Buffer.from(good).subarray(0, 1000));
    const redrawn = await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    expect(draw).toHaveBeenCalledTimes(2);
    expect(Buffer.from(redrawn).equals(Buffer.from(good))).toBe(true);
    writeFileSync(file, 'not a png');
    await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw });
    expect(draw).toHaveBeenCalledTimes(3);
  });

  test('leaves only whole cards in its folder, no temporary files', async () => {
    await cachedCard(CONTENT, { dir, drawingVersion: 'v1', draw: counting() });
    expect(readdirSync(dir)).toEqual([`${cardKey(CONTENT, 'v1')}.png`]);
  });

  test('the drawing version is a hash of the drawing code, fonts and libraries, stable within a build', () => {
    expect(cardDrawingVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(cardDrawingVersion()).toBe(cardDrawingVersion());
  });
});
