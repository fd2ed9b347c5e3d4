// A modal dialog on the native <dialog> element: focus is kept inside, the page behind is
// inert and hidden from the accessibility tree, and Escape closes it. Mark the control that should take focus with `data-autofocus`
// (React's autoFocus runs before the dialog opens, and opening moves focus to the first button).
// Closing puts focus back where it was: React removes the element before it is closed, so the
// browser's own return of focus does not happen. When that element is gone (the empty state's
// Add button, once there is an application), `onOpenerGone` says where focus goes instead.
// Tab past the last control comes back to the first (and Shift+Tab the other way): a browser
// would stop on its own address bar first, and the desktop app, which has none, on the page.
import { hideOthers } from 'aria-hidden';
import { useEffect, useEffectEvent, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
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
    // The page behind is inert, yet tools that find controls by role and name (Playwright, some
    // screen readers' lists) still count its buttons: "Add application" behind the form's own.
    const showOthers = dialog ? hideOthers(dialog) : () => {};
    return () => {
      showOthers();
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
      onKeyDown={wrapTab}
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

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls Tab stops at, in order: shown ones, and of a group of radios only the one Tab reaches. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.tabIndex < 0 || element.getClientRects().length === 0) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return true;
    const group = [
      ...dialog.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`),
    ];
    return element.checked || (!group.some((radio) => radio.checked) && group[0] === element);
  });
}

function wrapTab(event: KeyboardEvent<HTMLDialogElement>) {
  // A control that handles Tab itself (a menu closing as focus goes on) has the last word.
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(event.currentTarget);
  const [first, last] = [stops[0], stops.at(-1)];
  if (!first || !last) return;
  const from = document.activeElement;
  const to = event.shiftKey ? (from === first ? last : null) : from === last ? first : null;
  if (to === null) return;
  event.preventDefault();
  to.focus();
}
