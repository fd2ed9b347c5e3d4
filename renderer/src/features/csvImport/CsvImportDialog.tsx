// Import from CSV: choose a file, check the column mapping against a preview, see every row's
// problems by row and the duplicates, then import the valid rows as one undoable step (after
// an automatic backup) or cancel, which changes nothing.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { countOf } from '@shared/countOf';
import type { ColumnNote } from '@shared/csv/columnFit';
import type { ColumnMapping, CsvPreset } from '@shared/csv/columnMapping';
import {
  leftOutBySkipping,
  planImport,
  type DateOrderProposal,
  type ImportPlan,
  type StatusReading,
} from '@shared/csv/csvImport';
import type { MixedDates } from '@shared/csv/dateCell';
import { Dialog } from '../../components/Dialog';
import { dates } from '../../components/formatDates';
import { useDiscardConfirmation } from '../../components/useDiscardConfirmation';
import { useData } from '../../db/DataContext';
import { usePipeline } from '../../model/queries';
import { desktop } from '../../desktop/desktop';
import { useUiStore } from '../../state/uiStore';
import { ChooseCsvFile } from './ChooseCsvFile';
import { ColumnMappingTable } from './ColumnMappingTable';
import { CompanyFromAboveChoice } from './CompanyFromAboveChoice';
import { DateOrderChoice } from './DateOrderChoice';
import { ImportCheckResults, type DuplicateChoice } from './ImportCheckResults';
import type { CsvFileSummary } from './csvImportJobs';
import { checkSettings, readAndCheckCsv } from './csvImportInWorker';
import { backUpAhead, type BackupAhead } from '../backups/automaticBackups';
import { importPlanned, unchangedSentence } from './importApplications';
import { StatusStageChoices } from './StatusStageChoices';
import { NO_STAGE_CHOICES, useImportCheck, type Proposal } from './useImportCheck';

const TITLE = 'Import from CSV';

const PRESET_SENTENCES: Record<CsvPreset, string> = {
  'own-export': 'Looks like a CSV summary exported from Internship Tracker.',
  linkedin: 'Looks like a LinkedIn export (Job Applications.csv or Saved Jobs.csv).',
  'spreadsheet-tracker': 'Looks like a spreadsheet job tracker.',
  generic: 'Columns were matched by their names.',
};

const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars (|)' };

/** No applications: what a check that found no duplicates of them matched. */
const NONE: Application[] = [];
const NOTHING_LEFT_OUT: ReadonlyMap<number, string[]> = new Map();

interface ChosenFile {
  file: File;
  summary: CsvFileSummary;
  preset: CsvPreset;
  /** Why columns were proposed as notes rather than the field their names suggest. */
  notes: ColumnNote[];
  /** The columns proposed, their check already running. */
  proposal: Proposal;
}

export function CsvImportDialog() {
  const { db } = useData();
  const pipeline = usePipeline();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The file being read, cancelled (its worker terminated) when the dialog closes.
  const read = useRef<AbortController | null>(null);
  useEffect(() => () => read.current?.abort(), []);

  async function choose(file: File) {
    read.current?.abort();
    const controller = new AbortController();
    read.current = controller;
    setReading(true);
    setRefusal(null);
    let reviewing = false;
    try {
      const reading = readAndCheckCsv({ file, ...checkSettings(pipeline, db.name) }, controller.signal);
      const summary = await reading.summary;
      if (!summary.ok) return setRefusal(summary.error);
      // The review holds a choice of every field for each of the file's columns (thousands of
      // options for a wide file): drawn in a transition, in slices that leave the page's thread
      // free in between, the choose step staying as it is until the review is ready.
      reviewing = true;
      startTransition(() => {
        const { preset, notes, mapping } = summary.value.proposal;
        setChosen({ file, summary: summary.value, preset, notes, proposal: { mapping, check: reading.proposedCheck } });
        setReading(false);
      });
    } catch (error) {
      if (!controller.signal.aborted) setRefusal(error instanceof Error ? error.message : String(error));
    } finally {
      if (read.current === controller && !reviewing) setReading(false);
    }
  }

  if (chosen) return <ReviewImport chosen={chosen} onChooseAnother={() => setChosen(null)} />;
  return (
    <Dialog
      title={TITLE}
      onClose={dialogClosed}
      onOpenerGone={tableFocusRequested}
      wide
      footer={
        <button type="button" onClick={dialogClosed}>
          Cancel
        </button>
      }
    >
      <ChooseCsvFile onChoose={(file) => void choose(file)} reading={reading} refusal={refusal} />
    </Dialog>
  );
}

function importLabel(plan: ImportPlan | null): string {
  if (plan === null) return 'Import';
  if (plan.update.length === 0) return `Import ${countOf(plan.add.length, 'application')}`;
  if (plan.add.length === 0) return `Merge into ${countOf(plan.update.length, 'application')}`;
  return `Import ${plan.add.length.toLocaleString('en-US')} and merge ${plan.update.length.toLocaleString('en-US')}`;
}

function ReviewImport({ chosen, onChooseAnother }: { chosen: ChosenFile; onChooseAnother: () => void }) {
  const { db, repository } = useData();
  const pipeline = usePipeline();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const [mapping, setMapping] = useState<ColumnMapping>(chosen.proposal.mapping);
  /** The student's reading of 05/06/2026; found from the file until they choose. */
  const [dayFirst, setDayFirst] = useState<boolean | undefined>(undefined);
  const [companyFromAbove, setCompanyFromAbove] = useState(false);
  const [stageChoices, setStageChoices] = useState(NO_STAGE_CHOICES);
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { summary } = chosen;
  // The backup before the import is made while the rows are checked, in a worker of its own.
  const backup = useRef<BackupAhead | null>(null);
  useEffect(() => {
    const ahead = backUpAhead(db, new Date());
    backup.current = ahead;
    return () => ahead.cancel();
  }, [db]);
  const check = useImportCheck(
    chosen.file,
    summary.rowCount,
    chosen.proposal,
    mapping,
    dayFirst,
    companyFromAbove,
    stageChoices,
    chosen.preset,
    pipeline,
    db.name,
  );
  // A note says why a column was offered as notes: once the student maps it, it no longer applies.
  const notesShown = chosen.notes.filter((note) => mapping[note.column] === chosen.proposal.mapping[note.column]);
  const preview = check.state === 'ready' ? check.preview : null;
  // The date that asks for an order, kept while a new choice is checked so the question stays put.
  const [unsettledDate, setUnsettledDate] = useState<string | null>(null);
  if (preview && preview.unsettledDate !== unsettledDate) setUnsettledDate(preview.unsettledDate);
  const [mixedDates, setMixedDates] = useState<MixedDates | null>(null);
  const mixedChanged = (a: MixedDates | null, b: MixedDates | null) =>
    a?.dayFirst !== b?.dayFirst || a?.monthFirst !== b?.monthFirst;
  if (preview && mixedChanged(preview.mixedDates, mixedDates)) setMixedDates(preview.mixedDates);
  // Likewise the rows with no company under one, kept while the choice for them is checked.
  const [noCompanyRows, setNoCompanyRows] = useState<number[]>([]);
  if (preview && preview.companyFromAbove.join() !== noCompanyRows.join()) setNoCompanyRows(preview.companyFromAbove);
  // Likewise each status and the stage it was read as, kept while a choice of stage is checked.
  const [statuses, setStatuses] = useState<StatusReading[]>([]);
  if (preview && preview.statuses !== statuses) setStatuses(preview.statuses);
  const [dateOrderProposal, setDateOrderProposal] = useState<DateOrderProposal | null>(null);
  if (preview && JSON.stringify(preview.dateOrderProposal) !== JSON.stringify(dateOrderProposal))
    setDateOrderProposal(preview.dateOrderProposal);
  const matched = check.state === 'ready' ? check.matched : NONE;
  const existingById = useMemo(() => new Map(matched.map((app) => [app.id, app])), [matched]);
  const plan = useMemo(
    () => (preview ? planImport(preview, choice, matched, toInstant(new Date()), pipeline, dates) : null),
    [preview, choice, matched, pipeline],
  );
  const leftOut = useMemo(
    () => (preview ? leftOutBySkipping(preview, matched, toInstant(new Date()), pipeline, dates) : NOTHING_LEFT_OUT),
    [preview, matched, pipeline],
  );
  const rejectedRows = useMemo(() => new Set(preview?.rejectedRows ?? []), [preview]);
  const nothingToImport = plan !== null && plan.add.length + plan.update.length === 0;
  const allSkipped = nothingToImport && preview !== null && preview.rows.length > 0;
  // Columns, date order, the company from above, stages or duplicates chosen by hand are work: closing asks first, unless every
  // row is already tracked with nothing new, whichever the choice, as then they import nothing.
  const nothingNew = allSkipped && (choice === 'merge' || leftOut.size === 0);
  const { requestClose, confirmation } = useDiscardConfirmation(
    () =>
      !nothingNew &&
      (JSON.stringify(mapping) !== JSON.stringify(chosen.proposal.mapping) ||
        dayFirst !== undefined ||
        companyFromAbove ||
        stageChoices !== NO_STAGE_CHOICES ||
        choice !== 'skip'),
    'The choices you made for this file have not been used: nothing was imported.',
    dialogClosed,
  );

  async function runImport() {
    if (!preview) return;
    setImporting(true);
    setFailure(null);
    try {
      const now = new Date();
      const planFor = (existing: readonly Application[]) =>
        planImport(preview, choice, existing, toInstant(now), pipeline, dates);
      await importPlanned(planFor(matched), {
        db,
        repository,
        desktop,
        now,
        backup: backup.current ?? undefined,
        merging: { from: matched, again: (current) => planFor(current).update },
      });
      dialogClosed();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setImporting(false);
    }
  }

  const footer = (
    <>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <button type="button" onClick={requestClose}>
        Cancel
      </button>
      <button
        type="button"
        className="primary"
        disabled={plan === null || nothingToImport || importing}
        onClick={() => void runImport()}
      >
        {importing ? 'Importing…' : importLabel(plan)}
      </button>
    </>
  );

  return (
    <>
      {/* Opened from the empty state, its opener is gone once the rows are in: focus goes to the table. */}
      <Dialog title={TITLE} onClose={requestClose} footer={footer} wide onOpenerGone={tableFocusRequested}>
        <div className="import-review">
          <p className="import-file">
            <strong>{summary.fileName}</strong>: {countOf(summary.rowCount, 'row')}, separated by{' '}
            {DELIMITER_NAMES[summary.delimiter] ?? `'${summary.delimiter}'`}. {PRESET_SENTENCES[chosen.preset]}{' '}
            <button type="button" className="link-button" onClick={onChooseAnother}>
              Choose another file
            </button>
          </p>
          {summary.warnings.length > 0 && (
            <ul className="problem-list" aria-label="What reading the file changed">
              {summary.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <h3 className="import-heading">Columns</h3>
          <p className="hint">Each column is matched to a field; change any that is wrong, or ignore it.</p>
          <ColumnMappingTable
            header={summary.header}
            rows={summary.firstRows}
            mapping={mapping}
            rejectedRows={rejectedRows}
            onChange={(next) => {
              // Stages chosen for one column's statuses are not another's.
              if (next.indexOf('stage') !== mapping.indexOf('stage')) setStageChoices(NO_STAGE_CHOICES);
              setMapping(next);
            }}
          />
          {notesShown.length > 0 && (
            <ul className="column-notes" aria-label="Columns offered as notes">
              {notesShown.map((note) => (
                <li key={note.column}>{note.message}</li>
              ))}
            </ul>
          )}
          {unsettledDate !== null && (
            <DateOrderChoice
              example={unsettledDate}
              mixed={mixedDates}
              dayFirst={preview?.dayFirst ?? dayFirst ?? false}
              proposal={dateOrderProposal}
              onChange={setDayFirst}
            />
          )}
          {noCompanyRows.length > 0 && (
            <CompanyFromAboveChoice rows={noCompanyRows} checked={companyFromAbove} onChange={setCompanyFromAbove} />
          )}
          {statuses.length > 0 && (
            <StatusStageChoices
              statuses={statuses}
              chosen={stageChoices}
              pipeline={pipeline}
              onChange={(status, stageId) => setStageChoices((chosen) => ({ ...chosen, [status]: stageId }))}
            />
          )}
          {check.state === 'refused' && (
            <ul className="problem-list refusal" role="alert" aria-label="Problems with the columns">
              {check.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {check.state === 'checking' && (
            <div className="import-progress">
              <label>
                Checking rows: {check.done.toLocaleString('en-US')} of {check.total.toLocaleString('en-US')}
                <progress max={check.total} value={check.done} />
              </label>
              <button type="button" onClick={requestClose}>
                Cancel
              </button>
            </div>
          )}
          {preview && plan && (
            <ImportCheckResults
              preview={preview}
              plan={plan}
              leftOut={leftOut}
              existing={existingById}
              choice={choice}
              onChoice={setChoice}
            />
          )}
          {allSkipped && (
            <p className="hint">
              {plan.unchangedRows > 0
                ? `Nothing is left to import: ${unchangedSentence(plan.unchangedRows)}`
                : 'Nothing is left to import: every row you could import is a duplicate you skip.'}
            </p>
          )}
        </div>
      </Dialog>
      {confirmation}
    </>
  );
}
