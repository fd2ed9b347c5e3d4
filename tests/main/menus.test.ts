// Tray labels show local times: pin the zone.
process.env.TZ = 'UTC';

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { dateWords } from '@shared/dateWords';
import type { AppCommand } from '@shared/desktopApi';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { appMenuTemplate } from '../../electron/main/appMenu';
import { TRAY_HINT, closeAction } from '../../electron/main/closeBehaviour';
import { trayMenuTemplate } from '../../electron/main/trayMenu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as unknown as () => void)();
}

describe('application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`sends the app's commands from their shortcuts on ${platform}`, () => {
      const sent: AppCommand[] = [];
      const items = flatten(
        appMenuTemplate({ platform, appName: 'Internship Tracker', isPackaged: true, send: (c) => sent.push(c) }),
      );
      const byShortcut = (accelerator: string) => items.filter((i) => i.accelerator === accelerator);
      for (const [accelerator, command] of [
        ['CmdOrCtrl+N', { type: 'new-application' }],
        ['CmdOrCtrl+Shift+V', { type: 'paste-posting' }],
        ['CmdOrCtrl+F', { type: 'focus-search' }],
        ['CmdOrCtrl+,', { type: 'open-settings' }],
        ['CmdOrCtrl+Shift+R', { type: 'open-reminders' }],
      ] as const) {
        expect(byShortcut(accelerator), accelerator).toHaveLength(1);
        // Shown, not registered: the page handles the key itself and knows when a dialog is open.
        expect(byShortcut(accelerator)[0]?.registerAccelerator, accelerator).toBe(false);
        sent.length = 0;
        click(byShortcut(accelerator)[0]);
        expect(sent).toEqual([command]);
      }
      const roles = items.map((i) => i.role).filter(Boolean);
      expect(roles).toEqual(
        expect.arrayContaining([
          'quit',
          'undo',
          'redo',
          'cut',
          'copy',
          'paste',
          'selectAll',
          'zoomIn',
          'zoomOut',
          'resetZoom',
          'togglefullscreen',
          'windowMenu',
        ]),
      );
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles.filter((r) => r === 'quit')).toHaveLength(1);
    });
  }

  it('has no two items on one shortcut', () => {
    const items = flatten(
      appMenuTemplate({ platform: 'linux', appName: 'Internship Tracker', isPackaged: false, send: () => {} }),
    );
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers reloading and DevTools while developing only', () => {
    const roles = flatten(appMenuTemplate({ platform: 'linux', appName: 'x', isPackaged: false, send: () => {} })).map(
      (i) => i.role,
    );
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles).not.toContain('forceReload');
  });
});

const entry = (id: string, summary: string, fireAt: string, extra: Partial<ReminderEntry> = {}): ReminderEntry => ({
  id,
  applicationId: `app-${id}`,
  fireAt,
  targetAt: '2026-06-15',
  title: summary,
  body: '',
  summary,
  state: 'scheduled',
  firedAt: null,
  snoozedUntil: null,
  ...extra,
});

const US_DATES = dateWords('en-US');

describe('tray menu', () => {
  it('opens the window, lists the next reminders and quits', () => {
    const calls: string[] = [];
    const items = trayMenuTemplate({
      upcoming: [
        entry('a', 'Pinterest ML Intern starts Mon, Jun 15', '2026-06-12T09:00:00Z'),
        entry('b', 'AT&T: Interview, Fri, Jun 5, 10:00 AM', '2026-06-01T09:00:00Z', {
          state: 'snoozed',
          snoozedUntil: '2026-06-02T08:30:00Z',
        }),
      ],
      dates: US_DATES,
      open: () => calls.push('open'),
      showApplication: (id) => calls.push(`show ${id}`),
      openReminders: () => calls.push('reminders'),
      quit: () => calls.push('quit'),
    });
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      'Open Internship Tracker',
      'separator',
      'Upcoming reminders',
      'separator',
      'Quit',
    ]);
    const submenu = items[2]?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label ?? i.type)).toEqual([
      'Fri Jun 12, 9:00 AM: Pinterest ML Intern starts Mon, Jun 15',
      'Tue Jun 2, 8:30 AM: AT&&T: Interview, Fri, Jun 5, 10:00 AM',
      'separator',
      'All reminders…',
    ]);
    click(items[0]);
    click(submenu[1]);
    click(submenu[3]);
    click(items[4]);
    expect(calls).toEqual(['open', 'show app-b', 'reminders', 'quit']);
  });

  it('says when nothing is coming', () => {
    const items = trayMenuTemplate({
      upcoming: [],
      dates: US_DATES,
      open() {},
      showApplication() {},
      openReminders() {},
      quit() {},
    });
    expect(items[2]?.submenu).toEqual([{ label: 'No upcoming reminders', enabled: false }]);
  });

  it('writes the dates as the system region has them', () => {
    const upcoming = [entry('a', 'Pinterest ML Intern starts Mon, Jun 15', '2026-06-12T09:00:00Z')];
    const items = trayMenuTemplate({
      upcoming,
      dates: dateWords('en-GB'),
      open() {},
      showApplication() {},
      openReminders() {},
      quit() {},
    });
    expect((items[2]?.submenu as MenuItemConstructorOptions[])[0]?.label).toBe(
      'Fri 12 Jun, 09:00: Pinterest ML Intern starts Mon, Jun 15',
    );
  });

  it('lists ten at most', () => {
    const upcoming = Array.from({ length: 25 }, (_, i) => entry(`r${i}`, `Reminder ${i}`, '2026-06-12T09:00:00Z'));
    const items = trayMenuTemplate({
      upcoming,
      dates: US_DATES,
      open() {},
      showApplication() {},
      openReminders() {},
      quit() {},
    });
    expect(
      (items[2]?.submenu as MenuItemConstructorOptions[]).filter((i) => i.label?.includes('Reminder')),
    ).toHaveLength(10);
  });
});

describe('closing the window', () => {
  const base = { quitting: false, closeToTray: true, trayHintShown: false, hasTray: true };

  it('keeps the app in the tray by default and hints at it the first time only', () => {
    expect(closeAction(base)).toEqual({ type: 'hide', showHint: true });
    expect(closeAction({ ...base, trayHintShown: true })).toEqual({ type: 'hide', showHint: false });
    expect(TRAY_HINT.body).toMatch(/Reminders keep coming.*Click to open it again/);
  });

  it('really closes when quitting, when turned off, or without a tray to come back through', () => {
    expect(closeAction({ ...base, quitting: true })).toEqual({ type: 'close' });
    expect(closeAction({ ...base, closeToTray: false })).toEqual({ type: 'close' });
    expect(closeAction({ ...base, hasTray: false })).toEqual({ type: 'close' });
  });
});
