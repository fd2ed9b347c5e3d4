// Closing a form that holds work asks first, so that an Escape pressed by habit does not throw
// away what was typed: "Keep editing" (the default) or "Discard". Leaving the page (quitting,
// reloading) while it holds work asks too (unsavedWork).
import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { useUnsavedWork } from './unsavedWork';

interface DiscardConfirmation {
  /** Closes at once when nothing would be lost; otherwise asks. */
  requestClose: () => void;
  /**
   * Leaves the form another way (`then`, which closes it): at once when `unsaved` (by default the
   * form's own check) says nothing would be lost; otherwise after asking, on Discard.
   */
  requestLeave: (then: () => void, unsaved?: () => boolean) => void;
  /** The question, while it is asked: render it beside the form's dialog. */
  confirmation: ReactNode;
}

export function useDiscardConfirmation(
  unsaved: () => boolean,
  message: string,
  close: () => void,
): DiscardConfirmation {
  /** What Discard does, while the question is asked. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  useUnsavedWork(unsaved);
  const requestLeave = (then: () => void, holdsWork = unsaved) => (holdsWork() ? setLeaving(() => then) : then());
  return {
    requestClose: () => requestLeave(close),
    requestLeave,
    confirmation: leaving && (
      <Dialog
        title="Discard your changes?"
        onClose={() => setLeaving(null)}
        footer={
          <>
            <button type="button" data-autofocus onClick={() => setLeaving(null)}>
              Keep editing
            </button>
            <button type="button" className="danger" onClick={leaving}>
              Discard
            </button>
          </>
        }
      >
        <p>{message}</p>
      </Dialog>
    ),
  };
}
