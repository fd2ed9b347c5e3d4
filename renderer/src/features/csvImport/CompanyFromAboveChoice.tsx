// Rows with no company right under a row that has one: Google Sheets and Excel save a company
// cell merged over several rows on its first row only. Left out unless the student chooses to
// give them the company above, which the app does not guess.
import { countOf } from '@shared/countOf';
import { rowsLabel } from '@shared/csv/rowsLabel';

interface CompanyFromAboveChoiceProps {
  /** The rows concerned, by number (ImportPreview's companyFromAbove). */
  rows: readonly number[];
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CompanyFromAboveChoice({ rows, checked, onChange }: CompanyFromAboveChoiceProps) {
  return (
    <fieldset className="company-from-above">
      <legend>Rows with no company</legend>
      <p className="hint">
        {rowsLabel(rows)} {rows.length === 1 ? 'has' : 'have'} no company, right under a row that has one, as a sheet
        saves a company cell merged over several rows. Left out unless they take the company of the last row above them
        that has one.
      </p>
      <label className="radio-row">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <span>Give these {countOf(rows.length, 'row')} the company of the last row above them that has one</span>
      </label>
    </fieldset>
  );
}
