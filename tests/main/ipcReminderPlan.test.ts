// A reminder plan at the IPC boundary: each reminder is checked on its own, so one bad entry (a
// time in year 10000, a reminder of another application) is left out and reported, and the rest
// of the plan, and every later plan, goes through.
import { describe, expect, it } from 'vitest';
import type { Result } from '@shared/desktopApi';
import { IPC } from '@shared/ipcChannels';
import type { ReminderPlanChange } from '@shared/reminders/reminder';
import { answerCall, type MainHandlers } from '../../electron/main/ipcRegistry';

const reminder = {
  id: 'app-1|deadline:d1@2026-06-15|3d',
  applicationId: 'app-1',
  fireAt: '2026-06-12T09:00:00-07:00',
  targetAt: '2026-06-15',
  title: 'Pinterest: Application due in 3 days',
  body: 'Mon, Jun 15',
  summary: 'Pinterest: Application, Mon, Jun 15',
};
const farAway = {
  ...reminder,
  id: 'app-1|deadline:d2@9999-12-31T23:00:00-12:00|1h',
  fireAt: '10000-01-01T10:00:00Z',
  targetAt: '10000-01-01T11:00:00Z',
  title: 'Pinterest: Final round in 1 hour',
};

async function applied(args: unknown[]): Promise<{ result: Result<unknown>; received: ReminderPlanChange[] }> {
  const received: ReminderPlanChange[] = [];
  const handlers = {
    applyReminderChanges: async (change: ReminderPlanChange) => {
      received.push(change);
      return { ok: true, value: null };
    },
  } as unknown as MainHandlers;
  const result = await answerCall(
    IPC.applyReminderChanges,
    fromApp,
    args,
    handlers,
    () => true,
    () => {},
  );
  return { result, received };
}
const fromApp = { senderId: 1, frameUrl: 'app://internship-tracker/index.html', isMainFrame: true };

describe('a reminder plan at the IPC boundary', () => {
  it('passes the valid reminders of a plan holding one in year 10000, and names the one left out', async () => {
    const { result, received } = await applied([
      { schedules: [{ applicationId: 'app-1', fingerprint: 'f', reminders: [farAway, reminder] }], removed: [] },
    ]);
    expect(result).toEqual({ ok: true, value: null });
    expect(received).toEqual([
      {
        schedules: [
          {
            applicationId: 'app-1',
            fingerprint: 'f',
            reminders: [reminder],
            refused: [
              {
                id: farAway.id,
                reason:
                  '"Pinterest: Final round in 1 hour" was left out (fireAt: Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00)',
              },
            ],
          },
        ],
        removed: [],
      },
    ]);
  });

  it.each([
    ['another application’s reminder', { ...reminder, applicationId: 'app-9' }, /belongs to another application/],
    ['a reminder with an extra field', { ...reminder, html: '<img>' }, /Unrecognized key/],
    ['a reminder without a time zone', { ...reminder, fireAt: '2026-06-12T09:00:00' }, /fireAt/],
    ['a reminder about no date', { ...reminder, targetAt: 'tomorrow-ish-date' }, /targetAt/],
    ['a reminder that is not an object', 'reminder', /"A reminder" was left out/],
  ])('leaves out %s and keeps the rest of the schedule', async (_what, bad, reason) => {
    const { received } = await applied([
      { schedules: [{ applicationId: 'app-1', fingerprint: 'f', reminders: [reminder, bad] }], removed: [] },
    ]);
    expect(received[0]?.schedules[0]?.reminders).toEqual([reminder]);
    expect(received[0]?.schedules[0]?.refused).toEqual([
      { id: typeof bad === 'string' ? null : bad.id, reason: expect.stringMatching(reason) },
    ]);
  });
});
