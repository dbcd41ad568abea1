/**
 * Reads a YAML content file of our own (the site configuration, the
 * corrections log) with the `yaml` package's core schema, so dates stay the
 * strings written, and validates it with a zod schema. A problem becomes a
 * ContentError at the line of the offending value.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { ContentError } from './content-error.ts';
import { checkDocumentDates } from './content-dates.ts';
import type { z } from 'astro/zod';

/**
 * Parses and validates YAML text. `file` names it in errors; `firstLine` is
 * the file line of the text's first line (2 for frontmatter after its
 * opening `---`). One parse serves three checks, in order: the YAML syntax,
 * the dates as written (checkDocumentDates), then the schema; the error names
 * the line of the first value the schema refuses, or of the first key it does
 * not know.
 */
export function parseYamlContent<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  firstLine = 1,
): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const [syntax] = doc.errors;
  if (syntax)
    throw new ContentError(
      file,
      (syntax.linePos?.[0].line ?? 0) + firstLine - 1,
      `YAML syntax error: ${syntax.message.split('\n')[0]}`,
    );
  checkDocumentDates(doc, lineCounter, file, firstLine);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? []) as (string | number)[];
  if (issue?.code === 'unrecognized_keys') {
    const key = keyNode(doc.getIn(path, true), issue.keys[0]);
    throw new ContentError(
      file,
      key?.range ? lineAt(key.range[0]) : 0,
      `${path.length > 0 ? `${path.join('.')}: ` : ''}${issue.message}`,
    );
  }
  // The deepest node of the path that exists: a missing field points at its parent.
  let line = 0;
  for (let depth = path.length; depth >= 0 && line === 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node?.range) line = lineAt(node.range[0]);
  }
  // Zod's own words for a missing field ("Invalid input: expected string, received undefined") say what, not how to fix it.
  const missing =
    issue?.code === 'invalid_type' && !doc.hasIn(path) && issue.message.startsWith('Invalid input');
  throw new ContentError(
    file,
    line,
    `${path.join('.') || 'file'}: ${missing ? `missing; add it (expected ${issue.expected})` : (issue?.message ?? 'invalid')}`,
  );
}

/** The key node named `key` of a YAML mapping, for the line of an unknown key. */
function keyNode(map: unknown, key: string | undefined): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair?.key as Node | undefined;
}

/** Reads and validates a YAML content file; errors name it relative to `root`. */
export function readYamlContent<S extends z.ZodType>(
  path: string,
  schema: S,
  root = process.cwd(),
): z.output<S> {
  return parseYamlContent(readFileSync(path, 'utf8'), relative(root, path), schema);
}
