// FROZEN: schema 1 as it shipped (shared/newApplication.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version.

// Builds a complete, valid Application from the fields a user (or an importer) provides.
import type { Application, Status } from './application';

/** Every field a person fills in; the rest (ids, history, timestamps) is derived. */
export type ApplicationFields = Omit<
  Application,
  'id' | 'status' | 'statusHistory' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

export const EMPTY_FIELDS: ApplicationFields = {
  company: '',
  role: '',
  postingUrl: '',
  source: '',
  employmentType: 'internship',
  term: '',
  locations: [],
  workMode: null,
  appliedAt: null,
  deadlines: [],
  cohorts: [],
  chosenCohortId: null,
  durationWeeks: null,
  pay: null,
  contacts: [],
  notes: '',
  postingText: '',
  tags: [],
  priority: 'normal',
};

export interface NewApplicationOptions {
  id: string;
  /** ISO instant: creation time and the time of the first status entry. */
  now: string;
  status?: Status;
  note?: string;
}

export function newApplication(fields: Partial<ApplicationFields>, options: NewApplicationOptions): Application {
  const status = options.status ?? 'wishlist';
  const appliedToday = status === 'applied' ? options.now.slice(0, 10) : null;
  return {
    ...EMPTY_FIELDS,
    ...fields,
    appliedAt: fields.appliedAt ?? appliedToday,
    id: options.id,
    status,
    statusHistory: [{ status, at: options.now, note: options.note ?? '' }],
    createdAt: options.now,
    updatedAt: options.now,
    archivedAt: null,
  };
}
