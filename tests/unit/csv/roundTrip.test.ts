import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { applicationArb } from '../arbitraries';
import { importText } from './importHelpers';

const NOW = new Date(2026, 1, 5, 12, 0);

/** Every field the CSV export shows (the computed columns follow from these). */
function exportedFields(app: Application) {
  const chosen = app.cohorts.find((c) => c.id === app.chosenCohortId);
  return {
    company: app.company,
    role: app.role,
    status: app.status,
    appliedAt: app.appliedAt,
    cohorts: app.cohorts.map(({ start, end, label }) => ({ start, end, label })),
    chosenCohort: chosen ? { start: chosen.start, end: chosen.end } : null,
    durationWeeks: app.durationWeeks,
    pay: app.pay,
    locations: app.locations,
    workMode: app.workMode,
    employmentType: app.employmentType,
    term: app.term,
    deadlines: app.deadlines.map(({ at, kind, label, done }) => ({ at, kind, label, done })),
    priority: app.priority,
    source: app.source,
    tags: app.tags,
    postingUrl: app.postingUrl,
    notes: app.notes,
    statusHistory: app.statusHistory.map((h) => ({ status: h.status, date: h.at.slice(0, 10) })),
  };
}

describe('CSV round trip', () => {
  it('reads our export back with the same values for every exported field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(applicationArb, { minLength: 1, maxLength: 6 }), async (apps) => {
        const csv = applicationsToCsv(apps, NOW);
        const preview = await importText(csv);
        expect(preview.errors).toEqual([]);
        expect(preview.warnings).toEqual([]);
        const back = preview.rows.map((r) => r.application);
        expect(back.map(exportedFields)).toEqual(apps.map(exportedFields));
        // The computed columns (next date, normalised pay) come out the same too.
        expect(applicationsToCsv(back, NOW)).toBe(csv);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
