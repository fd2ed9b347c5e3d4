// Which order a file writes its numeric dates in, asked when its dates do not settle it: in a
// file of early-month dates, 05/01/2026 is as likely 5 January as May 1.
import { useId } from 'react';
import { parseDateCell } from '@shared/csv/dateCell';
import { formatWhen } from '../../components/formatDates';

interface DateOrderChoiceProps {
  /** A date of the file the two orders read differently. */
  example: string;
  dayFirst: boolean;
  onChange(dayFirst: boolean): void;
}

export function DateOrderChoice({ example, dayFirst, onChange }: DateOrderChoiceProps) {
  const name = useId();
  const reading = (first: boolean) => {
    const date = parseDateCell(example, first)?.date;
    return date ? formatWhen(date) : 'not a date';
  };
  return (
    <fieldset className="date-order">
      <legend>Dates such as “{example}”</legend>
      <p className="hint">No date in the file settles which comes first, the month or the day.</p>
      {[false, true].map((first) => (
        <label key={String(first)} className="radio-row">
          <input type="radio" name={name} checked={dayFirst === first} onChange={() => onChange(first)} />
          <span>
            {first ? 'Day first' : 'Month first'}: {reading(first)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
