import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS, loadDesktopSettings } from '../../electron/main/desktopSettings';
import { HIDDEN_ARG, autostartDirectory, autostartEntry, setOpenAtLogin } from '../../electron/main/loginItem';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('settings');

function load(
  applyOpenAtLogin: (enabled: boolean) => Promise<void> = async () => {},
  wait: (ms: number) => Promise<void> = async () => {},
) {
  const logged: string[] = [];
  const file = path.join(tmp.path, 'desktop-settings.json');
  return { file, logged, settings: loadDesktopSettings({ file, applyOpenAtLogin, log: (m) => logged.push(m), wait }) };
}

describe('desktop settings', () => {
  it('start with close-to-tray on, open-at-login off and the tray hint not yet shown', async () => {
    const { settings } = load();
    expect((await settings).get()).toEqual({ closeToTray: true, openAtLogin: false, trayHintShown: false });
    expect(DEFAULT_DESKTOP_SETTINGS.closeToTray).toBe(true);
  });

  it('save a change and read it back after a restart', async () => {
    const first = load();
    expect(await (await first.settings).update({ trayHintShown: true, closeToTray: false })).toEqual({
      ok: true,
      value: { closeToTray: false, openAtLogin: false, trayHintShown: true },
    });
    expect(JSON.parse(await readFile(first.file, 'utf8'))).toEqual({
      closeToTray: false,
      openAtLogin: false,
      trayHintShown: true,
    });
    expect((await load().settings).get()).toEqual({ closeToTray: false, openAtLogin: false, trayHintShown: true });
  });

  it('register the login item only when open-at-login changes', async () => {
    const applied: boolean[] = [];
    const settings = await load(async (enabled) => void applied.push(enabled)).settings;
    await settings.update({ openAtLogin: true });
    await settings.update({ openAtLogin: true, trayHintShown: true });
    await settings.update({ openAtLogin: false });
    expect(applied).toEqual([true, false]);
  });

  it('change nothing when the login item cannot be registered', async () => {
    const settings = await load(async () => {
      throw new Error('not allowed by policy');
    }).settings;
    expect(await settings.update({ openAtLogin: true })).toEqual({
      ok: false,
      error: 'Could not change "open at login": not allowed by policy',
    });
    expect(settings.get().openAtLogin).toBe(false);
  });

  it('set the login item back when the setting cannot be saved', async () => {
    const applied: boolean[] = [];
    const { file, settings: loading } = load(async (enabled) => void applied.push(enabled));
    const settings = await loading;
    await mkdir(file); // the file cannot be written now
    const result = await settings.update({ openAtLogin: true });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Settings could not be saved: /) });
    expect(applied).toEqual([true, false]);
    expect(settings.get().openAtLogin).toBe(false);
  });

  it('say so when the login item cannot be set back either', async () => {
    const applied: boolean[] = [];
    const { file, settings: loading } = load(async (enabled) => {
      applied.push(enabled);
      if (applied.length > 1) throw new Error('not allowed by policy');
    });
    const settings = await loading;
    await mkdir(file);
    const result = await settings.update({ openAtLogin: true });
    expect(result.ok ? '' : result.error).toMatch(
      /^Settings could not be saved: .*\. "Open at login" is now on all the same, and could not be set back \(not allowed by policy\)\.$/,
    );
  });

  it('keep both of two changes made at once, even when the first is slower', async () => {
    let release = () => {};
    const slowLogin = new Promise<void>((resolve) => (release = resolve));
    const { file, settings: loading } = load(() => slowLogin);
    const settings = await loading;
    const first = settings.update({ openAtLogin: true });
    const second = settings.update({ trayHintShown: true });
    release();
    await Promise.all([first, second]);
    const both = { closeToTray: true, openAtLogin: true, trayHintShown: true };
    expect(settings.get()).toEqual(both);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(both);
  });

  it('fall back to the default of each damaged field, and of a damaged file', async () => {
    const { file } = load();
    await writeFile(file, JSON.stringify({ closeToTray: false, openAtLogin: 'yes' }));
    expect((await load().settings).get()).toEqual({ closeToTray: false, openAtLogin: false, trayHintShown: false });
    await writeFile(file, '{oops');
    const damaged = load();
    expect((await damaged.settings).get()).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(damaged.logged).toEqual([
      expect.stringMatching(/^Desktop settings could not be read, using defaults: .*not valid JSON/),
    ]);
  });
});

describe('desktop settings that cannot be read for a moment', () => {
  // A folder in the file's place fails to read with EISDIR, an I/O error as a lock's EBUSY is.
  const mine = { closeToTray: false, openAtLogin: true, trayHintShown: false };

  it('are read again once free, waiting a little longer each time', async () => {
    const file = path.join(tmp.path, 'desktop-settings.json');
    await mkdir(file);
    const waits: number[] = [];
    const { settings } = load(undefined, async (ms) => {
      waits.push(ms);
      if (waits.length === 3) {
        await rmdir(file);
        await writeFile(file, JSON.stringify(mine));
      }
    });
    expect((await settings).get()).toEqual(mine);
    expect(waits).toEqual([100, 250, 500]);
  });

  it('are never overwritten with the defaults by a later change', async () => {
    const file = path.join(tmp.path, 'desktop-settings.json');
    await mkdir(file);
    const applied: boolean[] = [];
    const { settings: loading, logged } = load(async (enabled) => void applied.push(enabled));
    const settings = await loading;
    expect(logged).toEqual([expect.stringMatching(/^Desktop settings could not be read, using defaults: .*EISDIR/)]);
    const refused = await settings.update({ trayHintShown: true });
    expect(refused).toEqual({
      ok: false,
      error: expect.stringMatching(/^Settings could not be saved: the settings file could not be read \(EISDIR/),
    });

    // Free again: the change is saved over what the file holds, not over the defaults.
    await rmdir(file);
    await writeFile(file, JSON.stringify(mine));
    expect(await settings.update({ trayHintShown: true })).toEqual({
      ok: true,
      value: { ...mine, trayHintShown: true },
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...mine, trayHintShown: true });
    expect(applied).toEqual([]);
  });
});

describe('open at login', () => {
  it('writes and removes an XDG autostart entry on Linux', async () => {
    const deps = {
      platform: 'linux' as const,
      setLoginItemSettings: () => {
        throw new Error('not on Linux');
      },
      autostartDir: path.join(tmp.path, 'autostart'),
      executable: '/opt/Internship Tracker/internship-tracker',
    };
    await setOpenAtLogin(true, deps);
    const entry = await readFile(path.join(deps.autostartDir, 'internship-tracker.desktop'), 'utf8');
    expect(entry).toContain(`Exec="/opt/Internship Tracker/internship-tracker" ${HIDDEN_ARG}\n`);
    expect(entry.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true);
    await setOpenAtLogin(false, deps);
    await expect(readFile(path.join(deps.autostartDir, 'internship-tracker.desktop'))).rejects.toThrow(/ENOENT/);
    await setOpenAtLogin(false, deps); // already gone: fine
  });

  it('quotes what the Desktop Entry spec says must be escaped, string escapes included', () => {
    // Quoting gives /home/a\"b/\$x\`y\\z/app; a string value's escapes then double each backslash,
    // and "%" is written "%%" ("\\\\" stands for one backslash, "\\$" for a dollar sign).
    expect(autostartEntry('/home/a"b/$x`y\\z/100%/app')).toContain(
      'Exec="/home/a\\\\"b/\\\\$x\\\\`y\\\\\\\\z/100%%/app" --hidden',
    );
  });

  it.each([
    ['a line break', '/home/u/Apps/Tracker\nExec=/bin/sh -c "touch /tmp/pwned"\nX=.AppImage'],
    ['a carriage return', '/home/u/Tracker\r.AppImage'],
    ['a tab', '/home/u/Tracker\t.AppImage'],
    ['a NUL', '/home/u/Tracker\u0000.AppImage'],
  ])('refuses to write an autostart entry for a path with %s, and says why', async (_what, executable) => {
    const autostartDir = path.join(tmp.path, 'autostart');
    const deps = { platform: 'linux' as const, setLoginItemSettings: () => {}, autostartDir, executable };
    await expect(setOpenAtLogin(true, deps)).rejects.toThrow(/^the app's path contains a control character/);
    await expect(readFile(path.join(autostartDir, 'internship-tracker.desktop'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('uses Electron’s login items on macOS and Windows, starting hidden', async () => {
    const calls: unknown[] = [];
    for (const platform of ['darwin', 'win32'] as const) {
      await setOpenAtLogin(true, {
        platform,
        setLoginItemSettings: (s) => void calls.push(s),
        autostartDir: '/nowhere',
        executable: 'x',
      });
    }
    expect(calls).toEqual([
      { openAtLogin: true, args: [HIDDEN_ARG] },
      { openAtLogin: true, args: [HIDDEN_ARG] },
    ]);
  });

  it('finds the autostart folder the XDG way', () => {
    expect(autostartDirectory({ XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe(path.join('/cfg', 'autostart'));
    expect(autostartDirectory({}, '/home/u')).toBe(path.join('/home/u', '.config', 'autostart'));
  });
});
