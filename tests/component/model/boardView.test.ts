// The board kept up to date card by card shows what grouping every row from scratch shows.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, activeStages } from '@shared/pipeline';
import type { RowChange } from '../../../renderer/src/model/applicationsModel';
import { boardOrder, createBoardView, type BoardQuery, type Columns } from '../../../renderer/src/model/boardView';
import { filterRows, toTableRows, type TableRow } from '../../../renderer/src/model/tableRows';
import { NO_FILTERS } from '../../../renderer/src/state/uiStore';
import { generateApplications } from '../../support/generateApplications';
import { searchKeystroke, typed } from '../../support/searchKeys';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const STAGES = activeStages(DEFAULT_PIPELINE);
const row = (app: TableRow['app']) => toTableRows([app], DEFAULT_PIPELINE, NOW)[0]!;

/** Columns worked out from scratch: the filtered rows, grouped by stage, in board order. */
function expectedColumns(rows: TableRow[], query: BoardQuery): Record<string, string[]> {
  const columns: Record<string, string[]> = {};
  for (const r of filterRows(rows, query.filters, query.search).sort(boardOrder)) {
    (columns[r.app.stageId] ??= []).push(r.app.id);
  }
  return columns;
}

function idsOf(columns: Columns): Record<string, string[]> {
  return Object.fromEntries([...columns].map(([stage, rows]) => [stage, rows.map((r) => r.app.id)]));
}

type Step =
  | { type: 'move'; index: number; stage: number; rank: number }
  | { type: 'remove'; index: number }
  | { type: 'key'; key: string }
  | { type: 'archived'; show: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('move' as const),
    index: fc.nat(),
    stage: fc.nat({ max: STAGES.length - 1 }),
    rank: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ type: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({ type: fc.constant('key' as const), key: searchKeystroke }),
  fc.record({ type: fc.constant('archived' as const), show: fc.boolean() }),
);

describe('the board, kept up to date card by card', () => {
  const pool = generateApplications(80, NOW);

  it('shows what grouping every row from scratch shows, after any sequence of moves and keystrokes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const board = createBoardView();
        const current = new Map(pool.map((app) => [app.id, row(app)]));
        board.reset([...current.values()]);
        let query: BoardQuery = { filters: NO_FILTERS, search: '' };
        for (const s of steps) {
          const rows = [...current.values()];
          const apply = (changes: RowChange[]) => board.apply(changes);
          if (s.type === 'key') query = { ...query, search: typed(query.search, s.key) };
          else if (s.type === 'archived') query = { ...query, filters: { ...NO_FILTERS, showArchived: s.show } };
          else if (rows.length > 0) {
            const before = rows[s.index % rows.length]!;
            if (s.type === 'remove') {
              current.delete(before.app.id);
              apply([{ before, after: undefined }]);
            } else {
              const stage = STAGES[s.stage]!;
              const after = row({ ...before.app, stageId: stage.id, phase: stage.phase, boardRank: s.rank });
              current.set(after.app.id, after);
              apply([{ before, after }]);
            }
          }
          expect(idsOf(board.columns(query))).toEqual(expectedColumns([...current.values()], query));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the columns a move did not touch as they were', () => {
    const board = createBoardView();
    const rows = toTableRows(pool, DEFAULT_PIPELINE, NOW);
    board.reset(rows);
    const query: BoardQuery = { filters: { ...NO_FILTERS, showArchived: true }, search: '' };
    const before = board.columns(query);
    const moved = rows.find((r) => r.app.stageId === 'applied')!;
    const after = row({ ...moved.app, stageId: 'offer', phase: 'offer' });
    board.apply([{ before: moved, after }]);
    const columns = board.columns(query);
    for (const [stage, cards] of columns) {
      if (stage === 'applied' || stage === 'offer') expect(cards).not.toBe(before.get(stage));
      else expect(cards).toBe(before.get(stage));
    }
  });
});
