// The application menu: the app's own commands with their shortcuts (sent to the renderer as
// AppCommands) and the standard edit, view and window roles.
import type { MenuItemConstructorOptions } from 'electron';
import { MAIN_VIEW_LABELS, MAIN_VIEWS, type AppCommand } from '@shared/desktopApi';

export interface AppMenuDeps {
  platform: NodeJS.Platform;
  appName: string;
  isPackaged: boolean;
  send: (command: AppCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function appMenuTemplate(deps: AppMenuDeps): MenuItemConstructorOptions[] {
  const mac = deps.platform === 'darwin';
  // The page handles these shortcuts itself (renderer/src/app/useShortcuts.ts), where it knows
  // whether a dialog is open; the menu only shows them.
  const command = (label: string, accelerator: string, appCommand: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => deps.send(appCommand),
  });
  const settings = command('Settings…', 'CmdOrCtrl+,', { type: 'open-settings' });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: deps.appName,
          submenu: [
            { role: 'about' },
            separator,
            settings,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New application', 'CmdOrCtrl+N', { type: 'new-application' }),
      command('Paste posting…', 'CmdOrCtrl+Shift+V', { type: 'paste-posting' }),
      ...(mac ? [] : [separator, settings, separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'CmdOrCtrl+F', { type: 'focus-search' }),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...MAIN_VIEWS.map((view, i) =>
        command(MAIN_VIEW_LABELS[view], `CmdOrCtrl+${i + 1}`, { type: 'open-view', view }),
      ),
      command('Reminders', 'CmdOrCtrl+Shift+R', { type: 'open-reminders' }),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      // Reloading and DevTools are for development; forceReload would take Reminders' shortcut.
      ...(deps.isPackaged ? [] : [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }];
}
