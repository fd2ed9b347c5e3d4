// Keyboard shortcuts inside the window. The Electron menu shows the same accelerators without
// registering them, so this is the one place they are handled.
import { useLayoutEffect } from 'react';
import { MAIN_VIEWS } from '@shared/desktopApi';
import { useUiStore } from '../state/uiStore';

/** How the app writes a shortcut: "⌘F" on a Mac, "Ctrl+F" elsewhere (both keys work everywhere). */
export function shortcutLabel(key: string): string {
  return /^(Mac|iPhone|iPad)/.test(navigator.platform) ? `⌘${key}` : `Ctrl+${key}`;
}

/** A field that takes typing, where keys such as Ctrl+Shift+V belong to the field. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable) ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type))
  );
}

export function useShortcuts(): void {
  // Before the first paint: a key pressed as soon as the window shows is already handled.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      const ui = useUiStore.getState();
      // While a dialog is open, its own controls own the keyboard.
      if (ui.dialog !== null) return;
      if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        ui.editorOpened(null);
      } else if ((key === 'f' || key === 'k') && !event.shiftKey) {
        event.preventDefault();
        ui.searchFocusRequested();
      } else if (key === 'v' && event.shiftKey && !isTextEntry(event.target)) {
        // In a text field the same keys paste as plain text; they stay that field's.
        event.preventDefault();
        ui.pastePostingOpened();
      } else if (key === 'r' && event.shiftKey) {
        event.preventDefault();
        ui.viewOpened('reminders');
      } else if (/^[1-9]$/.test(key) && !event.shiftKey && MAIN_VIEWS[Number(key) - 1]) {
        event.preventDefault();
        ui.viewOpened(MAIN_VIEWS[Number(key) - 1]!);
      } else if (key === ',') {
        event.preventDefault();
        ui.viewOpened('settings');
      }
    }
    // A key an input method composes with is the input method's (Escape drops the word being
    // composed, Enter commits it): nothing in the window acts on it, nor does a dialog close.
    function composingKey(event: KeyboardEvent) {
      if (!event.isComposing) return;
      event.stopImmediatePropagation();
      if (event.key === 'Escape') event.preventDefault();
    }
    window.addEventListener('keydown', composingKey, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', composingKey, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
