// Every number and date of an application is bounded to what a person could mean, with a
// message on the field; records stored before the bounds existed still load, and keep their
// values until the student changes them.
import { describe, expect, it } from 'vitest';
import { applicationSchema, storedApplicationSchema, type Application } from '@shared/application';
import { validateApplication, type FieldIssue } from '@shared/validateApplication';
import { anApplication } from './applicationFixture';

function issuesOf(candidate: unknown, kept?: Application): FieldIssue[] {
  const result = validateApplication(candidate, kept);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.issues;
}

const pay = (min: number | null, max: number | null) => ({
  min,
  max,
  currency: 'USD',
  period: 'month' as const,
  raw: '',
});
const contact = (email: string) => ({ id: 'c1', name: 'Ada', role: '', email, phone: '', notes: '' });
const offer = (amount: number): Application['offer'] => ({
  currency: 'USD',
  offeredOn: null,
  housing: { type: 'stipend', amount, period: 'month' },
  relocation: amount,
  signOnBonus: amount,
  other: [{ id: 'o1', label: 'Stock', amount }],
  responseDeadlineId: null,
  returnOfferProspects: '',
});

/** Hostile values seen in files, each with the field and the message the student gets. */
const HOSTILE: Array<[string, Application, FieldIssue[]]> = [
  [
    // A single amount is both ends of the range: said once, where "Pay from" holds it.
    'pay of 1e308 (shown as "$∞")',
    anApplication({ pay: pay(1e308, 1e308) }),
    [{ path: 'pay.min', message: 'Pay above 1,000,000,000 is not a real amount' }],
  ],
  [
    'a pay range of 1e20 to 1e308',
    anApplication({ pay: pay(1e20, 1e308) }),
    [
      { path: 'pay.min', message: 'Pay above 1,000,000,000 is not a real amount' },
      { path: 'pay.max', message: 'Pay above 1,000,000,000 is not a real amount' },
    ],
  ],
  [
    'offer amounts of 1e20',
    anApplication({ offer: offer(1e20) }),
    [
      { path: 'offer.housing.amount', message: 'A stipend above 1,000,000,000 is not a real amount' },
      { path: 'offer.relocation', message: 'Relocation above 1,000,000,000 is not a real amount' },
      { path: 'offer.signOnBonus', message: 'A bonus above 1,000,000,000 is not a real amount' },
      { path: 'offer.other.0.amount', message: 'An amount above 1,000,000,000 is not a real amount' },
    ],
  ],
  [
    'a duration of 5e-324 weeks',
    anApplication({ durationWeeks: 5e-324 }),
    [{ path: 'durationWeeks', message: 'Duration is at least one week' }],
  ],
  [
    'a cohort in the year 9999, whose export became +01000001',
    anApplication({ cohorts: [{ id: 'c', start: '2026-05-18', end: '9999-12-31', label: '' }] }),
    [{ path: 'cohorts.0.end', message: 'Expected a date between 1970 and 2200' }],
  ],
  [
    'a deadline at the end of the year 9999 near the date line',
    anApplication(
      {},
      { deadlines: [{ id: 'd', kind: 'application', at: '9999-12-31T23:59:00-14:00', label: '', done: false }] },
    ),
    [{ path: 'deadlines.0.at', message: 'Expected a date between 1970 and 2200' }],
  ],
  [
    'an applied date in the year 0001',
    anApplication({ appliedAt: '0001-01-01' }),
    [{ path: 'appliedAt', message: 'Expected a date between 1970 and 2200' }],
  ],
  [
    'an updatedAt in 2201, past any real edit',
    anApplication({}, { updatedAt: '2201-01-01T00:00:00Z' }),
    [{ path: 'updatedAt', message: 'Expected a date between 1970 and 2200' }],
  ],
  [
    'a board rank of 1e300',
    anApplication({}, { boardRank: 1e300 }),
    [{ path: 'boardRank', message: 'The board position is out of range' }],
  ],
  [
    'a control character in the posting link',
    anApplication({ postingUrl: 'https://example.com/jobs/\u0007\u0001' }),
    [
      {
        path: 'postingUrl',
        message: 'The link contains control or invisible characters; paste it again from the address bar',
      },
    ],
  ],
  [
    'a right-to-left override in the posting link',
    anApplication({ postingUrl: 'https://example.com/\u202egnp.exe' }),
    [
      {
        path: 'postingUrl',
        message: 'The link contains control or invisible characters; paste it again from the address bar',
      },
    ],
  ],
  [
    'an email carrying a mailto query',
    anApplication({ contacts: [contact('recruiter@example.com?attach=/etc/passwd')] }),
    [{ path: 'contacts.0.email', message: 'Expected one email address like name@example.com' }],
  ],
];

describe('bounds on what a person could mean', () => {
  it.each(HOSTILE)('refuses %s, on the field, with a message', (_name, app, issues) => {
    expect(issuesOf(app)).toEqual(issues);
  });

  it('accepts the edges of every bound', () => {
    const app = anApplication({
      pay: pay(0, 1_000_000_000),
      durationWeeks: 1,
      appliedAt: '1970-01-01',
      cohorts: [{ id: 'c', start: '2026-05-18', end: '2200-12-31', label: '' }],
      contacts: [contact("o'brien+jobs@mail.example.co.uk")],
      postingUrl: 'https://example.com/jobs?id=1#apply',
    });
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
  });

  it('refuses the values just outside each bound', () => {
    expect(issuesOf(anApplication({ pay: pay(null, 1_000_000_001) })).map((i) => i.path)).toEqual(['pay.max']);
    expect(issuesOf(anApplication({ durationWeeks: 0.99 })).map((i) => i.path)).toEqual(['durationWeeks']);
    expect(issuesOf(anApplication({ appliedAt: '1969-12-31' })).map((i) => i.path)).toEqual(['appliedAt']);
    expect(issuesOf(anApplication({ appliedAt: '2201-01-01' })).map((i) => i.path)).toEqual(['appliedAt']);
    for (const email of ['a@b', 'a b@example.com', 'a@example.com,b@example.com', '%61@example.com', '<a@example.com>'])
      expect(issuesOf(anApplication({ contacts: [contact(email)] })).map((i) => i.path)).toEqual(['contacts.0.email']);
  });
});

describe('a record stored before the bounds existed', () => {
  const old = anApplication({ pay: pay(null, 1e308), contacts: [contact('a@example.com?cc=b@example.com')] });

  it('is still a record the database may hold: it loads, backs up and restores', () => {
    expect(storedApplicationSchema.safeParse(old).success).toBe(true);
    expect(applicationSchema.safeParse(old).success).toBe(false);
  });

  it('can be changed elsewhere: the values it already held stay as they are', () => {
    const moved = { ...old, notes: 'Called the recruiter', updatedAt: '2026-02-01T09:00:00Z' };
    expect(validateApplication(moved, old)).toEqual({ ok: true, value: moved });
  });

  it('must bring a value it changes within the bounds', () => {
    expect(issuesOf({ ...old, pay: pay(null, 5e9) }, old)).toEqual([
      { path: 'pay.max', message: 'Pay above 1,000,000,000 is not a real amount' },
    ]);
    expect(issuesOf({ ...old, durationWeeks: 1e-9 }, old)).toEqual([
      { path: 'durationWeeks', message: 'Duration is at least one week' },
    ]);
  });

  it('still has every other rule checked, bounds or not', () => {
    expect(issuesOf({ ...old, company: '' }, old)).toEqual([{ path: 'company', message: 'Company is required' }]);
  });
});
