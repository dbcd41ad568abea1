/**
 * Paragraph anchors and the anchor lock. An anchor id is the permanent address
 * of a paragraph (`/transcripts/<slug>/#<id>`); the lock records each id with a
 * hash of its text so that no shared link can silently break or silently point
 * at different words.
 */
import { createHash } from 'node:crypto';
import { ANCHOR_ID_PATTERN } from './ids.ts';

export { ANCHOR_ID_PATTERN };
export const ANCHOR_ID_MAX_LENGTH = 32;

/** Why an id is not a valid anchor, or null when it is. */
export function checkAnchorId(id: string): string | null {
  if (!ANCHOR_ID_PATTERN.test(id)) {
    return 'must be lower-case letters and digits joined by single hyphens, starting with a letter (e.g. "putin-empire")';
  }
  if (id.length > ANCHOR_ID_MAX_LENGTH) return `is longer than ${ANCHOR_ID_MAX_LENGTH} characters`;
  return null;
}

/** Short, stable fingerprint of a paragraph's words; whitespace runs count as one space. */
export function textHash(text: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}

export interface LockedAnchor {
  /** Paragraph number when the lock was written (informative: numbers may change, ids may not). */
  n: number;
  hash: string;
  /** The paragraph's first words, so a reviewer can read the lock's diff. */
  excerpt: string;
}

/** `content/anchors.lock.json`: transcript slug → anchor id → locked anchor. */
export type AnchorLock = Record<string, Record<string, LockedAnchor>>;

export interface LockableParagraph {
  id: string;
  n: number;
  text: string;
  line: number;
}

export interface LockProblem {
  /** Line in the MDX file, or 0 when the anchor no longer exists there. */
  line: number;
  message: string;
}

const EXCERPT_WORDS = 8;

/** The lock entries a transcript's paragraphs should have. */
export function lockEntries(
  paragraphs: readonly LockableParagraph[],
): Record<string, LockedAnchor> {
  return Object.fromEntries(
    paragraphs.map((p) => [
      p.id,
      {
        n: p.n,
        hash: textHash(p.text),
        excerpt: p.text.split(' ').slice(0, EXCERPT_WORDS).join(' '),
      },
    ]),
  );
}

/**
 * Compares a transcript's paragraphs with its lock entries. Every locked id must
 * still exist with the same text, or be listed as an alias (whose target
 * validateTranscript checks), and every paragraph must be locked.
 */
export function checkAgainstLock(
  paragraphs: readonly LockableParagraph[],
  locked: Readonly<Record<string, LockedAnchor>> | undefined,
  aliases: Readonly<Record<string, string>> = {},
): LockProblem[] {
  if (!locked) {
    return [{ line: 0, message: 'this transcript has no entry in the anchor lock' }];
  }
  const problems: LockProblem[] = [];
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  for (const [id, entry] of Object.entries(locked)) {
    const paragraph = byId.get(id);
    if (paragraph) {
      if (textHash(paragraph.text) !== entry.hash) {
        problems.push({
          line: paragraph.line,
          message: `the text of paragraph "${id}" has changed since it was locked (was: "${entry.excerpt} …")`,
        });
      }
      continue;
    }
    if (aliases[id] === undefined) {
      problems.push({
        line: 0,
        message: `anchor "${id}" ("${entry.excerpt} …") has disappeared; links to it would break. Restore it, or add it to anchorAliases in the frontmatter`,
      });
    }
  }
  for (const paragraph of paragraphs) {
    if (!(paragraph.id in locked)) {
      problems.push({
        line: paragraph.line,
        message: `paragraph "${paragraph.id}" is not in the anchor lock`,
      });
    }
  }
  return problems;
}
