// fast-check arbitraries for the domain, shared by property tests. Every Application they make
// has passed `applicationSchema`, and their text is full of what breaks file formats: commas,
// quotes, semicolons, line breaks, formula triggers, backslashes, accents and emoji.
import fc from 'fast-check';
import {
  DEADLINE_KINDS,
  EMPLOYMENT_TYPES,
  PAY_PERIODS,
  PRIORITIES,
  STATUSES,
  WORK_MODES,
  applicationSchema,
  isWebUrl,
  type Application,
  type Pay,
} from '@shared/application';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const LAST_DAY = Date.UTC(2031, 11, 31);

/** A `YYYY-MM-DD` calendar date between 2020 and 2031. */
export const calendarDateArb = fc
  .integer({ min: FIRST_DAY / DAY_MS, max: LAST_DAY / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO instant with an explicit offset, as the app stores them (Z, -07:00, +05:30 ...). */
export const instantArb = fc
  .record({
    time: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    offsetMinutes: fc.constantFrom(0, 120, -420, -240, 330, 540, 780),
  })
  .map(({ time, offsetMinutes }) => {
    const wallClock = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
    if (offsetMinutes === 0) return `${wallClock}Z`;
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    return `${wallClock}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });

const trickyChar = fc.constantFrom(
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '\\',
  ' ',
  '→',
  '(',
  ')',
  ':',
  'é',
  'ß',
  '😀',
  '\u00a0',
  '\u2028',
  '中',
);
const plainChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789'.split(''));
const anyGrapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 });
const textUnit = fc.oneof(
  { arbitrary: plainChar, weight: 6 },
  { arbitrary: trickyChar, weight: 3 },
  { arbitrary: anyGrapheme, weight: 1 },
);

/** Free text of up to `maxLength` characters (a grapheme may take two code units). */
export function textArb(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: textUnit, maxLength });
}

/** Text that stays non-empty after trimming, as required names are. */
export function nonBlankArb(maxLength: number): fc.Arbitrary<string> {
  return textArb(maxLength).map((text) => text.trim() || 'x');
}

function nullable<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.option(arb, { nil: null });
}

const moneyArb = fc.integer({ min: 0, max: 50_000_000 }).map((cents) => cents / 100);

export const payArb: fc.Arbitrary<Pay> = fc
  .record({
    a: nullable(moneyArb),
    b: nullable(moneyArb),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'INR'),
    period: nullable(fc.constantFrom(...PAY_PERIODS)),
    raw: textArb(40),
  })
  .map(({ a, b, currency, period, raw }) => {
    const [min, max] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { min, max, currency, period, raw };
  });

const cohortsArb = fc.array(
  fc.record({ id: fc.uuid(), start: calendarDateArb, days: fc.integer({ min: 0, max: 150 }), label: textArb(25) }),
  { maxLength: 3 },
);

const deadlineArb = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...DEADLINE_KINDS),
  at: fc.oneof(calendarDateArb, instantArb),
  label: textArb(30),
  done: fc.boolean(),
});

const contactArb = fc.record({
  id: fc.uuid(),
  name: textArb(20),
  role: textArb(20),
  email: textArb(20),
  phone: textArb(12),
  notes: textArb(40),
});

const historyArb = fc.array(fc.record({ status: fc.constantFrom(...STATUSES), at: instantArb, note: textArb(30) }), {
  minLength: 1,
  maxLength: 5,
});

/** A valid Application with everything filled at random (each field may be empty or null). */
export const applicationArb: fc.Arbitrary<Application> = fc
  .record({
    id: fc.uuid(),
    company: nonBlankArb(40),
    role: nonBlankArb(60),
    postingUrl: fc.oneof(
      fc.constant(''),
      fc.webUrl({ withQueryParameters: true, withFragments: true }).filter(isWebUrl),
    ),
    source: textArb(20),
    employmentType: nullable(fc.constantFrom(...EMPLOYMENT_TYPES)),
    term: textArb(15),
    locations: fc.array(nonBlankArb(25), { maxLength: 4 }),
    workMode: nullable(fc.constantFrom(...WORK_MODES)),
    statusHistory: historyArb,
    appliedAt: nullable(calendarDateArb),
    deadlines: fc.array(deadlineArb, { maxLength: 4 }),
    cohorts: cohortsArb,
    chosenIndex: fc.nat({ max: 3 }),
    durationWeeks: nullable(
      fc.oneof(
        fc.integer({ min: 1, max: 104 }),
        fc.integer({ min: 1, max: 1040 }).map((t) => t / 10),
      ),
    ),
    pay: nullable(payArb),
    contacts: fc.array(contactArb, { maxLength: 2 }),
    notes: textArb(200),
    postingText: textArb(100),
    tags: fc.array(nonBlankArb(12), { maxLength: 4 }),
    priority: fc.constantFrom(...PRIORITIES),
    createdAt: instantArb,
    updatedAt: instantArb,
    archivedAt: nullable(instantArb),
  })
  .map(({ chosenIndex, cohorts: rawCohorts, ...rest }) => {
    const cohorts = rawCohorts.map(({ days, ...c }) => ({ ...c, end: addDays(c.start, days) }));
    return applicationSchema.parse({
      ...rest,
      cohorts,
      chosenCohortId: cohorts[chosenIndex]?.id ?? null,
      status: rest.statusHistory.at(-1)!.status,
    });
  });
