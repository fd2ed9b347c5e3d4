// "Snooze" and the choices it opens: how long to put a shown reminder off.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SnoozeChoice } from './snoozeChoices';

interface SnoozeMenuProps {
  /** What is snoozed, for screen readers: "Snooze Acme: Application due in 3 hours". */
  subject: string;
  choices: SnoozeChoice[];
  onSnooze: (choice: SnoozeChoice) => void;
}

export function SnoozeMenu({ subject, choices, onSnooze }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const choicesId = useId();

  function close(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // Escape closes the choices, not a dialog or the search around them.
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <div className="snooze-menu" onKeyDown={close}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={choicesId}
        aria-label={`Snooze ${subject}`}
        onClick={() => setOpen((o) => !o)}
      >
        Snooze
      </button>
      {open && (
        <div id={choicesId} className="snooze-choices" role="group" aria-label="Snooze for">
          {choices.map((choice) => (
            <button
              key={choice.label}
              type="button"
              onClick={() => {
                setOpen(false);
                // The choices go: focus goes back to Snooze (the reminder may then move on; see ReminderItem).
                toggle.current?.focus();
                onSnooze(choice);
              }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
