// Validates every row for the current column mapping, date order, company and stage choices in a worker,
// with its progress; a new one (or closing the dialog) terminates the check that is running.
// The proposed columns' check was begun where the file was read: it is followed, not begun again.
import { useEffect, useState } from 'react';
import type { Application } from '@shared/application';
import type { ColumnMapping, CsvPreset } from '@shared/csv/columnMapping';
import type { ImportPreview } from '@shared/csv/csvImport';
import type { Pipeline } from '@shared/pipeline';
import { checkCsvRows, checkSettings, type ProposedCheck } from './csvImportInWorker';

/** No stage chosen for any status: the proposed check holds. */
export const NO_STAGE_CHOICES: Readonly<Record<string, string>> = {};

export type ImportCheck =
  | { state: 'checking'; done: number; total: number }
  /** `matched`: the applications already there that rows duplicate. */
  | { state: 'ready'; preview: ImportPreview; matched: Application[] }
  | { state: 'refused'; problems: string[] };

/** The columns proposed for the file, and their check already running. */
export interface Proposal {
  mapping: ColumnMapping;
  check: ProposedCheck;
}

export function useImportCheck(
  file: File,
  rowCount: number,
  proposal: Proposal,
  mapping: ColumnMapping,
  /** The student's reading of 05/06/2026; found from the file when undefined. */
  dayFirst: boolean | undefined,
  /** Whether rows under a merged company cell take the company above. */
  companyFromAbove: boolean,
  /** The stage id the student chose for a status, by the status (NO_STAGE_CHOICES when none). */
  stageChoices: Readonly<Record<string, string>>,
  preset: CsvPreset,
  pipeline: Pipeline,
  databaseName: string,
): ImportCheck {
  // Each result remembers what it was made for; anything else is still being checked.
  const [result, setResult] = useState<{
    mapping: ColumnMapping;
    dayFirst: boolean | undefined;
    companyFromAbove: boolean;
    stageChoices: Readonly<Record<string, string>>;
    check: ImportCheck;
  } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const settle = (check: ImportCheck) => {
      if (!controller.signal.aborted) setResult({ mapping, dayFirst, companyFromAbove, stageChoices, check });
    };
    const options = {
      signal: controller.signal,
      onProgress: (done: number, total: number) => settle({ state: 'checking', done, total }),
    };
    const proposed =
      mapping === proposal.mapping && dayFirst === undefined && !companyFromAbove && stageChoices === NO_STAGE_CHOICES
        ? proposal.check.follow(options)
        : null;
    (
      proposed ??
      checkCsvRows(
        { file, mapping, preset, dayFirst, companyFromAbove, stageChoices, ...checkSettings(pipeline, databaseName) },
        options,
      )
    ).then(
      (outcome) => {
        if (outcome.status === 'ready') settle({ state: 'ready', preview: outcome.preview, matched: outcome.matched });
        else if (outcome.status === 'refused') settle({ state: 'refused', problems: outcome.problems });
      },
      (error: unknown) =>
        settle({ state: 'refused', problems: [error instanceof Error ? error.message : String(error)] }),
    );
    return () => controller.abort();
  }, [file, proposal, mapping, dayFirst, companyFromAbove, stageChoices, preset, pipeline, databaseName]);

  return result?.mapping === mapping &&
    result.dayFirst === dayFirst &&
    result.companyFromAbove === companyFromAbove &&
    result.stageChoices === stageChoices
    ? result.check
    : { state: 'checking', done: 0, total: rowCount };
}
