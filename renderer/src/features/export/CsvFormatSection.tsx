// Settings → Export: the CSV summary's format. Excel opens a double-clicked .csv by the list
// separator and decimal mark of the computer's region: commas and points in the US and UK,
// semicolons and decimal commas in most of Europe, where a comma-separated file ends up in one column.
import { useId } from 'react';
import { CSV_FORMATS, type CsvFormat } from '@shared/csv/csvExport';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { useData } from '../../db/DataContext';
import { useSetting, writeSetting } from '../../db/settings';
import { csvFormatSetting } from './csvFormatSetting';

export const CSV_FORMAT_LABELS: Record<CsvFormat, string> = {
  comma: 'Comma-separated',
  semicolon: 'Semicolon-separated, decimal comma (Excel in most of Europe)',
};

const CSV_FORMAT_EXAMPLES: Record<CsvFormat, string> = {
  comma: 'Pinterest,2513.33',
  semicolon: 'Pinterest;2513,33',
};

export function CsvFormatSection() {
  const { db } = useData();
  const [format, chooseFormat] = useOptimisticChoice(useSetting(db, csvFormatSetting), (value) =>
    writeSetting(db, csvFormatSetting, value).catch((error: unknown) => {
      throw new Error(
        `The CSV summary's format could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      );
    }),
  );
  const id = useId();

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section">
      <h3 id={`${id}-title`}>Export</h3>
      <fieldset aria-describedby={`${id}-about`}>
        <legend>CSV summary format</legend>
        <p id={`${id}-about`} className="muted">
          For <em>Export → CSV summary</em>. Pick the one your spreadsheet opens in columns: Excel set to a region whose
          decimal mark is the comma (Germany, France, Spain…) expects semicolons. Text such as the pay as you wrote it
          stays as written.
        </p>
        {CSV_FORMATS.map((value) => (
          // The example describes the choice, outside its label: the radio is named by the format alone.
          <div key={value} className="radio-row">
            <input
              id={`${id}-${value}`}
              type="radio"
              name="csv-format"
              checked={format === value}
              aria-describedby={`${id}-${value}-example`}
              onChange={() => chooseFormat(value)}
            />
            <label htmlFor={`${id}-${value}`}>{CSV_FORMAT_LABELS[value]}</label>
            <span id={`${id}-${value}-example`} className="muted">
              <span className="visually-hidden">for example </span>
              <code>{CSV_FORMAT_EXAMPLES[value]}</code>
            </span>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
