import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Result } from '@shared/desktopApi';
import { CHANNEL_METHODS, ipcArgs, type InvokeChannel } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';
import { appOriginFor, isAppUrl } from '../../electron/main/appOrigin';
import {
  answerCall,
  appWindowCaller,
  registerIpcHandlers,
  type CallOrigin,
  type MainHandlers,
} from '../../electron/main/ipcRegistry';

const WINDOW_ID = 7;
const origin = appOriginFor(undefined, true);
const trusted = appWindowCaller(
  () => WINDOW_ID,
  (url) => isAppUrl(url, origin),
);
const fromApp: CallOrigin = { senderId: WINDOW_ID, frameUrl: 'app://internship-tracker/index.html', isMainFrame: true };

function recordingHandlers() {
  const calls: [string, unknown[]][] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]): Promise<Result<unknown>> => {
      calls.push([name, args]);
      return { ok: true, value: name };
    };
  const handlers = Object.fromEntries(
    Object.values(CHANNEL_METHODS).map((name) => [name, record(name)]),
  ) as unknown as MainHandlers;
  return { handlers, calls };
}

async function call(channel: InvokeChannel, args: unknown[], from: CallOrigin = fromApp) {
  const { handlers, calls } = recordingHandlers();
  const logged: string[] = [];
  const result = await answerCall(channel, from, args, handlers, trusted, (m) => logged.push(m));
  return { result, calls, logged };
}

const reminder = {
  id: 'app-1|cohort:c1:start@2026-06-15|3d',
  applicationId: 'app-1',
  fireAt: '2026-06-12T09:00:00-07:00',
  targetAt: '2026-06-15',
  title: 'Pinterest ML Intern starts in 3 days',
  body: 'Mon, Jun 15',
  summary: 'Pinterest ML Intern starts Mon, Jun 15',
};
const schedule = { applicationId: 'app-1', fingerprint: '3:abc', reminders: [reminder] };
const change = { schedules: [schedule], removed: ['app-2'] };
/** A change with `count` applications' schedules, each with `reminders` reminders. */
const changeOfSize = (count: number, reminders: number) => ({
  schedules: Array.from({ length: count }, (_, i) => ({
    applicationId: `app-${i}`,
    fingerprint: 'f',
    reminders: Array.from({ length: reminders }, (_, r) => ({ ...reminder, id: `r${r}`, applicationId: `app-${i}` })),
  })),
  removed: [],
});

describe('IPC registration', () => {
  it('registers a handler for every channel in shared/ipc.ts, and nothing else', () => {
    const registered: string[] = [];
    registerIpcHandlers(
      { handle: (channel) => void registered.push(channel) },
      recordingHandlers().handlers,
      trusted,
      () => {},
    );
    expect(registered.sort()).toEqual(Object.keys(ipcArgs).sort());
    expect(registered).not.toContain(IPC.command);
  });

  it('reads the caller from the event: its contents, its frame and whether that frame is on top', async () => {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const { handlers, calls } = recordingHandlers();
    registerIpcHandlers(
      { handle: (channel, listener) => void listeners.set(channel, listener) },
      handlers,
      trusted,
      () => {},
    );
    const event = (senderId: number, url: string, parent: unknown) =>
      ({ sender: { id: senderId }, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

    const listener = listeners.get(IPC.dismissReminder)!;
    expect(await listener(event(WINDOW_ID, 'app://internship-tracker/index.html', null), 'r1')).toEqual({
      ok: true,
      value: 'dismissReminder',
    });
    expect(await listener(event(WINDOW_ID, 'app://internship-tracker/index.html', {}), 'r1')).toMatchObject({
      ok: false,
    });
    expect(
      await listener({ sender: { id: WINDOW_ID }, senderFrame: null } as unknown as IpcMainInvokeEvent, 'r1'),
    ).toMatchObject({ ok: false });
    expect(calls).toEqual([['dismissReminder', ['r1']]]);
  });
});

describe('IPC calls from the app window', () => {
  it('pass parsed arguments to the handler and return its result', async () => {
    const { result, calls } = await call(IPC.snoozeReminder, ['r1', 15]);
    expect(result).toEqual({ ok: true, value: 'snoozeReminder' });
    expect(calls).toEqual([['snoozeReminder', ['r1', 15]]]);
    // A schedule comes with what the boundary left out of it (see ipcReminderPlan.test.ts).
    const checked = { ...change, schedules: [{ ...schedule, refused: [] }] };
    expect((await call(IPC.applyReminderChanges, [change])).calls).toEqual([['applyReminderChanges', [checked]]]);
    expect((await call(IPC.reminderFingerprints, [])).calls).toEqual([['reminderFingerprints', []]]);
  });

  it('take changes as large as the limits allow', async () => {
    const largest = { ...changeOfSize(25, 2_000), removed: Array.from({ length: 1_000 }, (_, i) => `gone-${i}`) };
    expect((await call(IPC.applyReminderChanges, [largest])).result).toEqual({
      ok: true,
      value: 'applyReminderChanges',
    });
    const empty = { schedules: [{ applicationId: 'app-1', fingerprint: '0:x', reminders: [] }], removed: [] };
    expect((await call(IPC.applyReminderChanges, [empty])).result.ok).toBe(true);
  });

  it('answer with an error instead of throwing when a handler fails', async () => {
    const handlers = {
      ...recordingHandlers().handlers,
      listBackups: async () => {
        throw new Error('EACCES: permission denied');
      },
    } as MainHandlers;
    const logged: string[] = [];
    const result = await answerCall(IPC.listBackups, fromApp, [], handlers, trusted, (m) => logged.push(m));
    expect(result).toEqual({ ok: false, error: 'Something went wrong (EACCES: permission denied).' });
    expect(logged[0]).toMatch(/^backups:list failed: Error: EACCES/);
  });
});

describe('hostile IPC calls', () => {
  it.each<[string, InvokeChannel, unknown[]]>([
    ['a number for an id', IPC.dismissReminder, [42]],
    ['no arguments where one is needed', IPC.dismissReminder, []],
    ['an extra argument', IPC.dismissReminder, ['r1', 'extra']],
    ['arguments for a call that takes none', IPC.listBackups, ['../../etc']],
    ['a huge id', IPC.dismissReminder, ['x'.repeat(10_000)]],
    ['a reminder to restore given by number', IPC.restoreReminder, [7]],
    ['a fractional snooze', IPC.snoozeReminder, ['r1', 1.5]],
    ['a negative snooze', IPC.snoozeReminder, ['r1', -10]],
    ['a snooze of years', IPC.snoozeReminder, ['r1', 10_000_000]],
    ['a snooze given as text', IPC.snoozeReminder, ['r1', '15']],
    ['an unknown settings field', IPC.updateDesktopSettings, [{ closeToTray: false, nodeIntegration: true }]],
    ['a setting of the wrong type', IPC.updateDesktopSettings, [{ openAtLogin: 'yes' }]],
    ['a plan given as a list of reminders', IPC.applyReminderChanges, [[reminder]]],
    ['a change without its removed list', IPC.applyReminderChanges, [{ schedules: [schedule] }]],
    ['a change with an extra field', IPC.applyReminderChanges, [{ ...change, replaceAll: true }]],
    ['a schedule with an extra field', IPC.applyReminderChanges, [{ ...change, schedules: [{ ...schedule, now: 0 }] }]],
    [
      'a schedule without a fingerprint',
      IPC.applyReminderChanges,
      [{ ...change, schedules: [{ ...schedule, fingerprint: '' }] }],
    ],
    [
      'a huge fingerprint',
      IPC.applyReminderChanges,
      [{ ...change, schedules: [{ ...schedule, fingerprint: 'f'.repeat(101) }] }],
    ],
    ['a huge application id', IPC.applyReminderChanges, [{ ...change, removed: ['a'.repeat(101)] }]],
    ['an application id that is not text', IPC.applyReminderChanges, [{ ...change, removed: [7] }]],
    ['two schedules of one application', IPC.applyReminderChanges, [{ ...change, schedules: [schedule, schedule] }]],
    ['an application both scheduled and removed', IPC.applyReminderChanges, [{ ...change, removed: ['app-1'] }]],
    ['more than 1,000 schedules', IPC.applyReminderChanges, [changeOfSize(1_001, 0)]],
    [
      'more than 1,000 removed applications',
      IPC.applyReminderChanges,
      [{ schedules: [], removed: Array.from({ length: 1_001 }, (_, i) => `a${i}`) }],
    ],
    ['a schedule of more than 2,000 reminders', IPC.applyReminderChanges, [changeOfSize(1, 2_001)]],
    ['more than 50,000 reminders in all', IPC.applyReminderChanges, [changeOfSize(26, 2_000)]],
    ['arguments for the fingerprints, which take none', IPC.reminderFingerprints, [{ all: true }]],
    ['a reminder centre asked without saying which upcoming ones', IPC.reminderCentre, []],
    ['a reminder centre bound that is not an instant', IPC.reminderCentre, [{ upcomingBefore: 'next week' }]],
    ['a file name with a path', IPC.saveFile, [{ suggestedName: '../../.bashrc', content: 'x', format: 'csv' }]],
    ['a file name with a drive', IPC.saveFile, [{ suggestedName: 'C:\\evil.csv', content: 'x', format: 'csv' }]],
    ['an unknown file format', IPC.saveFile, [{ suggestedName: 'a.exe', content: 'x', format: 'exe' }]],
    ['a link that is not text', IPC.openExternal, [{ toString: () => 'https://x.example' }]],
    ['a huge link', IPC.openExternal, [`https://example.com/${'a'.repeat(5_000)}`]],
    ['a backup id with a path', IPC.readBackup, ['../../../etc/passwd']],
    ['a backup id with a slash', IPC.readBackup, ['backups/x.json']],
    ['an unknown backup reason', IPC.writeBackup, [new Uint8Array(Buffer.from('{}')), 'because']],
    ['a backup given as text', IPC.writeBackup, ['{"schemaVersion":1}', 'manual']],
    ['a backup given as a list of bytes', IPC.writeBackup, [[123, 125], 'manual']],
    ['a backup of one byte', IPC.writeBackup, [new Uint8Array([123]), 'manual']],
  ])('refuses %s without calling the handler', async (_what, channel, args) => {
    const { result, calls, logged } = await call(channel, args);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(new RegExp(`^Refused ${channel}: .+\\.$`));
    expect(calls).toEqual([]);
    expect(logged).toHaveLength(1);
  });

  it('does not echo a huge payload back in the error', async () => {
    const { result } = await call(IPC.dismissReminder, ['x'.repeat(100_000)]);
    expect(result.ok ? '' : result.error.length).toBeLessThan(300);
  });

  it.each<[string, CallOrigin]>([
    ['another web contents', { ...fromApp, senderId: WINDOW_ID + 1 }],
    ['an iframe of the window', { ...fromApp, isMainFrame: false }],
    ['a web page', { ...fromApp, frameUrl: 'https://evil.example/' }],
    ['a file:// page', { ...fromApp, frameUrl: 'file:///home/user/Downloads/evil.html' }],
    ['another app:// host', { ...fromApp, frameUrl: 'app://evil/index.html' }],
    ['a frame that is gone', { ...fromApp, frameUrl: null }],
  ])('refuses calls from %s', async (_what, from) => {
    const { result, calls } = await call(IPC.listBackups, [], from);
    expect(result).toEqual({ ok: false, error: 'Refused: this call did not come from the app window.' });
    expect(calls).toEqual([]);
  });

  it('refuses everything before the window exists', async () => {
    const noWindow = appWindowCaller(
      () => null,
      () => true,
    );
    const { handlers, calls } = recordingHandlers();
    const result = await answerCall(IPC.listBackups, fromApp, [], handlers, noWindow, () => {});
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
