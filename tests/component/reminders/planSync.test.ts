// The plan sync on its own, against a recording desktop: batches, the time zone, retries.
import { addDays } from 'date-fns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import type { Result } from '@shared/desktopApi';
import type { ReminderPlanChange } from '@shared/reminders/reminder';
import * as reminderPlan from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { createPlanSync, type PlanSyncDeps } from '../../../renderer/src/features/reminders/planSync';
import { anApplication } from '../applicationFixture';

const T0 = new Date('2026-03-02T12:00:00Z');
const withDeadline = (id: string) =>
  anApplication(id, {
    deadlines: [{ id: `${id}-oa`, kind: 'assessment', at: toInstant(addDays(T0, 2)), label: '', done: false }],
  });
/** Applied to, so its start date is reminded of. */
const withCohort = (id: string) =>
  anApplication(
    id,
    { cohorts: [{ id: `${id}-summer`, start: '2026-06-15', end: '2026-09-04', label: '' }] },
    { stage: 'applied' },
  );

function recordingDesktop(fingerprints: Record<string, string> = {}) {
  const changes: ReminderPlanChange[] = [];
  const errors: string[] = [];
  let failNext: string | null = null;
  let changed = 0;
  let zone = 'Zone A';
  const deps: PlanSyncDeps = {
    desktop: {
      async applyReminderChanges(change): Promise<Result<null>> {
        changes.push(structuredClone(change));
        if (failNext !== null) {
          const error = failNext;
          failNext = null;
          return { ok: false, error };
        }
        for (const s of change.schedules) fingerprints[s.applicationId] = s.fingerprint;
        for (const id of change.removed) delete fingerprints[id];
        return { ok: true, value: null };
      },
      reminderFingerprints: async () => ({ ok: true, value: { ...fingerprints } }),
    },
    delayMs: 0,
    pause: () => Promise.resolve(),
    timeZone: () => zone,
    onError: (message) => errors.push(message),
    onChanged: () => {
      changed += 1;
    },
  };
  return {
    deps,
    changes,
    errors,
    changed: () => changed,
    failNext: (error: string) => {
      failNext = error;
    },
    moveTo: (next: string) => {
      zone = next;
    },
  };
}

const zoneOfTheRun = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneOfTheRun;
});

describe('the plan sync', () => {
  it('sends the start-up schedules 200 applications a call, each application once', async () => {
    const desktop = recordingDesktop();
    const apps = Array.from({ length: 450 }, (_, i) => withDeadline(`app-${i}`));
    createPlanSync(desktop.deps).start(apps, DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(desktop.changed()).toBe(1));
    expect(desktop.changes.map((c) => [c.schedules.length, c.removed.length])).toEqual([
      [200, 0],
      [200, 0],
      [50, 0],
    ]);
    const sent = desktop.changes.flatMap((c) => c.schedules.map((s) => s.applicationId));
    expect(new Set(sent)).toEqual(new Set(apps.map((a) => a.id)));
    expect(sent).toHaveLength(450);
  });

  it('removes applications the scheduler knows and that no longer exist, 1,000 a call', async () => {
    const gone = Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`gone-${i}`, '0:x']));
    const desktop = recordingDesktop({ ...gone });
    createPlanSync(desktop.deps).start([], DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(desktop.changed()).toBe(1));
    expect(desktop.changes.map((c) => [c.schedules.length, c.removed.length])).toEqual([
      [0, 1_000],
      [0, 500],
    ]);
    expect(new Set(desktop.changes.flatMap((c) => c.removed))).toEqual(new Set(Object.keys(gone)));
  });

  it('sends a deleted application as removed even when its schedule was planned just before', async () => {
    const desktop = recordingDesktop();
    const sync = createPlanSync(desktop.deps);
    sync.start([withDeadline('a'), withDeadline('b')], DEFAULT_REMINDER_SETTINGS);
    sync.applicationsChanged([], ['b']);
    await vi.waitFor(() => expect(desktop.changed()).toBe(1));
    expect(desktop.changes.map((c) => [c.schedules.map((s) => s.applicationId), c.removed])).toEqual([[['a'], ['b']]]);
  });

  it('plans everything again when the time zone changes, and sends the schedules whose local times moved', async () => {
    process.env.TZ = 'America/Los_Angeles';
    const desktop = recordingDesktop();
    const sync = createPlanSync(desktop.deps);
    sync.start([withCohort('dated'), anApplication('undated')], DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(desktop.changed()).toBe(1));
    const morningIn = (change: ReminderPlanChange) => change.schedules[0]!.reminders[0]!.fireAt;
    // 14 days before June 15, at 09:00 in California.
    expect(morningIn(desktop.changes[0]!)).toBe('2026-06-01T09:00:00-07:00');

    // The same zone: only what changed is planned.
    const planned = vi.spyOn(reminderPlan, 'planReminders');
    sync.check();
    sync.applicationsChanged([withCohort('added')], []);
    await vi.waitFor(() => expect(desktop.changed()).toBe(2));
    expect(planned).toHaveBeenCalledTimes(1);

    process.env.TZ = 'Asia/Tokyo';
    desktop.moveTo('Zone B');
    sync.check();
    await vi.waitFor(() => expect(desktop.changed()).toBe(3));
    expect(planned).toHaveBeenCalledTimes(4);
    expect(desktop.changes.map((c) => c.schedules.map((s) => s.applicationId).sort())).toEqual([
      ['dated', 'undated'],
      ['added'],
      ['added', 'dated'],
    ]);
    planned.mockRestore();
    expect(morningIn(desktop.changes[2]!)).toBe('2026-06-01T09:00:00+09:00');
  });

  it('says once that a change could not be sent, and sends it on the next check', async () => {
    const desktop = recordingDesktop();
    desktop.failNext('Reminders could not be saved (disk full); they stay scheduled while the app runs.');
    const sync = createPlanSync(desktop.deps);
    sync.start([withDeadline('a')], DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(desktop.errors).toHaveLength(1));
    expect(desktop.changed()).toBe(0);

    sync.check();
    await vi.waitFor(() => expect(desktop.changed()).toBe(1));
    expect(desktop.changes.map((c) => c.schedules.map((s) => s.applicationId))).toEqual([['a'], ['a']]);
    expect(desktop.errors).toEqual([
      'Reminders could not be saved (disk full); they stay scheduled while the app runs.',
    ]);
  });
});

describe('the plan sync after a refused call', () => {
  it('still sends the batches after a refused one, and only the refused one again on the next check', async () => {
    const desktop = recordingDesktop();
    desktop.failNext('Refused reminders:applyChanges: something in this batch.');
    const apps = Array.from({ length: 450 }, (_, i) => withDeadline(`app-${i}`));
    const sync = createPlanSync(desktop.deps);
    sync.start(apps, DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(desktop.errors).toHaveLength(1));
    expect(desktop.changes.map((c) => c.schedules.length)).toEqual([200, 200, 50]);
    expect(desktop.changed()).toBe(1);

    sync.check();
    await vi.waitFor(() => expect(desktop.changed()).toBe(2));
    const refused = desktop.changes[0]!.schedules.map((s) => s.applicationId);
    expect(desktop.changes[3]!.schedules.map((s) => s.applicationId).sort()).toEqual([...refused].sort());
    expect(desktop.changes).toHaveLength(4);
  });
});

describe('the plan sync on the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is not held back by a steady stream of edits', async () => {
    vi.useFakeTimers();
    const desktop = recordingDesktop();
    const sync = createPlanSync({ ...desktop.deps, delayMs: 300 });
    sync.start([], DEFAULT_REMINDER_SETTINGS);
    await vi.advanceTimersByTimeAsync(300);
    const before = desktop.changes.length;
    for (const days of [2, 3, 4, 5]) {
      sync.applicationsChanged(
        [
          anApplication(`app-${days}`, {
            deadlines: [{ id: 'oa', kind: 'assessment', at: toInstant(addDays(T0, days)), label: '', done: false }],
          }),
        ],
        [],
      );
      await vi.advanceTimersByTimeAsync(100);
    }
    // The first three edits went together 300 ms after the first, not 300 ms after the last.
    expect(desktop.changes.slice(before).map((c) => c.schedules.map((x) => x.applicationId))).toEqual([
      ['app-2', 'app-3', 'app-4'],
    ]);
  });

  it('sends a change without waiting for more, and what changes while it is sent goes next, from the last edit', async () => {
    const desktop = recordingDesktop();
    const pending: boolean[] = [];
    const sync = createPlanSync({ ...desktop.deps, onPending: (p) => pending.push(p) });
    sync.start([], DEFAULT_REMINDER_SETTINGS);
    await vi.waitFor(() => expect(pending).toEqual([true, false]));
    const edits = [2, 3, 4].map((days) =>
      anApplication('acme', {
        deadlines: [{ id: 'oa', kind: 'assessment', at: toInstant(addDays(T0, days)), label: '', done: false }],
      }),
    );
    // Held: the first send is under way while the next two edits come.
    const apply = desktop.deps.desktop.applyReminderChanges;
    let release: (() => void) | null = null;
    desktop.deps.desktop.applyReminderChanges = async (change) => {
      desktop.deps.desktop.applyReminderChanges = apply;
      await new Promise<void>((resolve) => (release = resolve));
      return apply(change);
    };
    sync.applicationsChanged([edits[0]!], []);
    await vi.waitFor(() => expect(release).not.toBeNull());
    sync.applicationsChanged([edits[1]!], []);
    sync.applicationsChanged([edits[2]!], []);
    release!();
    await vi.waitFor(() => expect(desktop.changes).toHaveLength(2));
    expect(pending.at(-1)).toBe(false);
    const targets = desktop.changes.map((c) => c.schedules[0]!.reminders[0]!.targetAt);
    expect(targets).toEqual([edits[0]!.deadlines[0]!.at, edits[2]!.deadlines[0]!.at]);
  });
});
