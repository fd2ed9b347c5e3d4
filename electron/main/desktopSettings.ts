// The desktop-only settings (tray, open at login, the one-time tray hint), kept in a JSON file
// in the user-data folder. A damaged file falls back to the defaults field by field.
import { z } from 'zod';
import type { DesktopSettings, Result } from '@shared/desktopApi';
import { readJsonFile, writeJsonFile } from './jsonFile';

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
}

export interface DesktopSettingsStore {
  get(): DesktopSettings;
  update(patch: Partial<DesktopSettings>): Promise<Result<DesktopSettings>>;
}

export async function loadDesktopSettings(deps: DesktopSettingsDeps): Promise<DesktopSettingsStore> {
  let current = DEFAULT_DESKTOP_SETTINGS;
  try {
    const raw = await readJsonFile(deps.file);
    if (raw !== null) current = storedSchema.parse(typeof raw === 'object' ? raw : {});
  } catch (error) {
    deps.log(`Desktop settings could not be read, using defaults: ${String(error)}`);
  }

  async function apply(patch: Partial<DesktopSettings>): Promise<Result<DesktopSettings>> {
    const next = { ...current, ...patch };
    if (next.openAtLogin !== current.openAtLogin) {
      try {
        await deps.applyOpenAtLogin(next.openAtLogin);
      } catch (error) {
        return {
          ok: false,
          error: `Could not change "open at login": ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }
    try {
      await writeJsonFile(deps.file, next);
    } catch (error) {
      return {
        ok: false,
        error: `Settings could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      };
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
