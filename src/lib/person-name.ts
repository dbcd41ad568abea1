/**
 * Where a person's family name (`shortName`) stands in the full name: last in
 * "Vladimir Putin", first in "Xi Jinping". Pure; the people schema and the
 * citations read it.
 */

/** `family-last`, `family-first`, or null when the short name is a whole word at neither end of the name. */
export function familyNameOrder(
  name: string,
  shortName: string,
): 'family-last' | 'family-first' | null {
  if (name === shortName || name.endsWith(` ${shortName}`)) return 'family-last';
  if (name.startsWith(`${shortName} `)) return 'family-first';
  return null;
}
