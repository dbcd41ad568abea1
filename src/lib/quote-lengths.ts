/**
 * How many characters of the record each place quotes (ellipsis included),
 * in one place so the lengths can be compared and changed together. Every
 * quote is cut by trimQuote (quote.ts) or excerptAround (editorial.ts) at
 * whole words, never mid-word.
 */

/**
 * The share page's og:title / twitter:title (src/pages/q/[slug]/[id].astro):
 * chat apps and social networks cut link-preview titles at about 100–120
 * characters, so the quote ends on our "…" rather than theirs.
 */
export const SHARE_TITLE_QUOTE_CHARS = 110;

/**
 * The share page's meta description (src/pages/q/[slug]/[id].astro): search
 * results show about 160 characters of a description, and the attribution
 * line that follows the quote should still be read with it.
 */
export const SHARE_DESCRIPTION_QUOTE_CHARS = 160;

/**
 * A paragraph link's quote by default (src/components/notes/ParagraphLink.astro,
 * as on a note page's "Cited paragraphs"): two or three lines in the page's
 * column, enough to recognise the passage and the phrase a note stands on.
 */
export const PARAGRAPH_LINK_QUOTE_CHARS = 160;

/**
 * A person page's paragraph links (src/pages/people/[slug].astro): shorter
 * than the default because a page lists every turn of the person, and the
 * list should stay scannable.
 */
export const PERSON_PAGE_QUOTE_CHARS = 140;

/**
 * A highlight on the home page (src/pages/index.astro): a pull quote of about
 * four lines, long enough to carry one argument of the speaker.
 */
export const HIGHLIGHT_QUOTE_CHARS = 220;

/**
 * The quote on a paragraph's 1200×630 PNG card (src/lib/quote-card.ts) and in
 * the card image's alt text on its share page: at the smallest type size the
 * card uses, about six lines fit above the attribution.
 */
export const CARD_QUOTE_MAX_CHARS = 290;

/**
 * The example quote in the check's empty field (src/pages/check.astro): one
 * line of a phone's field, a sentence or so.
 */
export const CHECK_EXAMPLE_CHARS = 90;
