// The dashboard's numbers on a small, hand-made search whose answers are worked out in comments.
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { appliedPerWeek, firstAnswer, furthestPhase, searchFacts, searchStats } from '@shared/dashboard/searchStats';
import { newApplication } from '@shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '@shared/pipeline';
import { withStageChange } from '@shared/stageHistory';

/** An application created on `created` in the first stage named, then moved through the others on their days. */
function path(id: string, created: string, moves: [stage: string, day: string][], appliedAt: string | null = null) {
  const [first, ...rest] = moves;
  let app: Application = newApplication(
    { company: id, role: 'Intern' },
    { id, now: `${created}T09:00:00-08:00`, stage: stageById(DEFAULT_PIPELINE, first![0])! },
  );
  rest.forEach(([stageId, day], i) => {
    const at = `${day}T09:00:00-08:00`;
    app = withStageChange(app, { id: `m${i}`, stage: stageById(DEFAULT_PIPELINE, stageId)!, at, note: '' }, at);
  });
  return appliedAt === null ? app : { ...app, appliedAt };
}

// A: only saved. B: applied Mar 2, assessment Mar 9 (7 days), rejected later. C: applied Mar 3, then
// ghosted: no answer. D: applied Mar 1, phone screen Mar 4 (3 days), on to an accepted offer. E: applied
// Mar 5 by its date alone, rejected Mar 10 (5 days). F: saved, then withdrawn without applying.
const A = path('A', '2026-02-20', [['wishlist', '2026-02-20']]);
const B = path('B', '2026-02-25', [
  ['wishlist', '2026-02-25'],
  ['applied', '2026-03-02'],
  ['online-assessment', '2026-03-09'],
  ['rejected', '2026-03-20'],
]);
const C = path('C', '2026-03-03', [
  ['applied', '2026-03-03'],
  ['ghosted', '2026-04-01'],
]);
const D = path('D', '2026-03-01', [
  ['applied', '2026-03-01'],
  ['phone-screen', '2026-03-04'],
  ['final-round', '2026-03-15'],
  ['offer', '2026-03-25'],
  ['accepted', '2026-03-28'],
]);
const E = path(
  'E',
  '2026-02-28',
  [
    ['wishlist', '2026-02-28'],
    ['rejected', '2026-03-10'],
  ],
  '2026-03-05',
);
const F = path('F', '2026-02-10', [
  ['wishlist', '2026-02-10'],
  ['withdrawn', '2026-02-12'],
]);
const ALL = [A, B, C, D, E, F];

describe('searchStats', () => {
  it('counts every application that reached each phase, from its whole history', () => {
    expect(searchStats(ALL).funnel).toEqual([
      { phase: 'saved', reached: 6, conversion: null },
      { phase: 'applied', reached: 4, conversion: 4 / 6 },
      { phase: 'in-process', reached: 2, conversion: 2 / 4 },
      { phase: 'offer', reached: 1, conversion: 1 / 2 },
      { phase: 'accepted', reached: 1, conversion: 1 },
    ]);
  });

  it('counts answers to what was applied to, and the median days until the first', () => {
    const stats = searchStats(ALL);
    expect(stats).toMatchObject({
      total: 6,
      applied: 4,
      answered: 3,
      responseRate: 0.75,
      medianDaysToAnswer: 5,
      timedAnswers: 3,
    });
  });

  it('counts a stage an application was added in as an answer, but not its day: that is the day it was added', () => {
    // G: applied Jan 10, added on Mar 1 already in its phone screen (as an import or the editor adds it).
    const G = path('G', '2026-03-01', [['phone-screen', '2026-03-01']], '2026-01-10');
    expect(searchStats([...ALL, G])).toMatchObject({ applied: 5, answered: 4, medianDaysToAnswer: 5, timedAnswers: 3 });
  });

  it('says nothing rather than zero when nothing was applied to', () => {
    expect(searchStats([A, F])).toMatchObject({ applied: 0, responseRate: null, medianDaysToAnswer: null });
    expect(searchStats([])).toMatchObject({ total: 0, responseRate: null });
  });
});

describe('what counts', () => {
  it('takes the furthest phase over the history, not the current one', () => {
    expect(furthestPhase(B)).toBe('in-process');
    expect(B.phase).toBe('closed');
    expect(furthestPhase(E)).toBe('applied');
  });

  it('does not take a withdrawal or being ghosted for an answer', () => {
    expect(firstAnswer(C)).toBeNull();
    expect(firstAnswer(E)?.stageId).toBe('rejected');
  });
});

describe('an application that went out on a day nothing records', () => {
  // H and I were imported on Mar 30 already applied, with no applied date: their entries bear the
  // day of the import. I then had a phone screen on Apr 2.
  const H = { ...path('H', '2026-03-30', [['applied', '2026-03-30']]), appliedAt: null };
  const I = {
    ...path('I', '2026-03-30', [
      ['applied', '2026-03-30'],
      ['phone-screen', '2026-04-02'],
    ]),
    appliedAt: null,
  };

  it('counts as applied, and its answer as an answer, but no day of it', () => {
    expect(searchStats([...ALL, H, I])).toMatchObject({ applied: 6, answered: 4, medianDaysToAnswer: 5 });
    expect(firstAnswer(I)?.stageId).toBe('phone-screen');
  });

  it('is in no week: not in the week of the import', () => {
    expect(appliedPerWeek([...ALL, H, I], '2026-04-02', 1, 1)).toEqual([{ weekStart: '2026-03-30', applied: 0 }]);
    // Moved past "saved" after it was added, it went out that day.
    const J = path('J', '2026-03-30', [
      ['wishlist', '2026-03-30'],
      ['applied', '2026-03-31'],
    ]);
    expect(appliedPerWeek([J], '2026-04-02', 1, 1)).toEqual([{ weekStart: '2026-03-30', applied: 1 }]);
  });
});

describe('stages reached on a day not recorded', () => {
  // A file merged in on Mar 30 said these had moved on, and gave no days for it: the entries stand
  // at the merge's moment, which is not the day they were added, nor a day anybody gave.
  const undated = (id: string, stageId: string): Application['stageHistory'][number] => ({
    id,
    stageId,
    phase: stageById(DEFAULT_PIPELINE, stageId)!.phase,
    at: '2026-03-30T09:00:00-08:00',
    dateUnknown: true,
    note: '',
  });
  const saved = path('K', '2026-02-01', [['wishlist', '2026-02-01']]);
  const K = {
    ...saved,
    stageHistory: [...saved.stageHistory, undated('k1', 'applied'), undated('k2', 'rejected')],
    stageId: 'rejected',
    phase: 'closed' as const,
  };
  const applied = path('L', '2026-03-02', [['applied', '2026-03-02']], '2026-03-02');
  const L = {
    ...applied,
    stageHistory: [...applied.stageHistory, undated('l1', 'rejected')],
    stageId: 'rejected',
    phase: 'closed' as const,
  };

  it('count as applied and answered, with no day of going out and no days to the answer', () => {
    expect(searchFacts(K)).toEqual({
      furthest: 'applied',
      applied: true,
      appliedOn: null,
      answered: true,
      daysToAnswer: null,
    });
    expect(searchFacts(L)).toMatchObject({ appliedOn: '2026-03-02', answered: true, daysToAnswer: null });
    expect(appliedPerWeek([K], '2026-04-02', 1, 1)).toEqual([{ weekStart: '2026-03-30', applied: 0 }]);
  });
});

describe('an application closed straight from the list', () => {
  // A tracker's "Rejected" row with no applied date, imported as saved then rejected: a company
  // can only reject what was sent, and "Ghosted" says nobody answered what was sent. A withdrawal
  // may come before applying (F above), so it says nothing of it.
  const rejected = path('M', '2026-02-01', [
    ['wishlist', '2026-02-01'],
    ['rejected', '2026-03-01'],
  ]);
  const ghosted = path('N', '2026-02-01', [
    ['wishlist', '2026-02-01'],
    ['ghosted', '2026-03-01'],
  ]);

  it('went out, on a day nothing records, and a rejection is its answer', () => {
    expect(searchFacts(rejected)).toEqual({
      furthest: 'applied',
      applied: true,
      appliedOn: null,
      answered: true,
      daysToAnswer: null,
    });
    expect(searchFacts(ghosted)).toMatchObject({ furthest: 'applied', applied: true, answered: false });
    expect(searchFacts(F)).toMatchObject({ furthest: 'saved', applied: false });
    // A closed stage of the student's own ("Deadline missed") says nothing of it either.
    const missed = {
      ...F,
      stageHistory: [...F.stageHistory.slice(0, 1), { ...F.stageHistory[1]!, stageId: 'deadline-missed' }],
    };
    expect(searchFacts(missed)).toMatchObject({ furthest: 'saved', applied: false });
    expect(
      searchStats([rejected, ghosted, F])
        .funnel.slice(0, 2)
        .map((step) => step.reached),
    ).toEqual([3, 2]);
  });
});

describe('appliedPerWeek', () => {
  it('counts applications by the week they went out, the locale week start first', () => {
    // Monday weeks ending with the week of Tue Mar 31: Feb 23 … Mar 30. D went out Sun Mar 1 (the
    // week of Feb 23); B, C and E between Mar 2 and Mar 5.
    expect(appliedPerWeek(ALL, '2026-03-31', 6, 1)).toEqual([
      { weekStart: '2026-02-23', applied: 1 },
      { weekStart: '2026-03-02', applied: 3 },
      { weekStart: '2026-03-09', applied: 0 },
      { weekStart: '2026-03-16', applied: 0 },
      { weekStart: '2026-03-23', applied: 0 },
      { weekStart: '2026-03-30', applied: 0 },
    ]);
  });

  it('starts weeks on Sunday where the locale does', () => {
    // Sunday weeks: D went out on Sun Mar 1, which opens the week of B, C and E.
    expect(appliedPerWeek(ALL, '2026-03-07', 2, 0)).toEqual([
      { weekStart: '2026-02-22', applied: 0 },
      { weekStart: '2026-03-01', applied: 4 },
    ]);
  });
});
