// Closing a form that holds work asks first, so that an Escape pressed by habit does not throw
// away what was typed: "Keep editing" (the default) or "Discard". Leaving the page (quitting,
// reloading) while it holds work asks too (unsavedWork).
import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { useUnsavedWork } from './unsavedWork';

interface DiscardConfirmation {
  /** Closes at once when nothing would be lost; otherwise asks. */
  requestClose: () => void;
  /** The question, while it is asked: render it beside the form's dialog. */
  confirmation: ReactNode;
}

export function useDiscardConfirmation(
  unsaved: () => boolean,
  message: string,
  close: () => void,
): DiscardConfirmation {
  const [asking, setAsking] = useState(false);
  useUnsavedWork(unsaved);
  return {
    requestClose: () => (unsaved() ? setAsking(true) : close()),
    confirmation: asking && (
      <Dialog
        title="Discard your changes?"
        onClose={() => setAsking(false)}
        footer={
          <>
            <button type="button" data-autofocus onClick={() => setAsking(false)}>
              Keep editing
            </button>
            <button type="button" className="danger" onClick={close}>
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
