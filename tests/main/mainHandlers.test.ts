// Every desktop API channel, answered by the real main-process parts (files in a temp folder,
// a fake dialog, shell and notifications), called the way the preload calls them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NotificationConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';
import { startReminderScheduler } from '@shared/reminders/reminderScheduler';
import { writeFileAtomic } from '../../electron/main/atomicWrite';
import { createBackupStore } from '../../electron/main/backups';
import { loadDesktopSettings } from '../../electron/main/desktopSettings';
import { answerCall, type CallOrigin } from '../../electron/main/ipcRegistry';
import { mainHandlers } from '../../electron/main/mainHandlers';
import { reminderFileStore } from '../../electron/main/reminderFileStore';
import { nativeNotifier } from '../../electron/main/reminderShell';
import { FakeClock, HOUR, aReminder, changeOf, harness } from '../unit/reminders/schedulerFakes';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('main-handlers');
const fromApp: CallOrigin = { senderId: 1, frameUrl: 'app://internship-tracker/index.html', isMainFrame: true };

async function mainProcess({ bodyIsMarkup = false } = {}) {
  const clock = new FakeClock(Date.parse('2026-03-01T12:00:00Z'));
  const shown: { options: NotificationConstructorOptions; fire: (event: string) => void; closed: boolean }[] = [];
  const h = harness(clock);
  const scheduler = await startReminderScheduler({
    ...h.deps,
    store: reminderFileStore(path.join(tmp.path, 'reminders.json')),
    notifier: nativeNotifier(
      (options) => {
        const handlers = new Map<string, () => void>();
        const fire = (event: string) => handlers.get(event)?.();
        const entry = { options, fire, closed: false };
        return {
          on: (event: 'click' | 'close', listener: () => void) => handlers.set(event, listener),
          show: () => shown.push(entry),
          close: () => {
            entry.closed = true;
            fire('close');
          },
        };
      },
      '/icons/icon.png',
      { bodyIsMarkup },
    ),
  });
  const opened: string[] = [];
  const handlers = mainHandlers({
    scheduler,
    settings: await loadDesktopSettings({
      file: path.join(tmp.path, 'desktop-settings.json'),
      applyOpenAtLogin: async () => {},
      log: () => {},
    }),
    backups: createBackupStore(
      path.join(tmp.path, 'backups'),
      () => new Date(clock.now),
      () => {},
    ),
    saveFile: {
      showSaveDialog: async () => ({ canceled: false, filePath: path.join(tmp.path, 'export.ics') }),
      write: writeFileAtomic,
      defaultDir: tmp.path,
    },
    openExternal: async (url) => void opened.push(url),
  });
  const call = (channel: InvokeChannel, ...args: unknown[]) =>
    answerCall(
      channel,
      fromApp,
      args,
      handlers,
      () => true,
      () => {},
    );
  return { call, clock, shown, opened, commands: h.commands };
}

describe('the main process answers every channel', () => {
  it('schedules, shows, snoozes and dismisses reminders with native notifications', async () => {
    const main = await mainProcess();
    const reminder = aReminder('a', main.clock.now + HOUR);
    expect(await main.call(IPC.applyReminderChanges, changeOf([reminder]))).toEqual({ ok: true, value: null });
    expect(await main.call(IPC.reminderFingerprints)).toEqual({ ok: true, value: { 'app-a': 'fp:a' } });
    main.clock.advance(HOUR);
    // Shown once its being shown is saved.
    await vi.waitFor(() =>
      expect(main.shown.map((n) => n.options)).toEqual([
        { title: 'Reminder a in 3 days', body: 'Body a', icon: '/icons/icon.png', timeoutType: 'default' },
      ]),
    );
    main.shown[0]?.fire('click');
    expect(main.commands).toContainEqual({ type: 'show-application', applicationId: 'app-a' });
    expect(await main.call(IPC.snoozeReminder, 'a', 30)).toEqual({ ok: true, value: null });
    const centre = await main.call(IPC.reminderCentre, { upcomingBefore: null });
    expect(centre.ok && (centre.value as { upcoming: { state: string }[] }).upcoming.map((e) => e.state)).toEqual([
      'snoozed',
    ]);
    expect(await main.call(IPC.dismissReminder, 'a')).toEqual({ ok: true, value: null });
    // Each write is one more line in the journal beside reminders.json, holding just that reminder.
    const journal = await readFile(path.join(tmp.path, 'reminders.journal.jsonl'), 'utf8');
    const lines = journal
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { put: { id: string; state: string }[] }).put.map((e) => [e.id, e.state]));
    expect(lines[0]).toEqual([['a', 'scheduled']]);
    expect(lines.at(-1)).toEqual([['a', 'dismissed']]);
    expect(lines.every((put) => put.length === 1)).toBe(true);
    // Undone: shown, to snooze or dismiss again.
    expect(await main.call(IPC.restoreReminder, 'a')).toEqual({ ok: true, value: null });
    const again = await main.call(IPC.reminderCentre, { upcomingBefore: null });
    expect(again.ok && (again.value as { recent: { state: string }[] }).recent.map((e) => e.state)).toEqual(['fired']);
  });

  it('takes a shown notification back from the system when its deadline moves, and shows a reminder again in place of its last notice', async () => {
    const main = await mainProcess();
    await main.call(IPC.applyReminderChanges, changeOf([aReminder('a', main.clock.now + HOUR)]));
    await main.call(IPC.applyReminderChanges, changeOf([aReminder('b', main.clock.now + HOUR)]));
    main.clock.advance(HOUR);
    await vi.waitFor(() => expect(main.shown).toHaveLength(2));

    // a's deadline moves: its reminder is planned for later, and the notice already shown goes.
    const moved = aReminder('a2', main.clock.now + 2 * HOUR, { applicationId: 'app-a' });
    expect(await main.call(IPC.applyReminderChanges, changeOf([moved]))).toEqual({ ok: true, value: null });
    expect(main.shown.map((n) => [n.options.title, n.closed])).toEqual([
      ['Reminder a in 3 days', true],
      ['Reminder b in 3 days', false],
    ]);

    // b snoozed and due again: one notice for it, not two.
    await main.call(IPC.snoozeReminder, 'b', 30);
    main.clock.advance(30 * 60_000);
    await vi.waitFor(() => expect(main.shown).toHaveLength(3));
    expect(main.shown.map((n) => [n.options.title, n.closed])).toEqual([
      ['Reminder a in 3 days', true],
      ['Reminder b in 3 days', true],
      ['Summary b', false],
    ]);
  });

  it.each([
    ['reads markup (Linux): escaped, to show as typed', true, 'R&amp;D Intern at AT&amp;T &lt;b&gt;Labs&lt;/b&gt;'],
    ['reads plain text: as it is', false, 'R&D Intern at AT&T <b>Labs</b>'],
  ])('writes a notification body where the server %s', async (_, bodyIsMarkup, shownBody) => {
    const main = await mainProcess({ bodyIsMarkup });
    const body = 'R&D Intern at AT&T <b>Labs</b>';
    await main.call(IPC.applyReminderChanges, changeOf([aReminder('a', main.clock.now + HOUR, { body })]));
    main.clock.advance(HOUR);
    await vi.waitFor(() => expect(main.shown).toHaveLength(1));
    expect(main.shown[0]!.options.body).toBe(shownBody);
  });

  it('saves a file where the dialog says', async () => {
    const main = await mainProcess();
    const result = await main.call(IPC.saveFile, {
      suggestedName: 'deadlines.ics',
      content: 'BEGIN:VCALENDAR',
      format: 'ics',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, location: path.join(tmp.path, 'export.ics') } });
    expect(await readFile(path.join(tmp.path, 'export.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
  });

  it('opens web links and refuses others', async () => {
    const main = await mainProcess();
    expect(await main.call(IPC.openExternal, 'https://example.com/job')).toEqual({ ok: true, value: null });
    expect(await main.call(IPC.openExternal, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(main.opened).toEqual(['https://example.com/job']);
  });

  it('reads and updates the desktop settings', async () => {
    const main = await mainProcess();
    expect(await main.call(IPC.getDesktopSettings)).toEqual({
      ok: true,
      value: { closeToTray: true, openAtLogin: false, trayHintShown: false },
    });
    expect(await main.call(IPC.updateDesktopSettings, { closeToTray: false })).toEqual({
      ok: true,
      value: { closeToTray: false, openAtLogin: false, trayHintShown: false },
    });
  });

  it('writes, lists and reads backups', async () => {
    const main = await mainProcess();
    const json = JSON.stringify({
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-03-01T12:00:00Z',
      counts: { applications: 3 },
      checksum: 'c',
      data: {},
    });
    const written = await main.call(IPC.writeBackup, new Uint8Array(Buffer.from(json)), 'manual');
    expect(written.ok).toBe(true);
    const id = written.ok ? (written.value as { id: string }).id : '';
    const listed = await main.call(IPC.listBackups);
    expect(listed.ok && (listed.value as { id: string }[]).map((b) => b.id)).toEqual([id]);
    expect(await main.call(IPC.readBackup, id)).toEqual({ ok: true, value: json });
  });
});
