import type { CardContent } from '~/lib/quote-card';

/** A speaker's quote card, as the card and card-cache unit tests draw it. */
export const SPEAKER_CARD: CardContent = {
  text: 'This is not true at all.',
  who: 'Vladimir Putin',
  role: 'President of Russia',
  place: 'Moscow',
  date: '22 February 2022',
  n: 12,
  site: 'The Moscow Meeting Record',
  translation: 'English translation: AZERTAC',
};
