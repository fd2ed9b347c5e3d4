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

/** Applications as schema 2 wrote them: a custom pipeline's stages (one since removed), events, follow-ups, an offer. */
const V2_APPLICATIONS: Record<string, unknown>[] = [
  {
    // In a stage of the student's own, with history naming a stage since removed; an open OA
    // deadline and the OA event at the same moment, a cancelled info session, an open follow-up.
    id: 'a7c5e3f1-2b4d-4e6f-8a9c-1d3e5f7a9b2c',
    company: 'Stripe',
    role: 'Software Engineering Intern',
    postingUrl: 'https://stripe.com/jobs/listing/software-engineer-intern/123456',
    source: 'Referral',
    employmentType: 'internship',
    term: { season: 'summer', year: 2026, text: '' },
    locations: ['Seattle, WA', 'South San Francisco, CA'],
    workMode: 'onsite',
    stageId: 'coffee-chat',
    phase: 'in-process',
    stageHistory: [
      { id: 'created', stageId: 'wishlist', phase: 'saved', at: '2026-01-03T10:00:00-08:00', note: '' },
      { id: 'e2', stageId: 'applied', phase: 'applied', at: '2026-01-08T18:30:00-08:00', note: 'Referred by Dana' },
      { id: 'e3', stageId: 'phone-screen', phase: 'in-process', at: '2026-02-02T09:00:00-08:00', note: '' },
      {
        id: 'e4',
        stageId: 'coffee-chat',
        phase: 'in-process',
        at: '2026-02-10T12:00:00-08:00',
        note: 'Moved from “Phone screen” when that stage was removed',
      },
    ],
    appliedAt: '2026-01-08',
    deadlines: [
      { id: 'd-app', kind: 'application', at: '2026-01-15', label: '', done: true },
      { id: 'd-oa', kind: 'assessment', at: '2026-03-05T17:00:00-08:00', label: 'HackerRank', done: false },
    ],
    cohorts: [
      { id: 'c1', start: '2026-05-26', end: '2026-08-14', label: '' },
      { id: 'c2', start: '2026-06-08', end: '2026-08-28', label: '' },
    ],
    chosenCohortId: 'c2',
    durationWeeks: null,
    pay: { min: 55, max: 62.5, currency: 'USD', period: 'hour', raw: '$55–$62.50/hr' },
    offer: null,
    events: [
      {
        id: 'ev-oa',
        kind: 'online-assessment',
        title: '',
        start: '2026-03-05T17:00:00-08:00',
        durationMinutes: 90,
        location: 'https://www.hackerrank.com/test/abc',
        people: '',
        notes: '',
        outcome: 'pending',
      },
      {
        id: 'ev-info',
        kind: 'info-session',
        title: 'Campus info session',
        start: '2026-03-10',
        durationMinutes: null,
        location: 'Room 101',
        people: 'Dana',
        notes: '',
        outcome: 'cancelled',
      },
    ],
    followUp: { on: '2026-03-12', note: 'Email Dana about the OA', done: false },
    contacts: [
      { id: 'p1', name: 'Dana Whitfield', role: 'Recruiter', email: 'dana@example.com', phone: '', notes: '' },
    ],
    notes: 'Bring up the payments side project.',
    postingText: '',
    tags: ['backend', 'fintech'],
    excitement: 5,
    sponsorship: 'offers',
    referral: { name: 'Dana Whitfield', relation: 'Former manager' },
    resumeVersion: 'SWE résumé v3',
    coverLetter: 'Short one, about payments',
    boardRank: 1767463200000,
    createdAt: '2026-01-03T10:00:00-08:00',
    updatedAt: '2026-02-10T12:00:00-08:00',
    archivedAt: null,
    // The OA deadline and the OA event (the same moment), the follow-up, the chosen cohort.
    dates: [1772758800000, 1772758800000, 1773298800000, 1780902000000],
  },
  {
    // An offer in parts, answering by a date-only deadline; a past final round; a follow-up done.
    id: 'f19a8b7c-6d5e-4f3a-9b2c-1d0e9f8a7b6c',
    company: 'Figma',
    role: 'Product Design Intern',
    postingUrl: '',
    source: '',
    employmentType: 'internship',
    term: { season: 'summer', year: 2026, text: '' },
    locations: [],
    workMode: 'remote',
    stageId: 'offer',
    phase: 'offer',
    stageHistory: [
      { id: 'created', stageId: 'applied', phase: 'applied', at: '2026-01-20T12:00:00Z', note: '' },
      { id: 'x7', stageId: 'final-round', phase: 'in-process', at: '2026-02-20T18:00:00Z', note: '' },
      { id: 'x9', stageId: 'offer', phase: 'offer', at: '2026-03-02T16:20:00Z', note: 'Verbal first, then in writing' },
    ],
    appliedAt: '2026-01-20',
    deadlines: [{ id: 'd-offer', kind: 'offer-response', at: '2026-03-20', label: '', done: false }],
    cohorts: [{ id: 'summer', start: '2026-06-01', end: '2026-08-21', label: 'Summer' }],
    chosenCohortId: 'summer',
    durationWeeks: 12,
    pay: { min: 30000, max: 30000, currency: 'USD', period: 'total', raw: '$30k for the summer' },
    offer: {
      currency: 'USD',
      offeredOn: '2026-03-02',
      housing: { type: 'stipend', amount: 2000, period: 'month' },
      relocation: 1500,
      signOnBonus: null,
      other: [{ id: 'o1', label: 'Equipment budget', amount: 500 }],
      responseDeadlineId: 'd-offer',
      returnOfferProspects: 'Most interns get one',
    },
    events: [
      {
        id: 'ev-final',
        kind: 'final-round',
        title: 'Superday',
        start: '2026-02-20T10:00:00-08:00',
        durationMinutes: 240,
        location: 'SF office',
        people: 'Design team',
        notes: 'Portfolio review',
        outcome: 'passed',
      },
    ],
    followUp: { on: '2026-03-05', note: 'Thank-you note', done: true },
    contacts: [],
    notes: '',
    postingText: '',
    tags: ['design'],
    excitement: 4,
    sponsorship: 'does-not-offer',
    referral: null,
    resumeVersion: '',
    coverLetter: '',
    boardRank: 1768910400000,
    createdAt: '2026-01-20T12:00:00Z',
    updatedAt: '2026-03-02T16:20:00Z',
    archivedAt: null,
    dates: [1771610400000, 1774076399999, 1780297200000],
  },
  {
    // Closed and archived, a term that says more than season and year, no excitement, a rank
    // between two cards (a board move).
    id: 'e2b4c6d8-0f1a-4b3c-8d5e-7f9a1b3c5d7e',
    company: 'Nestlé',
    role: 'Data Science Intern',
    postingUrl: 'http://careers.nestle.com/job/12345',
    source: 'LinkedIn',
    employmentType: 'co-op',
    term: { season: 'fall', year: 2026, text: 'Fall 2026 co-op, 6 months' },
    locations: ['Vevey, Switzerland'],
    workMode: null,
    stageId: 'rejected',
    phase: 'closed',
    stageHistory: [
      { id: 'created', stageId: 'applied', phase: 'applied', at: '2025-10-01T09:30:00+02:00', note: '' },
      {
        id: 'r1',
        stageId: 'rejected',
        phase: 'closed',
        at: '2025-12-15T11:00:00+01:00',
        note: 'Après deux entretiens',
      },
    ],
    appliedAt: '2025-10-01',
    deadlines: [],
    cohorts: [],
    chosenCohortId: null,
    durationWeeks: 24,
    pay: { min: null, max: null, currency: 'CHF', period: null, raw: 'Competitive' },
    offer: null,
    events: [
      {
        id: 'ev1',
        kind: 'technical',
        title: '',
        start: '2025-11-20',
        durationMinutes: null,
        location: '',
        people: '',
        notes: '',
        outcome: 'not-passed',
      },
    ],
    followUp: null,
    contacts: [],
    notes: '',
    postingText: '',
    tags: [],
    excitement: null,
    sponsorship: 'citizenship-required',
    referral: null,
    resumeVersion: '',
    coverLetter: '',
    boardRank: 1759303800000.5,
    createdAt: '2025-10-01T09:30:00+02:00',
    updatedAt: '2026-01-10T09:00:00+01:00',
    archivedAt: '2026-01-10T09:00:00+01:00',
    dates: [1763625600000],
  },
];

const stage = (id: string, name: string, phase: string, color: string, removed = false) => ({
  id,
  name,
  phase,
  color,
  removed,
});

const V2_SETTINGS: Record<string, unknown>[] = [
  { key: 'theme', value: 'light' },
  {
    key: 'pipeline',
    value: {
      stages: [
        stage('wishlist', 'Wishlist', 'saved', 'gray'),
        stage('applied', 'Applied', 'applied', 'blue'),
        stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
        stage('coffee-chat', 'Coffee chat ☕', 'in-process', 'pink'),
        stage('phone-screen', 'Phone screen', 'in-process', 'teal', true),
        stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
        stage('final-round', 'Final round', 'in-process', 'purple'),
        stage('offer', 'Offer', 'offer', 'amber'),
        stage('accepted', 'Accepted', 'accepted', 'green'),
        stage('rejected', 'Rejected', 'closed', 'red'),
        stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
        stage('declined', 'Declined', 'closed', 'orange'),
        stage('ghosted', 'Ghosted', 'closed', 'gray'),
      ],
    },
  },
  {
    key: 'reminders',
    value: {
      cohortStarts: { enabled: true, daysBefore: [14, 3, 1] },
      deadlines: { enabled: true, leadTimes: [{ amount: 1, unit: 'days' }] },
      remindAt: '08:00',
      quietHours: { enabled: true, start: '22:00', end: '08:00' },
      events: { enabled: true, leadTimes: [{ amount: 2, unit: 'hours' }] },
      followUps: { enabled: true, afterApplying: { enabled: true, days: 10 } },
    },
  },
];

/**
 * Applications deleted under schema 3, as it keeps them: whole (no index keys), each entry with an
 * id of its own. Stripe was deleted twice, restored in between: before its follow-up, then as above.
 */
const { dates: _stripeDates, ...STRIPE_V2 } = V2_APPLICATIONS[0]!;
const V3_RECENTLY_DELETED: Record<string, unknown>[] = [
  {
    id: '5d0e8a3c-6b1f-4a27-9c4e-2f7b1d9e0a36',
    deletedAt: 1772668800000,
    application: { ...STRIPE_V2, followUp: null, updatedAt: '2026-03-01T09:00:00-08:00' },
  },
  { id: 'e91b7c54-3d2a-4f80-b6e1-8c0d5a2f4b97', deletedAt: 1772755200000, application: STRIPE_V2 },
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
  {
    version: 2,
    stores: {
      applications: 'id, *dates',
      settings: 'key',
    },
    rows: {
      applications: V2_APPLICATIONS,
      settings: V2_SETTINGS,
    },
  },
  {
    version: 3,
    stores: {
      applications: 'id, *dates',
      settings: 'key',
      recentlyDeleted: 'id, deletedAt',
    },
    rows: {
      // Schema 3 stores applications and settings as schema 2 did.
      applications: V2_APPLICATIONS,
      settings: V2_SETTINGS,
      recentlyDeleted: V3_RECENTLY_DELETED,
    },
  },
];

type Row = Record<string, unknown>;

/**
 * What the upgrade to `to` does to each row of the version before (unlisted tables are
 * unchanged), and the rows it adds.
 */
export interface UpgradeExpectation {
  to: number;
  rows: Record<string, (row: Row) => Row>;
  added?: Record<string, Row[]>;
}

/** Schema 2's fields that schema 1 had no word for, as an upgraded record holds them. */
const NEW_IN_V2 = {
  offer: null,
  events: [],
  followUp: null,
  sponsorship: 'unknown',
  referral: null,
  resumeVersion: '',
  coverLetter: '',
};

/**
 * What changes in each schema-1 fixture row: its status and history become stages of the
 * pipeline (entries numbered in order), its priority an excitement, its term text a term; the
 * board rank is its creation time (Date.parse of createdAt, worked out by hand). Every other
 * field stays as it was, `dates` included (no events or follow-ups yet).
 */
const V2_OF_V1_ROW: Record<string, Row> = {
  '3f1c2a9e-7d4b-4c3e-9a51-0b6f1d2e8c47': {
    stageId: 'wishlist',
    phase: 'saved',
    stageHistory: [{ id: 'v1-1', stageId: 'wishlist', phase: 'saved', at: '2026-01-12T20:14:03-08:00', note: '' }],
    excitement: 3,
    term: { season: 'summer', year: 2026, text: '' },
    boardRank: 1768277643000,
  },
  '9b7e4d21-5a0c-4f6b-8e3d-2c1a7f9b0d55': {
    stageId: 'online-assessment',
    phase: 'in-process',
    stageHistory: [
      { id: 'v1-1', stageId: 'wishlist', phase: 'saved', at: '2026-01-05T09:00:00-08:00', note: '' },
      { id: 'v1-2', stageId: 'applied', phase: 'applied', at: '2026-01-08T18:30:00-08:00', note: 'Referred by Dana' },
      {
        id: 'v1-3',
        stageId: 'online-assessment',
        phase: 'in-process',
        at: '2026-02-20T11:02:41-08:00',
        note: 'HackerRank link by email',
      },
    ],
    excitement: 5,
    term: { season: 'summer', year: 2026, text: '' },
    boardRank: 1767632400000,
  },
  'c4d2e6f8-1a3b-4c5d-9e7f-6a8b0c2d4e6f': {
    stageId: 'rejected',
    phase: 'closed',
    stageHistory: [
      { id: 'v1-1', stageId: 'applied', phase: 'applied', at: '2025-11-02T08:15:00+01:00', note: '' },
      { id: 'v1-2', stageId: 'interviewing', phase: 'in-process', at: '2025-12-01T14:00:00+01:00', note: 'Two rounds' },
      { id: 'v1-3', stageId: 'rejected', phase: 'closed', at: '2026-01-09T10:45:00+01:00', note: '' },
    ],
    excitement: 1,
    term: { season: 'fall', year: 2026, text: '' },
    boardRank: 1762067700000,
  },
  '1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0': {
    stageId: 'offer',
    phase: 'offer',
    stageHistory: [
      { id: 'v1-1', stageId: 'applied', phase: 'applied', at: '2026-01-20T12:00:00Z', note: '' },
      { id: 'v1-2', stageId: 'offer', phase: 'offer', at: '2026-03-02T16:20:00Z', note: '' },
    ],
    excitement: 3,
    term: { season: 'summer', year: 2026, text: '' },
    boardRank: 1768910400000,
  },
};

/** One entry per version after the first, oldest first. */
export const UPGRADE_EXPECTATIONS: readonly UpgradeExpectation[] = [
  {
    to: 2,
    rows: {
      applications: ({ status: _status, statusHistory: _history, priority: _priority, ...row }) => {
        const changed = V2_OF_V1_ROW[row.id as string];
        if (!changed) throw new Error(`No schema-2 expectation written for the fixture row ${String(row.id)}`);
        return { ...row, ...NEW_IN_V2, ...changed };
      },
    },
    added: {
      // The default pipeline, with "Interviewing" after "Online assessment": Nestlé's history used it.
      settings: [
        {
          key: 'pipeline',
          value: {
            stages: [
              stage('wishlist', 'Wishlist', 'saved', 'gray'),
              stage('applied', 'Applied', 'applied', 'blue'),
              stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
              stage('interviewing', 'Interviewing', 'in-process', 'teal'),
              stage('phone-screen', 'Phone screen', 'in-process', 'teal'),
              stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
              stage('final-round', 'Final round', 'in-process', 'purple'),
              stage('offer', 'Offer', 'offer', 'amber'),
              stage('accepted', 'Accepted', 'accepted', 'green'),
              stage('rejected', 'Rejected', 'closed', 'red'),
              stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
              stage('declined', 'Declined', 'closed', 'orange'),
              stage('ghosted', 'Ghosted', 'closed', 'gray'),
            ],
          },
        },
      ],
    },
  },
  // Only a table added, empty: every row stays as it was.
  { to: 3, rows: {} },
];
