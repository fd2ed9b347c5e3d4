// Databases as each released schema version wrote them, for the migration tests. These are
// literal data, frozen on release: never build them with the app's code (which only knows the
// latest shape) and never edit one after its version shipped. The `dates` keys are local
// midnights and due times in America/Los_Angeles, the zone the migration test pins.

export interface DatabaseFixture {
  /** The schema version that wrote this database. */
  version: number;
  /** A frozen copy of that version's complete schema: every table, as Dexie declares it. */
  stores: Record<string, string>;
  /** Rows per table, exactly as that version stored them. */
  rows: Record<string, Record<string, unknown>[]>;
}

const V1_APPLICATIONS: Record<string, unknown>[] = [
  {
    // The empty screen's sample, untouched: two cohorts, none chosen.
    id: '3f1c2a9e-7d4b-4c3e-9a51-0b6f1d2e8c47',
    company: 'Pinterest',
    role: "Master's Machine Learning Internship 2026 (USA)",
    postingUrl: '',
    source: 'Talent.com',
    employmentType: 'internship',
    term: 'Summer 2026',
    locations: ['San Francisco, CA', 'Palo Alto, CA', 'New York, NY', 'Seattle, WA'],
    workMode: 'hybrid',
    status: 'wishlist',
    statusHistory: [{ status: 'wishlist', at: '2026-01-12T20:14:03-08:00', note: '' }],
    appliedAt: null,
    deadlines: [],
    cohorts: [
      { id: 'cohort-may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
      { id: 'cohort-june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' },
    ],
    chosenCohortId: null,
    durationWeeks: 12,
    pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
    contacts: [],
    notes: 'Apply once within the USA or Canada; considered for multiple ML teams.',
    postingText: '',
    tags: ['ml'],
    priority: 'normal',
    createdAt: '2026-01-12T20:14:03-08:00',
    updatedAt: '2026-01-12T20:14:03-08:00',
    archivedAt: null,
    dates: [1779087600000, 1781506800000],
  },
  {
    // In progress: an open assessment with a time, a finished application deadline, a chosen
    // cohort, an hourly range, a contact and a back-dated history entry.
    id: '9b7e4d21-5a0c-4f6b-8e3d-2c1a7f9b0d55',
    company: 'Stripe',
    role: 'Software Engineering Intern',
    postingUrl: 'https://stripe.com/jobs/listing/software-engineer-intern/123456',
    source: 'Referral',
    employmentType: 'internship',
    term: 'Summer 2026',
    locations: ['Seattle, WA', 'South San Francisco, CA'],
    workMode: 'onsite',
    status: 'assessment',
    statusHistory: [
      { status: 'wishlist', at: '2026-01-05T09:00:00-08:00', note: '' },
      { status: 'applied', at: '2026-01-08T18:30:00-08:00', note: 'Referred by Dana' },
      { status: 'assessment', at: '2026-02-20T11:02:41-08:00', note: 'HackerRank link by email' },
    ],
    appliedAt: '2026-01-08',
    deadlines: [
      { id: 'd-app', kind: 'application', at: '2026-01-15', label: '', done: true },
      { id: 'd-oa', kind: 'assessment', at: '2026-03-05T17:00:00-08:00', label: 'HackerRank, 90 minutes', done: false },
    ],
    cohorts: [
      { id: 'c1', start: '2026-05-26', end: '2026-08-14', label: '' },
      { id: 'c2', start: '2026-06-08', end: '2026-08-28', label: '' },
    ],
    chosenCohortId: 'c2',
    durationWeeks: null,
    pay: { min: 55, max: 62.5, currency: 'USD', period: 'hour', raw: '$55–$62.50/hr' },
    contacts: [
      {
        id: 'p1',
        name: 'Dana Whitfield',
        role: 'Recruiter',
        email: 'dana@example.com',
        phone: '',
        notes: 'Prefers email',
      },
    ],
    notes: 'Bring up the payments side project.',
    postingText: 'Software Engineering Intern\nStripe is a financial infrastructure platform…',
    tags: ['backend', 'fintech'],
    priority: 'high',
    createdAt: '2026-01-05T09:00:00-08:00',
    updatedAt: '2026-02-20T11:02:41-08:00',
    archivedAt: null,
    dates: [1772758800000, 1780902000000],
  },
  {
    // Ended and archived, with an accented company name and nothing dated left open.
    id: 'c4d2e6f8-1a3b-4c5d-9e7f-6a8b0c2d4e6f',
    company: 'Nestlé',
    role: 'Data Science Intern',
    postingUrl: 'http://careers.nestle.com/job/12345',
    source: 'LinkedIn',
    employmentType: 'co-op',
    term: 'Fall 2026',
    locations: ['Vevey, Switzerland'],
    workMode: null,
    status: 'rejected',
    statusHistory: [
      { status: 'applied', at: '2025-11-02T08:15:00+01:00', note: '' },
      { status: 'interviewing', at: '2025-12-01T14:00:00+01:00', note: 'Two rounds' },
      { status: 'rejected', at: '2026-01-09T10:45:00+01:00', note: '' },
    ],
    appliedAt: '2025-11-02',
    deadlines: [{ id: 'd1', kind: 'interview', at: '2025-12-01T14:00:00+01:00', label: 'Panel', done: true }],
    cohorts: [],
    chosenCohortId: null,
    durationWeeks: 24,
    pay: { min: null, max: null, currency: 'CHF', period: null, raw: 'Competitive' },
    contacts: [],
    notes: '',
    postingText: '',
    tags: [],
    priority: 'low',
    createdAt: '2025-11-02T08:15:00+01:00',
    updatedAt: '2026-01-10T09:00:00+01:00',
    archivedAt: '2026-01-10T09:00:00+01:00',
    dates: [],
  },
  {
    // An offer paid as a total, with a date-only response deadline.
    id: '1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0',
    company: 'Figma',
    role: 'Product Design Intern',
    postingUrl: 'https://www.figma.com/careers/?gh_jid=555#apply',
    source: '',
    employmentType: 'internship',
    term: 'Summer 2026',
    locations: [],
    workMode: 'remote',
    status: 'offer',
    statusHistory: [
      { status: 'applied', at: '2026-01-20T12:00:00Z', note: '' },
      { status: 'offer', at: '2026-03-02T16:20:00Z', note: '' },
    ],
    appliedAt: '2026-01-20',
    deadlines: [{ id: 'd-offer', kind: 'offer-response', at: '2026-03-20', label: '', done: false }],
    cohorts: [{ id: 'summer', start: '2026-06-01', end: '2026-08-21', label: 'Summer' }],
    chosenCohortId: 'summer',
    durationWeeks: 12,
    pay: { min: 30000, max: 30000, currency: 'USD', period: 'total', raw: '$30k for the summer' },
    contacts: [],
    notes: '',
    postingText: '',
    tags: ['design'],
    priority: 'normal',
    createdAt: '2026-01-20T12:00:00Z',
    updatedAt: '2026-03-02T16:20:00Z',
    archivedAt: null,
    dates: [1774076399999, 1780297200000],
  },
];

export const DATABASE_FIXTURES: readonly DatabaseFixture[] = [
  {
    version: 1,
    stores: {
      applications: 'id, status, company, updatedAt, createdAt, archivedAt, *tags, *dates',
      settings: 'key',
    },
    rows: {
      applications: V1_APPLICATIONS,
      settings: [{ key: 'theme', value: 'dark' }],
    },
  },
];

/** What the upgrade to `to` does to each row of the version before; unlisted tables are unchanged. */
export interface UpgradeExpectation {
  to: number;
  rows: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
}

/** One entry per version after the first, oldest first. Version 1 is the baseline: none yet. */
export const UPGRADE_EXPECTATIONS: readonly UpgradeExpectation[] = [];
