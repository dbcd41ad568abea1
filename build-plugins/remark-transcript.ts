/**
 * remark-transcript: compiles a transcript's record markup for rendering.
 *
 * 1. Skips every file outside content/transcripts/.
 * 2. Validates the record (speakers, ids, lock) with the same code the tests
 *    and scripts use; a problem stops the build with `file:line: message`.
 * 3. Lifts each one-line `<P>` out of the Markdown paragraph MDX wraps it in,
 *    so the page gets `<P>` blocks and never a `<p>` inside a `<p>`.
 * 4. Adds the computed `n`, `kind` and `speaker` props to each `<P>`, and
 *    `aliases` (retired ids from `anchorAliases`) so old links still land.
 *    Numbers the `<N>` annotation markers through the transcript (`n` on each
 *    `<N>`).
 * 5. Hands the record to pages as `remarkPluginFrontmatter.record`
 *    (read it with getRecord() from src/lib/transcripts.ts).
 */
import { relative, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { RECORD_COMPONENTS, attribute, type RecordParagraph } from '../src/lib/record.ts';
import { shortNameOf } from '../src/lib/record-description.ts';
import { contextReader, validateTranscript } from '../src/lib/transcript-source.ts';
import { contentPaths } from '../src/lib/content-paths.ts';

const prop = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

/** Adds `n` (its number in the transcript, counted from `counter.next`) to every `<N>` marker, in reading order. */
function numberNotes(nodes: RootContent[], counter: { next: number }): void {
  for (const node of nodes) {
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === RECORD_COMPONENTS.note
    ) {
      node.attributes.push(prop('n', String(counter.next++)));
    }
    if ('children' in node) numberNotes(node.children as RootContent[], counter);
  }
}

/** Replaces the children of a Turn/Narration block with flow-level `<P>` elements carrying computed props. */
function liftParagraphs(
  block: MdxJsxFlowElement,
  byId: Map<string, RecordParagraph>,
  aliasesOf: Map<string, string[]>,
  noteCounter: { next: number },
): void {
  const lifted: RootContent[] = [];
  const collect = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') collect(node.children);
      else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        const id = attribute(node, 'id');
        const paragraph = typeof id === 'string' ? byId.get(id) : undefined;
        if (!paragraph) continue;
        numberNotes(node.children as RootContent[], noteCounter);
        lifted.push({
          type: 'mdxJsxFlowElement',
          name: RECORD_COMPONENTS.paragraph,
          attributes: [
            ...node.attributes,
            prop('n', String(paragraph.n)),
            prop('kind', paragraph.kind),
            ...(paragraph.speaker ? [prop('speaker', paragraph.speaker)] : []),
            ...(aliasesOf.has(paragraph.id)
              ? [prop('aliases', aliasesOf.get(paragraph.id)!.join(' '))]
              : []),
          ],
          children: node.children as MdxJsxFlowElement['children'],
          ...(node.position ? { position: node.position } : {}),
        });
      }
    }
  };
  collect(block.children);
  block.children = lifted as MdxJsxFlowElement['children'];
}

export function remarkTranscript() {
  const paths = contentPaths();
  const context = contextReader(paths);
  return (tree: Root, file: VFile): void => {
    if (!file.path || !file.path.startsWith(paths.transcripts + sep)) return;
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const record = validateTranscript(
      tree,
      frontmatter,
      relative(process.cwd(), file.path),
      context(),
    );
    const byId = new Map(record.paragraphs.map((p) => [p.id, p]));
    const aliasesOf = new Map<string, string[]>();
    for (const [alias, target] of Object.entries(
      (frontmatter['anchorAliases'] ?? {}) as Record<string, string>,
    )) {
      aliasesOf.set(target, [...(aliasesOf.get(target) ?? []), alias]);
    }
    const noteCounter = { next: 1 };
    // The publisher's own lines are labelled with its name: `<Narration>` knows nothing of the record.
    const publisher = shortNameOf((frontmatter['source'] as { publisher: string }).publisher);
    for (const block of tree.children) {
      if (block.type !== 'mdxJsxFlowElement') continue;
      liftParagraphs(block, byId, aliasesOf, noteCounter);
      if (block.name === RECORD_COMPONENTS.narration)
        block.attributes.push(prop('publisher', publisher));
    }
    frontmatter['record'] = record;
  };
}
