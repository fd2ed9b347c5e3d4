// "Open at login": Electron's login items on macOS and Windows; on Linux, which Electron does
// not cover, an XDG autostart entry. Started at login, the app stays in the tray.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from 'electron';
import { writeFileAtomic } from './atomicWrite';

export const HIDDEN_ARG = '--hidden';

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  setLoginItemSettings: (settings: Settings) => void;
  /** ~/.config/autostart (XDG_CONFIG_HOME aware) on Linux. */
  autostartDir: string;
  /** The program to start: the AppImage itself when run from one. */
  executable: string;
}

export function autostartDirectory(env: NodeJS.ProcessEnv, home: string): string {
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'autostart');
}

/**
 * The desktop entry. The path is quoted as the Desktop Entry spec asks: '"', '`', '$' and '\'
 * escaped with a backslash inside the quotes, then, since a string value's own escapes are
 * read first, every backslash doubled ("\\\\" for one backslash), and '%' written '%%' (it
 * starts field codes).
 */
export function autostartEntry(executable: string): string {
  // A line break in the path would start a line of its own (a second Exec=): no escape is read
  // there, so such a path is refused, as is any other control character.
  if (/\p{Cc}/u.test(executable)) {
    throw new Error(
      `the app's path contains a control character (a line break or the like), so it cannot be started at login: ${JSON.stringify(executable)}`,
    );
  }
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`.replace(/\\/g, '\\\\').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Internship Tracker',
    'Comment=Reminders for internship deadlines and start dates',
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export async function setOpenAtLogin(enabled: boolean, deps: LoginItemDeps): Promise<void> {
  if (deps.platform === 'linux') {
    const file = path.join(deps.autostartDir, 'internship-tracker.desktop');
    if (enabled) await writeFileAtomic(file, autostartEntry(deps.executable));
    else await rm(file, { force: true });
    return;
  }
  deps.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
}
