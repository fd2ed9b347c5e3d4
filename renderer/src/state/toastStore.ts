// Short messages at the bottom of the window, some with an action such as Undo.
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** `run` may return what to say once it is done, instead of "Undone: <message>". */
  action?: {
    label: string;
    run: () => void | string | Promise<void | string>;
  };
  /**
   * What the message is about, in a few words, where several alike can be on screen at once (a
   * reminder's title and date): its buttons are named with it ("Open …", "Dismiss …").
   */
  about?: string;
  /** Stays until dismissed, as an error does (a reminder shown in the page). */
  lasting?: boolean;
  /** The reminder a message in the page shows (its notice key), so it goes when that reminder is planned away. */
  reminder?: string;
  /** When a lasting message stops holding (ms since the epoch): it goes at the first minute after. */
  until?: number;
}

interface ToastState {
  toasts: Toast[];
  toastShown(toast: Omit<Toast, 'id'>): void;
  toastDismissed(id: number): void;
  /** The messages of a reminder no longer planned go. */
  reminderWithdrawn(key: string): void;
  /** The messages that stopped holding by `now` (ms since the epoch) go. */
  outdated(now: number): void;
}

let nextId = 1;
/**
 * Messages shown at once; past that the oldest goes, so that they do not cover the window, but
 * never a lasting one (a reminder shown in the page), which stays until dismissed.
 */
const MAX_SHOWN = 3;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  toastShown: (toast) =>
    set((s) => {
      // A plain confirmation ("Added Figma.") gives way to the next message; an error or a lasting
      // one (a reminder) stays until it goes, and so does one with an action until a newer one
      // with the same action comes: one Undo at a time, for the latest change, as a screen
      // reader's list of buttons or a search by name would find three alike otherwise. An older
      // change no longer offered stands, as when its message times out (a deleted application
      // stays in Recently deleted). A message said again ("Moved “Offer” up." three times)
      // replaces the one shown.
      const others = s.toasts.filter(
        (t) =>
          (t.tone === 'error' || t.lasting || (t.action && t.action.label !== toast.action?.label)) &&
          !(t.message === toast.message && t.tone === toast.tone),
      );
      // The oldest of the others that pass go first, to leave room for the new one.
      const passing = others.filter((t) => !t.lasting);
      const room = MAX_SHOWN - 1 - (others.length - passing.length);
      const pushedOut = new Set(passing.slice(0, Math.max(0, passing.length - room)));
      return { toasts: [...others.filter((t) => !pushedOut.has(t)), { ...toast, id: nextId++ }] };
    }),
  toastDismissed: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  reminderWithdrawn: (key) => set((s) => ({ toasts: s.toasts.filter((t) => t.reminder !== key) })),
  outdated: (now) =>
    set((s) =>
      s.toasts.some((t) => t.until !== undefined && t.until <= now)
        ? { toasts: s.toasts.filter((t) => t.until === undefined || t.until > now) }
        : s,
    ),
}));

/** Shows what went wrong in words meant for the user. */
export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  useToastStore.getState().toastShown({ message, tone: 'error' });
}
