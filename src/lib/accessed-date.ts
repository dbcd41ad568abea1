/**
 * The accessed date in the BibTeX and CSL-JSON citations. They are generated
 * at build time with the build day; the browser moves them to the reader's
 * day, which is when the reader accessed the page. (APA, Chicago and MLA print
 * no accessed date for a dated, unchanging text.) Pure, for the browser script.
 */

/** `YYYY-MM-DD` of a date in the reader's own time zone. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** BibTeX from Citation.js with `[Online; accessed <from>]` changed to `<to>` (both `YYYY-MM-DD`). */
export function bibtexAccessed(bibtex: string, from: string, to: string): string {
  return bibtex.replace(`accessed ${from}]`, `accessed ${to}]`);
}

/** CSL-JSON (Citation.js's two-space layout) with every item's `accessed` set to `to` (`YYYY-MM-DD`). */
export function cslAccessed(json: string, to: string): string {
  const items = JSON.parse(json) as Record<string, unknown>[];
  const [y, m, d] = to.split('-').map(Number);
  for (const item of items) {
    if ('accessed' in item) item['accessed'] = { 'date-parts': [[y, m, d]] };
  }
  return JSON.stringify(items, null, 2);
}
