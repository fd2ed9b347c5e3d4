// Where a card put between two others goes in board order. Columns are ordered by rank, so a
// card placed between two neighbours takes a rank between theirs and nothing else is written.

/** Room left beyond either end of a column, and between cards spread out anew. */
export const RANK_STEP = 1024;

export interface RankPlan {
  /** The placed card's new rank. */
  rank: number;
  /** Other cards of the column that need a new rank too (by index in `ranks`); usually none. */
  renumbered: { index: number; rank: number }[];
}

/**
 * Ranks for putting a card at `at` among `ranks` (the column's ranks in board order, without the
 * card): the midpoint of its neighbours, or a step beyond the end it goes to, so a move is one write.
 *
 * Neighbours can be too close to split: records added in one millisecond share one rank, and halving a
 * gap again and again runs out of precision. Then the run of cards around the place is spread out
 * evenly between the nearest ranks that leave room, widening until it fits (at an end there is
 * always room). That renumbers only the cards that must move, not the whole column, and keeps
 * every card's order.
 */
export function planRanks(ranks: readonly number[], at: number): RankPlan {
  const place = Math.max(0, Math.min(at, ranks.length));
  // The run renumbered is ranks[low, high); the placed card goes into it at `place`.
  let low = place;
  let high = place;
  for (;;) {
    const spread = spreadBetween(ranks[low - 1], ranks[high], high - low + 1);
    if (spread) {
      const at = place - low;
      const renumbered = spread
        .map((rank, k) => ({ index: k < at ? low + k : low + k - 1, rank }))
        .filter((_, k) => k !== at);
      return { rank: spread[at]!, renumbered };
    }
    // Doubling the run finds room in a few steps even when a whole column shares one rank.
    const grow = Math.max(1, high - low);
    low = Math.max(0, low - grow);
    high = Math.min(ranks.length, high + grow);
  }
}

/** `count` increasing ranks strictly between `below` and `above` (either may be open), or null. */
function spreadBetween(below: number | undefined, above: number | undefined, count: number): number[] | null {
  const ranks = Array.from({ length: count }, (_, k) => {
    if (below === undefined && above === undefined) return k * RANK_STEP;
    if (below === undefined) return above! - (count - k) * RANK_STEP;
    if (above === undefined) return below + (k + 1) * RANK_STEP;
    return below + ((above - below) * (k + 1)) / (count + 1);
  });
  const bounded = [below ?? -Infinity, ...ranks, above ?? Infinity];
  return bounded.every((rank, k) => k === 0 || rank > bounded[k - 1]!) ? ranks : null;
}
