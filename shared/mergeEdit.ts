// An edit saved over a record that may have changed since the form opened (another tab of the web
// build saved it meanwhile), merged field by field: a field the edit changed takes its value; a
// field it left keeps what is stored now, whoever wrote it. A field both changed, to different
// values, is a collision: taking either would silently lose the other's words.
import { dequal } from 'dequal';
import type { Application } from './application';
import { listInWords } from './listInWords';

export type MergedEdit = { ok: true; value: Application } | { ok: false; fields: (keyof Application)[] };

/** Never set by an edit: moves keep the history and board place, and every write sets its own time. */
const NOT_EDITED = new Set<keyof Application>([
  'id',
  'stageId',
  'phase',
  'stageHistory',
  'boardRank',
  'createdAt',
  'updatedAt',
]);

/** `stored` with what `edited` changed of `opened` (the record the edit was made from). */
export function mergeEdit(opened: Application, edited: Application, stored: Application): MergedEdit {
  const merged: Record<string, unknown> = { ...stored };
  const collisions: (keyof Application)[] = [];
  const fields = new Set([...Object.keys(opened), ...Object.keys(edited)]) as Set<keyof Application>;
  for (const field of fields) {
    if (NOT_EDITED.has(field) || dequal(edited[field], opened[field])) continue;
    if (dequal(stored[field], opened[field]) || dequal(stored[field], edited[field])) merged[field] = edited[field];
    else collisions.push(field);
  }
  return collisions.length > 0
    ? { ok: false, fields: collisions }
    : { ok: true, value: merged as unknown as Application };
}

/** Fields as the editor names them, for saying which ones collided. */
const FIELD_WORDS: Partial<Record<keyof Application, string>> = {
  employmentType: 'type',
  workMode: 'work mode',
  postingUrl: 'posting link',
  appliedAt: 'applied date',
  durationWeeks: 'duration',
  chosenCohortId: 'chosen cohort',
  events: 'interviews and events',
  followUp: 'follow-up',
  resumeVersion: 'résumé version',
  coverLetter: 'cover letter',
  postingText: 'posting text',
  archivedAt: 'archiving',
};

/** "its notes and its role". */
export function fieldsInWords(fields: readonly (keyof Application)[]): string {
  return listInWords(fields.map((field) => `its ${FIELD_WORDS[field] ?? field}`));
}
