/**
 * Dates in content files are checked on the raw text, before any YAML parser
 * turns them into Date objects: js-yaml (Astro's parser) reads `2022-02-30`
 * as a timestamp and rolls it over to 2 March, so a schema sees only a valid
 * date. Here the `yaml` package parses with its core schema (no timestamps),
 * every value of a `date`, `accessed` or `dates` key stays the string written,
 * and a LineCounter gives its line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { ContentError } from './content-error.ts';

/** Keys whose value is one day (`date`, `accessed`) or a list of days (`dates`). */
const DAY_KEYS = new Set(['date', 'accessed']);
const DAY_LIST_KEYS = new Set(['dates']);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * What is wrong with a day written as `YYYY-MM-DD`, or null when it is a real
 * day of the calendar. Pure; used by the content checks and their tests.
 */
export function dayProblem(value: string): string | null {
  const match = ISO_DAY.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY-MM-DD (e.g. 2022-02-22)`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `"${value}" is not a date: there is no month ${match[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `"${value}" is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return null;
}

/** The written form of a scalar (quotes removed), or null for anything else. */
const scalarText = (node: unknown): string | null =>
  isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : null;

/**
 * Checks every `date`, `accessed` and `dates` value of a YAML text. Throws a
 * ContentError at `file:line` for the first day that is malformed or does not
 * exist. `firstLine` is the file line of the text's first line (2 for
 * frontmatter after its opening `---`).
 */
export function checkYamlDates(text: string, file: string, firstLine = 1): void {
  const lineCounter = new LineCounter();
  // The core schema has no timestamp type: dates stay the strings written.
  const doc = parseDocument(text, { schema: 'core', lineCounter });
  checkDocumentDates(doc, lineCounter, file, firstLine);
}

/**
 * checkYamlDates on a document already parsed with the core schema and a
 * LineCounter, so a file read for its schema too is parsed once.
 */
export function checkDocumentDates(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  firstLine = 1,
): void {
  const lineOf = (node: Node): number =>
    node.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : 0;
  const check = (node: Node, key: string): void => {
    const written = scalarText(node);
    const problem =
      written === null ? 'expected a date of the form YYYY-MM-DD' : dayProblem(written.trim());
    if (problem) throw new ContentError(file, lineOf(node), `${key}: ${problem}`);
  };
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.value === null || pair.value === undefined) return;
      const key = String(pair.key.value);
      const value = pair.value as Node;
      if (DAY_KEYS.has(key)) {
        check(value, key);
      } else if (DAY_LIST_KEYS.has(key)) {
        if (!isSeq(value))
          throw new ContentError(
            file,
            lineOf(value),
            `${key}: expected a list of dates (YYYY-MM-DD)`,
          );
        for (const item of value.items) check(item as Node, key);
      }
    },
  });
}

/** The frontmatter of a Markdown/MDX text (between its opening and closing `---`), or null. */
export function frontmatterOf(text: string): string | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return match ? match[1]! : null;
}

/** Checks the dates of one content file: a YAML file whole, a Markdown/MDX file's frontmatter. */
export function checkFileDates(path: string, root = process.cwd()): void {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  if (/\.ya?ml$/.test(path)) {
    checkYamlDates(text, file);
    return;
  }
  const frontmatter = frontmatterOf(text);
  if (frontmatter !== null) checkYamlDates(frontmatter, file, 2);
}
