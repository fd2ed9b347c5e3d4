// A valid application for reminder tests, with only what the test cares about overridden.
import type { Application } from '@shared/application';

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-pinterest',
    company: 'Pinterest',
    role: 'ML Intern',
    postingUrl: '',
    source: '',
    employmentType: 'internship',
    term: 'Summer 2026',
    locations: [],
    workMode: 'hybrid',
    status: 'applied',
    statusHistory: [{ status: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' }],
    appliedAt: '2026-01-10',
    deadlines: [],
    cohorts: [],
    chosenCohortId: null,
    durationWeeks: 12,
    pay: null,
    contacts: [],
    notes: '',
    postingText: '',
    tags: [],
    priority: 'normal',
    createdAt: '2026-01-10T10:00:00-08:00',
    updatedAt: '2026-01-10T10:00:00-08:00',
    archivedAt: null,
    ...overrides,
  };
}
