// The kind a deadline added in the editor starts as: what a deadline at the application's stage is
// most likely for (the assessment's at an assessment stage, the answer's at an offer), never one
// the save ticks done at once, as a deadline to apply is once the application is sent
// (deadlinesMetByStage.ts). The student can choose another; the choice is kept.
import type { DeadlineKind } from './application';
import { stageWordOf, stageWordWithin } from './csv/vocabularyWords';
import type { Stage } from './pipeline';

/** Stages past applying and before an offer whose name says what their deadlines are for, by the name's status word. */
const KIND_OF_STEP: Readonly<Record<string, DeadlineKind>> = {
  'Online assessment': 'assessment',
  'Phone screen': 'interview',
  'Technical interview': 'interview',
  'Final round': 'interview',
  Interviewing: 'interview',
};

/** The kind of deadline that fits `stage`: read from its name in the process, else from its phase. */
function kindOfStage(stage: Pick<Stage, 'name' | 'phase'>): DeadlineKind {
  switch (stage.phase) {
    case 'saved':
      return 'application';
    case 'in-process': {
      // The student's own stage names, read as the CSV import reads another tracker's statuses.
      const step = (stageWordOf(stage.name) ?? stageWordWithin(stage.name))?.name;
      return (step !== undefined && KIND_OF_STEP[step]) || 'other';
    }
    case 'offer':
      return 'offer-response';
    default:
      return 'other';
  }
}

/**
 * The kind a new deadline of an application in `stage` starts as; 'other' (a plain "Deadline")
 * where the save would tick that kind done (`metOnSave`).
 */
export function newDeadlineKind(
  stage: Pick<Stage, 'name' | 'phase'>,
  metOnSave: (kind: DeadlineKind) => boolean,
): DeadlineKind {
  const kind = kindOfStage(stage);
  return metOnSave(kind) ? 'other' : kind;
}
