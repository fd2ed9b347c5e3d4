// The first rows of the file under their column names, each column with the field it will fill
// (a guess the student can change) or "Ignore".
import { memo } from 'react';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ImportField } from '@shared/csv/importFields';
import type { ColumnMapping } from '@shared/csv/columnMapping';
import type { CsvRow } from '@shared/csv/readCsvText';

const CELL_CHARS = 60;

interface ColumnMappingTableProps {
  header: string[];
  /** The first rows of the file. */
  rows: CsvRow[];
  mapping: ColumnMapping;
  rejectedLines: ReadonlySet<number>;
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
  rejectedLines,
  onChange,
}: ColumnMappingTableProps) {
  return (
    <div className="mapping-scroll" role="region" aria-label="Columns and the first rows" tabIndex={0}>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            {header.map((name, index) => (
              <th key={index} scope="col">
                <span className="column-name">{name || `Column ${index + 1}`}</span>
                <select
                  aria-label={`Import column '${name || `Column ${index + 1}`}' as`}
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
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={rejectedLines.has(row.line) ? 'rejected' : undefined}>
              <th scope="row">
                {row.line}
                {rejectedLines.has(row.line) && <span className="visually-hidden"> (has problems)</span>}
              </th>
              {header.map((_, index) => (
                <td key={index} className={mapping[index] === null ? 'ignored' : undefined}>
                  {shortened(row.cells[index] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
