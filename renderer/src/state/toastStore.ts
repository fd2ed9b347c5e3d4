// Short messages at the bottom of the window, some with an action such as Undo.
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  toastShown(toast: Omit<Toast, 'id'>): void;
  toastDismissed(id: number): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  toastShown: (toast) =>
    set((s) => {
      // A plain confirmation ("Added Figma.") gives way to the next message, and a message said
      // again (three backups in a row) replaces the one still shown, so that a run of changes
      // does not stack up over the window; one with an action stays, since each action undoes its
      // own change, and so does an error, until it is dismissed.
      const others = s.toasts.filter(
        (t) => t.action || (t.tone === 'error' && (toast.action || t.message !== toast.message)),
      );
      return { toasts: [...others.slice(-2), { ...toast, id: nextId++ }] };
    }),
  toastDismissed: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Shows what went wrong in words meant for the user. */
export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  useToastStore.getState().toastShown({ message, tone: 'error' });
}
