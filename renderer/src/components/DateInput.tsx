// Date and time fields whose text is no date or time. A browser's date field takes a day its
// month does not have (30 February, 31 April) or a date typed only in part, and a time field a
// time typed only in part ("10:--"), and then holds an empty value, as if it were cleared; typed
// into an empty field, it does not even say that it changed. A form reading the value would drop
// the date or the time, or ask to "Enter the date". Such a field's value is kept as NO_SUCH_DATE
// (NO_SUCH_TIME) instead, which the form refuses with its own message. The browser does not tell
// what was typed; the field still shows it, to be corrected.
import { useImperativeHandle, useLayoutEffect, useRef, type ComponentPropsWithRef } from 'react';

/** What a date field's value is while its text is no date. */
export const NO_SUCH_DATE = 'no-such-date';

export const NO_SUCH_DATE_MESSAGE =
  'No such date: check the day, month and year (April, June, September and November have 30 days, February 28 or 29)';

/** What a time field's value is while its text is no time. */
export const NO_SUCH_TIME = 'no-such-time';

export const NO_SUCH_TIME_MESSAGE = 'Part of the time is missing: fill in every part, or clear the time';

type DateInputProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'value' | 'onChange' | 'onKeyUp' | 'onBlur'> & {
  type?: 'date' | 'time';
  value: string;
  /** The new value: a date (or time), '' when cleared, or NO_SUCH_DATE (NO_SUCH_TIME). */
  onValue: (value: string) => void;
};

export function DateInput({ type = 'date', value, onValue, ref, ...props }: DateInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current!, []);
  const unreadable = type === 'time' ? NO_SUCH_TIME : NO_SUCH_DATE;
  // Cleared by the form (Escape, a change recorded): the value the browser holds is empty
  // already, so React would leave the text typed in view, as if it still counted.
  useLayoutEffect(() => {
    if (value === '' && input.current?.validity.badInput) input.current.value = '';
  }, [value]);
  const read = (input: HTMLInputElement) => {
    const typed = input.validity.badInput ? unreadable : input.value;
    if (typed !== value) onValue(typed);
  };
  return (
    <input
      {...props}
      ref={input}
      type={type}
      // Empty while unreadable, as the browser holds it: the text typed stays in view.
      value={value === unreadable ? '' : value}
      onChange={(event) => read(event.target)}
      // No change event comes while the text is no date: each key and leaving the field say it.
      onKeyUp={(event) => read(event.currentTarget)}
      onBlur={(event) => read(event.currentTarget)}
    />
  );
}
