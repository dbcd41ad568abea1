/**
 * The 1200×630 PNG quote card of a paragraph, drawn at build time: satori
 * lays out the card and turns its text into SVG paths with Source Serif 4
 * (from @fontsource, read from node_modules: no network), resvg rasterises it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { trimQuote } from './quote.ts';
import { CARD_QUOTE_MAX_CHARS } from './quote-lengths.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** The paragraph's words (trimmed here to fit). */
  text: string;
  /** Who said them. */
  who: string;
  /** The speaker's office, when the words are a speaker's. */
  role?: string | undefined;
  /**
   * For a speaker's words, whose English they are ("English translation: AZERTAC"):
   * a card is often seen without its page, so it says so itself. Null for the publisher's own lines.
   */
  translation: string | null;
  place: string;
  /** Date as displayed. */
  date: string;
  /** Paragraph number. */
  n: number;
  /** The site's name. */
  site: string;
}

const BORDER = 16;
const PADDING_X = 72;
/** Width inside the accent border and the side padding. */
const INNER_WIDTH = CARD_WIDTH - BORDER - 2 * PADDING_X;

const COLORS = {
  paper: '#fdfcf8',
  ink: '#1b1a17',
  muted: '#5b5850',
  rule: '#dcd6c6',
  accent: '#8a2a1f',
} as const;

type FontWeight = 400 | 600;
export interface Font {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

let fonts: Font[] | undefined;

/** The card's fonts: Source Serif 4 (SIL OFL), Latin and Latin Extended, regular and semibold; satori reads WOFF, not WOFF2. */
export function cardFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (subset: string, weight: FontWeight): Font => ({
    name: 'Source Serif 4',
    data: readFileSync(
      require.resolve(
        `@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`,
      ),
    ),
    weight,
    style: 'normal',
  });
  fonts = [file('latin', 400), file('latin', 600), file('latin-ext', 400), file('latin-ext', 600)];
  return fonts;
}

/** A satori element: the shape React elements have, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const h = (
  type: string,
  style: Record<string, string | number>,
  ...children: (Node | string)[]
): Node => ({
  type,
  props: { style, children },
});

/** Smaller type for longer quotes, so every card holds its quote in at most about six lines. */
export function quoteFontSize(quote: string): number {
  if (quote.length <= 80) return 62;
  if (quote.length <= 140) return 52;
  if (quote.length <= 190) return 46;
  if (quote.length <= 240) return 40;
  return 36;
}

/**
 * The card's layout: an accent bar; the opening quote mark with the site's
 * name opposite; the quote; a rule; who said it, their office, where and
 * when, and whose translation the English is.
 */
export function cardTree(content: CardContent): Node {
  const quote = trimQuote(content.text, CARD_QUOTE_MAX_CHARS);
  const muted = { display: 'flex', fontSize: 24, color: COLORS.muted, marginTop: 4 };
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: COLORS.paper,
      fontFamily: 'Source Serif 4',
      color: COLORS.ink,
    },
    h('div', { width: BORDER, height: CARD_HEIGHT, background: COLORS.accent }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        padding: `44px ${PADDING_X}px 40px`,
      },
      h(
        'div',
        { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', height: 78 },
        h(
          'div',
          { display: 'flex', fontSize: 120, lineHeight: 1, color: COLORS.accent, fontWeight: 600 },
          '“',
        ),
        h(
          'div',
          { display: 'flex', fontSize: 24, fontWeight: 600, color: COLORS.accent, marginTop: 14 },
          content.site,
        ),
      ),
      h(
        'div',
        {
          display: 'flex',
          width: INNER_WIDTH,
          flexGrow: 1,
          fontSize: quoteFontSize(quote),
          lineHeight: 1.28,
          letterSpacing: '-0.01em',
        },
        `${quote}”`,
      ),
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexShrink: 0,
          borderTop: `2px solid ${COLORS.rule}`,
          paddingTop: 20,
        },
        h('div', { display: 'flex', fontSize: 34, fontWeight: 600 }, content.who),
        ...(content.role ? [h('div', muted, content.role)] : []),
        h('div', muted, `${content.place}, ${content.date} · paragraph ${content.n}`),
        ...(content.translation
          ? [h('div', { ...muted, color: COLORS.accent, fontWeight: 600 }, content.translation)]
          : []),
      ),
    ),
  );
}

/** The card as PNG bytes. */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded only to draw: a build whose cards all come from the cache never pays for satori's start-up.
  const [{ default: satori }, { Resvg }] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
  ]);
  // satori's types expect a ReactNode; our element objects have the same shape.
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return Uint8Array.from(png);
}
