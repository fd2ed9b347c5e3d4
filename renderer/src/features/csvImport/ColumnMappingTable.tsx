// Each column of the file as a row: its name, the field it will fill (a guess the student can
// change) or "Ignore", and its values in the first rows, by row number. Columns go down the page, so
// a file of fifty columns is read top to bottom, never by scrolling sideways.
import { memo, useDeferredValue } from 'react';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ImportField } from '@shared/csv/importFields';
import type { ColumnMapping } from '@shared/csv/columnMapping';
import type { CsvRow } from '@shared/csv/readCsvText';

const CELL_CHARS = 60;
const NO_COLUMNS: string[] = [];

interface ColumnMappingTableProps {
  header: string[];
  /** The first rows of the file. */
  rows: CsvRow[];
  mapping: ColumnMapping;
  rejectedRows: ReadonlySet<number>;
  onChange: (mapping: ColumnMapping) => void;
}

function shortened(cell: string): string {
  return cell.length > CELL_CHARS ? `${cell.slice(0, CELL_CHARS - 1)}…` : cell;
}

// Memoised: the check's progress re-renders the dialog many times, and a wide file's table holds
// a thousand options that do not change meanwhile.
export const ColumnMappingTable = memo(function ColumnMappingTable({
  header,
  rows,
  mapping,
  rejectedRows,
  onChange,
}: ColumnMappingTableProps) {
  // The columns' rows (a wide file's thousand options) are rendered after the dialog has opened
  // and in slices React can interrupt, not in the task that opens it.
  const columns = useDeferredValue(header, NO_COLUMNS);
  return (
    // Focus starts here when the review opens: the columns are what the student checks first.
    <div className="mapping-scroll" role="region" aria-label="Columns and the first rows" tabIndex={0} data-autofocus>
      <table className="mapping-table">
        <colgroup>
          <col className="mapping-column-name" />
          <col className="mapping-column-field" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Imported as</th>
            <th scope="col">First rows (by line)</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((headerName, index) => {
            const name = headerName || `Column ${index + 1}`;
            // Two columns of one name ("Notes" twice) are told apart by where they are.
            const repeated = headerName !== '' && columns.indexOf(headerName) !== columns.lastIndexOf(headerName);
            const label = repeated ? `'${name}' (column ${index + 1})` : `'${name}'`;
            return (
              <tr key={index} className={mapping[index] === null ? 'ignored' : undefined}>
                <th scope="row" className="column-name">
                  {name}
                </th>
                <td>
                  <select
                    aria-label={`Import column ${label} as`}
                    value={mapping[index] ?? ''}
                    onChange={(event) => {
                      const next = [...mapping];
                      next[index] = event.target.value === '' ? null : (event.target.value as ImportField);
                      onChange(next);
                    }}
                  >
                    <option value="">Ignore</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {IMPORT_FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <ul className="column-values">
                    {rows.map((row) => (
                      <li key={row.rowNumber} className={rejectedRows.has(row.rowNumber) ? 'rejected' : undefined}>
                        <span className="row-number">
                          {row.rowNumber}
                          {rejectedRows.has(row.rowNumber) && <span className="visually-hidden"> (has problems)</span>}
                        </span>{' '}
                        {shortened(row.cells[index] ?? '')}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
