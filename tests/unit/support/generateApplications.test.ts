// The benchmark's data has to be valid, reproducible and spread over time like a real tracker's,
// or the benchmark times an easier case than the one users have.
import { describe, expect, it } from 'vitest';
import { validateApplication } from '../../../shared/validateApplication';
import { isClosed } from '../../../shared/stageHistory';
import { termLabel } from '../../../shared/term';
import { generateApplications } from '../../support/generateApplications';

const NOW = new Date('2026-11-26T10:00:00-08:00');
const apps = generateApplications(2_000, NOW);

describe('generated applications', () => {
  it('are all valid applications', () => {
    const invalid = apps.filter((app) => !validateApplication(app).ok).map((app) => app.id);
    expect(invalid).toEqual([]);
  });

  it('are the same for the same seed, and the first n of a longer list are those of a shorter one', () => {
    expect(generateApplications(50, NOW)).toEqual(apps.slice(0, 50));
    expect(generateApplications(50, NOW, 7)).not.toEqual(apps.slice(0, 50));
  });

  it('never repeat a company, role and term', () => {
    const keys = new Set(apps.map((app) => `${app.company}|${app.role}|${termLabel(app.term)}`));
    expect(keys.size).toBe(apps.length);
  });

  it('have dates in the past and in the future, some deadlines done and some left open', () => {
    const today = '2026-11-26';
    const starts = apps.flatMap((app) => app.cohorts.map((c) => c.start));
    expect(starts.filter((start) => start < today).length).toBeGreaterThan(apps.length / 3);
    expect(starts.filter((start) => start > today).length).toBeGreaterThan(apps.length / 10);
    const pastDeadlines = apps.flatMap((app) => app.deadlines).filter((d) => d.at.slice(0, 10) < today);
    expect(pastDeadlines.some((d) => d.done)).toBe(true);
    expect(pastDeadlines.some((d) => !d.done)).toBe(true);
    expect(apps.flatMap((app) => app.deadlines).some((d) => d.at.includes('T'))).toBe(true);
  });

  it('hold every kind of application: going, closed, archived, and none recorded after now', () => {
    const stages = new Set(apps.map((app) => app.stageId));
    for (const stage of [
      'wishlist',
      'applied',
      'online-assessment',
      'phone-screen',
      'technical-interview',
      'offer',
      'accepted',
      'rejected',
      'ghosted',
    ])
      expect(stages).toContain(stage);
    expect(apps.filter(isClosed).length).toBeGreaterThan(apps.length / 5);
    expect(apps.filter((app) => app.archivedAt !== null).length).toBeGreaterThan(apps.length / 10);
    const latest = Math.max(...apps.flatMap((app) => app.stageHistory.map((h) => Date.parse(h.at))));
    expect(latest).toBeLessThanOrEqual(NOW.getTime());
  });

  it('hold interviews with the stages that had them, and excitement ratings', () => {
    expect(apps.filter((app) => app.events.length > 0).length).toBeGreaterThan(apps.length / 20);
    expect(apps.some((app) => app.excitement !== null) && apps.some((app) => app.excitement === null)).toBe(true);
  });
});
