/**
 * Reads a `_headers` file the way Cloudflare Pages applies it: every rule
 * whose pattern matches a path adds its headers, and a header set by two
 * rules gets both values joined by a comma (Netlify would keep the last; a
 * file that never sets one header twice for a path means the same on both).
 */
export interface ParsedRule {
  pattern: RegExp;
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` text, in order. Comments and blank lines are skipped. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a path is served with: every value each header gets, lower-case names. */
export function headersForPath(rules: readonly ParsedRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
  }
  return headers;
}
