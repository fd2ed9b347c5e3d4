import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, type Phase } from '@shared/application';
import { readStageHistory, writeStageHistory } from '@shared/csv/stageHistoryCell';
import { instantArb, nonBlankArb, textArb } from '../arbitraries';

/** Stage texts by id, as historyStageWriter would give them. */
const names: Record<string, string> = {
  applied: 'Applied',
  coffee: 'Coffee chat (In process)',
  odd: 'Round: 2 \\ final',
};
const nameOf = (entry: { stageId: string }) => names[entry.stageId]!;

describe('the stage history cell', () => {
  it('writes one entry per line: its time, its stage and its note', () => {
    const text = writeStageHistory(
      [
        { stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00-08:00', note: '' },
        { stageId: 'coffee', phase: 'in-process', at: '2026-02-01T16:00:00-08:00', note: 'With Ana: 30 min\nnice' },
      ],
      nameOf,
    );
    expect(text).toBe(
      '2026-01-05T09:30:00-08:00 Applied\n2026-02-01T16:00:00-08:00 Coffee chat (In process): With Ana: 30 min\\nnice',
    );
  });

  it('writes the date alone for an entry known only by its day, which reads back as that date', () => {
    const text = writeStageHistory(
      [
        { stageId: 'applied', phase: 'applied', at: '2026-10-14T12:00:00-04:00', dayOnly: true, note: '' },
        { stageId: 'coffee', phase: 'in-process', at: '2026-10-20T12:00:00-04:00', note: 'At noon' },
      ],
      nameOf,
    );
    expect(text).toBe('2026-10-14 Applied\n2026-10-20T12:00:00-04:00 Coffee chat (In process): At noon');
    expect(readStageHistory(text)).toMatchObject({
      ok: true,
      value: [{ at: '2026-10-14' }, { at: '2026-10-20T12:00:00-04:00' }],
    });
  });

  it('writes no date for an entry whose date was not recorded, which reads back as no date', () => {
    const text = writeStageHistory(
      [
        { stageId: 'applied', phase: 'applied', at: '2026-10-14T12:00:00-04:00', dayOnly: true, note: '' },
        { stageId: 'coffee', phase: 'in-process', at: '2026-12-07T13:22:00-05:00', dateUnknown: true, note: 'Asked' },
      ],
      nameOf,
    );
    expect(text).toBe('2026-10-14 Applied\nCoffee chat (In process): Asked');
    expect(readStageHistory(text)).toEqual({
      ok: true,
      value: [
        { at: '2026-10-14', stage: 'Applied', phase: null, note: '' },
        { at: null, stage: 'Coffee chat', phase: 'in-process', note: 'Asked' },
      ],
    });
    // First, or with an arrow in its note, it is still no v1 history.
    expect(readStageHistory('Rejected: said no -> closed\n2026-10-14 Applied')).toEqual({
      ok: true,
      value: [
        { at: null, stage: 'Rejected', phase: null, note: 'said no -> closed' },
        { at: '2026-10-14', stage: 'Applied', phase: null, note: '' },
      ],
    });
  });

  it('reads it back, the phase apart from the name, the note after the first colon', () => {
    expect(
      readStageHistory(
        '2026-01-05T09:30:00-08:00 Applied\n2026-02-01T16:00:00-08:00 Coffee chat (In process): With Ana: 30 min\\nnice',
      ),
    ).toEqual({
      ok: true,
      value: [
        { at: '2026-01-05T09:30:00-08:00', stage: 'Applied', phase: null, note: '' },
        { at: '2026-02-01T16:00:00-08:00', stage: 'Coffee chat', phase: 'in-process', note: 'With Ana: 30 min\nnice' },
      ],
    });
  });

  it('escapes a colon in a stage name', () => {
    const text = writeStageHistory(
      [{ stageId: 'odd', phase: 'closed', at: '2026-02-01T16:00:00Z', note: 'x' }],
      nameOf,
    );
    expect(text).toBe('2026-02-01T16:00:00Z Round\\: 2 \\\\ final: x');
    expect(readStageHistory(text)).toEqual({
      ok: true,
      value: [{ at: '2026-02-01T16:00:00Z', stage: 'Round: 2 \\ final', phase: null, note: 'x' }],
    });
  });

  it("reads a v1 export's history, each entry at its date", () => {
    expect(readStageHistory('applied 2026-01-05 → interviewing 2026-02-01 -> Offer 2026-02-20')).toEqual({
      ok: true,
      value: [
        { at: '2026-01-05', stage: 'applied', phase: null, note: '' },
        { at: '2026-02-01', stage: 'interviewing', phase: null, note: '' },
        { at: '2026-02-20', stage: 'Offer', phase: null, note: '' },
      ],
    });
  });

  it('names the line it cannot read', () => {
    expect(readStageHistory('2026-01-05T09:30:00-08:00 Applied\n2026-02-30 Offer')).toEqual({
      ok: false,
      bad: '2026-02-30 Offer',
    });
    expect(readStageHistory('2026-13-05 Applied')).toEqual({ ok: false, bad: '2026-13-05 Applied' });
    expect(readStageHistory('applied 2026-01-05 → vibing')).toEqual({ ok: false, bad: 'vibing' });
  });

  it('gives back any entries exactly', () => {
    const entry = fc.record({
      stage: nonBlankArb(20),
      phase: fc.option(fc.constantFrom(...PHASES), { nil: null }),
      at: fc.option(instantArb, { nil: null }),
      note: textArb(30),
    });
    // A stage is named in words (a line of no date starts with its name, not with a date).
    const named = entry.filter((e) => e.at !== null || /^[A-Za-z]/.test(e.stage));
    fc.assert(
      fc.property(fc.array(named, { minLength: 1, maxLength: 4 }), (entries) => {
        const byIndex = entries.map((e) => (e.phase ? `${e.stage} (${LABELS[e.phase]})` : e.stage));
        const text = writeStageHistory(
          entries.map((e, i) => ({
            stageId: String(i),
            phase: 'saved' as Phase,
            ...(e.at === null ? { at: '2026-12-07T13:22:00Z', dateUnknown: true as const } : { at: e.at }),
            note: e.note,
          })),
          (e) => byIndex[Number(e.stageId)]!,
        );
        const read = readStageHistory(text);
        expect(read.ok).toBe(true);
        // A name that itself ends like "(Offer)" reads as that phase; the writer adds the phase then.
        if (read.ok)
          expect(read.value.map((r) => (r.phase ? `${r.stage} (${LABELS[r.phase]})` : r.stage))).toEqual(byIndex);
        if (read.ok) expect(read.value.map((r) => [r.at, r.note])).toEqual(entries.map((e) => [e.at, e.note]));
      }),
    );
  });
});

const LABELS: Record<Phase, string> = {
  saved: 'Saved',
  applied: 'Applied',
  'in-process': 'In process',
  offer: 'Offer',
  accepted: 'Accepted',
  closed: 'Closed',
};
