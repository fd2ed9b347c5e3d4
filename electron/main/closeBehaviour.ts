// What closing the window does: by default the app stays in the tray so reminders still fire,
// and says so once; a real quit (menu, tray, shutdown) closes it.

export interface CloseState {
  /** The app is quitting (before-quit was seen). */
  quitting: boolean;
  closeToTray: boolean;
  trayHintShown: boolean;
  /** There is a tray icon to come back through. */
  hasTray: boolean;
}

export type CloseAction = { type: 'close' } | { type: 'hide'; showHint: boolean };

export function closeAction(state: CloseState): CloseAction {
  if (state.quitting || !state.closeToTray || !state.hasTray) return { type: 'close' };
  return { type: 'hide', showHint: !state.trayHintShown };
}

export const TRAY_HINT = {
  key: 'still-running',
  applicationId: null,
  title: 'Internship Tracker is still running',
  // Clicking it opens the window again: on a desktop without a tray host (GNOME as shipped) the
  // icon it speaks of is not shown, and this is the one way back short of starting the app again.
  body: 'Reminders keep coming while the window is closed. Click to open it again; quit from the tray icon, or turn this off in Settings → Reminders.',
  // About no date: it never stops holding.
  over: Number.POSITIVE_INFINITY,
};
