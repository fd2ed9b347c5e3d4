// The dashboard's date range: which days each preset covers, and the day an application went out.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { inRange, presetRange, rangeProblem, wentOutOn } from '@shared/dashboard/dateRange';
import { newApplication } from '@shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '@shared/pipeline';
import { withStageChange } from '@shared/stageHistory';
import { anApplication } from '../core/applicationFixture';

describe('presetRange', () => {
  it('counts today as the last of the days', () => {
    // 2026 is not a leap year: 29 days before Mar 2 is Feb 1, 89 days before is Dec 3.
    expect(presetRange('last-30-days', '2026-03-02')).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    expect(presetRange('last-90-days', '2026-03-02')).toEqual({ from: '2025-12-03', to: '2026-03-02' });
    expect(presetRange('last-12-months', '2026-03-02')).toEqual({ from: '2025-03-03', to: '2026-03-02' });
  });

  it('crosses a change to summer time by calendar days', () => {
    // Clocks go forward on Mar 8 2026 in California; days stay days.
    expect(presetRange('last-30-days', '2026-03-20')).toEqual({ from: '2026-02-19', to: '2026-03-20' });
  });

  it('leaves all time open at both ends', () => {
    expect(presetRange('all-time', '2026-03-02')).toEqual({ from: null, to: null });
  });
});

describe('inRange', () => {
  it('includes both ends and leaves an open end open', () => {
    const range = { from: '2026-02-01', to: '2026-03-02' };
    expect(['2026-01-31', '2026-02-01', '2026-03-02', '2026-03-03'].map((d) => inRange(range, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inRange({ from: null, to: '2026-03-02' }, '1999-01-01')).toBe(true);
    expect(inRange({ from: '2026-02-01', to: null }, '2099-01-01')).toBe(true);
  });
});

describe('rangeProblem', () => {
  it('refuses a range that ends before it starts, and nothing else', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('The range ends before it starts');
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-02' })).toBeNull();
    expect(rangeProblem({ from: null, to: '2026-03-01' })).toBeNull();
  });
});

describe('wentOutOn', () => {
  it('is the applied date when there is one', () => {
    expect(wentOutOn(anApplication({ appliedAt: '2026-02-03' }))).toBe('2026-02-03');
  });

  it('is the first move past saved when there is no applied date', () => {
    const saved = anApplication(); // created Jan 10 in the wishlist
    const at = '2026-01-20T09:00:00-08:00';
    const moved = withStageChange(
      saved,
      { id: 'm1', stage: stageById(DEFAULT_PIPELINE, 'phone-screen')!, at, note: '' },
      at,
    );
    expect(moved.appliedAt).toBeNull();
    expect(wentOutOn(moved)).toBe('2026-01-20');
  });

  it('is the day it was saved for one never applied to', () => {
    expect(wentOutOn(anApplication())).toBe('2026-01-10');
  });

  it('is not known for one saved on a day not recorded (an import\'s "Wishlist" with no date)', () => {
    const app = anApplication();
    const saved = { ...app, stageHistory: [{ ...app.stageHistory[0]!, dateUnknown: true as const }] };
    expect(wentOutOn(saved)).toBeNull();
  });

  it('is not known for one added already applied without an applied date, and counts in All time alone', () => {
    const imported = newApplication(
      { company: 'Figma', role: 'Design Intern' },
      { id: 'figma', now: '2026-03-30T09:00:00-08:00', stage: stageById(DEFAULT_PIPELINE, 'applied')! },
    );
    const undated = { ...imported, appliedAt: null };
    expect(wentOutOn(undated)).toBeNull();
    expect(inRange(presetRange('last-30-days', '2026-03-31'), wentOutOn(undated))).toBe(false);
    expect(inRange(presetRange('all-time', '2026-03-31'), wentOutOn(undated))).toBe(true);
  });
});
