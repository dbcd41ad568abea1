/** `/q/<slug>/<id>.png`: the 1200×630 quote card of one paragraph, drawn at build time (or read back from the card cache). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardDrawingVersion } from '~/lib/card-drawing-version';
import { renderCard, type CardContent } from '~/lib/quote-card';
import { CARD_CACHE_DIR, cachedCard } from '~/lib/quote-card-cache';
import { getSharedParagraphs, type SharedParagraph } from '~/lib/share-entries';
import { SITE } from '~/lib/site';

export const getStaticPaths = (async () =>
  (await getSharedParagraphs()).map((shared) => ({
    params: { slug: shared.context.entry.id, id: shared.paragraph.id },
    props: { shared },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shared: SharedParagraph }> = async ({ props }) => {
  const { paragraph, person, attribution } = props.shared;
  const content: CardContent = {
    text: paragraph.text,
    who: attribution.who,
    role: person?.data.role,
    translation: attribution.translation,
    place: attribution.place,
    date: attribution.date,
    n: paragraph.n,
    site: SITE.name,
  };
  const png = await cachedCard(content, {
    dir: CARD_CACHE_DIR,
    drawingVersion: cardDrawingVersion(),
    draw: renderCard,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
