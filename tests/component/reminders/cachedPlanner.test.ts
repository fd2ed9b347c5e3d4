// The cached planner's schedules, kept by the scheduler from any moment on, are exactly what
// planReminders plans at that moment, through edits, time passing and settings changes, while
// only what changed is worked out again.
import { addMinutes } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as reminderPlan from '@shared/reminders/reminderPlan';
import type { Application } from '@shared/application';
import { toCalendarDate, toInstant } from '@shared/calendarDate';
import type { ApplicationSchedule, PlannedReminder } from '@shared/reminders/reminder';
import { planReminders } from '@shared/reminders/reminderPlan';
import { startReminderScheduler } from '@shared/reminders/reminderScheduler';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { createCachedPlanner, PLAN_SLICE_MS } from '../../../renderer/src/features/reminders/cachedPlanner';
import { anApplication } from '../applicationFixture';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

const BASE = new Date('2026-03-01T00:00:00Z');
const DAY_MINUTES = 24 * 60;
const at = (minutes: number) => addMinutes(BASE, minutes);
const noPause = () => Promise.resolve();
const deadline = (id: string, days: number) => ({
  id: `${id}-oa`,
  kind: 'assessment' as const,
  at: toInstant(addMinutes(BASE, days * DAY_MINUTES)),
  label: '',
  done: false,
});

/** What a new scheduler whose clock says `now` keeps of these schedules, in planReminders' order. */
async function keptAt(now: Date, schedules: ApplicationSchedule[]): Promise<PlannedReminder[]> {
  const scheduler = await startReminderScheduler({
    now: () => now.getTime(),
    timers: { set: () => null, clear: () => undefined },
    notifier: { show: () => undefined },
    store: { load: async () => null, write: async () => undefined, keepCopy: async () => '' },
    onCommand: () => undefined,
    onError: (message) => {
      throw new Error(message);
    },
  });
  await scheduler.applyChanges({ schedules, removed: [] });
  const centre = await scheduler.centre();
  if (!centre.ok) throw new Error(centre.error);
  return centre.value.upcoming
    .map(({ state: _state, firedAt: _firedAt, snoozedUntil: _snoozedUntil, ...reminder }) => reminder)
    .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || a.id.localeCompare(b.id));
}

// Whole days at a few times, so that reminders of different applications often fall together.
const deadlineArb = fc.record({
  minutes: fc
    .tuple(fc.integer({ min: -3, max: 15 }), fc.constantFrom(9 * 60, 17 * 60, 23 * 60 + 30))
    .map(([days, minutes]) => days * DAY_MINUTES + minutes),
  dateOnly: fc.boolean(),
  done: fc.boolean(),
});

const appArb = (id: string) =>
  fc
    .record({
      deadlines: fc.array(deadlineArb, { maxLength: 3 }),
      cohortDays: fc.array(fc.integer({ min: -2, max: 15 }), { maxLength: 2 }),
      stage: fc.constantFrom('applied', 'phone-screen', 'rejected'),
      archived: fc.boolean(),
    })
    .map(({ deadlines, cohortDays, stage, archived }): Application => {
      const app = anApplication(
        id,
        {
          deadlines: deadlines.map((d, i) => ({
            id: `${id}-d${i}`,
            kind: 'assessment',
            at: d.dateOnly ? toCalendarDate(at(d.minutes)) : toInstant(at(d.minutes)),
            label: '',
            done: d.done,
          })),
          cohorts: cohortDays.map((days, i) => ({
            id: `${id}-c${i}`,
            start: toCalendarDate(at(days * DAY_MINUTES)),
            end: toCalendarDate(at((days + 80) * DAY_MINUTES)),
            label: '',
          })),
        },
        { stage, archivedAt: archived ? toInstant(BASE) : null },
      );
      return app;
    });

// Listed in the opposite order to their ids, as the database may list them.
const appsArb = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => appArb(`app-${count - i}`))));

const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  cohortStarts: fc.record({
    enabled: fc.boolean(),
    daysBefore: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
  }),
  deadlines: fc.record({
    enabled: fc.boolean(),
    leadTimes: fc.array(
      fc.record({ amount: fc.integer({ min: 0, max: 72 }), unit: fc.constantFrom('days', 'hours') }),
      {
        maxLength: 4,
      },
    ),
  }),
  events: fc.record({
    enabled: fc.boolean(),
    leadTimes: fc.array(
      fc.record({ amount: fc.integer({ min: 0, max: 72 }), unit: fc.constantFrom('days', 'hours') }),
      { maxLength: 3 },
    ),
  }),
  followUps: fc.record({
    enabled: fc.boolean(),
    afterApplying: fc.record({ enabled: fc.boolean(), days: fc.integer({ min: 1, max: 30 }) }),
  }),
  remindAt: fc.constantFrom('09:00', '07:30', '23:15'),
  quietHours: fc.record({
    enabled: fc.boolean(),
    start: fc.constantFrom('22:00', '13:00'),
    end: fc.constantFrom('08:00', '14:30'),
  }),
});

describe('the cached planner', () => {
  it('gives the scheduler what planReminders plans, through edits, time passing and new settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        appsArb,
        appsArb,
        settingsArb,
        settingsArb,
        fc.array(fc.integer({ min: -2 * DAY_MINUTES, max: 16 * DAY_MINUTES }), { minLength: 1, maxLength: 3 }),
        async (before, replacements, firstSettings, secondSettings, nows) => {
          const planner = createCachedPlanner();
          // Some applications edited (new objects), the others the same objects as before.
          const after = before.map((app, i) =>
            i % 2 === 0 && replacements[i] ? { ...replacements[i]!, id: app.id } : app,
          );
          const steps: [Application[], ReminderSettings][] = [
            [before, firstSettings],
            [after, firstSettings],
            [after, { ...firstSettings }],
            [after, secondSettings],
          ];
          for (const [apps, settings] of steps) {
            for (const minutes of nows) {
              await planner.prepare(apps, settings, noPause);
              const schedules = apps.map((app) => planner.schedule(app, settings));
              expect(await keptAt(at(minutes), schedules)).toEqual(
                planReminders(apps, settings, at(minutes), US_DATES),
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('works out again only the applications that changed, and everything when the settings change', async () => {
    const spy = vi.spyOn(reminderPlan, 'planReminders');
    const planner = createCachedPlanner();
    const apps = ['a', 'b', 'c'].map((id) => anApplication(id, { deadlines: [deadline(id, 2)] }));
    await planner.prepare(apps, DEFAULT_REMINDER_SETTINGS, noPause);
    expect(spy).toHaveBeenCalledTimes(3);

    // The same records under equal settings: nothing worked out again.
    const before = apps.map((app) => planner.schedule(app, { ...DEFAULT_REMINDER_SETTINGS }));
    expect(spy).toHaveBeenCalledTimes(3);

    // An edit is a new record object: only it is worked out again.
    const edited = [apps[0]!, { ...apps[1]!, deadlines: [deadline('b', 3)] }, apps[2]!];
    const after = edited.map((app) => planner.schedule(app, DEFAULT_REMINDER_SETTINGS));
    expect(spy).toHaveBeenCalledTimes(4);
    expect(after.map((s, i) => s.fingerprint === before[i]!.fingerprint)).toEqual([true, false, true]);

    edited.forEach((app) => planner.schedule(app, { ...DEFAULT_REMINDER_SETTINGS, remindAt: '10:00' }));
    expect(spy).toHaveBeenCalledTimes(7);

    // The time zone moved: local times moved with it.
    planner.forget();
    edited.forEach((app) => planner.schedule(app, { ...DEFAULT_REMINDER_SETTINGS, remindAt: '10:00' }));
    expect(spy).toHaveBeenCalledTimes(10);
    spy.mockRestore();
  });

  it('pauses each time it has worked for a slice of time, and not for what it already knows', async () => {
    // A clock that moves 1 ms each time it is read: once per application planned.
    let ms = 0;
    const planner = createCachedPlanner(() => ms++);
    const apps = Array.from({ length: 25 }, (_, i) => anApplication(`app-${i}`));
    const pause = vi.fn(noPause);
    await planner.prepare(apps, DEFAULT_REMINDER_SETTINGS, pause);
    expect(pause).toHaveBeenCalledTimes(Math.floor(25 / PLAN_SLICE_MS));
    await planner.prepare(apps, DEFAULT_REMINDER_SETTINGS, pause);
    expect(pause).toHaveBeenCalledTimes(Math.floor(25 / PLAN_SLICE_MS));
  });
});
