import { afterEach, describe, expect, it, vi } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import { proposeMapping } from '@shared/csv/columnMapping';
import { planImport, prepareCsvImport } from '@shared/csv/csvImport';
import { readCsvText, type CsvTable } from '@shared/csv/readCsvText';
import { csvFixture } from './csvFixtures';
import { IMPORT_NOW, countingIds, importText } from './importHelpers';
import { aPinterestApplication } from './pinterestApplication';

const NOW_INSTANT = toInstant(IMPORT_NOW);
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function tableOf(text: string): CsvTable {
  const read = readCsvText(text);
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

describe("LinkedIn's Job Applications.csv", () => {
  it('imports every application as applied at its application time', async () => {
    const preview = await importText(csvFixture('linkedin-job-applications.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    const [stripe, datadog] = preview.rows.map((r) => r.application);
    expect(stripe).toMatchObject({
      company: 'Stripe',
      role: 'Software Engineering Intern',
      postingUrl: 'https://www.linkedin.com/jobs/view/4012345678',
      source: 'LinkedIn',
      status: 'applied',
      appliedAt: '2024-10-05',
      statusHistory: [{ status: 'applied', at: toInstant(new Date(2024, 9, 5, 14, 15)), note: '' }],
      contacts: [{ name: '', role: '', email: 'recruiting@stripe.com', phone: '', notes: '' }],
      notes:
        'Resume Name: Resume_2024.pdf\n\nQuestion And Answers: Are you authorized to work in the US?: Yes | Will you require sponsorship?: No',
      createdAt: NOW_INSTANT,
      updatedAt: NOW_INSTANT,
    });
    expect(datadog).toMatchObject({
      company: 'Datadog',
      appliedAt: '2024-09-28',
      contacts: [],
      notes: 'Resume Name: Resume_2024.pdf',
    });
  });

  it('takes ids from the injected generator', async () => {
    const preview = await importText(csvFixture('linkedin-job-applications.csv'));
    const ids = preview.rows.flatMap((r) => [r.application.id, ...r.application.contacts.map((c) => c.id)]);
    expect(ids.sort()).toEqual(['id-1', 'id-2', 'id-3']);
  });
});

describe('the common spreadsheet tracker', () => {
  it('imports what it can, warns about guesses and names the line of each error', async () => {
    const preview = await importText(csvFixture('spreadsheet-tracker.csv'));
    expect(preview.errors).toEqual(["Line 4: 'Deadline' is not a date (got '31/31/2026')"]);
    expect(preview.rejectedLines).toEqual([4]);
    expect(preview.warnings).toEqual([
      "Line 3: 'Max. Salary' has no amount (got 'TBD'); kept as written",
      "Line 4: 'Status' is not a status this app knows (got 'Phone screen call'); imported as Applied",
    ]);
    const [pinterest, spotify] = preview.rows.map((r) => r.application);
    expect(pinterest).toMatchObject({
      company: 'Pinterest',
      role: 'Machine Learning Intern',
      status: 'interviewing',
      appliedAt: '2026-01-05',
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11k/mo' },
      locations: ['San Francisco, CA'],
      priority: 'high',
      statusHistory: [
        { status: 'wishlist', at: '2026-01-02T12:00:00Z', note: '' },
        { status: 'applied', at: '2026-01-05T12:00:00Z', note: '' },
        { status: 'interviewing', at: NOW_INSTANT, note: '' },
      ],
    });
    expect(pinterest!.deadlines).toMatchObject([
      { kind: 'application', at: '2026-01-20', label: '', done: false },
      { kind: 'other', at: '2026-02-15', label: 'Follow up', done: false },
    ]);
    expect(spotify).toMatchObject({
      status: 'wishlist',
      appliedAt: null,
      pay: { min: null, max: null, period: null, raw: 'TBD' },
      priority: 'normal',
    });
  });
});

describe('bad input', () => {
  it('reads a semicolon-separated file and warns about pay without a period', async () => {
    const preview = await importText(csvFixture('semicolon-separated.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.status])).toEqual([
      ['Zalando', 'applied'],
      ['SAP', 'offer'],
    ]);
    expect(preview.warnings).toEqual([
      "Line 2: 'Pay' does not say per hour, month or year (got '2100 EUR monatlich'); kept without a period",
    ]);
    expect(preview.rows[0]!.application.pay).toMatchObject({ min: 2100, currency: 'EUR' });
  });

  it('names the right line after values with line breaks', async () => {
    const preview = await importText(csvFixture('quoted-newlines.csv'));
    expect(preview.errors).toEqual(["Line 5: 'Deadline' is not a date (got '2026-02-30')"]);
    expect(preview.rows[0]!.application.notes).toBe('Line one\nline two\nline three');
  });

  it('reads 31/05/2026 day-first for the whole file and never shifts a date', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const preview = await importText('Company,Role,Applied,Deadline\nA,Intern,31/05/2026,01/06/2026\n');
      expect(preview.dayFirst).toBe(true);
      expect(preview.rows[0]!.application).toMatchObject({
        appliedAt: '2026-05-31',
        deadlines: [{ at: '2026-06-01' }],
      });
    }
  });

  it('refuses rows without a company or role, naming the column', async () => {
    const preview = await importText('Company,Role\n,Intern\nStripe,  \n');
    expect(preview.errors).toEqual(["Line 2: 'Company': Company is required", "Line 3: 'Role': Role is required"]);
  });

  it('refuses a link that is not a web address and completes one without https://', async () => {
    const preview = await importText('Company,Role,Link\nA,Intern,not a link\nB,Intern,jobs.example.com/42\n');
    expect(preview.errors).toEqual(["Line 2: 'Link' is not a web address starting with https:// (got 'not a link')"]);
    expect(preview.rows[0]!.application.postingUrl).toBe('https://jobs.example.com/42');
  });

  it('refuses a row with more values than columns', async () => {
    const preview = await importText('Company,Role\nStripe,Intern,extra\n');
    expect(preview.errors).toEqual(['Line 2: has 3 values but the header has 2 columns']);
  });

  it('imports an unknown status with a warning, as applied when there is an applied date', async () => {
    const preview = await importText(
      'Company,Role,Status,Applied\nA,Intern,Pending committee,2026-01-02\nB,Intern,Pending committee,\n',
    );
    expect(preview.rows.map((r) => r.application.status)).toEqual(['applied', 'wishlist']);
    expect(preview.warnings).toEqual([
      "Line 2: 'Status' is not a status this app knows (got 'Pending committee'); imported as Applied",
      "Line 3: 'Status' is not a status this app knows (got 'Pending committee'); imported as Wishlist",
    ]);
  });

  it('needs both ends of a cohort', async () => {
    const preview = await importText(
      'Company,Role,Start date,End date\nA,Intern,2026-05-18,\nB,Intern,2026-05-18,2026-08-07\n',
    );
    expect(preview.errors).toEqual(["Line 2: 'Start date' needs a matching end date (its end date is empty)"]);
    expect(preview.rows[0]!.application.cohorts).toMatchObject([{ start: '2026-05-18', end: '2026-08-07' }]);
    expect(preview.rows[0]!.application.chosenCohortId).toBe(preview.rows[0]!.application.cohorts[0]!.id);
  });

  it('refuses an end before the start with the validation message', async () => {
    const preview = await importText('Company,Role,Start date,End date\nA,Intern,2026-08-07,2026-05-18\n');
    expect(preview.errors).toEqual(["Line 2: 'Start date': The cohort ends before it starts"]);
  });

  it('refuses to start without a company column', async () => {
    const table = tableOf('Title,Status\nIntern,Applied\n');
    const outcome = await prepareCsvImport(table, {
      ...proposeMapping(table.header),
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
    });
    expect(outcome).toEqual({ status: 'refused', problems: ['Choose the column that holds the company.'] });
  });
});

describe('duplicates', () => {
  const existing = [aPinterestApplication()];
  const file =
    'Company,Role,Term,Tags\n' +
    "pinterest,  master's machine learning internship 2026 (USA) ,summer 2026,new\n" +
    'Stripe,SWE Intern,Summer 2026,a\n' +
    'STRIPE,swe  intern,Summer 2026,b\n' +
    'Stripe,SWE Intern,Fall 2026,c\n';

  it('finds duplicates of existing applications and of earlier rows, ignoring case and spacing', async () => {
    const preview = await importText(file, { existing });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([
      { kind: 'existing', id: 'app-pinterest' },
      null,
      { kind: 'row', line: 3 },
      null,
    ]);
  });

  it('leaves duplicates out when the user skips them', async () => {
    const preview = await importText(file, { existing });
    const plan = planImport(preview, 'skip', existing, NOW_INSTANT);
    expect(plan.add.map((a) => [a.company, a.term])).toEqual([
      ['Stripe', 'Summer 2026'],
      ['Stripe', 'Fall 2026'],
    ]);
    expect(plan.update).toEqual([]);
  });

  it('merges duplicates into the existing application or the earlier row', async () => {
    const preview = await importText(file, { existing });
    const plan = planImport(preview, 'merge', existing, NOW_INSTANT);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({
      id: 'app-pinterest',
      tags: ['ml', 'big tech', 'new'],
      updatedAt: NOW_INSTANT,
    });
    expect(plan.add.map((a) => a.tags)).toEqual([['a', 'b'], ['c']]);
    expect(plan.problems).toEqual([]);
  });
});

describe('a row that matches only a row that duplicates an application you have', () => {
  const existing = [aPinterestApplication()];
  // Line 2 has no term, so it is the Summer 2026 application already there; line 3 is a Fall
  // internship, which line 2 would match too, but which is not the one already there.
  const file =
    'Company,Role,Term,Tags\n' +
    "Pinterest,Master's Machine Learning Internship 2026 (USA),,new\n" +
    "Pinterest,Master's Machine Learning Internship 2026 (USA),Fall 2026,fall\n";

  it('is a new application, whether duplicates are merged or skipped', async () => {
    const preview = await importText(file, { existing });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([{ kind: 'existing', id: 'app-pinterest' }, null]);
    for (const choice of ['merge', 'skip'] as const) {
      const plan = planImport(preview, choice, existing, NOW_INSTANT);
      expect(plan.add.map((a) => [a.term, a.tags])).toEqual([['Fall 2026', ['fall']]]);
    }
  });
});

describe('large files', () => {
  const rows = Array.from({ length: 1_200 }, (_, i) => `Company ${i},Intern,Applied,2026-01-0${(i % 9) + 1}`).join(
    '\n',
  );
  const text = `Company,Role,Status,Applied\n${rows}\n`;

  it('validates in chunks, reporting progress and pausing between them', async () => {
    const progress: number[] = [];
    const pause = vi.fn(() => Promise.resolve());
    const table = tableOf(text);
    const outcome = await prepareCsvImport(table, {
      ...proposeMapping(table.header),
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
      chunkSize: 500,
      onProgress: (done, total) => progress.push(done / total),
      pause,
    });
    expect(outcome.status).toBe('ready');
    expect(progress).toEqual([500 / 1200, 1000 / 1200, 1]);
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('stops when cancelled and returns nothing to import', async () => {
    const controller = new AbortController();
    const table = tableOf(text);
    const outcome = await prepareCsvImport(table, {
      ...proposeMapping(table.header),
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 300) controller.abort();
      },
      pause: () => Promise.resolve(),
    });
    expect(outcome).toEqual({ status: 'cancelled' });
  });
});
