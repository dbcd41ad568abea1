/**
 * Writes a synthetic archive of N transcripts into a content folder: realistic
 * length (about 30 paragraphs, 1,500 words each), several speakers per
 * meeting, annotation markers pointing at real note files, each transcript's
 * source copy, a matching anchor lock, and the site configuration. Seeded, so every run writes the same archive.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockEntries, type AnchorLock } from '../../src/lib/anchors.ts';

const WORDS =
  `relations cooperation declaration agreement region security trade economic transport corridor border
settlement conflict sovereignty neighbors interaction partnership dialogue energy investment turnover percent
language schools humanitarian culture visit anniversary treaty statement ceasefire peacekeepers negotiations
ministers parliament delegation forum development infrastructure railway pipeline grain tariffs sanctions
stability integrity process provisions implementation consultations commission delimitation agenda`.split(
    /\s+/,
  );

const PEOPLE = ['amara', 'bekov', 'castell', 'dumont', 'eriksen', 'farouk'];
const NOTE_COUNT = 20;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

function paragraphText(rand: () => number): string {
  return Array.from({ length: 2 + Math.floor(rand() * 4) }, () => sentence(rand)).join(' ');
}

/** Wraps the paragraph's second and third words in a note marker. */
function withMarker(text: string, note: string): string {
  const words = text.split(' ');
  return [words[0], `<N note="${note}">${words.slice(1, 3).join(' ')}</N>`, ...words.slice(3)].join(
    ' ',
  );
}

interface Paragraph {
  id: string;
  n: number;
  text: string;
  line: number;
}

function transcript(
  index: number,
  slug: string,
  rand: () => number,
): { mdx: string; paragraphs: Paragraph[] } {
  const speakers = [0, 1, 2].map((k) => PEOPLE[(index + k) % PEOPLE.length]!);
  const paragraphs: Paragraph[] = [];
  const lines: string[] = [];
  const para = (prefix: string, attrs = ''): void => {
    const id = `${prefix}-${paragraphs.length + 1}`;
    const text = paragraphText(rand);
    const marked =
      rand() < 0.2 ? withMarker(text, `note-${Math.floor(rand() * NOTE_COUNT)}`) : text;
    paragraphs.push({ id, n: paragraphs.length + 1, text, line: 0 });
    lines.push(`<P id="${id}"${attrs}>${marked}</P>`);
  };
  lines.push('<Narration>');
  para('agency');
  para('agency');
  lines.push('</Narration>', '');
  for (let turn = 0; turn < 8; turn += 1) {
    const speaker = speakers[turn % speakers.length]!;
    lines.push(`<Turn speaker="${speaker}">`);
    for (let k = 0; k < 2 + Math.floor(rand() * 4); k += 1) para(speaker);
    lines.push('</Turn>', '');
  }
  const date = new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10);
  const frontmatter = `---
title: Synthetic meeting ${index + 1}
date: ${date}
place: Geneva
participants: [${speakers.join(', ')}]
language: en
summary: A synthetic transcript for the scale benchmark.
source:
  publisher: Synthetic Agency
  title: Synthetic meeting ${index + 1}
  date: ${date}
  url: https://example.org/synthetic/${index + 1}
  language: en
  file: ${slug}.txt
---
`;
  return { mdx: `${frontmatter}\n${lines.join('\n')}\n`, paragraphs };
}

const SOURCE = {
  title: 'Synthetic source',
  publisher: 'Synthetic Agency',
  date: '2020-01-01',
  url: 'https://example.org/source',
};

/** Writes `count` synthetic transcripts (and their people, notes, lock) into `dir`; returns the number of paragraphs. */
export function writeSyntheticContent(dir: string, count: number): number {
  for (const sub of ['transcripts', 'people', 'notes', 'sources'])
    mkdirSync(join(dir, sub), { recursive: true });
  for (const [i, id] of PEOPLE.entries()) {
    writeFileSync(
      join(dir, 'people', `${id}.md`),
      `---\nname: Person ${id}\nshortName: ${id}\nrole: Minister ${i + 1}\ncountry: Country ${i + 1}\n---\n`,
    );
  }
  for (let i = 0; i < NOTE_COUNT; i += 1) {
    writeFileSync(
      join(dir, 'notes', `note-${i}.md`),
      `---\ntitle: Synthetic note ${i}\nkind: context\nsummary: A synthetic note.\nsources:\n  - title: ${SOURCE.title}\n    publisher: ${SOURCE.publisher}\n    date: ${SOURCE.date}\n    url: ${SOURCE.url}/${i}\n---\n\nA synthetic note body.\n`,
    );
  }
  // A contact outside the example domains, so the benchmark's builds do not warn.
  writeFileSync(
    join(dir, 'site.yaml'),
    'editor:\n  name: Synthetic Editors\n  role: Editor and publisher\ncontact: mailto:editors@synthetic.test\n',
  );
  writeFileSync(
    join(dir, 'timeline.yaml'),
    `- id: start\n  date: 2000-01-01\n  title: Start\n  text: The synthetic archive begins.\n  sources:\n    - title: ${SOURCE.title}\n      publisher: ${SOURCE.publisher}\n      date: ${SOURCE.date}\n      url: ${SOURCE.url}\n`,
  );
  const rand = random(2022);
  const lock: AnchorLock = {};
  for (let i = 0; i < count; i += 1) {
    const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
    const { mdx, paragraphs } = transcript(i, slug, rand);
    writeFileSync(join(dir, 'transcripts', `${slug}.mdx`), mdx);
    // Its source copy, which the record must match word for word (src/lib/source-copy.ts).
    writeFileSync(
      join(dir, 'sources', `${slug}.txt`),
      `${paragraphs.map((p) => p.text).join('\n\n')}\n`,
    );
    lock[slug] = lockEntries(paragraphs);
  }
  writeFileSync(join(dir, 'anchors.lock.json'), JSON.stringify(lock));
  return Object.values(lock).reduce((sum, anchors) => sum + Object.keys(anchors).length, 0);
}
