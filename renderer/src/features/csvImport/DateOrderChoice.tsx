// Which order a file writes its numeric dates in, asked when its dates do not settle it: in a
// file of early-month dates, 05/01/2026 is as likely 5 January as May 1, and in a file with
// dates of both orders (15/10/2026 and 10/20/2026), 03/11/2026 is either.
import { useId } from 'react';
import type { DateOrderProposal } from '@shared/csv/csvImport';
import { parseDateCell, type MixedDates } from '@shared/csv/dateCell';
import { formatWhen } from '../../components/formatDates';

interface DateOrderChoiceProps {
  /** A date of the file the two orders read differently. */
  example: string;
  /** Dates only one order reads, when the file has both kinds: the order is then the file's guess. */
  mixed: MixedDates | null;
  dayFirst: boolean;
  /** The order first proposed, and what it went by. */
  proposal: DateOrderProposal | null;
  onChange(dayFirst: boolean): void;
}

/** Why the order was proposed, so the student can judge the proposal: "Day first is proposed, as …". */
function proposalReason(proposal: DateOrderProposal | null): string | null {
  if (proposal === null) return null;
  const { dayFirst, basis } = proposal;
  const proposed = dayFirst ? 'Day first is proposed' : 'Month first is proposed';
  switch (basis.kind) {
    case 'past':
      return `${proposed}: the other order would put an applied, saved or offer date after today.`;
    case 'semicolons':
      return `${proposed}, as the file is separated by semicolons, as spreadsheets write it where the comma is the decimal mark, and most of those places write the day first.`;
    case 'zone':
      return `${proposed}, as dates are written where your time zone is (${basis.zone}).`;
    case 'language':
      return `${proposed}, as your language setting (${navigator.language}) writes dates.`;
  }
}

export function DateOrderChoice({ example, mixed, dayFirst, proposal, onChange }: DateOrderChoiceProps) {
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
          : `The file has dates written day first (${mixed.dayFirst}) and month first (${mixed.monthFirst}), each read the one way it can be. Dates that read both ways are read as you choose here, and listed below.`}{' '}
        {proposalReason(proposal)}
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
