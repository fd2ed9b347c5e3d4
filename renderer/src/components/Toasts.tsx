// Short messages at the bottom of the window, some with an action such as Undo. F8 takes the
// keyboard to the newest one (they sit at the end of the page, past every other control), and a
// message waits while focus or the pointer is on it; acting on it or dismissing it takes focus
// back to where F8 was pressed or the click came from, or into the view. A newer message that replaces or pushes out the
// one holding focus takes focus in its place.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ChangedSinceError } from '../db/errors';
import { showError, useToastStore, type Toast } from '../state/toastStore';
import { useUiStore } from '../state/uiStore';
import { focusAgain } from './focusNeighbour';

const VISIBLE_MS = 8_000;
/** The stack's distance from the window's bottom edge (`.toasts` in app.css). */
const TOASTS_BOTTOM_PX = 16;

function ToastItem({ toast, focusBack }: { toast: Toast; focusBack: () => void }) {
  const dismiss = useToastStore((s) => s.toastDismissed);
  const toastShown = useToastStore((s) => s.toastShown);
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const waiting = held.focus || held.pointer;
  const messageId = useId();
  useEffect(() => {
    // Errors stay until dismissed; they may need reading twice.
    if (toast.tone === 'error' || toast.lasting || waiting) return;
    const timer = setTimeout(() => dismiss(toast.id), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss, waiting]);

  /** Closes the message; if focus was in it, focus goes back rather than to the top of the page. */
  function close() {
    if (held.focus) focusBack();
    dismiss(toast.id);
  }

  return (
    <div
      className={`toast toast-${toast.tone}`}
      data-toast-id={toast.id}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
    >
      <span id={messageId}>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          // Two messages' Undo buttons are told apart by what each would undo.
          aria-describedby={messageId}
          aria-label={toast.about && `${toast.action.label} ${toast.about}`}
          className="link-button"
          onClick={async () => {
            close();
            try {
              const done = await toast.action!.run();
              // Said, so that a screen reader's user hears that it worked: the message just went.
              if (done) toastShown({ message: done, tone: 'info' });
              else if (toast.action!.label === 'Undo')
                toastShown({ message: `Undone: ${toast.message}`, tone: 'info' });
            } catch (error) {
              // Refused until a later change is undone: its message comes back, Undo and all, to
              // be used then.
              if (error instanceof ChangedSinceError)
                toastShown({ message: toast.message, tone: toast.tone, action: toast.action });
              showError(error);
            }
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={toast.about ? `Dismiss ${toast.about}` : 'Dismiss message'}
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const ref = useRef<HTMLDivElement>(null);
  /** Where focus was when F8 was pressed. */
  const focusedBefore = useRef<Element | null>(null);
  /** Set when the message holding focus is taken away by the store (replaced or pushed out). */
  const focusedMessageWent = useRef(false);

  /** The newest message's first control: its action, else its Dismiss. */
  const newestControl = () => ref.current?.querySelector<HTMLElement>('.toast:last-child button') ?? null;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'F8' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const newest = newestControl();
      if (!newest) return;
      event.preventDefault();
      if (!ref.current?.contains(document.activeElement)) focusedBefore.current = document.activeElement;
      newest.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Told as the store changes, while the old messages are still in the page: once React removes
  // the focused one, the browser has already dropped focus to the page's start.
  useEffect(
    () =>
      useToastStore.subscribe(({ toasts: now }) => {
        const holder = document.activeElement?.closest<HTMLElement>('.toast');
        if (!holder || !ref.current?.contains(holder)) return;
        if (!now.some((toast) => String(toast.id) === holder.dataset.toastId)) focusedMessageWent.current = true;
      }),
    [],
  );

  useLayoutEffect(() => {
    if (!focusedMessageWent.current) return;
    focusedMessageWent.current = false;
    // The message that took its place is the newest; with none left, back to where F8 was pressed.
    const newest = newestControl();
    if (newest) newest.focus();
    else focusBack();
  });

  // Views that scroll as a page leave this much room below their end (app.css), so that what
  // the messages cover can be scrolled clear of them.
  useLayoutEffect(() => {
    const height = toasts.length > 0 && ref.current ? ref.current.offsetHeight + TOASTS_BOTTOM_PX : 0;
    document.documentElement.style.setProperty('--toasts-height', `${height}px`);
  }, [toasts]);

  /**
   * Back to where F8 was pressed; else (a click on the message, or that place is gone, as an
   * import's dialog is once its Undo shows) into the view: the table's row where it has one.
   */
  function focusBack() {
    const before = focusedBefore.current;
    focusedBefore.current = null;
    if (focusAgain(before)) return;
    document.querySelector<HTMLElement>('main')?.focus();
    tableFocusRequested();
  }

  return (
    <div
      ref={ref}
      className="toasts"
      role="region"
      aria-label="Messages (F8)"
      aria-live="polite"
      // A click on a message comes back where focus was before it, as F8 does.
      onPointerDownCapture={() => {
        if (!ref.current?.contains(document.activeElement)) focusedBefore.current = document.activeElement;
      }}
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} focusBack={focusBack} />
      ))}
    </div>
  );
}
