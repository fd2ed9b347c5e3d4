// The corpus of real postings (tests/fixtures/postings/corpus): pages copied from public job sites,
// each beside what a careful reader takes from it. This file checks that every page is well formed
// and that the locked test set shares no site with the development set, and prints the parser's
// per-field recall and precision on each side. Low scores do not fail it: the parser is tuned on
// the development set only, and the test set is measured, never tuned on.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePosting } from '@shared/posting/parsePosting';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { draftDifferences, expectedDraftSchema, type ExpectedDraft } from './draftComparison';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/postings/corpus/', import.meta.url));
const SIDES = ['dev', 'test'] as const;
type Side = (typeof SIDES)[number];

/** What the corpus README's table says of each page: where it came from. */
const manifestSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^(dev|test)\/[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/),
    site: z.string().min(1),
    kind: z.enum(['aggregator', 'ats', 'employer', 'university', 'government']),
    nonUS: z.boolean(),
    url: z.string().url(),
    note: z.string(),
  }),
);
const manifest = manifestSchema.parse(JSON.parse(readFileSync(`${CORPUS_DIR}manifest.json`, 'utf8')));

interface CorpusPage {
  file: string;
  input: string;
  /** Parsed only in the well-formedness test, so a bad file names itself there. */
  expectedJson: string;
}

function pagesOf(side: Side): CorpusPage[] {
  const dir = `${CORPUS_DIR}${side}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      file: `${side}/${f}`,
      input: readFileSync(dir + f, 'utf8'),
      expectedJson: readFileSync(`${dir}${f.slice(0, -'.txt'.length)}.expected.json`, 'utf8'),
    }));
}

const corpus = Object.fromEntries(SIDES.map((side) => [side, pagesOf(side)])) as Record<Side, CorpusPage[]>;
const expectedOf = (page: CorpusPage): ExpectedDraft => expectedDraftSchema.parse(JSON.parse(page.expectedJson));

/** A real calendar day: "2026-02-30" matches the schema's pattern but is no date. */
const isCalendarDate = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

describe('the corpus of real postings', () => {
  it('lists every page in its manifest, and no page that is not there', () => {
    const onDisk = SIDES.flatMap((side) => corpus[side].map((p) => p.file)).sort();
    expect(manifest.map((m) => m.file).sort()).toEqual(onDisk);
  });

  it('keeps every site on one side: the test set shares no site with the development set', () => {
    const sitesOn = (side: Side) => new Set(manifest.filter((m) => m.file.startsWith(`${side}/`)).map((m) => m.site));
    const devSites = sitesOn('dev');
    expect([...sitesOn('test')].filter((site) => devSites.has(site))).toEqual([]);
  });

  describe.each(SIDES)('%s side', (side) => {
    it.each(corpus[side].map((page) => [page.file, page] as const))('%s is well formed', (_file, page) => {
      expect(page.input.trim()).not.toBe('');
      const expected = expectedOf(page);
      for (const day of [expected.deadline, ...expected.cohorts.flatMap((c) => [c.start, c.end])]) {
        if (day !== null) expect(isCalendarDate(day), day).toBe(true);
      }
      for (const cohort of expected.cohorts) expect(cohort.start <= cohort.end).toBe(true);
      if (expected.pay) {
        expect(expected.pay.currency).toMatch(/^[A-Z]{3}$/);
        if (expected.pay.min !== null && expected.pay.max !== null)
          expect(expected.pay.min).toBeLessThanOrEqual(expected.pay.max);
      }
    });
  });
});

const FIELDS = [
  'source',
  'company',
  'title',
  'locations',
  'workMode',
  'employmentType',
  'pay',
  'durationWeeks',
  'cohorts',
  'deadline',
  'term',
  'sponsorship',
] as const;
type Field = (typeof FIELDS)[number];

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

interface Tally {
  /** Pages whose expectation states the field. */
  stated: number;
  /** Pages where the parser filled the field. */
  filled: number;
  /** Pages where the parser filled the field with the expected value. */
  right: number;
}

/**
 * Per field: recall is the share of stated values the parser found correctly, precision the share
 * of filled values that are correct (a value filled where the page states none is wrong).
 * A field is right when draftDifferences, the fixtures' own comparison, finds no difference in it.
 */
function scoreCorpus(pages: Array<{ actual: PostingDraft; expected: ExpectedDraft }>): Record<Field, Tally> {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { stated: 0, filled: 0, right: 0 }])) as Record<
    Field,
    Tally
  >;
  for (const { actual, expected } of pages) {
    const wrong = new Set(draftDifferences(actual, expected).map((line) => line.slice(0, line.indexOf(':'))));
    for (const field of FIELDS) {
      const stated = !isEmpty(expected[field]);
      const filled = !isEmpty(actual[field]);
      const tally = tallies[field];
      if (stated) tally.stated++;
      if (filled) tally.filled++;
      if (filled && stated && !wrong.has(field)) tally.right++;
    }
  }
  return tallies;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4);

function scoreTable(side: Side, tallies: Record<Field, Tally>): string {
  const all = FIELDS.reduce(
    (sum, f) => ({
      stated: sum.stated + tallies[f].stated,
      filled: sum.filled + tallies[f].filled,
      right: sum.right + tallies[f].right,
    }),
    { stated: 0, filled: 0, right: 0 },
  );
  const row = (name: string, t: Tally) =>
    `| ${name.padEnd(14)} | ${String(t.stated).padStart(6)} | ${String(t.filled).padStart(6)} | ${String(t.right).padStart(5)} | ${percent(t.right, t.stated)}   | ${percent(t.right, t.filled)}      |`;
  return [
    `Corpus ${side} set (${corpus[side].length} pages)`,
    '| field          | stated | filled | right | recall | precision |',
    '| -------------- | -----: | -----: | ----: | -----: | --------: |',
    ...FIELDS.map((f) => row(f, tallies[f])),
    row('all fields', all),
  ].join('\n');
}

describe('the parser on the corpus (measured, not yet required)', () => {
  it.each(SIDES)('scores every field on the %s set', (side) => {
    const tallies = scoreCorpus(
      corpus[side].map((page) => ({ actual: parsePosting(page.input), expected: expectedOf(page) })),
    );
    console.log(scoreTable(side, tallies));
    for (const field of FIELDS) expect(tallies[field].right).toBeLessThanOrEqual(tallies[field].stated);
  });
});
