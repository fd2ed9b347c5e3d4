// Acts on commands from the desktop: the menu, the tray and notification clicks.
import { useEffect } from 'react';
import type { AppCommand } from '@shared/desktopApi';
import { reminderSubject } from '@shared/reminders/reminder';
import { useData } from '../db/DataContext';
import { desktop } from '../desktop/desktop';
import { useToastStore } from '../state/toastStore';
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
    case 'remind-in-page':
      return remindInPage(command);
    case 'reminder-withdrawn':
      return useToastStore.getState().reminderWithdrawn(command.key);
  }
}

/** A reminder the browser may not show as a notification: a message in the page that stays. */
function remindInPage({
  key,
  title,
  body,
  applicationId,
  over,
}: Extract<AppCommand, { type: 'remind-in-page' }>): void {
  const ui = useUiStore.getState();
  const said = `${title}${body ? ` (${body})` : ''}`;
  // A later reminder of the same deadline or event ("in 1 hour" after "tomorrow") takes the
  // earlier one's place: its words would no longer hold.
  const toasts = useToastStore.getState();
  const subject = reminderSubject(key);
  for (const shown of toasts.toasts) {
    if (shown.reminder !== undefined && shown.reminder !== key && reminderSubject(shown.reminder) === subject)
      toasts.reminderWithdrawn(shown.reminder);
  }
  toasts.toastShown({
    message: `${said}. Shown here: notifications are not allowed in this browser (Reminders → Allow notifications).`,
    tone: 'info',
    lasting: true,
    reminder: key,
    // "Interview in 1 hour" still in sight after the interview says what no longer holds: it goes
    // then (the reminder centre keeps it under Shown). One already over when shown stays until dismissed.
    until: over > Date.now() ? over : undefined,
    // Two reminders shown at once are told apart by their buttons' names, with the date: two
    // deadlines of one application can both be "tomorrow".
    about: said,
    action: {
      label: 'Open',
      run: () => (applicationId === null ? ui.viewOpened('reminders') : ui.applicationSelected(applicationId)),
    },
  });
}

export function useDesktopCommands(): void {
  useEffect(() => desktop.onCommand(handleCommand), []);
  // Each minute, the messages of reminders whose moment has passed go: on the model's clock, so
  // a fake clock moves them too, and with nothing drawn again when none has.
  const { model } = useData();
  useEffect(() => model.subscribeClock(() => useToastStore.getState().outdated(model.now().getTime())), [model]);
}
