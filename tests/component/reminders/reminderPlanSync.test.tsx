// The plan sync, on a real (fake-indexeddb) database and the web build's real scheduler: every
// change in the applications or the reminder settings sends a new plan; nothing ended, archived
// or deleted stays in it, nor comes back from a snooze.
import { render, waitFor } from '@testing-library/react';
import { addDays, addHours, subDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Deadline } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { planReminders } from '@shared/reminders/reminderPlan';
import type { ReminderEntry } from '@shared/reminders/reminder';
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

// Start-up is over at once here: the wait for the table's first screen is not what these test.
vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => true }));
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

const applicationIds = (plan: { applicationId: string }[]) => [...new Set(plan.map((r) => r.applicationId))].sort();
const lastPlan = (desktop: DesktopHarness) => desktop.plans.at(-1) ?? [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function centreEntries(desktop: DesktopHarness): Promise<ReminderEntry[]> {
  const result = await desktop.reminders.reminderCentre();
  if (!result.ok) throw new Error(result.error);
  return [...result.value.upcoming, ...result.value.recent];
}

beforeEach(() => {
  // Only Date is faked: the plan is made at T0, while timers, IndexedDB and React run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the reminder plan sync', () => {
  it('sends the plan of the stored applications once they are read', async () => {
    const desktop = resetTestDesktop();
    const apps = [withDeadline('acme'), withDeadline('globex', addDays(T0, 10))];
    renderSync(await databaseWith(apps));

    await waitFor(() => expect(desktop.plans).toHaveLength(1));
    expect(desktop.plans[0]).toEqual(planReminders(apps, SETTINGS, T0));
    expect(desktop.plans[0]!.map((r) => r.id)).toContain(`acme|deadline:acme-oa@${apps[0]!.deadlines[0]!.at}|3h`);
    const scheduled = await centreEntries(desktop);
    expect(scheduled.map((e) => e.id).sort()).toEqual(desktop.plans[0]!.map((r) => r.id).sort());
  });

  it('sends a new plan when deadlines are added, holding every one of them', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith([anApplication('acme')]);
    renderSync(db);
    await waitFor(() => expect(desktop.plans).toHaveLength(1));
    expect(desktop.plans[0]).toEqual([]);

    // How many plans a burst of edits sends depends on how fast they are written: planSync.test.ts
    // holds it to one on a fake clock. Here, the plan that comes last is the one that counts.
    const repository = applicationsRepository(db);
    const stored = (await db.applications.get('acme'))!;
    const deadlines = [aDeadline('a', addDays(T0, 2)), aDeadline('b', addDays(T0, 5)), aDeadline('c', addDays(T0, 8))];
    for (let i = 1; i <= deadlines.length; i += 1)
      await repository.update({ ...stored, deadlines: deadlines.slice(0, i) });

    const app = (await db.applications.get('acme'))!;
    await waitFor(() => expect(lastPlan(desktop)).toEqual(planReminders([app], SETTINGS, T0)));
    expect(new Set(lastPlan(desktop).map((r) => r.id.split('|')[1]))).toEqual(
      new Set(deadlines.map((d) => `deadline:${d.id}@${d.at}`)),
    );
  });

  it('leaves out applications that end, are archived or are deleted', async () => {
    const desktop = resetTestDesktop();
    const db = await databaseWith(['keep', 'rejected', 'archived', 'deleted'].map((id) => withDeadline(id)));
    renderSync(db);
    await waitFor(() => expect(applicationIds(lastPlan(desktop))).toEqual(['archived', 'deleted', 'keep', 'rejected']));

    const repository = applicationsRepository(db);
    await repository.changeStatus('rejected', 'rejected');
    await repository.setArchived(['archived'], true);
    await repository.remove(['deleted']);

    await waitFor(() => expect(applicationIds(lastPlan(desktop))).toEqual(['keep']));
    expect(applicationIds(await centreEntries(desktop))).toEqual(['keep']);
  });

  it('plans again when the reminder settings change', async () => {
    const desktop = resetTestDesktop();
    const app = anApplication('acme', {
      deadlines: [aDeadline('oa', addDays(T0, 2))],
      cohorts: [{ id: 'summer', start: '2026-06-15', end: '2026-09-04', label: '' }],
    });
    const db = await databaseWith([app]);
    renderSync(db);
    await waitFor(() => expect(desktop.plans).toHaveLength(1));
    expect(lastPlan(desktop).map((r) => r.id.split('|').at(-1))).toEqual(['1d', '3h', '14d', '3d', '1d']);

    const twoHoursOnly: ReminderSettings = {
      ...SETTINGS,
      cohortStarts: { enabled: false, daysBefore: [14] },
      deadlines: { enabled: true, leadTimes: [{ amount: 2, unit: 'hours' }] },
    };
    await writeSetting(db, reminderSettingsSetting, twoHoursOnly);
    await waitFor(() => expect(desktop.plans).toHaveLength(2));
    expect(lastPlan(desktop)).toEqual(planReminders([app], twoHoursOnly, T0));
    expect(lastPlan(desktop).map((r) => r.id.split('|').at(-1))).toEqual(['2h']);

    await writeSetting(db, reminderSettingsSetting, { ...twoHoursOnly, deadlines: { enabled: false, leadTimes: [] } });
    await waitFor(() => expect(desktop.plans).toHaveLength(3));
    expect(lastPlan(desktop)).toEqual([]);
  });

  it('does not send the same plan twice, but plans again when reminders fire', async () => {
    const desktop = resetTestDesktop();
    const app = withDeadline('acme');
    renderSync(await databaseWith([app]));
    await waitFor(() => expect(desktop.plans).toHaveLength(1));

    window.dispatchEvent(new Event('focus'));
    desktop.send({ type: 'reminders-changed' });
    await pause(500);
    expect(desktop.plans).toHaveLength(1);

    // A day later, a minute after the "1 day before" reminder was due.
    vi.setSystemTime(addHours(addDays(T0, 1), 0.02));
    desktop.send({ type: 'reminders-changed' });
    await waitFor(() => expect(desktop.plans).toHaveLength(2));
    expect(lastPlan(desktop).map((r) => r.id.split('|').at(-1))).toEqual(['3h']);
    expect(desktop.shown.map((n) => n.title)).toEqual(['acme: Assessment due tomorrow']);
  });

  it('keeps an eligible application’s snoozed reminder and dismisses those that should no longer come', async () => {
    const apps = [
      withDeadline('keep'),
      withDeadline('ended'),
      withDeadline('archived'),
      withDeadline('deleted'),
      withDeadline('done'),
    ];
    // Each application's "1 day before" reminder was shown earlier and snoozed until an hour from now.
    const shownEarlier = planReminders(apps, SETTINGS, subDays(T0, 3)).filter((r) => r.id.endsWith('|1d'));
    const desktop = resetTestDesktop({
      savedState: {
        version: 1,
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
    await waitFor(() => expect(desktop.plans).toHaveLength(1));
    const stateOf = async () =>
      Object.fromEntries(
        (await centreEntries(desktop)).filter((e) => e.id.endsWith('|1d')).map((e) => [e.applicationId, e.state]),
      );
    expect(await stateOf()).toEqual({
      keep: 'snoozed',
      ended: 'snoozed',
      archived: 'snoozed',
      deleted: 'snoozed',
      done: 'snoozed',
    });

    const repository = applicationsRepository(db);
    await repository.changeStatus('ended', 'withdrawn');
    await repository.setArchived(['archived'], true);
    await repository.remove(['deleted']);
    await repository.setDeadlineDone('done', 'done-oa', true);

    await waitFor(async () =>
      expect(await stateOf()).toEqual({
        keep: 'snoozed',
        ended: 'dismissed',
        archived: 'dismissed',
        deleted: 'dismissed',
        done: 'dismissed',
      }),
    );
    expect(
      desktop
        .saved()
        ?.entries.filter((e) => e.state === 'snoozed')
        .map((e) => e.applicationId),
    ).toEqual(['keep']);
  });

  it('says once that the plan could not be sent, however often it is retried, and again after it worked', async () => {
    const desktop = resetTestDesktop();
    desktop.planError = 'Reminders could not be saved (disk full); they stay scheduled while the app runs.';
    const db = await databaseWith([withDeadline('acme')]);
    renderSync(db);
    const errors = () =>
      useToastStore
        .getState()
        .toasts.filter((t) => t.tone === 'error')
        .map((t) => t.message);
    await waitFor(() => expect(errors()).toEqual([desktop.planError]));

    const repository = applicationsRepository(db);
    for (const days of [3, 4, 5]) {
      await repository.update({
        ...(await db.applications.get('acme'))!,
        deadlines: [aDeadline('oa', addDays(T0, days))],
      });
      await waitFor(() => expect(desktop.plans.at(-1)?.[0]?.id).toContain(`@${toInstant(addDays(T0, days))}`));
    }
    expect(errors()).toHaveLength(1);

    desktop.planError = null;
    window.dispatchEvent(new Event('focus'));
    await waitFor(async () => expect(await centreEntries(desktop)).not.toEqual([]));
    desktop.planError = 'Reminders are not available: storage is full';
    await repository.update({ ...(await db.applications.get('acme'))!, deadlines: [] });
    await waitFor(() => expect(errors()).toHaveLength(2));
    expect(errors()[1]).toBe('Reminders are not available: storage is full');
  });
});
