// Stage names in CSV files: read against the user's own pipeline, and written so that they read
// back as the same stage, or at least the same phase, in any pipeline.
//
// A name is read as: an active stage of that name; (in history) a removed one, the name as
// written before the name as names compare (case and spacing aside); else a status word of other
// trackers (vocabularyWords.ts), or one opening or ending a longer status ("Rejected after
// interview"), which means a phase and names a stage, taken when the pipeline
// has it, otherwise the phase's first stage named with the status's word or the English word it
// is ("Interviewing", "Entretien" as "Technical interview"), otherwise the first stage of that phase. A name the vocabulary
// does not know is written with its phase, "Coffee chat (In process)", so that a pipeline
// without that stage still knows where it belongs.
import { PHASES, PHASE_LABELS, type Phase, type StageChange } from '../application';
import {
  activeStages,
  firstStageOf,
  stageLabel,
  stageNameKey,
  stageNamed,
  type Pipeline,
  type Stage,
} from '../pipeline';
import { normalizeWord } from '../normalizeWord';
import { stageWordOf, stageWordWithin } from './vocabularyWords';

/**
 * How a name was read: the pipeline's stage of that name, a status word naming a stage the
 * pipeline has, or a word read as a phase and placed in its first stage (which the import says).
 */
export type StageReading = {
  stage: Stage;
  how: 'name' | 'word' | 'phase';
  /** Read by its phase alone: the stage shares no word with the name and only stands in for it. */
  standIn?: true;
};

export interface StageNameQuery {
  /** The phase written with the name, when it was. */
  phase?: Phase | null;
  /** Whether removed stages count (history entries may name them; a current stage may not). */
  removed?: boolean;
}

export function readStageName(pipeline: Pipeline, name: string, query: StageNameQuery = {}): StageReading | null {
  const { phase = null, removed = false } = query;
  const key = stageNameKey(name);
  if (key === '') return null;
  const allowed = pipeline.stages.filter((s) => (phase === null || s.phase === phase) && (removed || !s.removed));
  // The name exactly as written first (an active stage before a removed one), then as names compare.
  const found =
    allowed.find((s) => !s.removed && s.name === name) ??
    allowed.find((s) => s.name === name) ??
    allowed.find((s) => !s.removed && stageNameKey(s.name) === key) ??
    allowed.find((s) => stageNameKey(s.name) === key);
  if (found) return { stage: found, how: 'name' };
  const exact = stageWordOf(name);
  const word = exact ?? stageWordWithin(name);
  const wanted = phase ?? word?.phase ?? null;
  if (wanted === null) return null;
  const said = word?.phase === wanted ? stageNamed(pipeline, word.name) : undefined;
  // A status read by a word within it is told, as one read by its phase is.
  if (said && said.phase === wanted) return { stage: said, how: exact ? 'word' : 'phase' };
  // The word's own name shares the stage's words when the status is in another language
  // ("Entretien" is "Interviewing", which goes to "Technical interview").
  const own = word?.phase === wanted ? word : null;
  // "Shortlisted" is at the stage after applying, whatever the pipeline names it.
  if (own?.first) return { stage: firstStageOf(pipeline, wanted), how: exact ? 'word' : 'phase' };
  const words = own ? `${name} ${own.name}` : name;
  const sharing = stageSharingAWord(pipeline, wanted, words, own?.last === true);
  if (sharing) return { stage: sharing, how: 'phase' };
  const last = own?.last ? activeStages(pipeline).findLast((s) => s.phase === wanted) : undefined;
  return { stage: last ?? firstStageOf(pipeline, wanted), how: 'phase', standIn: true };
}

/** "interviewing", "interviews", "interviewed" -> "interview": words compared without their endings. */
const stems = (text: string) =>
  normalizeWord(text)
    .split(' ')
    .map((word) => word.replace(/(?:ing|ed|s)$/, ''))
    .filter((stem) => stem.length >= 4);

/**
 * The phase's first stage whose name shares a word with the status: "Interviewing" goes to
 * "Technical interview" rather than to the phase's first stage, an online assessment. Its `last`
 * such stage for a status of the phase's end ("HR round" to "Round 3" rather than "Round 1").
 */
function stageSharingAWord(pipeline: Pipeline, phase: Phase, status: string, last: boolean): Stage | undefined {
  const said = new Set(stems(status));
  const shares = (s: Stage) => !s.removed && s.phase === phase && stems(s.name).some((stem) => said.has(stem));
  return last ? pipeline.stages.findLast(shares) : pipeline.stages.find(shares);
}

const PHASE_BY_LABEL = new Map(PHASES.map((phase) => [PHASE_LABELS[phase], phase]));
const PHASE_SUFFIX = new RegExp(`^([^]*) \\((${PHASES.map((p) => PHASE_LABELS[p]).join('|')})\\)$`);

/** "Coffee chat (In process)" -> the name and the phase written after it. */
export function splitPhaseSuffix(text: string): { name: string; phase: Phase | null } {
  const match = PHASE_SUFFIX.exec(text);
  return match ? { name: match[1]!, phase: PHASE_BY_LABEL.get(match[2]!)! } : { name: text, phase: null };
}

/**
 * Writes history entries' stages, each as its name and, when the name alone would not give its
 * phase back (here or in another pipeline), the phase after it: "Coffee chat (In process)".
 * Remembers each stage's text, as an export writes thousands of entries of a dozen stages.
 */
export function historyStageWriter(pipeline: Pipeline): (entry: Pick<StageChange, 'stageId' | 'phase'>) => string {
  const written = new Map<string, string>();
  return (entry) => {
    const key = `${entry.stageId}\u0000${entry.phase}`;
    let text = written.get(key);
    if (text === undefined) {
      const name = stageLabel(pipeline, entry);
      const alone = readStageName(pipeline, name, { removed: true });
      const clear =
        stageWordOf(name)?.phase === entry.phase &&
        alone?.stage.phase === entry.phase &&
        splitPhaseSuffix(name).phase === null;
      text = clear ? name : `${name} (${PHASE_LABELS[entry.phase]})`;
      written.set(key, text);
    }
    return text;
  };
}
