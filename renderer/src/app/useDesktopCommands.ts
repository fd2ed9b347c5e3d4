// Acts on commands from the desktop: the menu, the tray and notification clicks.
import { useEffect } from 'react';
import type { AppCommand } from '@shared/desktopApi';
import { desktop } from '../desktop/desktop';
import { useUiStore } from '../state/uiStore';

export function handleCommand(command: AppCommand): void {
  const ui = useUiStore.getState();
  switch (command.type) {
    case 'new-application':
      return ui.editorOpened(null);
    case 'paste-posting':
      return ui.pastePostingOpened();
    case 'focus-search':
      return ui.searchFocusRequested();
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
