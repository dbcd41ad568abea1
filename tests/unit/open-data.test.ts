import { describeRecord } from '~/lib/record-description';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceCopies } from '../provenance.ts';
import { sourceParagraphs } from '~/lib/source-copy';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Paragraph } from 'mdast';
import { contentPaths } from '~/lib/content-paths';
import { formatDate } from '~/lib/format';
import {
  escapeMarkdown,
  transcriptJson,
  transcriptJsonSchema,
  transcriptMarkdown,
  transcriptText,
  type OpenDataInput,
} from '~/lib/open-data';
import { renderingsByParagraph } from '~/lib/renderings';
import { readPublications } from '~/lib/renderings-content';
import { personSchema, transcriptSchema } from '~/lib/schemas';
import { readContext, readTranscript } from '~/lib/transcript-source';

const paths = contentPaths();
const SLUG = '2022-02-22-putin-aliyev';
const SITE = 'https://example.org/meeting/';

/** The open-data input for the real transcript, read the way scripts read content, and its provenance file. */
function realInput(): { input: OpenDataInput; sourceFile: string } {
  const { frontmatter, record } = readTranscript(
    join(paths.transcripts, `${SLUG}.mdx`),
    readContext(paths),
  );
  const data = transcriptSchema.parse(frontmatter);
  const speakers = data.participants.map((id) => {
    const person = personSchema.parse(
      parseFrontmatter(readFileSync(join(paths.people, `${id}.md`), 'utf8')).frontmatter,
    );
    return {
      id,
      name: person.name,
      shortName: person.shortName,
      role: person.role,
      country: person.country,
    };
  });
  const input = {
    slug: SLUG,
    title: data.title,
    date: data.date,
    place: data.place,
    language: data.language,
    summary: data.summary,
    description: describeRecord(data),
    url: `${SITE}transcripts/${SLUG}/`,
    schemaUrl: `${SITE}data/transcript.schema.json`,
    source: data.source,
    speakers,
    record,
    renderings: renderingsByParagraph(
      readPublications(
        paths.renderings,
        new Map([[SLUG, new Set(record.paragraphs.map((p) => p.id))]]),
      ),
      SLUG,
    ),
  };
  return { input, sourceFile: join(paths.sources, data.source.file) };
}

const { input, sourceFile } = realInput();

describe('the JSON export', () => {
  const json = transcriptJson(input);

  test('validates against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(transcriptJsonSchema(json.$schema));
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('the schema rejects a paragraph without text or with an invalid id', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(transcriptJsonSchema(json.$schema));
    const [first, ...rest] = json.paragraphs;
    expect(validate({ ...json, paragraphs: [{ ...first, text: '' }, ...rest] })).toBe(false);
    expect(validate({ ...json, paragraphs: [{ ...first, id: 'Not An Id' }, ...rest] })).toBe(false);
  });

  test('holds every paragraph with its id, number, speaker, verbatim text, notes and permanent link', () => {
    expect(json.paragraphs).toHaveLength(input.record.paragraphs.length);
    const empire = json.paragraphs.find((p) => p.id === 'putin-empire');
    expect(empire).toMatchObject({
      kind: 'speech',
      speaker: 'putin',
      url: `${SITE}transcripts/${SLUG}/#putin-empire`,
    });
    expect(empire?.text).toMatch(/^I want to say from the beginning .* This is not true at all\.$/);
    expect(json.turns.flatMap((t) => t.paragraphs)).toEqual(json.paragraphs.map((p) => p.id));
    expect(json.speakers.map((s) => s.name)).toEqual(['Vladimir Putin', 'Ilham Aliyev']);
  });

  test('gives each paragraph the renderings other publications printed of it, attributed, in the schema', () => {
    const json = transcriptJson(input);
    const empire = json.paragraphs.find((p) => p.id === 'putin-empire');
    expect(empire?.renderings.map((r) => r.publisher)).toContain('TASS');
    expect(
      empire?.renderings.every(
        (r) => r.url.startsWith('http') && /^\d{4}-\d{2}-\d{2}$/.test(r.date) && r.text.length > 0,
      ),
    ).toBe(true);
    expect(json.paragraphs.flatMap((p) => p.renderings).some((r) => r.language === 'ru')).toBe(
      true,
    );
  });

  test('attributes each paragraph as every page does: the speaker with the translation line, the agency for its own lines', () => {
    const byId = new Map(json.paragraphs.map((p) => [p.id, p]));
    expect(byId.get('putin-empire')).toMatchObject({
      attributedTo: 'Vladimir Putin',
      translation: 'English translation: AZERTAC',
    });
    expect(byId.get('putin-said')).toMatchObject({
      kind: 'narration',
      speaker: 'putin',
      attributedTo: 'AZERTAC (Azerbaijan State News Agency)',
      translation: null,
    });
  });
});

describe('the plain-text export', () => {
  test('is exactly the record: the source copy, paragraph by paragraph (but its source.omitted)', () => {
    const copy = sourceCopies().find((c) => c.slug === SLUG)!;
    expect(copy.file).toBe(sourceFile);
    expect(sourceParagraphs(transcriptText(input.record))).toEqual(copy.expected);
  });
});

describe('the Markdown export', () => {
  test('renders every paragraph of the record as the same characters', () => {
    const markdown = transcriptMarkdown(input, formatDate);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const paragraphs = tree.children
      .filter((node): node is Paragraph => node.type === 'paragraph')
      .map((node) => toString(node))
      .filter((text) => /^\d+ /.test(text))
      .map((text) => text.replace(/^\d+ /, ''));
    expect(paragraphs).toEqual(input.record.paragraphs.map((p) => p.text));
  });

  test('escapes characters that would become markup', () => {
    expect(escapeMarkdown('- Hello. *Not* emphasis, [not a link] & <b>')).toBe(
      '\\- Hello. \\*Not\\* emphasis, \\[not a link\\] \\& \\<b\\>',
    );
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});
