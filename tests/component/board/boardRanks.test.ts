// Ranks for a card put between others: one write whenever the neighbours leave room, and only the
// cards that must move when they do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRanks, RANK_STEP } from '../../../renderer/src/features/board/boardRanks';

/** The column after the plan: every rank, the placed card's marked, in rank order. */
function columnAfter(ranks: readonly number[], at: number) {
  const plan = planRanks(ranks, at);
  const renumbered = new Map(plan.renumbered.map(({ index, rank }) => [index, rank]));
  const cards = ranks.map((rank, index) => ({
    card: `c${index}`,
    rank: renumbered.get(index) ?? rank,
    moved: renumbered.has(index),
  }));
  cards.splice(at, 0, { card: 'placed', rank: plan.rank, moved: true });
  return { plan, cards };
}

describe('planRanks', () => {
  it('puts a card between two others at the midpoint of their ranks, writing nothing else', () => {
    expect(planRanks([1000, 2000, 3000], 1)).toEqual({ rank: 1500, renumbered: [] });
    expect(planRanks([1000, 2000, 3000], 2)).toEqual({ rank: 2500, renumbered: [] });
  });

  it('puts a card at either end a step beyond the end card', () => {
    expect(planRanks([1000, 2000], 0)).toEqual({ rank: 1000 - RANK_STEP, renumbered: [] });
    expect(planRanks([1000, 2000], 2)).toEqual({ rank: 2000 + RANK_STEP, renumbered: [] });
  });

  it('gives the first card of an empty column any rank', () => {
    expect(planRanks([], 0)).toEqual({ rank: 0, renumbered: [] });
  });

  it('spreads out cards that share a rank (an import) only as far as needed', () => {
    // Between the two 5s there is no number: the run around the place is spread between 0 and 10.
    expect(planRanks([0, 5, 5, 10], 2)).toEqual({
      rank: 5,
      renumbered: [
        { index: 1, rank: 2.5 },
        { index: 2, rank: 7.5 },
      ],
    });
  });

  it('spreads a column that shares one rank in steps down from the card it keeps', () => {
    // The run reaches the top of the column, where there is always room: the last card keeps 7.
    expect(planRanks([7, 7, 7], 1)).toEqual({
      rank: 7 - 2 * RANK_STEP,
      renumbered: [
        { index: 0, rank: 7 - 3 * RANK_STEP },
        { index: 1, rank: 7 - RANK_STEP },
      ],
    });
  });

  it('spreads neighbours out when halving their gap has run out of precision', () => {
    const low = 1_700_000_000_000;
    const high = low + 0.000244140625; // the next double after `low`
    const { plan, cards } = columnAfter([low - 10, low, high, high + 10], 2);
    expect(plan.renumbered.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.card)).toEqual(['c0', 'c1', 'placed', 'c2', 'c3']);
    expect(cards.every((c, i) => i === 0 || c.rank > cards[i - 1]!.rank)).toBe(true);
  });

  it('always leaves the column in its order with the card at its place, no card written tying another', () => {
    const sortedRanks = fc
      .array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e12, max: 1e12, noNaN: true })), {
        maxLength: 40,
      })
      .map((ranks) => ranks.sort((a, b) => a - b));
    fc.assert(
      fc.property(sortedRanks, fc.nat(), (ranks, n) => {
        const at = n % (ranks.length + 1);
        const { cards } = columnAfter(ranks, at);
        expect(cards[at]!.card).toBe('placed');
        for (let i = 1; i < cards.length; i++) {
          const [before, after] = [cards[i - 1]!, cards[i]!];
          // Cards left alone may still share a rank (their ids order them, as before).
          if (before.moved || after.moved) expect(after.rank).toBeGreaterThan(before.rank);
          else expect(after.rank).toBeGreaterThanOrEqual(before.rank);
        }
      }),
    );
  });
});
