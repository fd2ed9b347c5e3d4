// Compares a parsed draft with a fixture's `.expected.json` the way the fixtures' README says a
// careful reader would: names ignoring case and surrounding space, locations by city only,
// pay by amount, currency and period, cohorts as a set, the term exactly.
import { z } from 'zod';
import { EMPLOYMENT_TYPES, PAY_PERIODS, SEASONS, SPONSORSHIPS, WORK_MODES } from '@shared/application';
import type { PostingDraft } from '@shared/posting/postingDraft';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const expectedDraftSchema = z.strictObject({
  source: z.string().nullable(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  locations: z.array(z.string()),
  workMode: z.enum(WORK_MODES).nullable(),
  pay: z
    .strictObject({
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: z.string(),
      period: z.enum(PAY_PERIODS).nullable(),
    })
    .nullable(),
  durationWeeks: z.number().nullable(),
  cohorts: z.array(z.strictObject({ start: date, end: date })),
  deadline: date.nullable(),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
  // Optional: the reference page's file is the shared original, written before these fields.
  term: z.strictObject({ season: z.enum(SEASONS).nullable(), year: z.number().nullable(), text: z.string() }).nullish(),
  sponsorship: z.enum(SPONSORSHIPS).exclude(['unknown']).nullish(),
});
export type ExpectedDraft = z.infer<typeof expectedDraftSchema>;

const looseText = (value: string | null) => (value === null ? null : value.trim().toLowerCase());
/** "Palo Alto, CA" and "palo alto" are the same city. */
const city = (location: string) => location.split(',')[0]!.trim().toLowerCase();
const sorted = (values: string[]) => [...new Set(values)].sort();

/** Every way `actual` differs from `expected`, as readable lines; empty when they match. */
export function draftDifferences(actual: PostingDraft, expected: ExpectedDraft): string[] {
  const differences: string[] = [];
  const report = (field: string, got: unknown, want: unknown) =>
    differences.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);

  for (const field of ['company', 'title', 'workMode', 'employmentType', 'source'] as const) {
    if (looseText(actual[field]) !== looseText(expected[field])) report(field, actual[field], expected[field]);
  }
  const gotCities = sorted(actual.locations.map(city));
  const wantCities = sorted(expected.locations.map(city));
  if (gotCities.join('|') !== wantCities.join('|')) report('locations', actual.locations, expected.locations);

  const pay = (p: ExpectedDraft['pay']) =>
    p === null ? null : { min: p.min, max: p.max, currency: p.currency, period: p.period };
  if (JSON.stringify(pay(actual.pay)) !== JSON.stringify(pay(expected.pay)))
    report('pay', pay(actual.pay), expected.pay);

  const cohorts = (list: Array<{ start: string; end: string }>) => sorted(list.map((c) => `${c.start}..${c.end}`));
  if (cohorts(actual.cohorts).join('|') !== cohorts(expected.cohorts).join('|'))
    report('cohorts', actual.cohorts, expected.cohorts);

  if (actual.durationWeeks !== expected.durationWeeks)
    report('durationWeeks', actual.durationWeeks, expected.durationWeeks);
  if (actual.deadline !== expected.deadline) report('deadline', actual.deadline, expected.deadline);
  if (expected.term !== undefined && JSON.stringify(actual.term) !== JSON.stringify(expected.term))
    report('term', actual.term, expected.term);
  if (expected.sponsorship !== undefined && actual.sponsorship !== expected.sponsorship)
    report('sponsorship', actual.sponsorship, expected.sponsorship);
  return differences;
}
