// A setting's radio or checkbox shows the user's choice at once, while it is saved, and goes back
// with a message if saving fails. Showing only the stored value, a controlled input would snap
// back to it on the click and hold the old state until the save returned: screen readers would
// announce the old choice and a click would seem lost.
import { dequal } from 'dequal';
import { useRef, useState } from 'react';
import { showError } from '../state/toastStore';

export function useOptimisticChoice<T>(
  stored: T,
  /** Rejects with the message to show when the choice could not be saved. */
  save: (value: T) => Promise<void>,
): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const latest = useRef(0);

  // The stored value has caught up: it is the truth again (and another window's later change shows).
  if (pending && dequal(stored, pending.value)) setPending(null);

  function choose(value: T) {
    const attempt = ++latest.current;
    setPending({ value });
    save(value).catch((error: unknown) => {
      // A later choice still on its way stays shown; only the latest one's failure goes back.
      if (attempt === latest.current) setPending(null);
      showError(error);
    });
  }

  return [pending ? pending.value : stored, choose];
}
