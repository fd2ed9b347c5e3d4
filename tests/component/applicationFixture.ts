// A valid application for renderer tests, built the way the app builds one (newApplication),
// with only what a test cares about given (the company defaults to the id).
import type { Application, Status } from '@shared/application';
import { newApplication, type ApplicationFields } from '@shared/newApplication';

export const CREATED_AT = '2026-01-10T10:00:00-08:00';

export function anApplication(
  id: string,
  fields: Partial<ApplicationFields> = {},
  record: { status?: Status; updatedAt?: string; archivedAt?: string | null } = {},
): Application {
  const app = newApplication(
    { role: 'Intern', ...fields },
    { id, now: CREATED_AT, ...(record.status ? { status: record.status } : {}) },
  );
  return {
    ...app,
    company: fields.company ?? id,
    updatedAt: record.updatedAt ?? app.updatedAt,
    archivedAt: record.archivedAt ?? null,
  };
}
