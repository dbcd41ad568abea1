/** Record descriptions the unit tests share: what `describeRecord` makes of two kinds of frontmatter. */
import { describeRecord } from '../src/lib/record-description.ts';

export const AZERTAC = 'AZERTAC (Azerbaijan State News Agency)';

/** The meeting as AZERTAC published it: spoken in Russian, AZERTAC's English. */
export const AZERTAC_MEETING = describeRecord({
  spoken: 'ru',
  language: 'en',
  translator: AZERTAC,
  participants: ['putin', 'aliyev'],
  source: { publisher: AZERTAC },
});

/** A briefing spoken in English and published by its own press office: no translation. */
export const ENGLISH_BRIEFING = describeRecord({
  spoken: 'en',
  language: 'en',
  participants: ['example'],
  source: { publisher: 'Example Press Office' },
});
