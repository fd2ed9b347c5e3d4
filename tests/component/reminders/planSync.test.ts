// The plan sync's timing on its own, on Vitest's fake clock, so it does not depend on how fast
// the machine is: a burst of changes sends one plan, made from the last of them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import type { DesktopApi, Result } from '@shared/desktopApi';
import type { PlannedReminder } from '@shared/reminders/reminder';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { createPlanSync } from '../../../renderer/src/features/reminders/planSync';
import { anApplication } from '../applicationFixture';

const T0 = new Date('2026-03-02T12:00:00Z');
const DELAY_MS = 300;
const SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

/** An application with an assessment due `days` after T0. */
function dueIn(days: number): Application {
  const at = new Date(T0.getTime() + days * 24 * 60 * 60_000).toISOString();
  return anApplication('acme', { deadlines: [{ id: 'oa', kind: 'assessment', at, label: '', done: false }] });
}

function recordingDesktop() {
  const plans: PlannedReminder[][] = [];
  const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
  const desktop: Pick<DesktopApi, 'replaceReminderPlan' | 'reminderCentre' | 'dismissReminder'> = {
    replaceReminderPlan: (plan) => {
      plans.push([...plan]);
      return ok(null);
    },
    reminderCentre: () => ok({ upcoming: [], recent: [] }),
    dismissReminder: () => ok(null),
  };
  return { desktop, plans };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPlanSync', () => {
  it('sends one plan for a burst of changes, made from the last of them', async () => {
    const { desktop, plans } = recordingDesktop();
    const sync = createPlanSync({
      desktop,
      now: () => new Date(),
      delayMs: DELAY_MS,
      pause: () => Promise.resolve(),
      onError: (message) => expect.fail(message),
      onChanged: () => undefined,
    });

    for (const days of [2, 3, 4]) {
      sync.update([dueIn(days)], SETTINGS);
      await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    }
    expect(plans).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(plans).toEqual([planReminders([dueIn(4)], SETTINGS, T0)]);
    await vi.advanceTimersByTimeAsync(10 * DELAY_MS);
    expect(plans).toHaveLength(1);
  });
});
