import { describe, expect, test } from 'vitest';
import { lastUpdatedOf, type Correction } from '~/lib/corrections';

const entry = (
  date: string,
  links: Partial<Pick<Correction, 'notes' | 'paragraphs' | 'pages' | 'timeline'>>,
): Correction => ({
  id: `c-${date}`,
  type: 'correction',
  date: new Date(date),
  what: 'What changed.',
  why: 'Why.',
  notes: [],
  paragraphs: [],
  timeline: [],
  pages: [],
  ...links,
});

describe('when a transcript’s page last changed', () => {
  const page = { slug: 'meeting', notes: ['declaration', 'csto'] };

  test('is the newest correction of one of its paragraphs, of a note it cites, or of the page', () => {
    const log = [
      entry('2026-11-30', { paragraphs: ['meeting#dateline'] }),
      entry('2026-12-04', { notes: ['csto'] }),
      entry('2026-12-01', { pages: ['transcripts/meeting/'] }),
    ];
    expect(lastUpdatedOf(log, page)?.toISOString().slice(0, 10)).toBe('2026-12-04');
  });

  test('changes elsewhere (another transcript, a note it does not cite, the timeline, About) do not count', () => {
    const log = [
      entry('2026-12-09', { paragraphs: ['other#lead'] }),
      entry('2026-12-08', { notes: ['not-cited'] }),
      entry('2026-12-07', { timeline: ['2025-06-27-yekaterinburg'], pages: ['about/'] }),
      entry('2026-11-30', { notes: ['declaration'] }),
    ];
    expect(lastUpdatedOf(log, page)?.toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  test('is unknown when the log has nothing for the page', () => {
    expect(lastUpdatedOf([], page)).toBeUndefined();
  });
});
