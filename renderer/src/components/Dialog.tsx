// A modal dialog on the native <dialog> element: focus is kept inside, the page behind is
// inert, and Escape closes it. Mark the control that should take focus with `data-autofocus`
// (React's autoFocus runs before the dialog opens, and opening moves focus to the first button).
// Closing puts focus back where it was: React removes the element before it is closed, so the
// browser's own return of focus does not happen. When that element is gone (the empty state's
// Add button, once there is an application), `onOpenerGone` says where focus goes instead.
import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import { focusAgain } from './focusNeighbour';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  onOpenerGone?: () => void;
}

export function Dialog({ title, onClose, children, footer, wide = false, onOpenerGone }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const openerGone = useEffectEvent(() => onOpenerGone?.());

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      // Opened with a shortcut from nowhere in particular (the page itself), it has no opener either.
      if (!focusAgain(opener)) openerGone();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
