// The stage each status of the file was read as, each the student's to change: "HR round" read as
// Final round may be their Technical interview. A choice applies to every row that writes the
// status, and the rows are checked again with it.
import { countOf } from '@shared/countOf';
import type { StatusReading } from '@shared/csv/csvImport';
import { activeStages, type Pipeline } from '@shared/pipeline';

/** More statuses than a student keeps by hand (a column of free text): no choice is offered for each. */
const MOST_STATUSES_CHOSEN = 100;

interface StatusStageChoicesProps {
  statuses: readonly StatusReading[];
  /** The stage id the student chose for a status, shown while the rows are checked again with it. */
  chosen: Readonly<Record<string, string>>;
  pipeline: Pipeline;
  onChange(status: string, stageId: string): void;
}

export function StatusStageChoices({ statuses, chosen, pipeline, onChange }: StatusStageChoicesProps) {
  const stages = activeStages(pipeline);
  if (statuses.length > MOST_STATUSES_CHOSEN)
    return (
      <p className="hint status-stages">
        The file writes {statuses.length.toLocaleString('en-US')} different statuses, too many to choose a stage for
        each here: each is read as the notes below say.
      </p>
    );
  return (
    <fieldset className="status-stages">
      <legend>Stages of the statuses</legend>
      <p className="hint">
        Each status in the file and the stage it was read as. Choose another stage for a status, and the rows whose
        stage was read from it are imported in that stage.
      </p>
      <ul>
        {statuses.map(({ status, stageId, rows }) => (
          <li key={status}>
            <label>
              <span>
                Stage for {status} ({countOf(rows, 'row')})
              </span>
              <select value={chosen[status] ?? stageId} onChange={(event) => onChange(status, event.target.value)}>
                {stages.map((stage) => (
                  <option key={stage.id} value={stage.id}>
                    {stage.name}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
