// Quitting or reloading while the page holds unsaved work (an open form, reminder settings not
// saved): the page's beforeunload refuses, and Electron, which shows no prompt of its own, would
// then silently stay open. The student is asked instead. Leaving goes on with the quit; staying
// cancels it, so that closing the window afterwards hides it to the tray again.

export const LEAVE_QUESTION = {
  message: 'Leave without saving?',
  detail: 'Some changes are not saved yet: an open form, or reminder settings. They are lost if you leave now.',
  buttons: ['Stay', 'Leave without saving'],
  /** The button that leaves; the other, the default, stays (Escape too). */
  leaveButton: 1,
};

export interface UnloadRefused {
  /** Lets the page unload after all. */
  preventDefault(): void;
}

export function answerUnloadRefused(
  event: UnloadRefused,
  deps: { ask: (question: typeof LEAVE_QUESTION) => number; stay: () => void },
): void {
  if (deps.ask(LEAVE_QUESTION) === LEAVE_QUESTION.leaveButton) event.preventDefault();
  else deps.stay();
}
