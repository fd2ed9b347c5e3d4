// The Application schema: what may enter the database, and the message each rule gives.
import { toInstant } from '@shared/calendarDate';
import { describe, expect, it } from 'vitest';
import { applicationSchema, isWebUrl, placesBesideMode, type Application, type Pay } from '@shared/application';
import { newApplication } from '@shared/newApplication';
import { SAMPLE_APPLICATION } from '@shared/sampleApplication';
import { validateApplication, type FieldIssue } from '@shared/validateApplication';
import { anApplication, CREATED_AT } from './applicationFixture';
import { anOffer } from '../../support/anOffer';

const APPLIED = { id: 'applied', phase: 'applied' } as const;

function issuesOf(candidate: unknown): FieldIssue[] {
  const result = validateApplication(candidate);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.issues;
}

describe('the Pinterest sample', () => {
  const sample = newApplication(SAMPLE_APPLICATION, { id: 'sample', now: CREATED_AT });

  it('is a valid application, unchanged by validation', () => {
    const result = validateApplication(sample);
    expect(result).toEqual({ ok: true, value: sample });
  });

  it('holds the posting’s facts: two 12-week cohorts, $11,000 a month, hybrid in four cities', () => {
    expect(sample.company).toBe('Pinterest');
    expect(sample.cohorts.map((c) => [c.start, c.end])).toEqual([
      ['2026-05-18', '2026-08-07'],
      ['2026-06-15', '2026-09-04'],
    ]);
    expect(sample.pay).toMatchObject({ min: 11000, max: 11000, currency: 'USD', period: 'month' });
    expect(sample.workMode).toBe('hybrid');
    expect(sample.locations).toHaveLength(4);
    expect(sample.term).toEqual({ season: 'summer', year: 2026, text: '' });
    expect([sample.stageId, sample.phase]).toEqual(['wishlist', 'saved']);
    expect(sample.stageHistory).toEqual([
      { id: 'created', stageId: 'wishlist', phase: 'saved', at: CREATED_AT, note: '' },
    ]);
  });
});

describe('application rules, each with its own message on its own field', () => {
  it('requires a company: blank or spaces only is “Company is required”', () => {
    for (const company of ['', '   ']) {
      expect(issuesOf(anApplication({ company }))).toEqual([{ path: 'company', message: 'Company is required' }]);
    }
  });

  it('requires a role', () => {
    expect(issuesOf(anApplication({ role: '' }))).toEqual([{ path: 'role', message: 'Role is required' }]);
  });

  it('refuses a cohort that ends before it starts, on that cohort’s end date', () => {
    const app = anApplication({
      cohorts: [
        { id: 'c1', start: '2026-05-18', end: '2026-08-07', label: '' },
        { id: 'c2', start: '2026-09-04', end: '2026-06-15', label: '' },
      ],
    });
    expect(issuesOf(app)).toEqual([{ path: 'cohorts.1.end', message: 'The cohort ends before it starts' }]);
  });

  it('accepts a one-day cohort (end equal to start)', () => {
    expect(
      validateApplication(anApplication({ cohorts: [{ id: 'c', start: '2026-05-18', end: '2026-05-18', label: '' }] }))
        .ok,
    ).toBe(true);
  });

  it('refuses a cohort date that does not exist', () => {
    const app = anApplication({ cohorts: [{ id: 'c', start: '2026-02-30', end: '2026-08-07', label: '' }] });
    expect(issuesOf(app)).toEqual([{ path: 'cohorts.0.start', message: 'Expected a date like 2026-05-18' }]);
  });

  it('refuses a lowest pay above the highest, on the highest', () => {
    const app = anApplication({ pay: { min: 9000, max: 8000, currency: 'USD', period: 'month', raw: '' } });
    expect(issuesOf(app)).toEqual([{ path: 'pay.max', message: 'The lowest pay is above the highest' }]);
  });

  it('refuses negative pay and a currency that is not a three-letter code', () => {
    const app = anApplication({ pay: { min: -1, max: null, currency: 'usd', period: 'hour', raw: '' } });
    expect(issuesOf(app)).toEqual([
      { path: 'pay.min', message: 'Pay cannot be negative' },
      { path: 'pay.currency', message: 'Expected a three-letter currency code like USD' },
    ]);
  });

  it('takes the hours a week a pay states, up to 80, and refuses none, fewer or more, saying what they may be', () => {
    const withHours = (hoursPerWeek: unknown) =>
      anApplication({ pay: { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '', hoursPerWeek } as Pay });
    for (const hours of [20, 37.5, 80]) expect(validateApplication(withHours(hours)).ok).toBe(true);
    const message = 'Hours a week are a number above 0 and up to 80';
    for (const hours of [0, -20, 80.5, 168, '20', null, Infinity])
      expect(issuesOf(withHours(hours))).toEqual([{ path: 'pay.hoursPerWeek', message }]);
  });

  it('takes a pay without hours a week, as every record before them has it', () => {
    const app = anApplication({ pay: { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '' } });
    const result = validateApplication(app);
    expect(result).toEqual({ ok: true, value: app });
    expect(result.ok && 'hoursPerWeek' in result.value.pay!).toBe(false);
  });

  it('refuses a chosen cohort that is not among the cohorts', () => {
    const app = anApplication({
      cohorts: [{ id: 'cohort-may', start: '2026-05-18', end: '2026-08-07', label: 'May' }],
      chosenCohortId: 'cohort-june',
    });
    expect(issuesOf(app)).toEqual([{ path: 'chosenCohortId', message: 'The chosen cohort is not one of the cohorts' }]);
  });

  it('refuses a stage that differs from the latest history entry, or a phase that differs from its', () => {
    expect(issuesOf(anApplication({}, { stageId: 'offer' }))).toEqual([
      { path: 'stageId', message: 'The stage does not match the latest history entry' },
    ]);
    expect(issuesOf(anApplication({}, { phase: 'closed' }))).toEqual([
      { path: 'stageId', message: 'The stage does not match the latest history entry' },
    ]);
  });

  it('refuses an empty stage history', () => {
    expect(issuesOf(anApplication({}, { stageHistory: [] }))).toEqual([
      { path: 'stageHistory', message: 'The stage history cannot be empty' },
    ]);
  });

  it('takes a history of any length: none may be cut short', () => {
    const stageHistory = Array.from({ length: 1_000 }, (_, i) => ({
      id: `h${i}`,
      stageId: 'wishlist',
      phase: 'saved' as const,
      at: CREATED_AT,
      note: '',
    }));
    expect(validateApplication(anApplication({}, { stageHistory })).ok).toBe(true);
  });

  it('refuses a history entry without a time zone', () => {
    const app = anApplication(
      {},
      { stageHistory: [{ id: 'created', stageId: 'wishlist', phase: 'saved', at: '2026-01-10T10:00:00', note: '' }] },
    );
    expect(issuesOf(app)).toEqual([
      {
        path: 'stageHistory.0.at',
        message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00',
      },
    ]);
  });

  it('refuses two entries of one list sharing an id, on the second', () => {
    const deadline = { id: 'd', kind: 'assessment' as const, at: '2026-03-05', label: '', done: false };
    expect(issuesOf(anApplication({ deadlines: [deadline, { ...deadline, label: 'Again' }] }))).toEqual([
      { path: 'deadlines.1.id', message: 'Two entries share one id' },
    ]);
    const part = { id: 'p', label: 'Bonus', amount: 1000 };
    const offer = anOffer({ other: [part, { ...part, label: 'Stock' }] });
    expect(issuesOf(anApplication({ offer }))).toEqual([
      { path: 'offer.other.1.id', message: 'Two entries share one id' },
    ]);
  });

  it('refuses a response deadline that is not one of the deadlines', () => {
    const offer = anOffer({ responseDeadlineId: 'gone' });
    expect(issuesOf(anApplication({ offer }))).toEqual([
      { path: 'offer.responseDeadlineId', message: 'The response deadline is not one of the deadlines' },
    ]);
  });

  it('refuses excitement outside 1–5 or not whole', () => {
    for (const excitement of [0, 6, 2.5]) {
      expect(
        issuesOf(anApplication({ excitement })).map((i) => i.path),
        String(excitement),
      ).toEqual(['excitement']);
    }
    expect(validateApplication(anApplication({ excitement: 5 })).ok).toBe(true);
  });

  it('refuses an event duration of zero, or not in whole minutes', () => {
    const event = {
      id: 'e',
      kind: 'technical' as const,
      title: '',
      start: '2026-03-05T10:00:00-08:00',
      durationMinutes: 0,
      location: '',
      people: '',
      notes: '',
      outcome: 'pending' as const,
    };
    expect(issuesOf(anApplication({ events: [event] }))).toEqual([
      { path: 'events.0.durationMinutes', message: 'The duration must be above zero' },
    ]);
    expect(issuesOf(anApplication({ events: [{ ...event, durationMinutes: 45.5 }] }))).toEqual([
      { path: 'events.0.durationMinutes', message: 'Give the duration in whole minutes' },
    ]);
    expect(
      validateApplication(anApplication({ events: [{ ...event, start: '2026-03-05', durationMinutes: null }] })).ok,
    ).toBe(true);
  });

  it('refuses a referral without a name, and a term year that is not a year', () => {
    expect(issuesOf(anApplication({ referral: { name: ' ', relation: 'Friend' } }))).toEqual([
      { path: 'referral.name', message: 'Who referred you?' },
    ]);
    expect(issuesOf(anApplication({ term: { season: 'summer', year: 26, text: '' } }))).toEqual([
      { path: 'term.year', message: 'Expected a year like 2026' },
    ]);
  });

  it('refuses a posting link that is not a web address, and allows none', () => {
    const start = 'Expected a web address starting with https:// or http://';
    for (const [postingUrl, message] of [
      ['javascript:alert(1)', start],
      ['ftp://example.com/job', start],
      ['www.pinterest.com', start],
      ['file:///etc/passwd', start],
      ['https://', 'Expected a web address like https://example.com/jobs/123'],
      ...['http://127.0.0.1:8080/', 'http://localhost/jobs', 'http://[::1]/', 'http://intranet/jobs'].map((url) => [
        url,
        'Expected the address of a site on the web (like example.com), not of this computer or a local network',
      ]),
      ...['http://user:pw@example.com/', 'https://example.com@127.0.0.1/'].map((url) => [
        url,
        'A link with a name or password before the site (name:password@) is not kept: paste the address without it',
      ]),
      ['https://exa mple.com', 'A web address has no spaces: paste it as the browser’s address bar shows it'],
      [
        'https://example.com/jobs/my job',
        'A web address has no spaces: paste it as the browser’s address bar shows it',
      ],
    ]) {
      expect(issuesOf(anApplication({ postingUrl })), postingUrl).toEqual([{ path: 'postingUrl', message }]);
    }
    expect(validateApplication(anApplication({ postingUrl: '' })).ok).toBe(true);
  });

  it('accepts deadlines given as a calendar date or as an instant, and nothing else', () => {
    const deadline = (at: string) => ({ id: 'd', kind: 'assessment' as const, at, label: '', done: false });
    expect(validateApplication(anApplication({ deadlines: [deadline('2026-03-05')] })).ok).toBe(true);
    expect(validateApplication(anApplication({ deadlines: [deadline('2026-03-05T17:00:00-08:00')] })).ok).toBe(true);
    expect(issuesOf(anApplication({ deadlines: [deadline('03/05/2026')] }))).toEqual([
      { path: 'deadlines.0.at', message: 'Expected a date like 2026-05-18 or a date and time' },
    ]);
  });

  it('refuses a duration of zero weeks or over two years', () => {
    expect(issuesOf(anApplication({ durationWeeks: 0 }))).toEqual([
      { path: 'durationWeeks', message: 'Duration is at least one week' },
    ]);
    expect(issuesOf(anApplication({ durationWeeks: 105 }))).toEqual([
      { path: 'durationWeeks', message: 'Duration is over two years' },
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const app = anApplication({
      company: '',
      postingUrl: 'not a link',
      pay: { min: 10, max: 5, currency: 'USD', period: 'hour', raw: '' },
    });
    expect(issuesOf(app).map((i) => i.path)).toEqual(['company', 'postingUrl', 'pay.max']);
  });

  it('refuses what is not an application at all with a message, not a crash', () => {
    expect(validateApplication(null).ok).toBe(false);
    expect(validateApplication({ company: 'Pinterest' }).ok).toBe(false);
  });

  it('trims the company and role it stores', () => {
    const parsed: Application = applicationSchema.parse(
      anApplication({ company: '  Pinterest ', role: ' ML Intern ' }),
    );
    expect([parsed.company, parsed.role]).toEqual(['Pinterest', 'ML Intern']);
  });

  it('keeps the mark of a history entry known only by its day, and takes entries without it as timed', () => {
    const entry = { id: 'a', stageId: 'applied', phase: 'applied', at: '2026-01-05T12:00:00-08:00', note: '' } as const;
    const dayOnly = anApplication(
      {},
      { stageHistory: [{ ...entry, dayOnly: true }], stageId: 'applied', phase: 'applied' },
    );
    expect(applicationSchema.parse(dayOnly).stageHistory).toEqual([{ ...entry, dayOnly: true }]);
    const timed = anApplication({}, { stageHistory: [entry], stageId: 'applied', phase: 'applied' });
    expect(applicationSchema.parse(timed).stageHistory[0]).not.toHaveProperty('dayOnly');
    expect(issuesOf({ ...timed, stageHistory: [{ ...entry, dayOnly: false }] }).map((i) => i.path)).toEqual([
      'stageHistory.0.dayOnly',
    ]);
  });

  it('keeps the mark of an entry whose date was not recorded, and refuses one marked both ways', () => {
    const entry = { id: 'a', stageId: 'rejected', phase: 'closed', at: '2026-12-07T13:22:00-05:00', note: '' } as const;
    const unrecorded = anApplication(
      {},
      { stageHistory: [{ ...entry, dateUnknown: true }], stageId: 'rejected', phase: 'closed' },
    );
    expect(applicationSchema.parse(unrecorded).stageHistory).toEqual([{ ...entry, dateUnknown: true }]);
    expect(issuesOf({ ...unrecorded, stageHistory: [{ ...entry, dateUnknown: true, dayOnly: true }] })).toEqual([
      expect.objectContaining({
        path: 'stageHistory.0.dateUnknown',
        message: 'A history entry cannot be both on a known day and of a date not recorded',
      }),
    ]);
  });
});

describe('isWebUrl', () => {
  it('accepts http and https addresses with a host, port, path, query and fragment', () => {
    for (const url of [
      'https://www.pinterestcareers.com/jobs/123/?gh_jid=1#apply',
      'http://example.org',
      'https://jobs.example.co.uk:8443/a/b',
      'HTTPS://EXAMPLE.COM',
    ]) {
      expect(isWebUrl(url), url).toBe(true);
    }
  });

  it('refuses other schemes, hosts without a domain and spaces', () => {
    for (const url of [
      'mailto:a@b.com',
      'http://localhost:3000',
      'https://example',
      'https://example.com/a b',
      'data:text/html,hi',
    ]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});

describe('a new application', () => {
  it('created straight as applied is applied today', () => {
    const app = newApplication(
      { company: 'Stripe', role: 'Intern' },
      { id: 'a', now: '2026-03-02T10:00:00-08:00', stage: APPLIED },
    );
    expect(app.appliedAt).toBe('2026-03-02');
    expect(app.stageHistory).toEqual([
      { id: 'created', stageId: 'applied', phase: 'applied', at: '2026-03-02T10:00:00-08:00', note: '' },
    ]);
    expect([app.stageId, app.phase]).toEqual(['applied', 'applied']);
  });

  it('created as sent has met its deadline to apply, and no other; created on a list, none', () => {
    const deadlines: Application['deadlines'] = [
      { id: 'apply', kind: 'application', at: '2026-03-10', label: '', done: false },
      { id: 'call', kind: 'interview', at: '2026-03-12', label: '', done: false },
    ];
    const sent = newApplication(
      { company: 'Stripe', role: 'Intern', deadlines },
      { id: 'a', now: CREATED_AT, stage: APPLIED },
    );
    expect(sent.deadlines.map((d) => d.done)).toEqual([true, false]);
    const listed = newApplication({ company: 'Stripe', role: 'Intern', deadlines }, { id: 'a', now: CREATED_AT });
    expect(listed.deadlines).toEqual(deadlines);
  });

  it('keeps an applied date given with it, and dates its first entry that day, so later stages come after it', () => {
    const app = newApplication(
      { company: 'Stripe', role: 'Intern', appliedAt: '2026-02-01' },
      { id: 'a', now: '2026-03-02T10:00:00-08:00', stage: APPLIED },
    );
    expect(app.appliedAt).toBe('2026-02-01');
    // Noon where the student is, marked as a day known without its time.
    expect(app.stageHistory.map((e) => [e.at, e.dayOnly])).toEqual([[toInstant(new Date(2026, 1, 1, 12)), true]]);
    expect(app.createdAt).toBe('2026-03-02T10:00:00-08:00');
  });

  it('starts in the wishlist with a note, if given, on its first entry', () => {
    const app = newApplication(
      { company: 'Stripe', role: 'Intern' },
      { id: 'a', now: CREATED_AT, note: 'From a friend' },
    );
    expect([app.stageId, app.phase, app.appliedAt]).toEqual(['wishlist', 'saved', null]);
    expect(app.stageHistory[0]?.note).toBe('From a friend');
  });

  it('starts in the stage given, of the user’s own pipeline', () => {
    const app = newApplication(
      { company: 'Stripe', role: 'Intern' },
      { id: 'a', now: CREATED_AT, stage: { id: 'spotted', phase: 'saved' } },
    );
    expect([app.stageId, app.phase]).toEqual(['spotted', 'saved']);
  });

  it('is valid with nothing but a company and a role, and has every v2 field at its empty value', () => {
    const app = newApplication({ company: 'Stripe', role: 'Intern' }, { id: 'a', now: CREATED_AT });
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
    expect(app).toMatchObject({
      term: { season: null, year: null, text: '' },
      offer: null,
      events: [],
      followUp: null,
      excitement: null,
      sponsorship: 'unknown',
      referral: null,
      resumeVersion: '',
      coverLetter: '',
      archivedAt: null,
    });
  });

  it('goes to the end of its board column: its rank is its creation time', () => {
    const app = newApplication({ company: 'Stripe', role: 'Intern' }, { id: 'a', now: '2026-03-02T10:00:00-08:00' });
    expect(app.boardRank).toBe(Date.UTC(2026, 2, 2, 18));
  });
});

describe('placesBesideMode', () => {
  it('leaves out a place that only repeats the work mode, whatever its case', () => {
    expect(placesBesideMode({ workMode: 'remote', locations: ['remote ', 'Berlin'] })).toEqual(['Berlin']);
    expect(placesBesideMode({ workMode: 'hybrid', locations: ['Remote'] })).toEqual(['Remote']);
    expect(placesBesideMode({ workMode: null, locations: ['Remote'] })).toEqual(['Remote']);
  });
});
