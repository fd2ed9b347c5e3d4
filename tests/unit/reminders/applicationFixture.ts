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
    term: { season: 'summer', year: 2026, text: '' },
    locations: [],
    workMode: 'hybrid',
    stageId: 'applied',
    phase: 'applied',
    stageHistory: [
      { id: 'applied-entry', stageId: 'applied', phase: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' },
    ],
    appliedAt: '2026-01-10',
    deadlines: [],
    cohorts: [],
    chosenCohortId: null,
    durationWeeks: 12,
    pay: null,
    offer: null,
    events: [],
    followUp: null,
    contacts: [],
    notes: '',
    postingText: '',
    tags: [],
    excitement: null,
    sponsorship: 'unknown',
    referral: null,
    resumeVersion: '',
    coverLetter: '',
    boardRank: 0,
    createdAt: '2026-01-10T10:00:00-08:00',
    updatedAt: '2026-01-10T10:00:00-08:00',
    archivedAt: null,
    ...overrides,
  };
}
