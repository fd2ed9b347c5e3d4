// Escape closes an application's details from what opened them (the table's row, the board's
// card, the calendar's day) as it does from the panel itself; focus stays where it is.
import type { KeyboardEvent } from 'react';
import { useUiStore } from '../../state/uiStore';

/** A key handler: true when the key was Escape, nothing had used it, and open details closed. */
export function useCloseDetailsOnEscape(): (event: KeyboardEvent) => boolean {
  const detailsOpen = useUiStore((s) => s.selectedId !== null);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !detailsOpen) return false;
    event.preventDefault();
    applicationSelected(null);
    return true;
  };
}
