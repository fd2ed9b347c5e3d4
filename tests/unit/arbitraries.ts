// fast-check arbitraries for the domain, shared by property tests. Every Application they make
// has passed `applicationSchema`, and their text is full of what breaks file formats: commas,
// quotes, semicolons, line breaks, formula triggers, backslashes, accents and emoji.
import fc from 'fast-check';
import {
  DEADLINE_KINDS,
  EMPLOYMENT_TYPES,
  EVENT_KINDS,
  EVENT_OUTCOMES,
  HOUSING_PERIODS,
  PAY_PERIODS,
  SEASONS,
  SPONSORSHIPS,
  WORK_MODES,
  applicationSchema,
  isWebUrl,
  type Application,
  type Pay,
  type Term,
} from '@shared/application';
import { dayOnlyTime } from '@shared/entryTime';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { parseTerm } from '@shared/term';

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
/** An amount, now and then 0: a pay of 0 to 0 is an unpaid role's. */
const payAmountArb = fc.oneof({ arbitrary: moneyArb, weight: 3 }, fc.constant(0));

/** A pay with no hours a week stated, as every pay before them, and schema 1's, was. */
export const fullTimePayArb: fc.Arbitrary<Pay> = fc
  .record({
    a: nullable(payAmountArb),
    b: nullable(payAmountArb),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'INR'),
    period: nullable(fc.constantFrom(...PAY_PERIODS)),
    raw: textArb(40),
  })
  .map(({ a, b, currency, period, raw }) => {
    const [min, max] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { min, max, currency, period, raw };
  });

/** A pay, now and then a part-time one stating its hours a week, to the half hour. */
export const payArb: fc.Arbitrary<Pay> = fc
  .tuple(fullTimePayArb, fc.option(fc.integer({ min: 1, max: 160 }), { nil: undefined, freq: 3 }))
  .map(([pay, halves]) => (halves === undefined ? pay : { ...pay, hoursPerWeek: halves / 2 }));

/** Items with ids unique within their list, as the schema requires. */
function listOf<T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number, minLength = 0) {
  return fc.uniqueArray(item, { selector: (i) => i.id, minLength, maxLength });
}

const cohortsArb = listOf(
  fc.record({ id: fc.uuid(), start: calendarDateArb, days: fc.integer({ min: 0, max: 150 }), label: textArb(25) }),
  3,
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
  email: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9._'+-]{1,20}@[a-z0-9-]{1,10}(?:\.[a-z]{2,6}){1,2}$/)),
  phone: textArb(12),
  notes: textArb(40),
});

/**
 * A term as the app stores one: what `parseTerm` makes of some text, so that its label reads
 * back as the same term ("Summer 2026", "Fall", "2027", "Summer/Fall 2026 co-op", or none).
 */
export const termArb: fc.Arbitrary<Term> = fc
  .tuple(
    fc.option(fc.constantFrom(...SEASONS, 'Summer', 'AUTUMN', 'Summer/Fall')),
    fc.option(fc.oneof(fc.integer({ min: 2018, max: 2032 }).map(String), fc.constantFrom("'26", '’27'))),
    fc.option(textArb(15)),
    fc.boolean(),
  )
  .map(([season, year, text, yearFirst]) => {
    const words = yearFirst ? [year, season] : [season, year];
    return parseTerm([...words, text].filter((part) => part !== null).join(' '));
  });

/** Every stage of the default pipeline: history entries name one of them. */
const stageArb = fc.constantFrom(...DEFAULT_PIPELINE.stages);

/** An entry's time: an instant, or a day with no time known (dayOnly, at noon where the tests run). */
const entryTimeArb = fc.oneof(
  instantArb.map((at) => ({ at })),
  calendarDateArb.map(dayOnlyTime),
);

const historyArb = listOf(
  fc.record({
    id: fc.oneof(fc.uuid(), fc.constantFrom('created', 'v1-1', 'v1-2')),
    stage: stageArb,
    time: entryTimeArb,
    note: textArb(30),
  }),
  5,
  1,
).map((entries) =>
  entries.map(({ stage, time, ...entry }) => ({ ...entry, ...time, stageId: stage.id, phase: stage.phase })),
);

const eventArb = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...EVENT_KINDS),
  title: textArb(30),
  start: fc.oneof(calendarDateArb, instantArb),
  durationMinutes: nullable(fc.integer({ min: 1, max: 14 * 24 * 60 })),
  location: fc.oneof(textArb(30), fc.constant('https://meet.example.com/abc-defg-hij')),
  people: textArb(30),
  notes: textArb(60),
  outcome: fc.constantFrom(...EVENT_OUTCOMES),
});

const followUpArb = fc.record({ on: calendarDateArb, note: textArb(30), done: fc.boolean() });

const housingArb = fc.oneof(
  fc.record({ type: fc.constant('stipend' as const), amount: moneyArb, period: fc.constantFrom(...HOUSING_PERIODS) }),
  fc.constant({ type: 'provided' as const }),
);

/** An offer; its response deadline is picked among the application's deadlines afterwards. */
const offerArb = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'INR'),
  offeredOn: nullable(calendarDateArb),
  housing: nullable(housingArb),
  relocation: nullable(moneyArb),
  signOnBonus: nullable(moneyArb),
  other: listOf(fc.record({ id: fc.uuid(), label: nonBlankArb(20), amount: moneyArb }), 3),
  responseIndex: fc.option(fc.nat({ max: 3 })),
  returnOfferProspects: textArb(40),
});

const referralArb = fc.record({ name: nonBlankArb(20), relation: textArb(20) });

/** A board rank: creation times, and the fractions a reorder places between two of them. */
const boardRankArb = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 8),
);

/**
 * A valid Application with every field filled at random (each may be empty or null). Its
 * stages are those of DEFAULT_PIPELINE.
 */
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
    term: termArb,
    locations: fc.array(nonBlankArb(25), { maxLength: 4 }),
    workMode: nullable(fc.constantFrom(...WORK_MODES)),
    stageHistory: historyArb,
    appliedAt: nullable(calendarDateArb),
    deadlines: listOf(deadlineArb, 4),
    cohorts: cohortsArb,
    chosenIndex: fc.nat({ max: 3 }),
    durationWeeks: nullable(
      fc.oneof(
        fc.integer({ min: 1, max: 104 }),
        fc.integer({ min: 10, max: 1040 }).map((t) => t / 10),
      ),
    ),
    pay: nullable(payArb),
    offer: nullable(offerArb),
    events: listOf(eventArb, 3),
    followUp: nullable(followUpArb),
    contacts: listOf(contactArb, 2),
    notes: textArb(200),
    postingText: textArb(100),
    tags: fc.array(nonBlankArb(12), { maxLength: 4 }),
    excitement: nullable(fc.integer({ min: 1, max: 5 })),
    sponsorship: fc.constantFrom(...SPONSORSHIPS),
    referral: nullable(referralArb),
    resumeVersion: textArb(20),
    coverLetter: textArb(20),
    boardRank: boardRankArb,
    createdAt: instantArb,
    updatedAt: instantArb,
    archivedAt: nullable(instantArb),
  })
  .map(({ chosenIndex, cohorts: rawCohorts, offer: rawOffer, ...rest }) => {
    const cohorts = rawCohorts.map(({ days, ...c }) => ({ ...c, end: addDays(c.start, days) }));
    const latest = rest.stageHistory.at(-1)!;
    const offer =
      rawOffer &&
      (({ responseIndex, ...o }) => ({
        ...o,
        responseDeadlineId: responseIndex === null ? null : (rest.deadlines[responseIndex]?.id ?? null),
      }))(rawOffer);
    return applicationSchema.parse({
      ...rest,
      cohorts,
      offer,
      chosenCohortId: cohorts[chosenIndex]?.id ?? null,
      stageId: latest.stageId,
      phase: latest.phase,
    });
  });
