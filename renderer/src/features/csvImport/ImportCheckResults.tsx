// What the check found: how many rows are ready, each row's problems by row number, the duplicates
// with the choice to skip or merge them, and the values to check: guesses made while reading
// and values kept in the notes.
import { useId } from 'react';
import type { ImportPlan, ImportPreview, ImportRow } from '@shared/csv/csvImport';
import type { Application } from '@shared/application';
import { countOf } from '@shared/countOf';
import { listInWords } from '@shared/listInWords';
import { termLabel } from '@shared/term';

/** Long lists show their start; the rest is counted. */
const LISTED = 50;

export type DuplicateChoice = 'skip' | 'merge';

/** A list that may scroll: in the tab order, so the keyboard can scroll it in every browser. */
function Listed({ items, label }: { items: readonly string[]; label: string }) {
  const more = items.length - LISTED;
  return (
    <ul className="problem-list" aria-label={label} tabIndex={0}>
      {items.slice(0, LISTED).map((item, i) => (
        <li key={i}>{item}</li>
      ))}
      {more > 0 && <li className="muted">… and {more.toLocaleString('en-US')} more.</li>}
    </ul>
  );
}

function describeDuplicate(
  row: ImportRow,
  existing: ReadonlyMap<string, Application>,
  leftOut: ReadonlyMap<number, string[]>,
): string {
  const { company, role } = row.application;
  const of = row.duplicateOf!;
  const lost = leftOut.get(row.rowNumber);
  const skipping = lost ? ` Skipping it leaves out ${listInWords(lost)}.` : '';
  if (of.kind === 'row') return `Row ${row.rowNumber}: ${company} — ${role} is also on row ${of.rowNumber}.${skipping}`;
  const app = existing.get(of.id);
  const label = app ? termLabel(app.term) : '';
  const term = label ? ` (${label})` : '';
  return `Row ${row.rowNumber}: ${company} — ${role} is already tracked${term}.${skipping}`;
}

interface ImportCheckResultsProps {
  preview: ImportPreview;
  plan: ImportPlan;
  /** What skipping each duplicate leaves out, by row number (leftOutBySkipping). */
  leftOut: ReadonlyMap<number, string[]>;
  existing: ReadonlyMap<string, Application>;
  choice: DuplicateChoice;
  onChoice: (choice: DuplicateChoice) => void;
}

export function ImportCheckResults({ preview, plan, leftOut, existing, choice, onChoice }: ImportCheckResultsProps) {
  const id = useId();
  const duplicates = preview.rows.filter((row) => row.duplicateOf !== null);
  const rejected = preview.rejectedRows.length;
  const total = preview.rows.length + rejected;

  return (
    <div className="import-results">
      <p className="import-summary" role="status">
        {readableSentence(preview.rows.length, total, duplicates.length)}
        {rejected > 0 && ` ${countOf(rejected, 'row')} with problems will be left out.`}
        {preview.unclosedQuote && ` ${unclosedQuoteSentence(preview.unclosedQuote)}`}
        {preview.ignoredColumns.length > 0 && ` ${ignoredSentence(preview.ignoredColumns)}`}
      </p>

      {preview.errors.length > 0 && (
        <section aria-labelledby={`${id}-errors`} className="import-section">
          <h3 id={`${id}-errors`}>Problems</h3>
          <p className="hint">
            A column read as the wrong field can be changed above: choose another field for it, Notes to keep its text
            as it is, or Ignore. Or fix these in the file and choose it again, or import the other rows without them.
          </p>
          <Listed items={preview.errors} label="Problems by row" />
        </section>
      )}

      {duplicates.length > 0 && (
        <section aria-labelledby={`${id}-duplicates`} className="import-section">
          <h3 id={`${id}-duplicates`}>Duplicates</h3>
          <p className="hint">
            {countOf(duplicates.length, 'row')} {duplicates.length === 1 ? 'matches' : 'match'} an application you have
            or an earlier row (same company, role, term and posting address; a missing term or address matches any).
          </p>
          <Listed items={duplicates.map((row) => describeDuplicate(row, existing, leftOut))} label="Duplicate rows" />
          <fieldset className="duplicate-choice">
            <legend>What to do with them</legend>
            <label className="radio-row">
              <input type="radio" name={`${id}-choice`} checked={choice === 'skip'} onChange={() => onChoice('skip')} />
              Skip them: keep what you have as it is
            </label>
            <label className="radio-row">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === 'merge'}
                onChange={() => onChoice('merge')}
              />
              Merge them: fill in what is missing and add new dates, events, tags and stage changes
            </label>
          </fieldset>
          {plan.problems.length > 0 && <Listed items={plan.problems} label="Rows that cannot be merged" />}
          {plan.kept.length > 0 && (
            <>
              <p className="hint">
                Merging keeps what you have where the file gives another date for the same deadline, or another pay,
                length, applied date, work mode or type:
              </p>
              <Listed items={plan.kept} label="Values merging leaves out" />
            </>
          )}
        </section>
      )}

      {preview.notes.length > 0 && (
        <section className="import-section" aria-label="How columns were read">
          <ul className="column-notes">
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {preview.warnings.length > 0 && (
        // A few are shown at once (a date that could not be read, kept in the notes, is worth
        // seeing before importing); a long list stays folded under its count.
        <details className="import-section" open={preview.warnings.length <= GUESSES_SHOWN_OPEN}>
          <summary>
            {countOf(preview.warnings.length, 'value')} to check: read with a guess or kept in the notes
          </summary>
          <Listed items={preview.warnings} label="Values to check" />
        </details>
      )}
    </div>
  );
}

/**
 * The rows a quote never closed hid: the counts above cannot show them, as the parser never saw
 * them as rows.
 */
function unclosedQuoteSentence({ rowNumber, lines }: NonNullable<ImportPreview['unclosedQuote']>): string {
  const quote = `a quoted value opened in row ${rowNumber} is never closed (a " is missing)`;
  if (lines === 1)
    return `Row ${rowNumber} could not be read as it stands: ${quote}. Fix it in the file and choose the file again.`;
  return `The rest of the file (${countOf(lines, 'line')} of text from row ${rowNumber} on) could not be read as rows: ${quote}, so all of it became one value. Fix it in the file and choose the file again; importing now leaves those lines out.`;
}

/** Columns named in the summary; more are counted. */
const IGNORED_NAMED = 5;

/** "2 columns with data will not be imported: 'Card URL', 'Attachment Links'." */
function ignoredSentence(columns: readonly string[]): string {
  const named = columns.slice(0, IGNORED_NAMED).map((header) => `'${header}'`);
  const more = columns.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more.toLocaleString('en-US')} more` : named.join(', ');
  // Any number of columns can go to the notes ("Round: R2"), which a student may not guess.
  const keep = columns.length === 1 ? 'it' : 'any of them';
  return `${countOf(columns.length, 'column')} with data will not be imported: ${list}. Import ${keep} as Notes to keep its values there.`;
}

/** Up to this many values to check are listed open. */
const GUESSES_SHOWN_OPEN = 5;

/**
 * "All 5 rows can be imported.", or, where some match what you have, "can be read", so that the
 * summary never promises rows the duplicates' choice leaves out: "All 5 rows can be read; 5 are
 * duplicates (below)."
 */
function readableSentence(readable: number, total: number, duplicates: number): string {
  const rows = readable === total ? allOf(total) : `${readable.toLocaleString('en-US')} of ${countOf(total, 'row')}`;
  if (duplicates === 0) return `${rows} can be imported.`;
  if (readable === 1) return `${rows} can be read; it is a duplicate (below).`;
  const are = duplicates === 1 ? 'is a duplicate' : 'are duplicates';
  return `${rows} can be read; ${duplicates.toLocaleString('en-US')} ${are} (below).`;
}

/** "The row", "Both rows", "All 12 rows". */
function allOf(total: number): string {
  if (total === 1) return 'The row';
  if (total === 2) return 'Both rows';
  return `All ${countOf(total, 'row')}`;
}
