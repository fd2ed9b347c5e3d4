// "Snooze" and the choices it opens: how long to put a shown reminder off. A menu button
// (WAI-ARIA pattern, the Export menu's and the board's "Move to…"): Enter, Space or ↓ open it on
// its first choice, ↑ on its last, arrow keys, Home and End move, Enter chooses, Escape closes
// back on Snooze, Tab closes and goes on.
import { useMenuButton } from '../../components/useMenuButton';
import type { SnoozeChoice } from './snoozeChoices';

interface SnoozeMenuProps {
  /** What is snoozed, for screen readers: "Snooze Acme: Application due in 3 hours". */
  subject: string;
  choices: SnoozeChoice[];
  onSnooze: (choice: SnoozeChoice) => void;
}

export function SnoozeMenu({ subject, choices, onSnooze }: SnoozeMenuProps) {
  const { open, close, toggle, buttonRef, menuRef, menuId, itemProps, onButtonKeyDown, onMenuKeyDown } = useMenuButton(
    choices.length,
  );

  return (
    <div className="snooze-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Snooze ${subject}`}
        onClick={toggle}
        onKeyDown={onButtonKeyDown}
      >
        Snooze
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Snooze for"
          className="menu snooze-choices"
          onKeyDown={onMenuKeyDown}
        >
          {choices.map((choice, index) => (
            <li key={choice.label} role="none">
              <button
                {...itemProps(index)}
                type="button"
                role="menuitem"
                onClick={() => {
                  // The choices go: focus goes back to Snooze (the reminder may then move on; see ReminderItem).
                  close();
                  onSnooze(choice);
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
