// A valid application for core tests, built the way the app builds one (newApplication), with
// only what a test cares about overridden.
import type { Application } from '@shared/application';
import { newApplication, type ApplicationFields } from '@shared/newApplication';

export const CREATED_AT = '2026-01-10T10:00:00-08:00';

export function anApplication(
  fields: Partial<ApplicationFields> = {},
  overrides: Partial<Application> = {},
): Application {
  return {
    ...newApplication({ company: 'Pinterest', role: 'ML Intern', ...fields }, { id: 'app-1', now: CREATED_AT }),
    ...overrides,
  };
}
