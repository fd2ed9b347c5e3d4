// A valid application for renderer tests, built the way the app builds one (newApplication),
// with only what a test cares about given (the company defaults to the id). `stage` is a stage
// id of the default pipeline.
import type { Application } from '@shared/application';
import { newApplication, type ApplicationFields } from '@shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '@shared/pipeline';

export const CREATED_AT = '2026-01-10T10:00:00-08:00';

export function anApplication(
  id: string,
  fields: Partial<ApplicationFields> = {},
  record: { stage?: string; updatedAt?: string; archivedAt?: string | null } = {},
): Application {
  const stage = stageById(DEFAULT_PIPELINE, record.stage ?? 'wishlist');
  if (!stage) throw new Error(`No stage ${record.stage} in the default pipeline`);
  const app = newApplication({ role: 'Intern', ...fields }, { id, now: CREATED_AT, stage });
  return {
    ...app,
    company: fields.company ?? id,
    updatedAt: record.updatedAt ?? app.updatedAt,
    archivedAt: record.archivedAt ?? null,
  };
}
