// The plan sync in the app, on a real (fake-indexeddb) database and the web build's real
// scheduler: at start-up it sends what the scheduler has not heard, then each change sends the
// schedules of just the applications whose reminders changed; nothing ended, archived or deleted
// stays scheduled, nor comes back from a snooze.
import { render, waitFor } from '@testing-library/react';
import { addDays, addHours, subDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Deadline } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import * as reminderPlan from '@shared/reminders/reminderPlan';
import { planReminders } from '@shared/reminders/reminderPlan';
import { EVERY_UPCOMING, type ReminderEntry } from '@shared/reminders/reminder';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { DataProvider } from '../../../renderer/src/db/DataContext';
import { toRow, type AppDatabase } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { useReminderPlanSync } from '../../../renderer/src/features/reminders/useReminderPlanSync';
import { useToastStore } from '../../../renderer/src/state/toastStore';
import { anApplication } from '../applicationFixture';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop, type DesktopHarness } from './testDesktop';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

// Start-up is over at once here (the wait for the table's first screen is not what these test),
// unless a test says otherwise.
const startup = vi.hoisted(() => ({ over: true }));
vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => startup.over }));
vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./testDesktop')).testDesktop,
}));

const T0 = new Date('2026-03-02T12:00:00Z');
// Quiet hours off, so fire times do not depend on the time zone the tests run in.
const SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

function aDeadline(id: string, at: Date, done = false): Deadline {
  return { id, kind: 'assessment', at: toInstant(at), label: '', done };
}

/** An application with one deadline two days from T0: reminders 1 day and 3 hours before are ahead. */
function withDeadline(id: string, at = addDays(T0, 2)): Application {
  return anApplication(id, { deadlines: [aDeadline(`${id}-oa`, at)] });
}

async function databaseWith(apps: Application[], settings = SETTINGS) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  await writeSetting(db, reminderSettingsSetting, settings);
  return db;
}

function Sync() {
  useReminderPlanSync();
  return null;
}

function renderSync(db: AppDatabase) {
  return render(
    <DataProvider db={db}>
      <Sync />
    </DataProvider>,
  );
}

/** Each change as [application ids of its schedules, removed ids], sorted. */
const summary = (desktop: DesktopHarness) =>
  desktop.changes.map((change) => [change.schedules.map((s) => s.applicationId).sort(), [...change.removed].sort()]);

async function centreEntries(desktop: DesktopHarness): Promise<ReminderEntry[]> {
  const result = await desktop.reminders.reminderCentre(EVERY_UPCOMING);
  if (!result.ok) throw new Error(result.error);
  return [...result.value.upcoming, ...result.value.recent];
}

const scheduledApplications = async (desktop: DesktopHarness) =>
  [...new Set((await centreEntries(desktop)).map((e) => e.applicationId))].sort();

/** Moves an application's deadline: its reminders change, so its schedule is sent. */
async function moveDeadline(db: AppDatabase, id: string, days: number) {
  const stored = (await db.applications.get(id))!;
  await applicationsRepository(db).update({ ...stored, deadlines: [aDeadline(`${id}-oa`, addDays(T0, days))] }, stored);
}

beforeEach(() => {
  // Only Date is faked: the plan is made at T0, while timers, IndexedDB and React run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the reminder plan sync', () => {
  it('sends every stored application’s whole schedule once they are read', async () => {
    const desktop = resetTestDesktop();
    const apps = [withDeadline('acme'), withDeadline('globex', addDays(T0, 10))];
    renderSync(await databaseWith(apps));

    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    expect(summary(desktop)).toEqual([[['acme', 'globex'], []]]);
    // The whole schedule, the "3 days before" already past included; the scheduler keeps what is ahead.
    const acme = desktop.changes[0]!.schedules.find((s) => s.applicationId === 'acme')!;
    expect(acme.reminders.map((r) => r.id)).toEqual(
      ['3d', '1d', '3h'].map((lead) => `acme|deadline:acme-oa@${apps[0]!.deadlines[0]!.at}|${lead}`),
    );
    const scheduled = await centreEntries(desktop);
    expect(scheduled.map((e) => e.id).sort()).toEqual(
      planReminders(apps, SETTINGS, T0, US_DATES)
        .map((r) => r.id)
        .sort(),
    );
    expect(scheduled.filter((e) => e.applicationId === 'acme').map((e) => e.id.split('|').at(-1))).toEqual([
      '1d',
      '3h',
    ]);
  });

  it('plans an application added before start-up is over at once, not when start-up ends', async () => {
    startup.over = false;
    try {
      const desktop = resetTestDesktop();
      const db = await databaseWith([]);
      renderSync(db);
      await applicationsRepository(db).add({
        company: 'Early',
        role: 'Intern',
        deadlines: [aDeadline('early-oa', addDays(T0, 2))],
      });
      await waitFor(async () => expect((await centreEntries(desktop)).length).toBeGreaterThan(0));
      expect(summary(desktop).at(-1)?.[0]).toHaveLength(1);
    } finally {
      startup.over = true;
    }
  });

  it('sends exactly the one application edited among many, working out only its reminders', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith(Array.from({ length: 40 }, (_, i) => withDeadline(`app-${i}`)));
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    expect(desktop.changes[0]!.schedules).toHaveLength(40);

    const planned = vi.spyOn(reminderPlan, 'planReminders');
    await moveDeadline(db, 'app-7', 5);
    await waitFor(() => expect(desktop.changes).toHaveLength(2));
    expect(summary(desktop)[1]).toEqual([['app-7'], []]);
    expect(desktop.changes[1]!.schedules[0]!.reminders.map((r) => r.fireAt)).toEqual(
      [addDays(T0, 2), addDays(T0, 4), addHours(addDays(T0, 5), -3)].map(toInstant),
    );
    expect(planned).toHaveBeenCalledTimes(1);
  });

  it('sends nothing for an edit that leaves the reminders as they were', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith([withDeadline('acme'), withDeadline('globex')]);
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));

    const acme = (await db.applications.get('acme'))!;
    await applicationsRepository(db).update({ ...acme, notes: 'Called the recruiter' }, acme);
    // A later edit that does change reminders is sent alone.
    await moveDeadline(db, 'globex', 6);
    await waitFor(() => expect(desktop.changes).toHaveLength(2));
    expect(summary(desktop)[1]).toEqual([['globex'], []]);
  });

  it('tells the scheduler which applications were deleted, and leaves out those ended or archived', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith(['keep', 'rejected', 'archived', 'deleted'].map((id) => withDeadline(id)));
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    expect(await scheduledApplications(desktop)).toEqual(['archived', 'deleted', 'keep', 'rejected']);

    const repository = applicationsRepository(db);
    await repository.remove(['deleted']);
    await waitFor(() => expect(summary(desktop).at(-1)).toEqual([[], ['deleted']]));
    await repository.changeStage('rejected', { stageId: 'rejected' });
    await repository.setArchived(['archived'], true);

    await waitFor(async () => expect(await scheduledApplications(desktop)).toEqual(['keep']));
    expect(
      summary(desktop)
        .flatMap(([schedules]) => schedules)
        .sort(),
    ).toEqual(['archived', 'archived', 'deleted', 'keep', 'rejected', 'rejected']);
    // Ended and archived applications still have a schedule: an empty one.
    expect(desktop.changes.at(-1)!.schedules.every((s) => s.reminders.length === 0)).toBe(true);
  });

  it('sends the applications whose reminders change when the settings do, and nothing for the same settings again', async () => {
    const desktop = resetTestDesktop();
    const withCohort = anApplication('acme', {
      deadlines: [aDeadline('oa', addDays(T0, 2))],
      cohorts: [{ id: 'summer', start: '2026-06-15', end: '2026-09-04', label: '' }],
    });
    const db = await databaseWith([withCohort, withDeadline('globex'), anApplication('no-dates')]);
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));

    const twoHoursOnly: ReminderSettings = {
      ...SETTINGS,
      cohortStarts: { enabled: false, daysBefore: [14] },
      deadlines: { enabled: true, leadTimes: [{ amount: 2, unit: 'hours' }] },
    };
    await writeSetting(db, reminderSettingsSetting, twoHoursOnly);
    await waitFor(() => expect(desktop.changes).toHaveLength(2));
    // The application without dates has no reminders under either settings: nothing to send.
    expect(summary(desktop)[1]).toEqual([['acme', 'globex'], []]);
    expect((await centreEntries(desktop)).map((e) => e.id.split('|').at(-1))).toEqual(['2h', '2h']);

    await writeSetting(db, reminderSettingsSetting, { ...twoHoursOnly });
    await moveDeadline(db, 'globex', 6);
    await waitFor(() => expect(desktop.changes).toHaveLength(3));
    expect(summary(desktop)[2]).toEqual([['globex'], []]);
  });

  it('at start-up sends only what the scheduler has not heard: edited, added and deleted applications', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith(['same', 'edited', 'deleted'].map((id) => withDeadline(id)));
    const first = renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    first.unmount();

    // While the app was closed (or before the scheduler heard of it).
    await db.applications.put(toRow(withDeadline('edited', addDays(T0, 4))));
    await db.applications.add(toRow(withDeadline('added')));
    await db.applications.delete('deleted');
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(2));
    expect(summary(desktop)[1]).toEqual([['added', 'edited'], ['deleted']]);
    expect(desktop.fingerprintRequests).toBe(2);
    expect(await scheduledApplications(desktop)).toEqual(['added', 'edited', 'same']);
  });

  it('schedules start reminders once the application is applied to, and removes them when it is only saved again', async () => {
    const desktop = resetTestDesktop();
    const wishlisted = anApplication('acme', {
      deadlines: [aDeadline('apply', addDays(T0, 2))],
      cohorts: [{ id: 'summer', start: '2026-06-15', end: '2026-09-04', label: '' }],
    });
    expect(wishlisted.phase).toBe('saved');
    const db = await databaseWith([wishlisted]);
    renderSync(db);
    const targets = async () => [...new Set((await centreEntries(desktop)).map((e) => e.id.split('|')[1]))];
    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    // A wishlist's deadline is reminded of: applying by it is what the wishlist is for.
    expect(await targets()).toEqual([`deadline:apply@${wishlisted.deadlines[0]!.at}`]);

    const repository = applicationsRepository(db);
    await repository.changeStage('acme', { stageId: 'applied' });
    await waitFor(async () => expect(await targets()).toContain('cohort:summer:start@2026-06-15'));
    expect((await centreEntries(desktop)).filter((e) => e.id.includes('cohort:')).map((e) => e.title)).toEqual([
      'acme: Internship starts in 14 days',
      'acme: Internship starts in 3 days',
      'acme: Internship starts tomorrow',
    ]);

    await repository.changeStage('acme', { stageId: 'wishlist' });
    await waitFor(async () => expect(await targets()).toEqual([`deadline:apply@${wishlisted.deadlines[0]!.at}`]));
  });

  it('keeps an eligible application’s snoozed reminder and unplans, not dismisses, those that should no longer come', async () => {
    const apps = [withDeadline('keep'), withDeadline('ended'), withDeadline('archived'), withDeadline('done')];
    // Each application's "1 day before" reminder was shown earlier and snoozed until an hour from now.
    const shownEarlier = planReminders(apps, SETTINGS, subDays(T0, 3), US_DATES).filter((r) => r.id.endsWith('|1d'));
    const desktop = resetTestDesktop({
      saved: {
        entries: shownEarlier.map((r) => ({
          ...r,
          state: 'snoozed',
          firedAt: subDays(T0, 1).toISOString(),
          snoozedUntil: addHours(T0, 1).toISOString(),
        })),
      },
    });
    const db = await databaseWith(apps);
    renderSync(db);
    await waitFor(() => expect(desktop.changes).toHaveLength(1));
    const stateOf = async () =>
      Object.fromEntries(
        (await centreEntries(desktop)).filter((e) => e.id.endsWith('|1d')).map((e) => [e.applicationId, e.state]),
      );
    expect(await stateOf()).toEqual({ keep: 'snoozed', ended: 'snoozed', archived: 'snoozed', done: 'snoozed' });

    const repository = applicationsRepository(db);
    await repository.changeStage('ended', { stageId: 'withdrawn' });
    await repository.setArchived(['archived'], true);
    await repository.setDeadlineDone('done', 'done-oa', true);

    await waitFor(async () =>
      expect(await stateOf()).toEqual({
        keep: 'snoozed',
        ended: 'unplanned',
        archived: 'unplanned',
        done: 'unplanned',
      }),
    );
    expect((await desktop.saved()).entries.filter((e) => e.state === 'snoozed').map((e) => e.applicationId)).toEqual([
      'keep',
    ]);
  });

  it('says once that reminders could not be sent, however often it is retried, and again after it worked', async () => {
    const desktop = resetTestDesktop();
    desktop.changeError = 'Reminders could not be saved (disk full); they stay scheduled while the app runs.';
    const db = await databaseWith([withDeadline('acme')]);
    renderSync(db);
    const errors = () =>
      useToastStore
        .getState()
        .toasts.filter((t) => t.tone === 'error')
        .map((t) => t.message);
    await waitFor(() => expect(errors()).toEqual([desktop.changeError]));

    for (const days of [3, 4, 5]) {
      await moveDeadline(db, 'acme', days);
      await waitFor(() =>
        expect(desktop.changes.at(-1)?.schedules[0]?.reminders[0]?.id).toContain(`@${toInstant(addDays(T0, days))}`),
      );
    }
    expect(errors()).toHaveLength(1);

    desktop.changeError = null;
    window.dispatchEvent(new Event('focus'));
    await waitFor(async () => expect(await centreEntries(desktop)).not.toEqual([]));
    desktop.changeError = 'Reminders are not available: storage is full';
    const acme = (await db.applications.get('acme'))!;
    await applicationsRepository(db).update({ ...acme, deadlines: [] }, acme);
    await waitFor(() => expect(errors()).toHaveLength(2));
    expect(errors()[1]).toBe('Reminders are not available: storage is full');
  });
});
