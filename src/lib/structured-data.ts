/**
 * Machine-readable descriptions of our pages: schema.org JSON-LD (the meeting
 * as an Event, the transcript as an Article based on the publisher's news
 * article, each shared paragraph as a Quotation by its speaker) and Highwire
 * Press `citation_*` meta tags, which Zotero and other reference managers read.
 */
import { isoDate } from './format.ts';
import type { RecordDescription } from './record-description.ts';

export interface LdPerson {
  id: string;
  name: string;
  role: string;
  country: string;
}

export interface TranscriptLdInput {
  /** Absolute URL of the transcript page. */
  url: string;
  title: string;
  description: string;
  date: Date;
  place: string;
  /** What the record is: its language, and its translator when there is one. */
  record: RecordDescription;
  people: LdPerson[];
  source: { publisher: string; title: string; date: Date; url?: string | undefined };
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URLs of the open-data files (JSON, text, Markdown). */
  downloads?: { url: string; encodingFormat: string }[];
}

const personLd = (url: string, p: LdPerson) => ({
  '@type': 'Person',
  '@id': `${url}#person-${p.id}`,
  name: p.name,
  jobTitle: p.role,
  affiliation: { '@type': 'Country', name: p.country },
});

const publisherLd = (name: string) => ({ '@type': 'Organization', name });

/** JSON-LD for a transcript page: the meeting (Event), the speakers (Person) and the transcript (Article). */
export function transcriptLd(input: TranscriptLdInput) {
  const event = `${input.url}#event`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Event',
        '@id': event,
        name: input.title,
        startDate: isoDate(input.date),
        location: { '@type': 'Place', name: input.place },
        attendee: input.people.map((p) => ({ '@id': `${input.url}#person-${p.id}` })),
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      },
      ...input.people.map((p) => personLd(input.url, p)),
      {
        '@type': 'Article',
        '@id': input.url,
        url: input.url,
        headline: input.title,
        name: input.title,
        description: input.description,
        genre: 'Transcript',
        inLanguage: input.record.language,
        about: { '@id': event },
        recordedAt: { '@id': event },
        mentions: input.people.map((p) => ({ '@id': `${input.url}#person-${p.id}` })),
        isBasedOn: {
          '@type': 'NewsArticle',
          headline: input.source.title,
          datePublished: isoDate(input.source.date),
          publisher: publisherLd(input.source.publisher),
          inLanguage: input.record.language,
          ...(input.record.translator
            ? { translator: publisherLd(input.record.translator.name) }
            : {}),
          ...(input.source.url ? { url: input.source.url } : {}),
        },
        sourceOrganization: publisherLd(input.source.publisher),
        isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
        ...(input.downloads && input.downloads.length > 0
          ? {
              encoding: input.downloads.map((d) => ({
                '@type': 'MediaObject',
                contentUrl: d.url,
                encodingFormat: d.encodingFormat,
              })),
            }
          : {}),
      },
    ],
  };
}

export interface QuotationLdInput {
  /** Absolute URL of the paragraph on the transcript (with `#<id>`). */
  url: string;
  /** Absolute URL of the transcript page. */
  transcriptUrl: string;
  text: string;
  language: string;
  date: Date;
  /** The speaker, or undefined for the publisher's own lines. */
  speaker?: LdPerson | undefined;
  publisher: string;
  /** Who translated the words into `language`, when the speaker spoke another language. */
  translator?: string | undefined;
  /** Absolute URL of the quote card. */
  image: string;
}

/** JSON-LD for a share page: the paragraph as a Quotation, spoken by its speaker (or written by the publisher). */
export function quotationLd(input: QuotationLdInput) {
  const creator = input.speaker
    ? personLd(input.transcriptUrl, input.speaker)
    : publisherLd(input.publisher);
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': input.url,
    url: input.url,
    text: input.text,
    inLanguage: input.language,
    dateCreated: isoDate(input.date),
    creator,
    ...(input.speaker ? { spokenByCharacter: creator } : {}),
    ...(input.translator ? { translator: publisherLd(input.translator) } : {}),
    isPartOf: { '@id': input.transcriptUrl },
    image: input.image,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text can never close the script element. */
export const jsonLdScript = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Highwire Press tags for a transcript (name, content pairs, in order).
 * Zotero's Embedded Metadata translator reads these; `citation_date` is the
 * publisher's date in the Y/M/D form Highwire expects.
 */
export function highwireTags(input: {
  title: string;
  publisher: string;
  date: Date;
  url: string;
  language: string;
  authors?: string[];
}): [string, string][] {
  const day = isoDate(input.date).replace(/-/g, '/');
  return [
    ['citation_title', input.title],
    ...(input.authors ?? []).map((a): [string, string] => ['citation_author', a]),
    ['citation_publisher', input.publisher],
    ['citation_date', day],
    ['citation_publication_date', day],
    ['citation_public_url', input.url],
    ['citation_fulltext_html_url', input.url],
    ['citation_language', input.language],
  ];
}
