import { describe, expect, test } from 'vitest';
import { cardTree } from '~/lib/quote-card';
import { SPEAKER_CARD } from '../card-content.ts';

/** Every text of the card, in order. */
function texts(node: ReturnType<typeof cardTree> | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

const BASE = SPEAKER_CARD;

describe('the quote card', () => {
  test("a speaker's card says that the English is AZERTAC's translation, under who said it", () => {
    const all = texts(cardTree(BASE));
    expect(all).toContain('English translation: AZERTAC');
    expect(all.indexOf('English translation: AZERTAC')).toBeGreaterThan(
      all.indexOf('Vladimir Putin'),
    );
  });

  test("the agency's own line carries no translation line", () => {
    const all = texts(
      cardTree({
        ...BASE,
        who: 'AZERTAC (Azerbaijan State News Agency)',
        role: undefined,
        translation: null,
        text: 'Russian President Vladimir Putin said:',
      }),
    );
    expect(all.some((t) => t.includes('translation'))).toBe(false);
  });
});
