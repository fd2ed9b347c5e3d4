// Schema 1 → schema 2. Every expectation is written out by hand from the table in the design
// notes: what each schema-1 field becomes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedApplicationSchema, type Application } from '@shared/application';
import {
  migrateV1Application,
  migrateV1Data,
  STATUSES_V1,
  type ApplicationV1,
  type StatusV1,
} from '@shared/migrations/v1ToV2';
import { newApplication } from '@shared/newApplication';
import { pipelineSchema } from '@shared/pipeline';
import { reminderSettingsSchema } from '@shared/reminders/reminderSettings';
import { calendarDateArb, fullTimePayArb, instantArb, nonBlankArb, textArb } from '../arbitraries';

/** A schema-1 record as the app stored it, with every field filled. */
function aV1Record(overrides: Partial<ApplicationV1> = {}): ApplicationV1 {
  return {
    id: 'app-pinterest',
    company: 'Pinterest',
    role: "Master's Machine Learning Internship 2026 (USA)",
    postingUrl: 'https://www.pinterestcareers.com/jobs/123',
    source: 'Talent.com',
    employmentType: 'internship',
    term: 'Summer 2026',
    locations: ['San Francisco, CA', 'Seattle, WA'],
    workMode: 'hybrid',
    status: 'interviewing',
    statusHistory: [
      { status: 'wishlist', at: '2026-01-02T09:00:00-08:00', note: '' },
      { status: 'applied', at: '2026-01-05T09:30:00-08:00', note: 'Referral from Sam' },
      { status: 'interviewing', at: '2026-02-01T16:00:00-08:00', note: 'Recruiter call' },
    ],
    appliedAt: '2026-01-05',
    deadlines: [
      { id: 'dl-oa', kind: 'assessment', at: '2026-02-10T17:00:00-08:00', label: 'HackerRank', done: false },
      { id: 'dl-app', kind: 'application', at: '2026-01-04', label: '', done: true },
    ],
    cohorts: [
      { id: 'cohort-may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
      { id: 'cohort-june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' },
    ],
    chosenCohortId: 'cohort-may',
    durationWeeks: 12,
    pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
    contacts: [{ id: 'c1', name: 'Sam Lee', role: 'Recruiter', email: 'sam@example.com', phone: '', notes: 'Nice' }],
    notes: 'Apply once within the USA or Canada.',
    postingText: 'Pinterest is hiring…',
    tags: ['ml', 'big tech'],
    priority: 'high',
    createdAt: '2026-01-02T09:00:00-08:00',
    updatedAt: '2026-02-01T16:00:00-08:00',
    archivedAt: null,
    ...overrides,
  };
}

/** A schema-1 record whose history is this list of statuses, a day apart. */
function withStatuses(statuses: StatusV1[], overrides: Partial<ApplicationV1> = {}): ApplicationV1 {
  const statusHistory = statuses.map((status, i) => ({
    status,
    at: `2026-01-${String(10 + i).padStart(2, '0')}T10:00:00-08:00`,
    note: '',
  }));
  return aV1Record({ statusHistory, status: statuses.at(-1)!, ...overrides });
}

const DEFAULT_STAGES = [
  { id: 'wishlist', name: 'Wishlist', phase: 'saved', color: 'gray', removed: false },
  { id: 'applied', name: 'Applied', phase: 'applied', color: 'blue', removed: false },
  { id: 'online-assessment', name: 'Online assessment', phase: 'in-process', color: 'teal', removed: false },
  { id: 'phone-screen', name: 'Phone screen', phase: 'in-process', color: 'teal', removed: false },
  { id: 'technical-interview', name: 'Technical interview', phase: 'in-process', color: 'purple', removed: false },
  { id: 'final-round', name: 'Final round', phase: 'in-process', color: 'purple', removed: false },
  { id: 'offer', name: 'Offer', phase: 'offer', color: 'amber', removed: false },
  { id: 'accepted', name: 'Accepted', phase: 'accepted', color: 'green', removed: false },
  { id: 'rejected', name: 'Rejected', phase: 'closed', color: 'red', removed: false },
  { id: 'withdrawn', name: 'Withdrawn', phase: 'closed', color: 'gray', removed: false },
  { id: 'declined', name: 'Declined', phase: 'closed', color: 'orange', removed: false },
  { id: 'ghosted', name: 'Ghosted', phase: 'closed', color: 'gray', removed: false },
];
const INTERVIEWING = { id: 'interviewing', name: 'Interviewing', phase: 'in-process', color: 'teal', removed: false };

describe('migrateV1Application', () => {
  it('turns a full schema-1 record into this schema-2 record, field by field', () => {
    const expected: Application = {
      id: 'app-pinterest',
      company: 'Pinterest',
      role: "Master's Machine Learning Internship 2026 (USA)",
      postingUrl: 'https://www.pinterestcareers.com/jobs/123',
      source: 'Talent.com',
      employmentType: 'internship',
      term: { season: 'summer', year: 2026, text: '' },
      locations: ['San Francisco, CA', 'Seattle, WA'],
      workMode: 'hybrid',
      stageId: 'interviewing',
      phase: 'in-process',
      stageHistory: [
        { id: 'v1-1', stageId: 'wishlist', phase: 'saved', at: '2026-01-02T09:00:00-08:00', note: '' },
        {
          id: 'v1-2',
          stageId: 'applied',
          phase: 'applied',
          at: '2026-01-05T09:30:00-08:00',
          note: 'Referral from Sam',
        },
        {
          id: 'v1-3',
          stageId: 'interviewing',
          phase: 'in-process',
          at: '2026-02-01T16:00:00-08:00',
          note: 'Recruiter call',
        },
      ],
      appliedAt: '2026-01-05',
      deadlines: [
        { id: 'dl-oa', kind: 'assessment', at: '2026-02-10T17:00:00-08:00', label: 'HackerRank', done: false },
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
      contacts: [{ id: 'c1', name: 'Sam Lee', role: 'Recruiter', email: 'sam@example.com', phone: '', notes: 'Nice' }],
      notes: 'Apply once within the USA or Canada.',
      postingText: 'Pinterest is hiring…',
      tags: ['ml', 'big tech'],
      excitement: 5,
      sponsorship: 'unknown',
      referral: null,
      resumeVersion: '',
      coverLetter: '',
      boardRank: Date.UTC(2026, 0, 2, 17),
      createdAt: '2026-01-02T09:00:00-08:00',
      updatedAt: '2026-02-01T16:00:00-08:00',
      archivedAt: null,
    };
    expect(migrateV1Application(aV1Record())).toEqual(expected);
  });

  it.each<[StatusV1, string, string]>([
    ['wishlist', 'wishlist', 'saved'],
    ['applied', 'applied', 'applied'],
    ['assessment', 'online-assessment', 'in-process'],
    ['interviewing', 'interviewing', 'in-process'],
    ['offer', 'offer', 'offer'],
    ['accepted', 'accepted', 'accepted'],
    ['rejected', 'rejected', 'closed'],
    ['withdrawn', 'withdrawn', 'closed'],
    ['declined', 'declined', 'closed'],
    ['ghosted', 'ghosted', 'closed'],
  ])('puts status %s in the stage %s, phase %s', (status, stageId, phase) => {
    const app = migrateV1Application(withStatuses(['wishlist', status]));
    expect([app.stageId, app.phase]).toEqual([stageId, phase]);
    expect(app.stageHistory[1]).toMatchObject({ id: 'v1-2', stageId, phase });
  });

  it('covers every schema-1 status in the table above', () => {
    expect(STATUSES_V1).toHaveLength(10);
  });

  it('keeps a history with back-dated entries in its order, each entry’s time and note as they were', () => {
    // Schema 1 filed a back-dated change in its place: the stored order is time order, and the
    // current status is the latest entry's even when it was recorded before the others.
    const record = aV1Record({
      status: 'interviewing',
      statusHistory: [
        { status: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' },
        { status: 'assessment', at: '2026-01-20T10:00:00+05:30', note: 'OA I forgot to log' },
        { status: 'interviewing', at: '2026-02-01T10:00:00-08:00', note: 'Round 1' },
      ],
    });
    expect(migrateV1Application(record).stageHistory).toEqual([
      { id: 'v1-1', stageId: 'applied', phase: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' },
      {
        id: 'v1-2',
        stageId: 'online-assessment',
        phase: 'in-process',
        at: '2026-01-20T10:00:00+05:30',
        note: 'OA I forgot to log',
      },
      { id: 'v1-3', stageId: 'interviewing', phase: 'in-process', at: '2026-02-01T10:00:00-08:00', note: 'Round 1' },
    ]);
  });

  it('keeps a long history whole', () => {
    const statuses = Array.from({ length: 800 }, (_, i): StatusV1 => (i % 2 === 0 ? 'applied' : 'interviewing'));
    const statusHistory = statuses.map((status, i) => ({
      status,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      note: `#${i}`,
    }));
    const app = migrateV1Application(aV1Record({ statusHistory, status: 'interviewing' }));
    expect(app.stageHistory).toHaveLength(800);
    expect(app.stageHistory[799]).toMatchObject({ id: 'v1-800', stageId: 'interviewing', note: '#799' });
  });

  it.each<[ApplicationV1['priority'], number]>([
    ['low', 1],
    ['normal', 3],
    ['high', 5],
  ])('makes priority %s excitement %i', (priority, excitement) => {
    expect(migrateV1Application(aV1Record({ priority })).excitement).toBe(excitement);
  });

  it.each<[string, Application['term']]>([
    ['', { season: null, year: null, text: '' }],
    ['Summer 2026', { season: 'summer', year: 2026, text: '' }],
    ['  fall ', { season: 'fall', year: null, text: '' }],
    ["Summer '27", { season: 'summer', year: 2027, text: '' }],
    ['2026', { season: null, year: 2026, text: '' }],
    ['Summer/Fall 2026 co-op, 8 months', { season: null, year: 2026, text: 'Summer/Fall 2026 co-op, 8 months' }],
    ['Co-op term 2 (Jan–Apr)', { season: null, year: null, text: 'Co-op term 2 (Jan–Apr)' }],
    ['Winter 2026 co-op', { season: 'winter', year: 2026, text: 'Winter 2026 co-op' }],
    ['x'.repeat(100), { season: null, year: null, text: 'x'.repeat(100) }],
  ])('reads the term %j as %j', (term, expected) => {
    expect(migrateV1Application(aV1Record({ term })).term).toEqual(expected);
  });

  it('ranks the board by creation time', () => {
    const app = migrateV1Application(aV1Record({ createdAt: '2025-11-30T23:00:00+05:30' }));
    expect(app.boardRank).toBe(Date.UTC(2025, 10, 30, 17, 30));
  });

  it('renames the later of two entries sharing an id, which schema 1 allowed, and keeps them both', () => {
    const record = aV1Record({
      deadlines: [
        { id: 'd', kind: 'assessment', at: '2026-02-10', label: 'OA', done: false },
        { id: 'd', kind: 'interview', at: '2026-02-20', label: 'Onsite', done: false },
        { id: 'd-2', kind: 'other', at: '2026-02-25', label: 'Forms', done: false },
      ],
      cohorts: [
        { id: 'c', start: '2026-05-18', end: '2026-08-07', label: 'May' },
        { id: 'c', start: '2026-06-15', end: '2026-09-04', label: 'June' },
      ],
      chosenCohortId: 'c',
    });
    const app = migrateV1Application(record);
    expect(app.deadlines.map((d) => [d.id, d.label])).toEqual([
      ['d', 'OA'],
      ['d-3', 'Onsite'],
      ['d-2', 'Forms'],
    ]);
    expect(app.cohorts.map((c) => [c.id, c.label])).toEqual([
      ['c', 'May'],
      ['c-2', 'June'],
    ]);
    expect(app.chosenCohortId).toBe('c');
  });

  it('leaves the record it was given untouched', () => {
    const record = aV1Record();
    const before = structuredClone(record);
    migrateV1Application(record);
    expect(record).toEqual(before);
  });

  it('refuses a schema-2 record, saying which record and why', () => {
    const v2 = newApplication({ company: 'Stripe', role: 'Intern' }, { id: 'a-2', now: '2026-01-01T00:00:00Z' });
    expect(() => migrateV1Application(v2)).toThrow(
      '“Stripe — Intern” (id "a-2") is not a schema-1 application (term: Invalid input: expected string, received object)',
    );
  });

  it('refuses a record with a status schema 1 did not have, or one its history contradicts', () => {
    expect(() => migrateV1Application({ ...aV1Record(), status: 'phone-screen' })).toThrow(
      /^“Pinterest — Master's Machine Learning Internship 2026 \(USA\)” \(id "app-pinterest"\) is not a schema-1 application \(status: /,
    );
    expect(() => migrateV1Application(aV1Record({ status: 'offer' }))).toThrow(
      '(status: The status does not match the latest history entry)',
    );
  });

  it('refuses what is not a record at all', () => {
    expect(() => migrateV1Application(null)).toThrow('A null record is not a schema-1 application');
    expect(() => migrateV1Application('Pinterest')).toThrow('A string record is not a schema-1 application');
    expect(() => migrateV1Application({ id: 7 })).toThrow('The record with no id is not a schema-1 application');
  });
});

describe('migrateV1Data', () => {
  const reminders = {
    cohortStarts: { enabled: false, daysBefore: [21, 2] },
    deadlines: { enabled: true, leadTimes: [{ amount: 5, unit: 'hours' }] },
    remindAt: '07:45',
    quietHours: { enabled: false, start: '23:00', end: '06:30' },
  };

  it('writes the default pipeline, without "Interviewing" when no history used it', () => {
    const data = migrateV1Data({
      applications: [withStatuses(['wishlist', 'applied', 'assessment']), withStatuses(['rejected'])],
      settings: [],
    });
    expect(data.settings).toEqual([{ key: 'pipeline', value: { stages: DEFAULT_STAGES } }]);
    expect(pipelineSchema.safeParse(data.settings[0]!.value).success).toBe(true);
  });

  it('adds "Interviewing" right after "Online assessment" when a history used it, even long ago', () => {
    const data = migrateV1Data({
      applications: [withStatuses(['wishlist']), withStatuses(['applied', 'interviewing', 'rejected'])],
      settings: [],
    });
    const [pipelineRow] = data.settings;
    expect(pipelineRow).toEqual({
      key: 'pipeline',
      value: { stages: [...DEFAULT_STAGES.slice(0, 3), INTERVIEWING, ...DEFAULT_STAGES.slice(3)] },
    });
    expect(pipelineSchema.safeParse(pipelineRow!.value).success).toBe(true);
    expect(data.applications[1]!.stageHistory.map((e) => e.stageId)).toEqual(['applied', 'interviewing', 'rejected']);
  });

  it('gives the reminder settings the new parts at their defaults, keeping every value the user set', () => {
    const data = migrateV1Data({
      applications: [],
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'reminders', value: reminders },
      ],
    });
    const upgraded = {
      ...reminders,
      events: {
        enabled: true,
        leadTimes: [
          { amount: 1, unit: 'days' },
          { amount: 1, unit: 'hours' },
        ],
      },
      followUps: { enabled: true, afterApplying: { enabled: false, days: 7 } },
    };
    expect(data.settings).toEqual([
      { key: 'theme', value: 'dark' },
      { key: 'reminders', value: upgraded },
      { key: 'pipeline', value: { stages: DEFAULT_STAGES } },
    ]);
    expect(reminderSettingsSchema.parse(data.settings[1]!.value)).toEqual(upgraded);
  });

  it('carries a stored reminder setting that does not read as settings forward as it is, never as the defaults', () => {
    const damaged = { ...reminders, remindAt: '25:00' };
    const data = migrateV1Data({
      applications: [],
      settings: [
        { key: 'reminders', value: damaged },
        { key: 'other', value: [1, 2] },
      ],
    });
    expect(data.settings[0]!.value).toMatchObject(damaged);
    expect(data.settings[1]).toEqual({ key: 'other', value: [1, 2] });
    expect(migrateV1Data({ applications: [], settings: [{ key: 'reminders', value: 'odd' }] }).settings[0]).toEqual({
      key: 'reminders',
      value: 'odd',
    });
  });

  it('adds no reminder settings where the user never stored any (the defaults apply)', () => {
    expect(migrateV1Data({ applications: [], settings: [] }).settings.map((row) => row.key)).toEqual(['pipeline']);
  });

  it('refuses settings that already hold a pipeline: they are not schema-1 settings', () => {
    expect(() =>
      migrateV1Data({ applications: [], settings: [{ key: 'pipeline', value: { stages: DEFAULT_STAGES } }] }),
    ).toThrow('The settings already hold a pipeline, so they are not schema-1 settings');
  });

  it('refuses the whole data when one record is not schema 1, naming it', () => {
    expect(() =>
      migrateV1Data({ applications: [aV1Record(), { ...aV1Record({ id: 'bad' }), priority: 4 }], settings: [] }),
    ).toThrow(/\(id "bad"\) is not a schema-1 application \(priority: /);
  });
});

describe('every schema-1 record', () => {
  const v1History = fc.array(
    fc.record({ status: fc.constantFrom(...STATUSES_V1), at: instantArb, note: textArb(30) }),
    { minLength: 1, maxLength: 6 },
  );
  // Ids drawn from few values, so lists often hold twins as schema 1 allowed.
  const twinnableId = fc.constantFrom('a', 'b', 'c', 'a-2');
  const v1Record: fc.Arbitrary<ApplicationV1> = fc
    .record({
      id: fc.uuid(),
      company: nonBlankArb(40),
      role: nonBlankArb(60),
      postingUrl: fc.constantFrom('', 'https://example.com/jobs/1?x=y#z'),
      source: textArb(20),
      employmentType: fc.constantFrom('internship', 'co-op', 'part-time', 'full-time', null),
      term: fc.oneof(textArb(45), fc.constantFrom('Summer 2026', "fall '27", 'Winter 2026/2027 co-op')),
      locations: fc.array(nonBlankArb(25), { maxLength: 3 }),
      workMode: fc.constantFrom('onsite', 'hybrid', 'remote', null),
      statusHistory: v1History,
      appliedAt: fc.option(calendarDateArb, { nil: null }),
      deadlines: fc.array(
        fc.record({
          id: twinnableId,
          kind: fc.constantFrom('application', 'assessment', 'interview', 'offer-response', 'other'),
          at: fc.oneof(calendarDateArb, instantArb),
          label: textArb(20),
          done: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      cohorts: fc.array(fc.record({ id: twinnableId, start: calendarDateArb, label: textArb(10) }), { maxLength: 3 }),
      durationWeeks: fc.option(fc.integer({ min: 1, max: 104 }), { nil: null }),
      pay: fc.option(fullTimePayArb, { nil: null }),
      contacts: fc.array(
        fc.record({
          id: twinnableId,
          name: textArb(10),
          role: textArb(10),
          email: textArb(10),
          phone: textArb(10),
          notes: textArb(10),
        }),
        { maxLength: 3 },
      ),
      notes: textArb(100),
      postingText: textArb(50),
      tags: fc.array(nonBlankArb(12), { maxLength: 3 }),
      priority: fc.constantFrom('low', 'normal', 'high'),
      createdAt: instantArb,
      updatedAt: instantArb,
      archivedAt: fc.option(instantArb, { nil: null }),
      chooseFirst: fc.boolean(),
    })
    .map(({ cohorts, chooseFirst, ...rest }) => ({
      ...rest,
      // Same-day cohorts keep the end after the start without date arithmetic.
      cohorts: cohorts.map((c) => ({ ...c, end: c.start })),
      chosenCohortId: chooseFirst ? (cohorts[0]?.id ?? null) : null,
      status: rest.statusHistory.at(-1)!.status,
    }));

  it('becomes a valid schema-2 record with nothing dropped', () => {
    fc.assert(
      fc.property(v1Record, (record) => {
        const app = migrateV1Application(record);
        // A record the database may hold: values outside the bounds of new input are kept as they were.
        expect(storedApplicationSchema.safeParse(app).success).toBe(true);
        const same = <K extends keyof ApplicationV1 & keyof Application>(key: K) =>
          expect(app[key], key).toEqual(record[key]);
        for (const key of [
          'id',
          'postingUrl',
          'source',
          'employmentType',
          'locations',
          'workMode',
          'appliedAt',
          'chosenCohortId',
          'durationWeeks',
          'pay',
          'notes',
          'postingText',
          'tags',
          'createdAt',
          'updatedAt',
          'archivedAt',
        ] as const)
          same(key);
        expect(app.company).toBe(record.company.trim());
        expect(app.role).toBe(record.role.trim());
        const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
        expect(app.deadlines.map(withoutId)).toEqual(record.deadlines.map(withoutId));
        expect(app.cohorts.map(withoutId)).toEqual(record.cohorts.map(withoutId));
        expect(app.contacts.map(withoutId)).toEqual(record.contacts.map(withoutId));
        expect(app.stageHistory.map((e) => [e.at, e.note])).toEqual(record.statusHistory.map((e) => [e.at, e.note]));
        // The term's words are all still there, spacing aside.
        const words = (text: string) => text.split(/\s+/).filter(Boolean);
        if (app.term.text !== '') expect(words(app.term.text)).toEqual(words(record.term));
      }),
      { numRuns: 400 },
    );
  });
});
