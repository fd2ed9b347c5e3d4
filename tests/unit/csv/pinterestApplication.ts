// The design's reference case as a stored Application (Pinterest, $11,000 a month, two
// cohorts), with only what a test cares about overridden. Its stages are DEFAULT_PIPELINE's.
import { applicationSchema, type Application } from '@shared/application';

export function aPinterestApplication(overrides: Partial<Application> = {}): Application {
  return applicationSchema.parse({
    id: 'app-pinterest',
    company: 'Pinterest',
    role: "Master's Machine Learning Internship 2026 (USA)",
    postingUrl: 'https://www.pinterestcareers.com/jobs/123',
    source: 'Talent.com',
    employmentType: 'internship',
    term: { season: 'summer', year: 2026, text: '' },
    locations: ['San Francisco, CA', 'Palo Alto, CA', 'New York, NY', 'Seattle, WA'],
    workMode: 'hybrid',
    stageId: 'phone-screen',
    phase: 'in-process',
    stageHistory: [
      { id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00-08:00', note: '' },
      {
        id: 'h2',
        stageId: 'phone-screen',
        phase: 'in-process',
        at: '2026-02-01T16:00:00-08:00',
        note: 'Recruiter call',
      },
    ],
    appliedAt: '2026-01-05',
    deadlines: [
      { id: 'dl-oa', kind: 'assessment', at: '2026-02-10T17:00:00-08:00', label: 'HackerRank', done: false },
      { id: 'dl-offer', kind: 'offer-response', at: '2026-03-15', label: '', done: false },
      { id: 'dl-app', kind: 'application', at: '2026-01-04', label: '', done: true },
    ],
    cohorts: [
      { id: 'cohort-may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
      { id: 'cohort-june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' },
    ],
    chosenCohortId: 'cohort-may',
    durationWeeks: 12,
    pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
    offer: null,
    events: [],
    followUp: null,
    contacts: [],
    notes: 'Apply once within the USA or Canada; considered for multiple ML teams.',
    postingText: '',
    tags: ['ml', 'big tech'],
    excitement: 5,
    sponsorship: 'unknown',
    referral: null,
    resumeVersion: '',
    coverLetter: '',
    boardRank: 1767634200000,
    createdAt: '2026-01-05T09:30:00-08:00',
    updatedAt: '2026-02-01T16:00:00-08:00',
    archivedAt: null,
    ...overrides,
  });
}
