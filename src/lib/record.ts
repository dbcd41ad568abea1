/**
 * The record model: reads the speaker turns and numbered paragraphs out of a
 * transcript's MDX tree. The build (remark plugin), the anchor lock, the
 * fidelity test and every export read the record through this one function,
 * so they can never disagree about what a paragraph is.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { checkAnchorId } from './anchors.ts';
import { ContentError } from './content-error.ts';

/** Who speaks a paragraph: a person's id, or the news agency's own narration. */
export type ParagraphKind = 'narration' | 'speech';

export interface RecordParagraph {
  /** Permanent anchor id, written in the MDX (`<P id="…">`). */
  id: string;
  /** Position in the transcript, 1-based, counted over every paragraph. */
  n: number;
  kind: ParagraphKind;
  /** Person id of the turn the paragraph belongs to; null in a `<Narration>` block. */
  speaker: string | null;
  /** The record's words, exactly as written, markers removed. */
  text: string;
  /** Ids of the notes attached to this paragraph, in order of appearance. */
  notes: string[];
  /** The phrase of the record each `<N>` marker annotates, in the same order as `notes` (extractRecord always sets it). */
  marks?: NoteMark[];
  /** 1-based line in the MDX file, for error messages. */
  line: number;
}

/** An annotation marker: the note it cites and the words of the record it stands on. */
export interface NoteMark {
  note: string;
  /** The marked words, whitespace folded. */
  phrase: string;
}

export interface RecordTurn {
  /** Person id, or null for the agency's narration. */
  speaker: string | null;
  paragraphs: RecordParagraph[];
}

export interface TranscriptRecord {
  turns: RecordTurn[];
  paragraphs: RecordParagraph[];
}

/** Names of the MDX components a transcript may use. */
export const RECORD_COMPONENTS = {
  turn: 'Turn',
  narration: 'Narration',
  paragraph: 'P',
  note: 'N',
} as const;

export interface ExtractOptions {
  /** Path shown in error messages. */
  file: string;
  /** Person ids allowed as `<Turn speaker>`; usually the transcript's participants. */
  speakers: ReadonlySet<string>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number =>
  node.position?.start.line ?? 0;

/** Reads a string attribute; `true` for a bare attribute (`<P narration>`), undefined when absent. */
export function attribute(node: JsxElement, name: string): string | true | undefined {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return true;
    if (typeof attr.value === 'string') return attr.value;
    return undefined;
  }
  return undefined;
}

/** True for text nodes that hold only the line breaks between `<P>` lines. */
const isBlank = (node: RootContent): boolean => node.type === 'text' && node.value.trim() === '';

/**
 * The `<P>` elements inside a turn. MDX parses consecutive one-line `<P>…</P>`
 * as inline elements of a Markdown paragraph, so we look through those wrappers.
 */
function paragraphElements(turn: MdxJsxFlowElement, file: string): JsxElement[] {
  const found: JsxElement[] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (isBlank(node)) continue;
      if (node.type === 'paragraph') {
        visit(node.children);
      } else if (isJsx(node) && node.name === RECORD_COMPONENTS.paragraph) {
        found.push(node);
      } else {
        throw new ContentError(
          file,
          lineOf(node),
          `only <P id="…"> paragraphs may stand inside <${turn.name}>, found ${describe(node)}`,
        );
      }
    }
  };
  visit(turn.children);
  return found;
}

function describe(node: RootContent | PhrasingContent): string {
  if (isJsx(node)) return `<${node.name ?? 'fragment'}>`;
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    return `the expression {${node.value.slice(0, 30)}} (MDX reads braces as JavaScript; write \\{ for a literal brace)`;
  }
  if (node.type === 'text') return `text "${node.value.trim().slice(0, 40)}"`;
  return `Markdown ${node.type}`;
}

/** Note ids attached inside a paragraph; rejects any Markdown syntax that would alter the words. */
function noteRefs(paragraph: JsxElement, file: string): NoteMark[] {
  const refs: NoteMark[] = [];
  const visit = (nodes: PhrasingContent[] | RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') continue;
      if (isJsx(node) && node.name === RECORD_COMPONENTS.note) {
        const note = attribute(node, 'note');
        if (typeof note !== 'string' || note === '') {
          throw new ContentError(
            file,
            lineOf(node),
            '<N> needs a note="…" attribute naming a note',
          );
        }
        refs.push({ note, phrase: toString(node).replace(/\s+/g, ' ').trim() });
        visit(node.children);
        continue;
      }
      throw new ContentError(
        file,
        lineOf(node),
        `${describe(node)} inside a record paragraph would change its words: escape Markdown characters (\\*, \\_, \\[) and use only <N note="…"> inside <P>`,
      );
    }
  };
  visit(paragraph.children);
  return refs;
}

/**
 * Extracts the turns and paragraphs of a transcript. Throws a ContentError
 * naming the file and line for anything that would render a broken or
 * unfaithful page: stray text, unknown components or speakers, bad or
 * duplicate ids, empty paragraphs.
 */
export function extractRecord(tree: Root, options: ExtractOptions): TranscriptRecord {
  const { file, speakers } = options;
  const turns: RecordTurn[] = [];
  const paragraphs: RecordParagraph[] = [];
  const seen = new Map<string, number>();

  for (const block of tree.children) {
    if (block.type === 'yaml' || block.type === 'mdxjsEsm' || isBlank(block)) continue;
    if (
      block.type !== 'mdxJsxFlowElement' ||
      (block.name !== RECORD_COMPONENTS.turn && block.name !== RECORD_COMPONENTS.narration)
    ) {
      throw new ContentError(
        file,
        lineOf(block),
        `expected <Turn speaker="…"> or <Narration> at the top level, found ${describe(block)}`,
      );
    }
    let speaker: string | null = null;
    if (block.name === RECORD_COMPONENTS.turn) {
      const value = attribute(block, 'speaker');
      if (typeof value !== 'string' || value === '') {
        throw new ContentError(file, lineOf(block), '<Turn> needs a speaker="…" attribute');
      }
      if (!speakers.has(value)) {
        throw new ContentError(
          file,
          lineOf(block),
          `unknown speaker "${value}": expected one of ${[...speakers].map((s) => `"${s}"`).join(', ')} (the transcript's participants, each a file in content/people/)`,
        );
      }
      speaker = value;
    }
    const turn: RecordTurn = { speaker, paragraphs: [] };
    for (const element of paragraphElements(block, file)) {
      const line = lineOf(element);
      const id = attribute(element, 'id');
      if (typeof id !== 'string')
        throw new ContentError(file, line, '<P> needs an id="…" attribute');
      const idProblem = checkAnchorId(id);
      if (idProblem) throw new ContentError(file, line, `paragraph id "${id}" ${idProblem}`);
      const first = seen.get(id);
      if (first !== undefined) {
        throw new ContentError(
          file,
          line,
          `duplicate paragraph id "${id}" (first used on line ${first})`,
        );
      }
      seen.set(id, line);
      const text = toString(element).replace(/\s+/g, ' ').trim();
      if (text === '') throw new ContentError(file, line, `paragraph "${id}" is empty`);
      const narration = speaker === null || attribute(element, 'narration') === true;
      const marks = noteRefs(element, file);
      const paragraph: RecordParagraph = {
        id,
        n: paragraphs.length + 1,
        kind: narration ? 'narration' : 'speech',
        speaker,
        text,
        notes: marks.map((mark) => mark.note),
        marks,
        line,
      };
      turn.paragraphs.push(paragraph);
      paragraphs.push(paragraph);
    }
    if (turn.paragraphs.length === 0) {
      throw new ContentError(file, lineOf(block), `<${block.name}> holds no <P> paragraphs`);
    }
    turns.push(turn);
  }
  if (paragraphs.length === 0) throw new ContentError(file, 1, 'the transcript has no paragraphs');
  return { turns, paragraphs };
}
