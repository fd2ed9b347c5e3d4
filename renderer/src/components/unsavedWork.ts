// Work not saved yet (an open form changed, reminder settings not saved): while any is, leaving
// the page (quitting the app, reloading, closing the browser's tab) asks first. The browser
// asks by itself; the desktop app's main process turns the page's refusal into its own question.
import { useEffect, useRef } from 'react';

const checks = new Set<() => boolean>();

/** Adds a check of unsaved work; returns what removes it. */
export function addUnsavedCheck(unsaved: () => boolean): () => void {
  checks.add(unsaved);
  return () => checks.delete(unsaved);
}

export function hasUnsavedWork(): boolean {
  for (const unsaved of checks) if (unsaved()) return true;
  return false;
}

/** Counts `unsaved` (read when the page is left, so it sees the latest state) while mounted. */
export function useUnsavedWork(unsaved: () => boolean): void {
  const latest = useRef(unsaved);
  useEffect(() => {
    latest.current = unsaved;
  });
  useEffect(() => addUnsavedCheck(() => latest.current()), []);
}

/** Installed once, at start: refuses to unload the page while there is unsaved work. */
export function askBeforeLeavingUnsavedWork(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium and Electron ask only when returnValue is set.
    event.returnValue = '';
  });
}
