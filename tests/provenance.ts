/**
 * The one difference allowed between our untouched copy of the source
 * (content/sources/) and the record the site shows. The copy's first line
 * starts with "date 2022-02-22 ": page metadata captured with the text, not
 * the agency's words (the same prefix stands before other agencies' texts
 * captured the same way). The record shows the agency's dateline, from
 * "Moscow" on; About says what was left out and why. Every fidelity check
 * applies this exception and no other, and fails if the copy no longer has it.
 */
export const CAPTURED_METADATA = { paragraph: 0, prefix: 'date 2022-02-22 ' } as const;

/** The provenance paragraphs as the record must show them: the captured metadata removed, nothing else changed. */
export function expectedRecord(provenance: readonly string[]): string[] {
  const expected = [...provenance];
  const first = expected[CAPTURED_METADATA.paragraph];
  if (first === undefined || !first.startsWith(CAPTURED_METADATA.prefix)) {
    throw new Error(`the provenance copy no longer starts with the captured metadata "${CAPTURED_METADATA.prefix}": update tests/provenance.ts and About`);
  }
  expected[CAPTURED_METADATA.paragraph] = first.slice(CAPTURED_METADATA.prefix.length);
  return expected;
}
