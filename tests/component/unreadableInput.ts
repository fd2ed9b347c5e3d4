// What a browser's date field does when 30 February (or a date only part typed) is entered, and
// a time field when a time is only part typed: the text stays in view, the value becomes empty
// with no change event, and validity.badInput says why. jsdom keeps no such text, so the field is
// made to report it from then on.
import { fireEvent } from '@testing-library/react';

/** Types a date the calendar does not have, or part of a date or time, into its field, key by key. */
export function typeUnreadable(input: HTMLInputElement): void {
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: true } });
  input.value = '';
  fireEvent.keyUp(input, { key: '6' });
}
