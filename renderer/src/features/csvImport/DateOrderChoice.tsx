// Which order a file writes its numeric dates in, asked when its dates do not settle it: in a
// file of early-month dates, 05/01/2026 is as likely 5 January as May 1, and in a file with
// dates of both orders (15/10/2026 and 10/20/2026), 03/11/2026 is either.
import { useId } from 'react';
import { parseDateCell, type MixedDates } from '@shared/csv/dateCell';
import { formatWhen } from '../../components/formatDates';

interface DateOrderChoiceProps {
  /** A date of the file the two orders read differently. */
  example: string;
  /** Dates only one order reads, when the file has both kinds: the order is then the file's guess. */
  mixed: MixedDates | null;
  dayFirst: boolean;
  onChange(dayFirst: boolean): void;
}

export function DateOrderChoice({ example, mixed, dayFirst, onChange }: DateOrderChoiceProps) {
  const name = useId();
  const reading = (first: boolean) => {
    const date = parseDateCell(example, first)?.date;
    return date ? formatWhen(date) : 'not a date';
  };
  return (
    <fieldset className="date-order">
      <legend>Dates such as “{example}”</legend>
      <p className="hint">
        {mixed === null
          ? 'No date in the file settles which comes first, the month or the day.'
          : `The file has dates written day first (${mixed.dayFirst}) and month first (${mixed.monthFirst}), each read the one way it can be. Dates that read both ways are read as you choose here, and listed below.`}
      </p>
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
