/**
 * Reads a YAML content file of our own (the site configuration, the
 * corrections log) with the `yaml` package's core schema, so dates stay the
 * strings written, and validates it with a zod schema. A problem becomes a
 * ContentError at the line of the offending value.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { ContentError } from './content-error.ts';
import { checkYamlDates } from './content-dates.ts';
import type { z } from 'astro/zod';

/**
 * Parses and validates YAML text. `file` names it in errors. Dates are
 * checked first (checkYamlDates), then the schema; the error names the line
 * of the first value the schema refuses.
 */
export function parseYamlContent<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  checkYamlDates(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter });
  const [syntax] = doc.errors;
  if (syntax) throw new ContentError(file, syntax.linePos?.[0].line ?? 0, `YAML syntax error: ${syntax.message.split('\n')[0]}`);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? []) as (string | number)[];
  // The deepest node of the path that exists: a missing field points at its parent.
  let line = 0;
  for (let depth = path.length; depth >= 0 && line === 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node?.range) line = lineCounter.linePos(node.range[0]).line;
  }
  throw new ContentError(file, line, `${path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
}

/** Reads and validates a YAML content file; errors name it relative to `root`. */
export function readYamlContent<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): z.output<S> {
  return parseYamlContent(readFileSync(path, 'utf8'), relative(root, path), schema);
}
