/**
 * Open data: each transcript as JSON (with a JSON Schema), as plain text that
 * is exactly the record, and as Markdown. Pure functions of the record and its
 * metadata, served by the endpoints in src/pages/data/.
 */
import { attributeParagraph } from './attribution.ts';
import type { ParagraphKind, TranscriptRecord } from './record.ts';
import { isoDate } from './format.ts';
import { ANCHOR_ID_PATTERN, SLUG_PATTERN } from './ids.ts';
import type { RenderingOfParagraph } from './renderings.ts';
import { languageName, translatedFrom, type RecordDescription } from './record-description.ts';
import { listOf } from './wording.ts';

export interface OpenDataSpeaker {
  id: string;
  name: string;
  /** Family name, as labels and the search's speaker filter show it. */
  shortName: string;
  role: string;
  country: string;
}

export interface OpenDataInput {
  slug: string;
  title: string;
  date: Date;
  place: string;
  language: string;
  summary: string;
  /** What the record is: languages, translator, publisher. */
  description: RecordDescription;
  /** Absolute URL of the transcript page. */
  url: string;
  /** Absolute URL of transcript.schema.json. */
  schemaUrl: string;
  source: {
    publisher: string;
    title: string;
    date: Date;
    url?: string | undefined;
    language: string;
  };
  speakers: OpenDataSpeaker[];
  record: TranscriptRecord;
  /** Paragraph id → other publications' renderings of it. */
  renderings: ReadonlyMap<string, readonly RenderingOfParagraph[]>;
}

/** The JSON document, as typed by TRANSCRIPT_JSON_SCHEMA. */
export interface TranscriptJson {
  $schema: string;
  slug: string;
  title: string;
  date: string;
  place: string;
  language: string;
  /** Speaker id → the language they spoke. */
  spoken: Record<string, string>;
  /** Who translated the speech into `language`; null when nobody did. */
  translator: string | null;
  summary: string;
  url: string;
  source: { publisher: string; title: string; date: string; url: string | null; language: string };
  speakers: OpenDataSpeaker[];
  turns: { speaker: string | null; paragraphs: string[] }[];
  paragraphs: {
    id: string;
    n: number;
    kind: ParagraphKind;
    speaker: string | null;
    attributedTo: string;
    translation: string | null;
    text: string;
    notes: string[];
    url: string;
    renderings: RenderingOfParagraph[];
  }[];
}

/** The transcript as one JSON document: metadata (editorial), speakers, turns, and the numbered paragraphs of the record. */
export function transcriptJson(input: OpenDataInput): TranscriptJson {
  const { record, source } = input;
  const names = new Map(input.speakers.map((s) => [s.id, s]));
  return {
    $schema: input.schemaUrl,
    slug: input.slug,
    title: input.title,
    date: isoDate(input.date),
    place: input.place,
    language: input.language,
    spoken: { ...input.description.spoken },
    translator: input.description.translator?.name ?? null,
    summary: input.summary,
    url: input.url,
    source: {
      publisher: source.publisher,
      title: source.title,
      date: isoDate(source.date),
      url: source.url ?? null,
      language: source.language,
    },
    speakers: input.speakers.map(({ id, name, shortName, role, country }) => ({
      id,
      name,
      shortName,
      role,
      country,
    })),
    turns: record.turns.map((turn) => ({
      speaker: turn.speaker,
      paragraphs: turn.paragraphs.map((p) => p.id),
    })),
    paragraphs: record.paragraphs.map((p) => {
      const { who, translation } = attributeParagraph(p, names, input.description);
      return {
        id: p.id,
        n: p.n,
        kind: p.kind,
        speaker: p.speaker,
        attributedTo: who,
        translation,
        text: p.text,
        notes: [...p.notes],
        url: `${input.url}#${p.id}`,
        renderings: [...(input.renderings.get(p.id) ?? [])],
      };
    }),
  };
}

/** The record and nothing else: its paragraphs, verbatim, one blank line apart. */
export function transcriptText(record: TranscriptRecord): string {
  return `${record.paragraphs.map((p) => p.text).join('\n\n')}\n`;
}

/**
 * Escapes text so Markdown renders it as the same characters: every ASCII
 * punctuation mark that could start markup is backslash-escaped, and so is a
 * line start that would open a list, heading or quote ("- Hello." stays text).
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The transcript as Markdown: a heading, the provenance, each turn under its speaker, each paragraph numbered in bold. */
export function transcriptMarkdown(
  input: OpenDataInput,
  formatDate: (date: Date) => string,
): string {
  const { record, source } = input;
  const names = new Map(input.speakers.map((s) => [s.id, s]));
  const { description } = input;
  const original = source.url ? ` (<${source.url}>)` : '';
  const translation = description.translator
    ? `, translated from ${listOf(translatedFrom(description).map(languageName))} by ${escapeMarkdown(description.translator.name)}`
    : '';
  const lines = [
    `# ${escapeMarkdown(input.title)}`,
    '',
    `${escapeMarkdown(input.place)}, ${formatDate(input.date)}. The ${languageName(description.language)} text published by ${escapeMarkdown(source.publisher)} on ${formatDate(source.date)}${original}${translation}, reproduced verbatim from <${input.url}>. Headings and paragraph numbers are editorial; the paragraphs are the record.`,
  ];
  for (const turn of record.turns) {
    const speaker = turn.speaker === null ? undefined : names.get(turn.speaker);
    lines.push(
      '',
      `## ${speaker ? `${escapeMarkdown(speaker.name)}, ${escapeMarkdown(speaker.role)}` : `${escapeMarkdown(description.publisher.shortName)}'s own lines`}`,
    );
    for (const p of turn.paragraphs) lines.push('', `**${p.n}** ${escapeMarkdown(p.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

const string = { type: 'string', minLength: 1 } as const;
const anchorId = { type: 'string', pattern: ANCHOR_ID_PATTERN.source } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** JSON Schema (draft 2020-12) of `/data/<slug>.json`, served as `/data/transcript.schema.json`. */
export function transcriptJsonSchema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Transcript',
    description:
      'A transcript of the record: editorial metadata, the speakers, the speaker turns, and the numbered paragraphs of the record verbatim. Paragraph ids are permanent; numbers may change.',
    type: 'object',
    additionalProperties: false,
    required: [
      '$schema',
      'slug',
      'title',
      'date',
      'place',
      'language',
      'spoken',
      'translator',
      'summary',
      'url',
      'source',
      'speakers',
      'turns',
      'paragraphs',
    ],
    properties: {
      $schema: { type: 'string', format: 'uri' },
      slug: {
        ...string,
        pattern: SLUG_PATTERN.source,
        description: 'Identifier of the transcript in URLs.',
      },
      title: { ...string, description: 'Editorial title.' },
      date: { ...isoDay, description: 'Day of the meeting.' },
      place: string,
      language: { ...string, description: 'BCP 47 language of the record.' },
      spoken: {
        type: 'object',
        description:
          'Speaker id → BCP 47 language the speaker spoke; where it differs from `language`, the record is a translation.',
        additionalProperties: string,
      },
      translator: {
        type: ['string', 'null'],
        minLength: 1,
        description: 'Who translated the speech into `language`; null when nobody did.',
      },
      summary: { ...string, description: 'Editorial summary; not part of the record.' },
      url: { type: 'string', format: 'uri', description: 'The transcript page.' },
      source: {
        type: 'object',
        description: 'The publication the record reproduces.',
        additionalProperties: false,
        required: ['publisher', 'title', 'date', 'url', 'language'],
        properties: {
          publisher: string,
          title: string,
          date: isoDay,
          url: { type: ['string', 'null'], format: 'uri' },
          language: string,
        },
      },
      speakers: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'shortName', 'role', 'country'],
          properties: {
            id: string,
            name: string,
            shortName: {
              ...string,
              description: 'Family name, as labels and the search filter show it ("Putin", "Xi").',
            },
            role: { ...string, description: 'Office at the time of the meeting.' },
            country: string,
          },
        },
      },
      turns: {
        type: 'array',
        minItems: 1,
        description: 'Speaker turns in order; a null speaker is the publisher’s own narration.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'paragraphs'],
          properties: {
            speaker: { type: ['string', 'null'], description: 'A speaker id, or null.' },
            paragraphs: {
              type: 'array',
              minItems: 1,
              items: anchorId,
              description: 'Ids of the turn’s paragraphs.',
            },
          },
        },
      },
      paragraphs: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'id',
            'n',
            'kind',
            'speaker',
            'attributedTo',
            'translation',
            'text',
            'notes',
            'url',
            'renderings',
          ],
          properties: {
            id: { ...anchorId, description: 'Permanent anchor id.' },
            n: { type: 'integer', minimum: 1, description: 'Position in the transcript, 1-based.' },
            kind: {
              enum: ['narration', 'speech'],
              description: 'Speech is the speaker’s words; narration is the publisher’s.',
            },
            speaker: {
              type: ['string', 'null'],
              description: 'Speaker id of the turn, or null in narration.',
            },
            attributedTo: {
              ...string,
              description:
                'Whose words these are: the speaker’s name for speech, the publisher for its own lines.',
            },
            translation: {
              type: ['string', 'null'],
              description:
                'For speech in another language than the record’s, whose translation the text is ("English translation: AZERTAC"); null for speech in the record’s language and for the publisher’s own lines.',
            },
            text: { ...string, description: 'The record’s words, verbatim.' },
            notes: {
              type: 'array',
              items: string,
              description: 'Ids of editorial notes attached to the paragraph.',
            },
            url: { type: 'string', format: 'uri', description: 'Permanent link to the paragraph.' },
            renderings: {
              type: 'array',
              description:
                'How other publications printed this passage (another English translation, the Russian original), each attributed; never the record.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'publisher', 'title', 'date', 'url', 'language', 'text'],
                properties: {
                  id: {
                    ...string,
                    description: 'The publication’s id (its file in content/renderings/).',
                  },
                  publisher: string,
                  title: { ...string, description: 'Headline, in the publication’s language.' },
                  date: { ...isoDay, description: 'Day of publication.' },
                  url: { type: 'string', format: 'uri', description: 'Where it was printed.' },
                  language: { ...string, description: 'BCP 47 language of the text.' },
                  text: {
                    ...string,
                    description: 'The words exactly as the publication printed them.',
                  },
                },
              },
            },
          },
        },
      },
    },
  } as const;
}
