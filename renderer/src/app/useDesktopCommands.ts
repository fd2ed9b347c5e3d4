// Acts on commands from the desktop: the menu, the tray and notification clicks.
import { useEffect } from 'react';
import type { AppCommand } from '@shared/desktopApi';
import { desktop } from '../desktop/desktop';
import { useUiStore } from '../state/uiStore';

export function handleCommand(command: AppCommand): void {
  const ui = useUiStore.getState();
  // A menu click must not replace an open dialog and lose what is typed in it.
  const dialogOpen = ui.dialog !== null;
  switch (command.type) {
    case 'new-application':
      return dialogOpen ? undefined : ui.editorOpened(null);
    case 'paste-posting':
      return dialogOpen ? undefined : ui.pastePostingOpened();
    case 'focus-search':
      return ui.searchFocusRequested();
    case 'open-view':
      return ui.viewOpened(command.view);
    case 'open-settings':
      return ui.viewOpened('settings');
    case 'open-reminders':
      return ui.viewOpened('reminders');
    case 'show-application':
      return ui.applicationSelected(command.applicationId);
    case 'reminders-changed':
      return;
  }
}

export function useDesktopCommands(): void {
  useEffect(() => desktop.onCommand(handleCommand), []);
}
