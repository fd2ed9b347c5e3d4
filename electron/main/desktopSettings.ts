// The desktop-only settings (tray, open at login, the one-time tray hint), kept in a JSON file
// in the user-data folder. A damaged file falls back to the defaults field by field. A file that
// could not be read (locked for a moment) is not damaged: it is read again before the next change
// is saved, and until that succeeds nothing is saved over it.
import { z } from '@shared/zod';
import type { DesktopSettings, Result } from '@shared/desktopApi';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { isIoError, readRetrying, realWait, type Wait } from './readRetrying';
import { errorMessage } from '@shared/errorMessage';

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = {
  closeToTray: true,
  openAtLogin: false,
  trayHintShown: false,
};

const storedSchema = z.object({
  closeToTray: z.boolean().catch(DEFAULT_DESKTOP_SETTINGS.closeToTray),
  openAtLogin: z.boolean().catch(DEFAULT_DESKTOP_SETTINGS.openAtLogin),
  trayHintShown: z.boolean().catch(DEFAULT_DESKTOP_SETTINGS.trayHintShown),
});

export interface DesktopSettingsDeps {
  file: string;
  /** Registers or removes the app as a login item. */
  applyOpenAtLogin: (enabled: boolean) => Promise<void>;
  log: (message: string) => void;
  /** Paces the retries of a read; a timer by default. */
  wait?: Wait;
}

export interface DesktopSettingsStore {
  get(): DesktopSettings;
  update(patch: Partial<DesktopSettings>): Promise<Result<DesktopSettings>>;
}

export async function loadDesktopSettings(deps: DesktopSettingsDeps): Promise<DesktopSettingsStore> {
  let current = DEFAULT_DESKTOP_SETTINGS;
  /** Why the file could not be read, or null once it was (or there is none, or it was damaged). */
  let unread: string | null = null;

  async function read(): Promise<void> {
    try {
      const raw = await readRetrying(() => readJsonFile(deps.file), deps.wait ?? realWait);
      current = raw === null ? DEFAULT_DESKTOP_SETTINGS : storedSchema.parse(typeof raw === 'object' ? raw : {});
      unread = null;
    } catch (error) {
      if (isIoError(error)) unread = errorMessage(error);
      else unread = null; // damaged: moved aside, and the defaults stand in for it
      deps.log(`Desktop settings could not be read, using defaults: ${String(error)}`);
    }
  }
  await read();

  async function apply(patch: Partial<DesktopSettings>): Promise<Result<DesktopSettings>> {
    // Saved now, the defaults used meanwhile would replace the student's settings.
    if (unread !== null) await read();
    if (unread !== null) {
      return {
        ok: false,
        error: `Settings could not be saved: the settings file could not be read (${unread}), and saving now would replace your other settings with the defaults. Try again in a moment.`,
      };
    }
    const next = { ...current, ...patch };
    if (next.openAtLogin !== current.openAtLogin) {
      try {
        await deps.applyOpenAtLogin(next.openAtLogin);
      } catch (error) {
        return {
          ok: false,
          error: `Could not change "open at login": ${errorMessage(error)}`,
        };
      }
    }
    try {
      await writeJsonFile(deps.file, next);
    } catch (error) {
      // The login item was changed for a setting that is not saved: it is changed back, or the
      // app would start at login while Settings says it does not (or the reverse).
      let undo = '';
      if (next.openAtLogin !== current.openAtLogin) {
        try {
          await deps.applyOpenAtLogin(current.openAtLogin);
        } catch (undoError) {
          undo = `. "Open at login" is now ${next.openAtLogin ? 'on' : 'off'} all the same, and could not be set back (${errorMessage(undoError)}).`;
        }
      }
      return { ok: false, error: `Settings could not be saved: ${errorMessage(error)}${undo}` };
    }
    current = next;
    return { ok: true, value: current };
  }

  // One change at a time: two quick changes (a checkbox, the tray hint) would otherwise both
  // start from the same settings, and the one written last would undo the other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => current,
    update(patch) {
      const result = queue.then(() => apply(patch));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
