// Files exported by other job trackers (Teal, Huntr, LinkedIn's Saved Jobs, Simplify) import
// as proposed: every row, their columns recognised, none rejected for a value it cannot read.
import { describe, expect, it } from 'vitest';
import { proposeColumns } from '@shared/csv/columnFit';
import { proposeMapping } from '@shared/csv/columnMapping';
import { readCsvText } from '@shared/csv/readCsvText';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { EMPTY_TERM } from '@shared/term';
import { aPinterestApplication } from '../core/pinterestApplication';
import { csvFixture } from './csvFixtures';
import { IMPORT_NOW, importText } from './importHelpers';

function proposalFor(name: string) {
  const read = readCsvText(csvFixture(name));
  if (!read.ok) throw new Error(read.error);
  return proposeColumns(read.table, DEFAULT_PIPELINE);
}

/** The field proposed for each column of a fixture, by its header. */
function fieldsByHeader(name: string) {
  const read = readCsvText(csvFixture(name));
  if (!read.ok) throw new Error(read.error);
  const { mapping } = proposeColumns(read.table, DEFAULT_PIPELINE);
  return Object.fromEntries(read.table.header.map((h, i) => [h, mapping[i]]));
}

describe('a Teal-style tracker export', () => {
  it('imports all 10 rows, keeping a follow-up that is not a date in the notes with a warning', async () => {
    const preview = await importText(csvFixture('teal-job-tracker.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(10);
    expect(preview.warnings).toEqual([
      "Row 2: 'Follow up' is not a date (got 'Interview scheduled for Jan 28 with Priya (2nd round)'), so it was kept in the notes as 'Follow up: …'",
      "Row 7: 'Follow up' is not a date (got 'Interview scheduled for Feb 3 at 2pm ET'), so it was kept in the notes as 'Follow up: …'",
      "Row 11: 'Follow up' is not a date (got 'Email recruiter if nothing by Feb 1'), so it was kept in the notes as 'Follow up: …'",
    ]);
    const apps = preview.rows.map((r) => r.application);
    const stripe = apps.find((a) => a.company === 'Stripe')!;
    expect(stripe).toMatchObject({
      followUp: null,
      notes: 'Referred by a TA\n\nFollow up: Interview scheduled for Jan 28 with Priya (2nd round)',
      postingUrl: 'https://stripe.com/jobs/listing/software-engineer-intern/6789012',
    });
    expect(apps.find((a) => a.company === 'Figma')!.followUp).toEqual({ on: '2026-01-26', note: '', done: false });
  });

  it('reads Excitement 1–10 onto 1–5 in pairs (9 and 10 as 5, 3 as 2)', async () => {
    const preview = await importText(csvFixture('teal-job-tracker.csv'));
    expect(preview.excitementScale).toBe(10);
    expect(preview.rows.map((r) => [r.application.company, r.application.excitement])).toEqual([
      ['Stripe', 5],
      ['Figma', 4],
      ['Datadog', 3],
      ['Jane Street', 5],
      ['Duolingo', 4],
      ['Ramp', 5],
      ['Notion', 4],
      ['Palantir', 3],
      ['Airbnb', 2],
      ['Cloudflare', 2],
    ]);
  });

  it('takes the scale a rating column names, even when no rating is above 5', async () => {
    const preview = await importText('Company,Job Title,Excitement 1–10\nA,Intern,2\nB,Intern,5\n');
    expect(preview.excitementScale).toBe(10);
    expect(preview.rows.map((r) => r.application.excitement)).toEqual([1, 3]);
  });
});

describe("a Teal export's Min. and Max. Salary", () => {
  it('reads an amount written with its period ("$45/hr") as the pay text reads it, and keeps one it cannot read in the notes', async () => {
    const preview = await importText(
      'Company,Job Position,Min. Salary,Max. Salary,Status\n' +
        'Figma,Software Engineer Intern,$45/hr,$55/hr,Interviewing\n' +
        'Notion,Software Engineer Intern,8000,9000,Applied\n' +
        'Ramp,SWE Intern,competitive,,Bookmarked\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.pay])).toEqual([
      ['Figma', { min: 45, max: 55, currency: 'USD', period: 'hour', raw: '' }],
      ['Notion', { min: 8000, max: 9000, currency: 'USD', period: null, raw: '' }],
      ['Ramp', null],
    ]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Min. Salary' does not say per hour, month or year; kept without a period",
      "Row 4: 'Min. Salary' is not an amount (got 'competitive'), so it was kept in the notes as 'Min. Salary: …'",
    ]);
    expect(preview.rows[2]!.application.notes).toBe('Min. Salary: competitive');
  });

  it('takes both ends of a range written in one of the two cells, and keeps a period it cannot read in the notes', async () => {
    const preview = await importText(
      'Company,Job Position,Min. Salary,Max. Salary,Pay period\n' +
        'Figma,Intern,$40–45/hr,,\n' +
        'Notion,Intern,,8000-9000,month\n' +
        'Ramp,Intern,$30,$35-38,hour\n' +
        'Brex,Intern,7000,,fortnightly\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.application.pay && [r.application.pay.min, r.application.pay.max])).toEqual([
      [40, 45],
      [8000, 9000],
      [30, 38],
      [7000, null],
    ]);
    expect(preview.rows[3]!.application).toMatchObject({ pay: { period: null }, notes: 'Pay period: fortnightly' });
    expect(preview.warnings).toEqual([
      "Row 5: 'Pay period' is not hour, week, month, year or total (got 'fortnightly'), so it was kept in the notes as 'Pay period: …'",
    ]);
  });
});

describe('columns of real exports', () => {
  it("recognises Huntr's export: title, companyName, listName as the stage, createdAt as saved", () => {
    expect(fieldsByHeader('huntr-export.csv')).toMatchObject({
      createdAt: 'dateSaved',
      title: 'role',
      location: 'locations',
      url: 'postingUrl',
      deadline: 'deadline',
      listName: 'stage',
      lastMovedAt: 'stageSince',
      companyName: 'company',
      id: null,
      boardName: null,
    });
  });

  it("imports Huntr's rows, its '-' read as empty, two postings of one role kept apart", async () => {
    const preview = await importText(csvFixture('huntr-export.csv'));
    expect(preview.errors).toEqual([]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.map((a) => [a.company, a.stageId, a.postingUrl])).toEqual([
      ['Wealthsimple', 'applied', 'https://jobs.lever.co/wealthsimple/3c2d1e0f-0000-4000-8000-000000000011'],
      ['Shopify', 'wishlist', ''],
      ['Faire', 'technical-interview', 'https://boards.greenhouse.io/faire/jobs/7654321'],
      ['Faire', 'rejected', 'https://boards.greenhouse.io/faire/jobs/7654399'],
    ]);
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([null, null, null, null]);
    // Its salary "-" is no pay, not a pay written "-".
    expect(apps.slice(0, 2).map((a) => a.pay)).toEqual([null, null]);
    expect(apps[0]!.deadlines).toMatchObject([{ kind: 'application' }]);
    // Saved when the card was made, in its list since it last moved: not at the import's moment.
    const history = (app: (typeof apps)[number]) => app.stageHistory.map((e) => [e.stageId, Date.parse(e.at)]);
    expect(history(apps[0]!)).toEqual([
      ['wishlist', new Date(2026, 0, 8, 18, 4, 12).getTime()],
      ['applied', new Date(2026, 0, 20, 16, 47, 21).getTime()],
    ]);
    expect(history(apps[3]!).at(-1)).toEqual(['rejected', new Date(2026, 1, 10, 8, 15).getTime()]);
  });

  it("recognises LinkedIn's Saved Jobs.csv, and two saved postings of one role are two applications", async () => {
    const { preset, mapping } = proposalFor('linkedin-saved-jobs.csv');
    expect([preset, mapping]).toEqual(['linkedin', ['dateSaved', 'postingUrl', 'role', 'company']]);
    const preview = await importText(csvFixture('linkedin-saved-jobs.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.stageId, r.duplicateOf])).toEqual([
      ['Snowflake', 'wishlist', null],
      ['Snowflake', 'wishlist', null],
      ['Mastercard', 'wishlist', null],
    ]);
    expect(preview.rows[0]!.application.stageHistory[0]!.at.slice(0, 10)).toBe('2026-01-14');
  });

  it('recognises a Simplify-style apply_url, and the same posting with tracking parameters is a duplicate', async () => {
    const { mapping } = proposalFor('simplify-style.csv');
    expect(mapping).toEqual([
      'company',
      'role',
      'locations',
      'postingUrl',
      'stage',
      'appliedAt',
      'term',
      'sponsorship',
      'notes',
    ]);
    const preview = await importText(csvFixture('simplify-style.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([null, { kind: 'row', rowNumber: 2 }, null]);
  });

  it('recognises other names exports give these columns', () => {
    const header = ['Company', 'Position', 'Saved Date', 'Applied On', 'Posting URL', 'Stage', 'Req ID', 'Job ID'];
    expect(proposeColumns({ header, rows: [] }, DEFAULT_PIPELINE).mapping).toEqual([
      'company',
      'role',
      'dateSaved',
      'appliedAt',
      'postingUrl',
      'stage',
      'notes',
      'notes',
    ]);
    for (const [name, field] of [
      ['Date Saved', 'dateSaved'],
      ['Date Applied', 'appliedAt'],
      ['Job URL', 'postingUrl'],
      ['Link', 'postingUrl'],
      ['apply_url', 'postingUrl'],
      ['List', 'stage'],
      ['List Name', 'stage'],
      ['Requisition ID', 'notes'],
      ['Date Submitted', 'appliedAt'],
      ['Contact Person', 'contactName'],
      ['Interview Date/Time', 'interviewDate'],
      ['interview_at', 'interviewDate'],
      ['Office', 'locations'],
      ['work_model', 'workMode'],
      ['Section/Column', 'stage'],
      ['Created time', 'dateSaved'],
      ['Outcome', 'notes'],
      ['Result', 'notes'],
    ] as const) {
      expect(proposeColumns({ header: ['Company', 'Role', name], rows: [] }, DEFAULT_PIPELINE).mapping[2]).toBe(field);
    }
    expect(proposeColumns({ header: ['Firm', 'Programme'], rows: [] }, DEFAULT_PIPELINE).mapping).toEqual([
      'company',
      'role',
    ]);
  });

  it('reads a row of Simplify\'s internship list whose company is "↳" as at the company above', async () => {
    const preview = await importText(
      'Company,Role,Location\nStripe,SWE Intern,Seattle\n↳,Data Science Intern,NYC\n↳,Design Intern,SF\nFigma,PM Intern,SF\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role])).toEqual([
      ['Stripe', 'SWE Intern'],
      ['Stripe', 'Data Science Intern'],
      ['Stripe', 'Design Intern'],
      ['Figma', 'PM Intern'],
    ]);
  });

  it("reads Simplify's marks: left out of the names, saying so, and 🛂 and 🇺🇸 as the sponsorship", async () => {
    const preview = await importText(
      'Company,Role\n🔥 Databricks,Software Engineering Intern\n↳,Data Science Intern 🛂\nBAE Systems,Software CO-OP 🇺🇸\nAcme,Intern 😀\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role, r.application.sponsorship])).toEqual([
      ['Databricks', 'Software Engineering Intern', 'unknown'],
      ['Databricks', 'Data Science Intern', 'does-not-offer'],
      ['BAE Systems', 'Software CO-OP', 'citizenship-required'],
      ['Acme', 'Intern 😀', 'unknown'],
    ]);
    expect(preview.notes).toEqual([
      // The "↳" row takes the company above as written, mark and all.
      "'Company': Simplify's marks (🔥 🛂 🇺🇸 🔒 🎓) were left out of the names; 🛂 and 🇺🇸 set the visa sponsorship (2 rows).",
      "'Role': Simplify's marks (🔥 🛂 🇺🇸 🔒 🎓) were left out of the names; 🛂 and 🇺🇸 set the visa sponsorship (2 rows).",
    ]);
  });

  it("reads SimplifyJobs' links among its closed postings' 🔒, which give no link, and keeps other text in the notes", async () => {
    const text = [
      'Company,Role,Location,Application,Age',
      'Stride,AI Engineer Intern,"Toronto, ON",https://jobs.example-ats.com/stride/job/100000?utm_source=Simplify,14d',
      'Leidos,Software Engineer Intern,"Bloomington, IN",🔒,20d',
      '↳,Software Engineer Intern,"Huntsville, AL",https://leidos.wd5.myworkdayjobs.com/R-00183722,20d',
      'Ramp,Software Engineer Intern,"New York, NY",https://jobs.ashbyhq.com/ramp/1a2b3c,3d',
      'Plaid,Data Science Intern,"San Francisco, CA",🔒,30d',
      'Notion,Software Engineer Intern,"New York, NY",applied via referral,1d',
      'Figma,Design Intern,"San Francisco, CA",https://boards.greenhouse.io/figma/jobs/5432101,2d',
    ].join('\n');
    const preview = await importText(text);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.postingUrl, r.duplicateOf])).toEqual([
      ['Stride', 'https://jobs.example-ats.com/stride/job/100000?utm_source=Simplify', null],
      ['Leidos', '', null],
      // Two postings of one role at Leidos stay two.
      ['Leidos', 'https://leidos.wd5.myworkdayjobs.com/R-00183722', null],
      ['Ramp', 'https://jobs.ashbyhq.com/ramp/1a2b3c', null],
      ['Plaid', '', null],
      ['Notion', '', null],
      ['Figma', 'https://boards.greenhouse.io/figma/jobs/5432101', null],
    ]);
    expect(preview.rows.map((r) => r.application.notes)).toEqual([
      '',
      '',
      '',
      '',
      '',
      'Application: applied via referral',
      '',
    ]);
    expect(preview.warnings).toEqual([
      "Row 7: 'Application' is not a web address starting with https:// (got 'applied via referral'), so it was kept in the notes as 'Application: …'",
    ]);
    expect(preview.notes).toContain(
      "'Application': Simplify's 🔒 marks a closed posting, which has no link here; the stage is as the other columns say (2 rows).",
    );
    // The list pasted again: each row, closed or not, is one already tracked.
    const again = await importText(text, { existing: preview.rows.map((r) => r.application) });
    expect(again.rows.map((r) => r.duplicateOf?.kind)).toEqual(Array(7).fill('existing'));
  });

  it('reads a work mode written with the place, as Simplify and LinkedIn write it, where no column gives one, and leaves it out of the place', async () => {
    const preview = await importText(
      'Company,Role,Location\nAcme,Intern,Seattle WA (Remote)\nBeta,Intern,"New York, NY - Hybrid"\nGamma,Intern,Remote in USA\nDelta,Intern,Chicago\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.workMode, r.application.locations])).toEqual([
      ['remote', ['Seattle WA']],
      ['hybrid', ['New York, NY']],
      ['remote', ['USA']],
      [null, ['Chicago']],
    ]);
    expect(preview.notes).toEqual([
      "'Location': the work mode written with the place was read as Remote, and left out of the place (2 rows).",
      "'Location': the work mode written with the place was read as Hybrid, and left out of the place (1 row).",
    ]);
    // A work mode column's answer stands, and the place is kept as written.
    const given = await importText('Company,Role,Location,Work mode\nAcme,Intern,Seattle WA (Remote),Hybrid\n');
    expect(given.rows[0]!.application).toMatchObject({ workMode: 'hybrid', locations: ['Seattle WA (Remote)'] });
    expect(given.notes).toEqual([]);
  });

  it("reads a career office sheet's Outcome beside its Status as how it ended, and keeps it in the notes", async () => {
    const preview = await importText(
      [
        'Organization,Position Title,Status,Outcome,Notes',
        'KPMG,Advisory Intern,Closed,Rejected after interview,Superday',
        'Stripe,SWE Intern,Closed,Withdrew,Took another offer',
        'EY,Consulting Intern,Final Round,,',
        'PwC,Tax Intern,Applied,Pending,',
      ].join('\n') + '\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.stageId])).toEqual([
      ['KPMG', 'rejected'],
      ['Stripe', 'withdrawn'],
      ['EY', 'final-round'],
      ['PwC', 'applied'],
    ]);
    expect(preview.rows[0]!.application.notes).toBe('Superday\n\nOutcome: Rejected after interview');
    // "Pending" is no outcome yet: the Status says where it stands, and the notes stay empty.
    expect(preview.rows[3]!.application.notes).toBe('');
    expect(preview.notes).toContain("'Outcome': how the application ended was read as its stage, Rejected (1 row).");
  });

  it('keeps a requisition number in the notes under its column name', async () => {
    const preview = await importText('Company,Role,Req ID\nAcme,Intern,R-10423\n');
    expect(preview.rows[0]!.application.notes).toBe('Req ID: R-10423');
  });
});

describe('a job tracker that writes dates day first (chanichuu/job_tracker_app, %d-%m-%Y)', () => {
  it('does not settle the order from early-month dates, says so with one of them, and reads them as chosen', async () => {
    const guessed = await importText(csvFixture('job-tracker-app-day-first.csv'));
    // Still asked; day first proposed, as month first would put 05-01-2026 (May 1) after the import's day.
    expect(guessed).toMatchObject({ dayFirst: true, unsettledDate: '05-01-2026' });
    const chosen = await importText(csvFixture('job-tracker-app-day-first.csv'), { dayFirst: true });
    expect(chosen.rows.map((r) => [r.application.company, r.application.appliedAt])).toEqual([
      ['google', '2026-01-05'],
      ['ibm', '2026-01-09'],
      ['sap', '2025-12-02'],
      ['spotify', '2025-11-11'],
      ['bosch', '2026-01-07'],
    ]);
  });
});

describe('a Google Sheets tracker with checkboxes and a start date', () => {
  it('reads "Date Applied" rather than the "Applied?" checkbox, and imports every row, the start date in the notes', async () => {
    const { mapping, notes } = proposalFor('google-sheets-checkboxes.csv');
    expect(mapping.slice(4, 8)).toEqual(['notes', 'appliedAt', 'deadline', 'notes']);
    expect(notes.map((note) => note.message.slice(0, 40))).toEqual([
      "'Applied?' does not hold dates (for exam",
      "'Start Date' has no end date column besi",
      "'Referral?' does not hold names of who r",
    ]);
    const preview = await importText(csvFixture('google-sheets-checkboxes.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.appliedAt])).toEqual([
      ['Google', '2026-01-10'],
      ['Two Sigma', '2026-01-12'],
      ['Jane Street', '2026-01-08'],
      ['Meta', '2025-12-20'],
      ['Palantir', null],
      ['Apple', '2025-11-15'],
    ]);
    expect(preview.rows[0]!.application.notes).toContain('Start Date: 6/1/2026');
  });
});

describe('an Airtable export', () => {
  it('reads a ticked "checked" box as no one’s name, and "Created" as the day the job was saved', async () => {
    const preview = await importText(csvFixture('airtable-export.csv'));
    expect(preview.errors).toEqual([]);
    const monzo = preview.rows[0]!.application;
    expect(monzo.referral).toBeNull();
    expect(monzo.stageHistory[0]).toMatchObject({
      stageId: 'wishlist',
      at: expect.stringMatching(/^2026-01-05T09:05/),
    });
  });
});

describe('the date a row reached its stage', () => {
  const file = [
    'Company,Role,Status,Applied,Status date',
    'Acme,Intern,Rejected,2026-01-05,2026-02-01',
    'Brio,Intern,Rejected,2026-01-05,2025-12-01',
    'Cato,Intern,Rejected,2026-01-05,2026-06-01',
    'Dax,Intern,Offer,,2026-02-10',
  ].join('\n');

  it('dates the current stage by it, after the history before it and never ahead of now', async () => {
    const preview = await importText(file);
    expect(preview.errors).toEqual([]);
    const noon = (month: number, day: number) => new Date(2026, month - 1, day, 12).getTime();
    expect(preview.rows.map((r) => r.application.stageHistory.map((e) => [e.stageId, Date.parse(e.at)]))).toEqual([
      [
        ['applied', noon(1, 5)],
        ['rejected', noon(2, 1)],
      ],
      // Before the applied date: no earlier than it.
      [
        ['applied', noon(1, 5)],
        ['rejected', noon(1, 5)],
      ],
      // Ahead of the import: the import's moment, as without the column.
      [
        ['applied', noon(1, 5)],
        ['rejected', IMPORT_NOW.getTime()],
      ],
      [['offer', noon(2, 10)]],
    ]);
  });
});

describe("Huntr's job list export", () => {
  it('reads its posting links, first interview and offer dates, and leaves no column with data behind', async () => {
    expect(fieldsByHeader('huntr-job-list.csv')).toMatchObject({
      'Job Post URL': 'postingUrl',
      'Date of First Interview': 'interviewDate',
      'Date of Offer': 'offeredOn',
      List: 'stage',
      'Date Added': 'dateSaved',
      'Date Applied': 'appliedAt',
    });
    const preview = await importText(csvFixture('huntr-job-list.csv'));
    expect(preview.errors).toEqual([]);
    const apps = preview.rows.map((r) => r.application);
    expect(
      apps.map((a) => [a.company, a.postingUrl, a.events.map((e) => e.start), a.offer?.offeredOn ?? null]),
    ).toEqual([
      ['Palantir', 'https://jobs.lever.co/palantir/abc', ['2026-11-15'], null],
      ['Apple', 'https://jobs.apple.com/x', ['2026-10-01'], '2026-11-20'],
      ['OpenAI', 'https://openai.com/careers/y', [], null],
    ]);
    expect(preview.ignoredColumns).toEqual([]);
  });
});

describe('a Trello board exported as CSV', () => {
  it('reads each card name as company and role, the list as the stage, the description as notes', async () => {
    expect(fieldsByHeader('trello-board.csv')).toMatchObject({
      'Card Name': 'companyAndRole',
      'Card Description': 'notes',
      Labels: 'tags',
      'Due Date': 'deadline',
      'List Name': 'stage',
      'Last Activity Date': 'stageSince',
      'Start Date': 'notes',
      'Due Complete': 'deadlineDone',
      'Card URL': null,
    });
    const preview = await importText(csvFixture('trello-board.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role, r.application.stageId])).toEqual([
      ['Stripe', 'Software Engineering Intern', 'technical-interview'],
      ['Figma', 'Product Design Intern', 'applied'],
      ['Datadog', 'SWE Intern', 'wishlist'],
      ['Meta', 'Software Engineer Intern', 'rejected'],
    ]);
    const stripe = preview.rows[0]!.application;
    expect(stripe.tags).toEqual(['Summer 2026', 'Referral']);
    expect(stripe.notes).toContain('Card Description: Pay: $55/hr');
    expect(stripe.deadlines[0]).toMatchObject({ kind: 'application', at: '2026-02-01T17:00:00.000Z' });
    // "Due Complete": Stripe's deadline is ticked done, Datadog's is not.
    expect(preview.rows.map((r) => r.application.deadlines.map((d) => d.done))).toEqual([[true], [], [false], []]);
    // Left on Ignore, and said to be: ids, counts and the board's name, the same on every card, are not.
    expect(preview.ignoredColumns).toEqual(['Card URL']);
  });

  it('says which columns with data stay on Ignore: its card links and attachment links', async () => {
    const preview = await importText(csvFixture('trello-board-attachments.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.ignoredColumns).toEqual(['Card URL', 'Attachment Links']);
  });

  it('imports a card named by its company alone with the role Internship to fill in, and says so by line', async () => {
    const preview = await importText(
      'Card Name,List Name\nStripe - SWE Intern,Applied\nMeta,Offer\nGoogle STEP,Wishlist\nRamp: Data Intern,Applied\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role, r.application.stageId])).toEqual([
      ['Stripe', 'SWE Intern', 'applied'],
      ['Meta', 'Internship', 'offer'],
      ['Google STEP', 'Internship', 'wishlist'],
      ['Ramp', 'Data Intern', 'applied'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Card Name' names a company but no role (got 'Meta'); imported with the role 'Internship': fill in the role. Not compared with other rows as a duplicate, as the company alone does not say which application it is; one you track at that company with the role 'Internship' (as an earlier import gives it) is this one",
      "Row 4: 'Card Name' names a company but no role (got 'Google STEP'); imported with the role 'Internship': fill in the role. Not compared with other rows as a duplicate, as the company alone does not say which application it is; one you track at that company with the role 'Internship' (as an earlier import gives it) is this one",
    ]);
  });

  it('refuses, naming the line, a card whose name holds a role but no company', async () => {
    const preview = await importText(
      'Card Name,List Name\nStripe - SWE Intern,Applied\nSoftware Engineering Intern,Applied\n',
    );
    expect(preview.rows.map((r) => r.application.company)).toEqual(['Stripe']);
    expect(preview.errors).toEqual([
      "Row 3: 'Card Name' names a role but no company: write both, like 'Stripe - Software Engineering Intern' (got 'Software Engineering Intern')",
    ]);
  });
});

describe('a ClickUp workspace export', () => {
  it("reads each task's content as notes, its name as the role beside the Company field", async () => {
    const preview = await importText(
      [
        'Task ID,Task Name,Task Content,Status,Date Created,Company (short text),Job Link (url)',
        '86b1,SWE Intern,"Referral from Maya (ex-TA).\nResume v4 sent.",applied,1767225600000,Stripe,https://stripe.com/jobs/1',
        '86b2,Quant Intern,,to apply,1767225600000,Citadel,',
      ].join('\n') + '\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.ignoredColumns).toEqual([]);
    expect(preview.rows[0]!.application).toMatchObject({
      company: 'Stripe',
      role: 'SWE Intern',
      notes: 'Task Content: Referral from Maya (ex-TA).\nResume v4 sent.',
    });
  });

  it('reads its tags, written as a list in brackets, without the brackets', async () => {
    const preview = await importText(
      'Task Name,Tags,Company (short text)\nSWE Intern,"[summer 2027,fintech]",Stripe\nQuant Intern,[quant],Citadel\n',
    );
    expect(preview.rows.map((r) => r.application.tags)).toEqual([['summer 2027', 'fintech'], ['quant']]);
  });

  it.each(['Task description', 'Content', 'Issue description', 'Item description'])("reads '%s' as notes", (header) => {
    expect(proposeMapping(['Company', 'Role', header]).mapping[2]).toBe('notes');
  });
});

describe('a Jira board exported as CSV (all fields)', () => {
  const jira =
    [
      'Summary,Issue key,Status,Resolution,Created,Description,Custom field (Company),Custom field (Salary)',
      'SWE Intern,JOB-1,Applied,,14/Sep/26 10:05 AM,Applied via careers site.,Stripe,$55/hr',
      'PM Intern,JOB-3,Done,Rejected,20/Sep/26 9:00 AM,,Figma,',
      'SWE Intern,JOB-4,Done,Offer accepted,21/Sep/26 9:00 AM,Accepted!!,Two Sigma,',
      "SWE Intern,JOB-6,Done,Won't Do,22/Sep/26 9:00 AM,Withdrew - location,Ramp,",
    ].join('\n') + '\n';

  it('reads the summary as the role beside the Company custom field', () => {
    const read = readCsvText(jira);
    if (!read.ok) throw new Error(read.error);
    const { mapping } = proposeColumns(read.table, DEFAULT_PIPELINE);
    expect(Object.fromEntries(read.table.header.map((h, i) => [h, mapping[i]]))).toMatchObject({
      Summary: 'role',
      'Custom field (Company)': 'company',
      'Custom field (Salary)': 'pay',
      Resolution: 'notes',
    });
  });

  it("reads a done card's Resolution as how it ended: rejected, accepted, and won't do as withdrawn", async () => {
    const preview = await importText(jira);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role, r.application.stageId])).toEqual([
      ['Stripe', 'SWE Intern', 'applied'],
      ['Figma', 'PM Intern', 'rejected'],
      ['Two Sigma', 'SWE Intern', 'accepted'],
      ['Ramp', 'SWE Intern', 'withdrawn'],
    ]);
    expect(preview.rows[1]!.application.notes).toContain('Resolution: Rejected');
  });

  it('reads a Done card without a resolution as ended, keeping the status in the notes, and a Done resolution as no more than its status', async () => {
    const preview = await importText(
      [
        'Summary,Status,Resolution,Custom field (Company),Custom field (Applied date)',
        'SWE Intern,Done,,Ramp,2026-01-10',
        'SWE Intern,Offer,Done,Jane Street,2026-01-10',
        'SWE Intern,To Do,,Citadel,',
      ].join('\n') + '\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.stageId])).toEqual([
      ['Ramp', 'rejected'],
      ['Jane Street', 'offer'],
      ['Citadel', 'wishlist'],
    ]);
    expect(preview.rows[0]!.application.notes).toBe('Status: Done');
    expect(preview.notes).toContain(
      "'Status': your pipeline has no stage 'Done', so it was read as Closed and imported as Rejected; the whole status was kept in the notes as 'Status: …' (1 row).",
    );
  });
});

describe('a row that names its company but no role', () => {
  it("is imported with its kind of job as the role, to fill in, from a sheet's empty Role cell too", async () => {
    const preview = await importText(
      'Company,Role,Type,Status\nShopify,,Co-op,Applied\nRamp,,,Applied\n,Data Intern,,Applied\n',
    );
    expect(preview.rows.map((r) => [r.application.company, r.application.role])).toEqual([
      ['Shopify', 'Co-op'],
      ['Ramp', 'Internship'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Role' is empty; imported with the role 'Co-op': fill in the role. Not compared with other rows as a duplicate, as the company alone does not say which application it is; one you track at that company with the role 'Co-op' (as an earlier import gives it) is this one",
      "Row 3: 'Role' is empty; imported with the role 'Internship': fill in the role. Not compared with other rows as a duplicate, as the company alone does not say which application it is; one you track at that company with the role 'Internship' (as an earlier import gives it) is this one",
    ]);
    expect(preview.errors).toEqual(["Row 4: 'Company': Company is required"]);
  });

  it('is not taken as a duplicate of another card of that company, nor of an application there with a role', async () => {
    const tracked = aPinterestApplication({ company: 'Meta', role: 'Software Engineer Intern', term: EMPTY_TERM });
    // Every card name a company alone: the student chose Card Name as the company.
    const preview = await importText('Card Name,List Name\nMeta,Offer\nMeta,Wishlist\n', {
      mapping: ['company', 'stage'],
      existing: [tracked],
    });
    expect(preview.rows.map((r) => [r.application.role, r.duplicateOf])).toEqual([
      ['Internship', null],
      ['Internship', null],
    ]);
  });

  it('is a duplicate of the application an earlier import of it gave, so importing the file again adds none', async () => {
    const text = 'Company,Role,Status\nStripe,,Applied\nMeta,,Wishlist\n';
    const first = await importText(text);
    const again = await importText(text, { existing: first.rows.map((r) => r.application) });
    expect(again.rows.map((r) => [r.application.company, r.duplicateOf])).toEqual([
      ['Stripe', { kind: 'existing', id: first.rows[0]!.application.id }],
      ['Meta', { kind: 'existing', id: first.rows[1]!.application.id }],
    ]);
  });
});

describe('a sheet kept by hand', () => {
  // The import is on March 1, 2026 (importHelpers.ts).
  it('counts a deadline already past on a row already sent as its deadline to apply, met, and says so', async () => {
    const preview = await importText(
      'Company,Position,Status,Deadline\nCapital One,SWE Intern,Offer,2026-01-08\nJane Street,Trader Intern,Applied,2026-02-09\nCitadel,Quant Intern,Not applied yet,2026-02-10\nTwo Sigma,Intern,Rejected,2026-02-11\n',
    );
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map((r) => [r.application.phase, r.application.deadlines.map((d) => `${d.kind} ${d.done}`)]),
    ).toEqual([
      ['offer', ['application true']],
      ['applied', ['application true']],
      ['saved', ['application false']],
      ['closed', ['application false']],
    ]);
    expect(preview.notes).toContain(
      "'Deadline': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (2 rows).",
    );
  });

  it('reads a deadline still ahead on an offer as the deadline to answer it, and on a row applied or in interviews as the deadline to apply, met', async () => {
    // tester31: nine rows already applied kept their Deadline open, ~27 reminders to apply.
    const preview = await importText(
      'Company,Position,Status,Deadline\nJump,Quant Intern,Offer,2026-03-20\nJane Street,Trader Intern,Online assessment,2026-03-09\nDatadog,SWE Intern,Applied,2026-03-01\nCitadel,Quant Intern,Not applied yet,2026-03-10\n',
    );
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map((r) => r.application.deadlines.map((d) => `${d.kind} '${d.label}' ${d.at} ${d.done}`)),
    ).toEqual([
      ["offer-response '' 2026-03-20 false"],
      ["application '' 2026-03-09 true"],
      ["application '' 2026-03-01 true"],
      ["application '' 2026-03-10 false"],
    ]);
    expect(preview.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (4 rows).",
      "'Status': 'Not applied yet' was read as Wishlist (1 row).",
      "'Deadline': a date still ahead on a row at the offer stage was read as the deadline to answer the offer (1 row).",
      "'Deadline': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (2 rows).",
    ]);
  });

  it('reads a date still ahead under a column named for the deadline to apply, in any language, as met on a row past applying', async () => {
    // tester27: 'Bewerbungsfrist' on rows already applied gave an open deadline 'Bewerbungsfrist'
    // with three reminders. The import is on March 1, 2026.
    for (const name of [
      'Application Deadline',
      'Application deadline (CET)',
      'Bewerbungsfrist',
      'Date limite de candidature',
      'Fecha límite de postulación',
      'Sollicitatiedeadline',
    ]) {
      const preview = await importText(
        `Company,Position,Status,${name}\nJump,Quant Intern,Offer,2026-03-20\nRoche,Data Intern,Applied,2026-03-15\nSAP,UX Intern,Not applied yet,2026-03-10\n`,
      );
      expect(preview.errors).toEqual([]);
      expect(
        preview.rows.map((r) => r.application.deadlines.map((d) => `${d.kind} '${d.label}' ${d.at} ${d.done}`)),
      ).toEqual([
        ["application '' 2026-03-20 true"],
        ["application '' 2026-03-15 true"],
        ["application '' 2026-03-10 false"],
      ]);
      expect(preview.notes).toEqual([
        "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (3 rows).",
        "'Status': 'Not applied yet' was read as Wishlist (1 row).",
        `'${name}': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (2 rows).`,
      ]);
    }
    // Under a name any deadline goes by, too, as the column was mapped to the deadline to apply.
    for (const name of ['Due Date', 'Frist', 'Closing date']) {
      const preview = await importText(`Company,Position,Status,${name}\nRoche,Data Intern,Applied,2026-03-15\n`);
      expect(preview.rows[0]!.application.deadlines.map((d) => [d.kind, d.label, d.done])).toEqual([
        ['application', '', true],
      ]);
    }
  });

  it('reads dates written without their year in the year nearest the import, an applied date never ahead of it', async () => {
    // The import is on March 1, 2026 (importHelpers.ts).
    const preview = await importText(
      'Company,Role,Date Applied,Deadline,Interview\n' +
        'Stripe,SWE Intern,Nov 2,Mar 15,Mar 4\n' +
        'Figma,Design Intern,Feb 27,2026-04-01,\n' +
        'Ramp,Data Intern,Apr 3,,\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.map((a) => a.appliedAt)).toEqual(['2025-11-02', '2026-02-27', '2025-04-03']);
    expect(apps[0]!.deadlines.map((d) => d.at)).toEqual(['2026-03-15']);
    expect(apps[0]!.events.map((e) => e.start)).toEqual(['2026-03-04']);
    expect(preview.notes).toEqual([
      "'Date Applied': dates without a year were read in the year that puts them last before today (3 rows).",
      "'Deadline': dates without a year were read in the year that puts them nearest today (1 row).",
      "'Deadline': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (2 rows).",
      "'Interview': dates without a year were read in the year that puts them nearest today (1 row).",
    ]);
  });
});

describe('a status that says more than its stage', () => {
  it('keeps the whole status in the notes, a date or a note written with the stage word, and says so', async () => {
    const preview = await importText(
      'Company,Role,Status,Date Applied\nA,Intern,Applied 10/5,\nB,Intern,Rejected (auto),2026-01-10\nC,Intern,Interview w/ Sarah,2026-01-12\nD,Intern,✅ Applied,2026-01-14\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.stageId, r.application.appliedAt, r.application.notes])).toEqual([
      ['applied', null, 'Status: Applied 10/5'],
      ['rejected', '2026-01-10', 'Status: Rejected (auto)'],
      ['technical-interview', '2026-01-12', 'Status: Interview w/ Sarah'],
      ['applied', '2026-01-14', ''],
    ]);
    expect(preview.notes).toEqual([
      "'Status': your pipeline has no stage 'Applied 10/5', so it was read as Applied and imported as Applied; the whole status was kept in the notes as 'Status: …' (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (3 rows).",
      "'Status': your pipeline has no stage 'Rejected (auto)', so it was read as Closed and imported as Rejected; the whole status was kept in the notes as 'Status: …' (1 row).",
      "'Status': your pipeline has no stage 'Interview w/ Sarah', so it was read as In process and imported as Technical interview; the whole status was kept in the notes as 'Status: …' (1 row).",
    ]);
  });

  it('reads a status with a question mark as a guess, says so and keeps the status in the notes', async () => {
    // tester26's sheet: "applied?" was read as Applied without a word, the "?" lost.
    const preview = await importText(
      'Company,Role,Status\nDyson,Software Intern,applied?\nArm,Intern,Interview ?\nSky,Intern,Applied\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['applied', 'Status: applied?'],
      ['technical-interview', 'Status: Interview ?'],
      ['applied', ''],
    ]);
    expect(preview.notes).toEqual([
      "'Status': 'applied?' has a question mark, so it was imported as Applied, a guess; the whole status was kept in the notes as 'Status: …' (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (3 rows).",
      "'Status': 'Interview ?' has a question mark, so it was imported as Technical interview, a guess; the whole status was kept in the notes as 'Status: …' (1 row).",
    ]);
  });
});

describe('a career office sheet', () => {
  it("reads an address in its Contact column as the contact's email, not as a name", async () => {
    const preview = await importText(
      'Company,Role,Contact\nArup,Engineering Intern,careers@arup.com\nAtkins,Intern,Sam Lee\n',
    );
    expect(preview.rows.map((r) => r.application.contacts.map((c) => [c.name, c.email]))).toEqual([
      [['', 'careers@arup.com']],
      [['Sam Lee', '']],
    ]);
  });

  it("takes the address, the phone and the role in brackets out of a contact's name", async () => {
    const preview = await importText(
      'Company,Role,Contact\n' +
        'Stripe,SWE Intern,Priya Shah (recruiter) priya@stripe.com\n' +
        'Figma,Design Intern,Sam Lee <sam.lee@figma.com>\n' +
        'Ramp,Data Intern,"Chris Wu, +1 (415) 555-0100"\n' +
        'Arup,Intern,careers@arup.com (Campus team)\n',
    );
    expect(preview.warnings).toEqual([]);
    expect(
      preview.rows.map((r) => r.application.contacts.map(({ name, role, email, phone }) => [name, role, email, phone])),
    ).toEqual([
      [['Priya Shah', 'recruiter', 'priya@stripe.com', '']],
      [['Sam Lee', '', 'sam.lee@figma.com', '']],
      [['Chris Wu', '', '', '+1 (415) 555-0100']],
      [['Campus team', '', 'careers@arup.com', '']],
    ]);
  });

  it("keeps an email column's address, and the name cell's other one in the contact's notes", async () => {
    const preview = await importText(
      'Company,Role,Contact,Contact email\nStripe,SWE Intern,Priya Shah priya@stripe.com,p.shah@stripe.com\n',
    );
    expect(preview.rows[0]!.application.contacts).toMatchObject([
      { name: 'Priya Shah', email: 'p.shah@stripe.com', notes: 'Also priya@stripe.com' },
    ]);
  });

  it("reads a Contact title column as the contact's role, before a role written with the name", async () => {
    const preview = await importText(
      'Company,Role,Contact name,Contact title,Contact email\n' +
        'Stripe,SWE Intern,Priya Shah,University Recruiter,priya@stripe.com\n' +
        'Figma,Design Intern,Sam Lee (recruiter),Design Manager,\n' +
        'Ramp,Data Intern,,Campus team,campus@ramp.com\n',
    );
    expect(preview.ignoredColumns).toEqual([]);
    expect(preview.rows.map((r) => r.application.contacts.map(({ name, role, email }) => [name, role, email]))).toEqual(
      [
        [['Priya Shah', 'University Recruiter', 'priya@stripe.com']],
        [['Sam Lee', 'Design Manager', '']],
        [['', 'Campus team', 'campus@ramp.com']],
      ],
    );
  });

  it('keeps a Contact cell that is a sentence, not a person, in the notes with a warning', async () => {
    const preview = await importText(
      'Company,Role,Contact\n' +
        'Discord,SWE Intern,"career fair - talked to ""Mike"""\n' +
        'Palantir,SWE Intern,emailed recruiter through portal\n' +
        'Shopify,Dev Intern,Met the team at the booth (info session) hr@shopify.com\n',
    );
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map((r) => [r.application.contacts.map((c) => [c.name, c.email]), r.application.notes]),
    ).toEqual([
      [[], 'Contact: career fair - talked to "Mike"'],
      [[], 'Contact: emailed recruiter through portal'],
      // The address stands: it is whom to write to.
      [[['', 'hr@shopify.com']], 'Contact: Met the team at the booth (info session) hr@shopify.com'],
    ]);
    expect(preview.warnings).toEqual([
      `Row 2: 'Contact' does not read as a person's name (got 'career fair - talked to "Mike"'), so it was kept in the notes as 'Contact: …'`,
      "Row 3: 'Contact' does not read as a person's name (got 'emailed recruiter through portal'), so it was kept in the notes as 'Contact: …'",
      "Row 4: 'Contact' does not read as a person's name (got 'Met the team at the booth (info session) hr@shopify.com'), so it was kept in the notes as 'Contact: …'",
    ]);
  });

  it('keeps as names those written in lower case, with particles, or in other scripts', async () => {
    const names = [
      'priya shah',
      'Ludwig van der Berg',
      'María José de la Cruz',
      'Abdullah bin Rashid al Saud',
      '王小明',
      '田中 太郎',
      'محمد علي',
      'Иван Петров',
      "Siobhán O'Brien-Kelly",
      'Will May',
    ];
    const preview = await importText(
      `Company,Role,Contact\n${names.map((name, i) => `C${i},Intern,${name}\n`).join('')}`,
    );
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.application.contacts.map((c) => c.name))).toEqual(names.map((name) => [name]));
  });

  it('reads a name written with the job, before or after it', async () => {
    const cells = [
      ['Priya Shah - recruiter', 'Priya Shah', 'recruiter'],
      ['Alex – recruiter at Stripe', 'Alex', 'recruiter at Stripe'],
      ['Recruiter: Jane Doe', 'Jane Doe', 'Recruiter'],
      ['Hiring manager: Tom', 'Tom', 'Hiring manager'],
      ['Sam Lee, Recruiter', 'Sam Lee', 'Recruiter'],
      ['Ms. Li - recruiter', 'Ms. Li', 'recruiter'],
      ['A. J. Styles', 'A. J. Styles', ''],
      ['Mark Head', 'Mark Head', ''],
      // Whom to talk to, as "careers@arup.com (Campus team)" is.
      ['HR team', 'HR team', ''],
    ];
    const preview = await importText(
      `Company,Role,Contact\n${cells.map(([cell], i) => `C${i},Intern,"${cell}"\n`).join('')}`,
    );
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.application.contacts.map((c) => [c.name, c.role]))).toEqual(
      cells.map(([, name, role]) => [[name, role]]),
    );
  });

  it('gives no contact for a cell that names nobody: a dash, N/A, none, TBD', async () => {
    const preview = await importText(
      'Company,Role,Contact,Referred by\nA,x,-,TBD\nB,x,—,none\nC,x,n/a,-\nD,x,N/A,\nE,x,none,\nF,x,TBD,\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.contacts, r.application.referral])).toEqual(
      Array.from({ length: 6 }, () => [[], null]),
    );
  });
});

describe('a tracker without a type column', () => {
  it("takes the kind of job its role names, and the editor's default where it names none", async () => {
    const preview = await importText(
      'Company,Role\n' +
        'Siemens,Werkstudent Data Engineering\n' +
        'Zalando,Working Student Backend Engineering\n' +
        'Shopify,Software Engineer (Co-op)\n' +
        'Monzo,Part-time Customer Analyst\n' +
        'Google,Full-time Software Engineer\n' +
        'Stripe,Software Engineer\n' +
        'Orange,Alternance Dev\n',
    );
    expect(preview.rows.map((r) => r.application.employmentType)).toEqual([
      'part-time',
      'part-time',
      'co-op',
      'part-time',
      'full-time',
      'internship',
      'co-op',
    ]);
  });

  it('reads a type column of Werkstudent and Alternance as part-time and co-op, not internships', async () => {
    const preview = await importText(
      'Company,Role,Type\nSiemens,Data,Werkstudent\nOrange,Dev,Alternance\nSAP,Dev,Working student\n',
    );
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.application.employmentType)).toEqual(['part-time', 'co-op', 'part-time']);
  });
});

describe('a Notion database exported as CSV', () => {
  it('takes its title column "Name" as the company beside a "Position" column, and leaves unticked boxes out of the notes', async () => {
    const preview = await importText(csvFixture('notion-job-tracker.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role])).toEqual([
      ['Stripe', 'Software Engineering Intern'],
      ['Figma', 'Product Design Intern'],
      ['Jane Street', 'Software Engineer Intern'],
      ['Monzo', 'Backend Engineering Intern'],
      ['Datadog', 'Software Engineer Intern - Summer 2026'],
      ['Ramp', 'Software Engineer Intern'],
    ]);
    const referrals = preview.rows.map((r) => [r.application.company, r.application.notes.includes('Referral: Yes')]);
    expect(referrals.filter(([, yes]) => yes).map(([company]) => company)).toEqual(['Stripe', 'Ramp']);
    expect(preview.rows.some((r) => r.application.notes.includes('Referral: No'))).toBe(false);
  });

  it('reads its date ranges ("A → B"): an interview within a day with its length, one over days with its last day', async () => {
    const preview = await importText(csvFixture('notion-job-tracker.csv'));
    expect(preview.warnings.filter((w) => w.includes("'Interview'"))).toEqual([]);
    const interviews = Object.fromEntries(
      preview.rows.map((r) => [
        r.application.company,
        r.application.events.map((e) => [e.start.slice(0, 16), e.durationMinutes, e.notes]),
      ]),
    );
    expect(interviews['Figma']).toEqual([['2026-01-28T10:00', 45, '']]);
    expect(interviews['Jane Street']).toEqual([['2026-01-20', null, 'Until 2026-01-22']]);
    expect(preview.rows.find((r) => r.application.company === 'Jane Street')!.application.notes).not.toContain(
      'Interview',
    );
  });

  it('reads a date with its zone ("December 9, 2026 2:00 PM (EST)") at that moment, not into the notes', async () => {
    const preview = await importText(
      'Name,Position,Deadline,Interview\n' +
        'Stripe,SWE Intern,"December 9, 2026 11:59 PM (PST)","December 2, 2026 2:00 PM (EST) → 3:00 PM"\n',
    );
    expect(preview.warnings).toEqual([]);
    const app = preview.rows[0]!.application;
    expect(app.deadlines.map((d) => Date.parse(d.at))).toEqual([Date.parse('2026-12-10T07:59:00Z')]);
    expect(app.events.map((e) => [Date.parse(e.start), e.durationMinutes])).toEqual([
      [Date.parse('2026-12-02T19:00:00Z'), 60],
    ]);
    expect(app.notes).toBe('');
  });

  it('reads a work mode among its multi-select tags where no column gives one, and keeps the tag', async () => {
    const preview = await importText(
      'Name,Position,Tags,Location\n' +
        'Helsing,ML Intern,"Summer, Remote",Munich\n' +
        'Zalando,Data Intern,"Hybrid, Berlin",Berlin\n' +
        'N26,Backend Intern,"Remote, On-site",Berlin\n' +
        'SAP,Intern,Summer,Walldorf\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.workMode, r.application.tags])).toEqual([
      ['Helsing', 'remote', ['Summer', 'Remote']],
      ['Zalando', 'hybrid', ['Hybrid', 'Berlin']],
      // Two modes among the tags settle none.
      ['N26', null, ['Remote', 'On-site']],
      ['SAP', null, ['Summer']],
    ]);
    expect(preview.notes).toContain(
      "'Tags': a tag naming the work mode was read as that mode, and kept as a tag (2 rows).",
    );
  });

  it('reads an "Interview dates" column listing several, one per line or between semicolons', async () => {
    const preview = await importText(
      'Company,Role,Interview dates\n' +
        'Stripe,SWE Intern,"March 3, 2026; March 10, 2026 2:00 PM"\n' +
        'Ramp,SWE Intern,"2026-04-01\n2026-04-08 → 2026-04-09"\n' +
        'Figma,Design Intern,2026-04-02\n' +
        'Notion,PM Intern,2026-04-02; soon\n' +
        'Plaid,SWE Intern,2026-04-02; 2026-02-30\n' +
        'Brex,SWE Intern,31/04/2026\n',
    );
    expect(preview.errors).toEqual([]);
    const interviews = Object.fromEntries(
      preview.rows.map((r) => [
        r.application.company,
        r.application.events.map((e) => [e.start.slice(0, 16), e.notes]),
      ]),
    );
    expect(interviews).toEqual({
      Stripe: [
        ['2026-03-03', ''],
        ['2026-03-10T14:00', ''],
      ],
      Ramp: [
        ['2026-04-01', ''],
        ['2026-04-08', 'Until 2026-04-09'],
      ],
      Figma: [['2026-04-02', '']],
      Notion: [],
      Plaid: [],
      Brex: [],
    });
    expect(preview.warnings).toEqual([
      "Row 5: 'Interview dates' has a part, 'soon', that is not a date (got '2026-04-02; soon'), so it was kept in the notes as 'Interview dates: …'",
      "Row 6: 'Interview dates' has a part, '2026-02-30', that has no such day: February 2026 has 28 days (got '2026-04-02; 2026-02-30'), so it was kept in the notes as 'Interview dates: …'",
      "Row 7: 'Interview dates' has no such day: April 2026 has 30 days (got '31/04/2026'), so it was kept in the notes as 'Interview dates: …'",
    ]);
  });

  it('reads a range in a start date column alone as the cohort, and a deadline range as due on its last day', async () => {
    const preview = await importText(
      'Name,Position,Start date,Deadline\n' +
        'Stripe,SWE Intern,"May 18, 2026 → August 7, 2026","February 1, 2026 → February 15, 2026"\n',
    );
    expect(preview.errors).toEqual([]);
    const [stripe] = preview.rows.map((r) => r.application);
    expect(stripe!.cohorts.map((c) => [c.start, c.end])).toEqual([['2026-05-18', '2026-08-07']]);
    expect(stripe!.chosenCohortId).toBe(stripe!.cohorts[0]!.id);
    expect(stripe!.deadlines.map((d) => d.at)).toEqual(['2026-02-15']);
  });

  it('reads a column of ranges with a one-day range among them as the cohorts, that one a cohort of a day', async () => {
    const preview = await importText(
      'Company,Role,Status,Internship dates\n' +
        'Stripe,SWE Intern,Wishlist,"June 1, 2027 → June 1, 2027"\n' +
        'Figma,Design Intern,Wishlist,"June 7, 2027 → August 20, 2027"\n' +
        'Ramp,SWE Intern,Wishlist,"June 14, 2027 → August 27, 2027"\n',
    );
    expect([preview.errors, preview.warnings, preview.ignoredColumns]).toEqual([[], [], []]);
    expect(preview.rows.map((r) => r.application.cohorts.map((c) => [c.start, c.end]))).toEqual([
      [['2027-06-01', '2027-06-01']],
      [['2027-06-07', '2027-08-20']],
      [['2027-06-14', '2027-08-27']],
    ]);
  });

  it('reads a column mapped to cohorts holding its ranges ("June 14, 2027 → August 20, 2027"), and keeps one it cannot read in the notes', async () => {
    const preview = await importText(
      'Name,Company,Status,Cohort\n' +
        'Software Engineering Intern,Monzo,Applied,"June 14, 2027 → August 20, 2027"\n' +
        'Quant Research Intern,Jane Street,Interviewing,"June 7, 2027 → August 13, 2027\nJuly 5, 2027 → September 10, 2027"\n' +
        'SWE Intern,Google,Applied,"June 1, 2027 → August 20, 2027\nsometime in the fall"\n',
      { mapping: ['role', 'company', 'stage', 'cohorts'] },
    );
    expect(preview.errors).toEqual([]);
    const cohorts = preview.rows.map((r) => [
      r.application.company,
      r.application.cohorts.map((c) => [c.start, c.end]),
    ]);
    expect(cohorts).toEqual([
      ['Monzo', [['2027-06-14', '2027-08-20']]],
      [
        'Jane Street',
        [
          ['2027-06-07', '2027-08-13'],
          ['2027-07-05', '2027-09-10'],
        ],
      ],
      ['Google', []],
    ]);
    expect(preview.warnings).toEqual([
      "Row 4: 'Cohort' has a line, 'sometime in the fall', that is not a cohort like '2026-05-18 to 2026-08-07 (May cohort)' or 'May 18, 2026 → August 7, 2026' (got 'June 1, 2027 → August 20, 2027 sometime in the fall'), so it was kept in the notes as 'Cohort: …'",
    ]);
    expect(preview.rows[2]!.application.notes).toBe('Cohort: June 1, 2027 → August 20, 2027\nsometime in the fall');
  });

  it('reads a "Remote?" checkbox column as the work mode: yes is remote, no leaves it unset', async () => {
    const preview = await importText('Name,Position,Remote?\nStripe,SWE Intern,Yes\nFigma,Design Intern,No\n');
    expect(preview.rows.map((r) => [r.application.company, r.application.workMode])).toEqual([
      ['Stripe', 'remote'],
      ['Figma', null],
    ]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.application.notes)).toEqual(['', '']);
  });

  it("reads a relation by its pages' titles, without their addresses: one company, several contacts", async () => {
    const page = (title: string) => `${title} (https://www.notion.so/${title.replace(' ', '-')}-3f1c2b7a9d8e?pvs=21)`;
    const preview = await importText(
      `Position,Company,Contacts\nSWE Intern,${page('Stripe')},"${page('Sam Lee')}, ${page('Jordan Kim')}"\n`,
    );
    expect(preview.errors).toEqual([]);
    const [stripe] = preview.rows.map((r) => r.application);
    expect(stripe!.company).toBe('Stripe');
    expect(stripe!.contacts.map((c) => c.name)).toEqual(['Sam Lee', 'Jordan Kim']);
  });

  it('takes a title column as the role beside a company column', () => {
    const { mapping } = proposeColumns(
      { header: ['Name', 'Company'], rows: [{ rowNumber: 2, cells: ['SWE Intern', 'Stripe'], problem: null }] },
      DEFAULT_PIPELINE,
    );
    expect(mapping).toEqual(['role', 'company']);
  });
});

describe('a tracker kept in German', () => {
  it('reads its column names and statuses, and its notes column as the notes', async () => {
    const preview = await importText(
      'Firma;Stelle;Status;Beworben am;Bewerbungsfrist;Vergütung;Ort;Notizen\n' +
        'Siemens;Werkstudent;Beworben;12.01.2026;31.01.2026;1.850 €/Monat;München;Über Stellenwerk\n' +
        'SAP;Praktikum;Vorstellungsgespräch;05.01.2026;;;Walldorf;\n' +
        'Bosch;Praktikum;Absage;02.12.2025;;;Stuttgart;\n' +
        'Allianz;Werkstudent;Keine Rückmeldung;03.12.2025;;;München;\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual([
      'applied',
      'technical-interview',
      'rejected',
      'ghosted',
    ]);
    expect(preview.rows[0]!.application).toMatchObject({
      company: 'Siemens',
      role: 'Werkstudent',
      appliedAt: '2026-01-12',
      pay: { min: 1850, currency: 'EUR', period: 'month' },
      locations: ['München'],
      notes: 'Über Stellenwerk',
    });
  });
});

describe('a pay column beside a currency column (Huntr, a Google Sheets template)', () => {
  const paysOf = (preview: Awaited<ReturnType<typeof importText>>) => preview.rows.map((r) => r.application.pay);

  it('reads each salary as it reads one without the column, the column giving the currency the text leaves out', async () => {
    const preview = await importText(
      'Job Title,Employer,List,Salary,Salary Currency\n' +
        'Software Engineering Intern,Palantir,Interview,50,USD\n' +
        'Hardware Intern,Apple,Offer,"$8,500/mo",USD\n' +
        'Backend Intern,Shopify,Applied,"$4,000/month",CAD\n' +
        'ML Intern,OpenAI,Wishlist,,USD\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(paysOf(preview)).toEqual([
      { min: 50, max: 50, currency: 'USD', period: 'hour', raw: '50' },
      { min: 8500, max: 8500, currency: 'USD', period: 'month', raw: '$8,500/mo' },
      // A bare "$" is the dollar the column names.
      { min: 4000, max: 4000, currency: 'CAD', period: 'month', raw: '$4,000/month' },
      // A currency alone is no pay.
      null,
    ]);
    // The column settles every currency; only the period of "50" is a guess.
    expect(preview.notes.filter((note) => note.startsWith("'Salary'"))).toEqual([
      "'Salary': no period written; read as per hour from the size of the amount (1 row).",
    ]);
  });

  it('reads European amounts of a sep=; sheet with its Currency column as it reads them without', async () => {
    const preview = await importText(
      'sep=;\nCompany;Position;Salary;Currency\n' +
        'Monzo;Software Engineering Intern;22,50;GBP\n' +
        'ASML;Software Intern;1.850,00 pro Monat;EUR\n' +
        'Adyen;Backend Intern;TBD;EUR\n' +
        'SAP;Working Student;15,75 €/Std.;EUR\n',
    );
    expect(preview.errors).toEqual([]);
    expect(paysOf(preview).map((p) => p && [p.min, p.currency, p.period])).toEqual([
      [22.5, 'GBP', 'hour'],
      [1850, 'EUR', 'month'],
      null,
      [15.75, 'EUR', 'hour'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 4: 'Salary' has no amount (got 'TBD'), so it was kept in the notes as 'Salary: …'",
    ]);
  });

  it('keeps the currency written with the amount where the column names another, and says so', async () => {
    const preview = await importText(
      'Job Title,Employer,List,Salary,Salary Currency\n' +
        'Backend Intern,Adyen,Applied,"€2,500/month",USD\n' +
        'SWE Intern,Stripe,Applied,$45/hour,EUR\n',
    );
    expect(preview.errors).toEqual([]);
    expect(paysOf(preview).map((p) => p && [p.min, p.currency, p.period])).toEqual([
      [2500, 'EUR', 'month'],
      [45, 'USD', 'hour'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Salary' is in EUR, but 'Salary Currency' says USD (got '€2,500/month'); read as EUR, as written with the amount",
      "Row 3: 'Salary' is in USD, but 'Salary Currency' says EUR (got '$45/hour'); read as USD, as written with the amount",
    ]);
  });
});

describe('a pay cell that names no amount', () => {
  it('keeps its words in the notes with a warning, and stores no pay, in whatever currency the file is', async () => {
    const preview = await importText(
      'sep=;\nUnternehmen;Stelle;Vergütung;Notizen\n' +
        'SAP;Werkstudent Data;1.500 € brutto/Monat;\n' +
        'Siemens;Praktikum IT;k.A.;nett\n' +
        'Bosch;Praktikum Backend;Competitive;\n' +
        'Zeiss;Praktikum Optik;TBD;\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.pay, r.application.notes])).toEqual([
      ['SAP', { min: 1500, max: 1500, currency: 'EUR', period: 'month', raw: '1.500 € brutto/Monat' }, ''],
      ['Siemens', null, 'nett\n\nVergütung: k.A.'],
      ['Bosch', null, 'Vergütung: Competitive'],
      ['Zeiss', null, 'Vergütung: TBD'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Vergütung' has no amount (got 'k.A.'), so it was kept in the notes as 'Vergütung: …'",
      "Row 4: 'Vergütung' has no amount (got 'Competitive'), so it was kept in the notes as 'Vergütung: …'",
      "Row 5: 'Vergütung' has no amount (got 'TBD'), so it was kept in the notes as 'Vergütung: …'",
    ]);
  });

  it('reads an amount of nothing as unpaid, with no period guessed from its size and nothing to warn of', async () => {
    const preview = await importText(
      'Company,Role,Salary\nArup,Intern,$0\nAtkins,Intern,£0 (academic credit)\nMott,Intern,$0 per hour\n',
    );
    expect(preview.rows.map((r) => [r.application.pay, r.application.notes])).toEqual([
      [{ min: 0, max: 0, currency: 'USD', period: null, raw: '$0' }, ''],
      [{ min: 0, max: 0, currency: 'GBP', period: null, raw: '£0 (academic credit)' }, ''],
      [{ min: 0, max: 0, currency: 'USD', period: 'hour', raw: '$0 per hour' }, ''],
    ]);
    expect(preview.warnings).toEqual([]);
  });

  it('reads "unpaid" in the languages of the import as unpaid, in the currency the file is in', async () => {
    const words = [
      'Unpaid',
      'unpaid (academic credit)',
      'unbezahlt',
      'non rémunéré',
      'no remunerado',
      'onbetaald',
      'Volunteer',
    ];
    const preview = await importText(
      'sep=;\nUnternehmen;Stelle;Vergütung\nSAP;Werkstudent;1.500 € brutto/Monat\n' +
        words.map((word, i) => `Firma ${i};Praktikum;${word}\n`).join(''),
    );
    expect(preview.rows.slice(1).map((r) => r.application.pay)).toEqual(
      words.map((raw) => ({ min: 0, max: 0, currency: 'EUR', period: null, raw })),
    );
    expect(preview.rows.map((r) => r.application.notes)).toEqual(Array(words.length + 1).fill(''));
    expect(preview.warnings).toEqual([]);
  });

  it('keeps a pay not known ("n/a", "TBD", "Competitive", "k.A.") apart from unpaid: no pay at all', async () => {
    const preview = await importText(
      'Company,Role,Salary\nA,Intern,n/a\nB,Intern,TBD\nC,Intern,Competitive\nD,Intern,k.A.\n',
    );
    expect(preview.rows.map((r) => r.application.pay)).toEqual([null, null, null, null]);
  });

  it('keeps "None" in a pay cell as no pay, in the notes with a warning: a program writes it for a value it lacks', async () => {
    // Python's str(None) in a script's export, beside a column that has none either: not a statement
    // that the job is unpaid, which would rank it and total it as 0. The editor's "none" is typed
    // by the student, and our own export writes an unpaid pay's 0 beside it (roundTrip.test.ts).
    const preview = await importText('Company,Role,Salary,Referred by\nA,Intern,None,None\n');
    expect(preview.rows.map((r) => [r.application.pay, r.application.notes])).toEqual([[null, 'Salary: None']]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Salary' has no amount (got 'None'), so it was kept in the notes as 'Salary: …'",
    ]);
  });

  it("reads a time of day as no pay, and the UK's pm after a sum as a month", async () => {
    const preview = await importText('Company,Role,Salary\nArup,Intern,3 pm interview\nAtkins,Intern,£1800 pm\n');
    expect(
      preview.rows.map((r) => [r.application.pay?.min ?? null, r.application.pay?.period ?? null, r.application.notes]),
    ).toEqual([
      [null, null, 'Salary: 3 pm interview'],
      [1800, 'month', ''],
    ]);
  });
});

describe("a board's card names that say the company too (ClickUp, Jira), beside a company column", () => {
  it("leaves out of the role the row's company written around it, and says so once for the column", async () => {
    const preview = await importText(
      'Task Name,Company,Status\n' +
        'SWE Intern @ Stripe,Stripe,applied\n' +
        'Figma - Product Design Intern,Figma,applied\n' +
        'Software Engineer Intern at Meta,Meta,applied\n' +
        'Datadog: SWE Intern,DATADOG,applied\n' +
        // Another company's name, or a team's, stays in the role.
        'Software Engineer - Stripe Connect,Stripe,applied\n' +
        'Data Scientist at Scale,Scale AI,applied\n' +
        'Robinhood SWE Intern,Robinhood,applied\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.application.role)).toEqual([
      'SWE Intern',
      'Product Design Intern',
      'Software Engineer Intern',
      'SWE Intern',
      'Software Engineer - Stripe Connect',
      'Data Scientist at Scale',
      'Robinhood SWE Intern',
    ]);
    expect(preview.notes).toContain(
      "'Task Name': the company written with the role, as in 'SWE Intern @ Stripe', was left out of it, as 'Company' gives it (4 rows).",
    );
    expect(preview.rows.map((r) => r.application.notes)).toEqual(['', '', '', '', '', '', '']);
  });

  it('leaves out a status word opening the role, keeping the whole cell in the notes, and only a status word', async () => {
    const preview = await importText(
      'Task Name,Company,Status\n' +
        'Offer - Two Sigma,Two Sigma,offer\n' +
        'Apply: Citadel SWE intern,Citadel,to apply\n' +
        'Interview - Stripe - SWE Intern,Stripe,interviewing\n' +
        // Words that open real roles are not statuses.
        'Research: Applied Scientist Intern,Amazon,applied\n' +
        'Hardware - Test Engineering Intern,Apple,applied\n' +
        // A word of the statuses that also names a team.
        'Test - Automation Engineer Intern,Tesla,applied\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.role, r.application.notes])).toEqual([
      // What is left is the company alone: the role is to fill in.
      ['Internship', 'Task Name: Offer - Two Sigma'],
      ['Citadel SWE intern', 'Task Name: Apply: Citadel SWE intern'],
      ['SWE Intern', 'Task Name: Interview - Stripe - SWE Intern'],
      ['Research: Applied Scientist Intern', ''],
      ['Hardware - Test Engineering Intern', ''],
      ['Test - Automation Engineer Intern', ''],
    ]);
    expect(preview.warnings[0]).toMatch(
      /^Row 2: 'Task Name' names a status and the company but no role \(got 'Offer - Two Sigma'\); imported with the role 'Internship': fill in the role\./,
    );
    expect(preview.notes).toContain(
      "'Task Name': a status opening the role, as in 'Offer - Two Sigma', was left out of it, and the whole name kept in the notes as 'Task Name: …' (3 rows).",
    );
  });

  it('keeps in the notes an applied date on a row whose status says it is not sent yet', async () => {
    const preview = await importText(
      'Company,Role,Status,Date Applied\nArup,Intern,To apply,2026-01-10\nAtkins,Intern,Applied,2026-01-10\n',
    );
    expect(preview.rows.map((r) => [r.application.stageId, r.application.appliedAt, r.application.notes])).toEqual([
      ['wishlist', null, 'Date Applied: 2026-01-10'],
      ['applied', '2026-01-10', ''],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Date Applied' gives a day the application was sent, but the status says it is not sent yet (got '2026-01-10'), so it was kept in the notes as 'Date Applied: …'",
    ]);
  });

  it("takes a role cell that is the company's name again, or a status alone, for no role, to fill in", async () => {
    const preview = await importText('Task Name,Company\nRamp,Ramp\nApplied,Figma\nSWE Intern,Ramp\n');
    expect(preview.rows.map((r) => [r.application.role, r.application.notes])).toEqual([
      ['Internship', ''],
      ['Internship', 'Task Name: Applied'],
      ['SWE Intern', ''],
    ]);
    expect(preview.warnings[0]).toMatch(
      /^Row 2: 'Task Name' names the company but no role \(got 'Ramp'\); imported with the role 'Internship': fill in the role\./,
    );
    expect(preview.warnings[1]).toMatch(
      /^Row 3: 'Task Name' names a status but no role \(got 'Applied'\); imported with the role 'Internship': fill in the role\./,
    );
  });

  it('takes two cards of one role at one posting for one application, the company written in one of them', async () => {
    const preview = await importText(
      'Task Name,Company,Job Link\n' +
        'SWE Intern (Summer 2027),Stripe,https://stripe.com/jobs/listing/software-engineer-intern/6120391\n' +
        'Stripe SWE Intern (Summer 2027),Stripe,https://stripe.com/jobs/listing/software-engineer-intern/6120391?utm_source=linkedin\n' +
        // Another role at the same page (a careers page, not a posting) is another application.
        'Stripe Data Science Intern (Summer 2027),Stripe,https://stripe.com/jobs/listing/software-engineer-intern/6120391\n' +
        // Without the link, a role with the company in it is not taken for the same.
        'Stripe SWE Intern (Summer 2027),Stripe,\n',
    );
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([null, { kind: 'row', rowNumber: 2 }, null, null]);
  });
});

describe("a Microsoft Lists export, whose Hyperlink column writes each link as 'address, title'", () => {
  const LIST =
    'Title,Company,Status,Job link,Item Type,Path\n' +
    'SWE Intern,Microsoft,Applied,"https://careers.microsoft.com/job/1, Posting",Item,sites/alex/Lists/Internships\n' +
    'DS Intern,Contoso,Applied,"https://contoso.com/jobs/2, https://contoso.com/jobs/2",Item,sites/alex/Lists/Internships\n' +
    'PM Intern,Fabrikam,Applied,,Item,sites/alex/Lists/Internships\n';

  it('reads the address as the posting, and keeps a title other than it in the notes, said once', async () => {
    const read = readCsvText(LIST);
    if (!read.ok) throw new Error(read.error);
    expect(proposeColumns(read.table, DEFAULT_PIPELINE).mapping[3]).toBe('postingUrl');
    const preview = await importText(LIST);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => [r.application.postingUrl, r.application.notes])).toEqual([
      ['https://careers.microsoft.com/job/1', 'Job link: Posting'],
      ['https://contoso.com/jobs/2', ''],
      ['', ''],
    ]);
    expect(preview.notes).toContain(
      "'Job link': a link written with its title ('https://careers.microsoft.com/job/1, Posting'), as Microsoft Lists writes one, was read as its address, a title other than the address kept in the notes (2 rows).",
    );
  });
});

describe("a Google Form's responses sheet, its questions as column names", () => {
  const RESPONSES =
    'Timestamp,Email Address,Company name,What position did you apply for?,Date you applied,Where did you find the posting?,Link to the job posting,Current status of your application,Expected pay (if known),Anything else?\n' +
    '2/3/2026 14:03:22,alex@uni.edu,Stripe,Software Engineering Intern,2/1/2026,LinkedIn,https://stripe.com/jobs/listing/123,Applied,$55/hr,Referred by Maya\n' +
    '2/15/2026 9:41:07,alex@uni.edu,Figma,Product Design Intern,2/15/2026,Handshake,https://figma.com/careers/456,Interviewing,,\n';

  it('reads each question by the field it asks for, and the time of the response as when the job was saved', () => {
    const read = readCsvText(RESPONSES);
    if (!read.ok) throw new Error(read.error);
    const { mapping } = proposeColumns(read.table, DEFAULT_PIPELINE);
    expect(Object.fromEntries(read.table.header.map((h, i) => [h, mapping[i]]))).toEqual({
      Timestamp: 'dateSaved',
      'Email Address': null,
      'Company name': 'company',
      'What position did you apply for?': 'role',
      'Date you applied': 'appliedAt',
      'Where did you find the posting?': 'source',
      'Link to the job posting': 'postingUrl',
      'Current status of your application': 'stage',
      'Expected pay (if known)': 'pay',
      'Anything else?': 'notes',
    });
  });

  it('imports every answer', async () => {
    const preview = await importText(RESPONSES);
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map(({ application: a }) => [
        a.company,
        a.role,
        a.appliedAt,
        a.source,
        a.stageId,
        a.pay?.raw ?? null,
        a.notes,
      ]),
    ).toEqual([
      [
        'Stripe',
        'Software Engineering Intern',
        '2026-02-01',
        'LinkedIn',
        'applied',
        '$55/hr',
        'Anything else?: Referred by Maya',
      ],
      ['Figma', 'Product Design Intern', '2026-02-15', 'Handshake', 'technical-interview', null, ''],
    ]);
    // Logged two days after applying: no day the job was saved.
    expect(preview.notes).toContain(
      "'Timestamp': after the application was sent, so it is when the row was made, not when the job was saved; left out of the stage history (1 row).",
    );
  });
});

describe('a board exported group by group, each group with its name and the column names again', () => {
  // monday.com's "Export board to Excel", saved as CSV.
  const BOARD =
    'Internship Applications 2027,,,,\n' +
    'Applied,,,,\n' +
    'Name,Status,Date Applied,Deadline,Link\n' +
    'Stripe – SWE Intern,Applied,2026-01-03,,https://stripe.com/jobs/1\n' +
    ',,,,\n' +
    'Interviewing,,,,\n' +
    'Name,Status,Date Applied,Deadline,Link\n' +
    'Datadog – SWE Intern,Interviewing,2026-01-20,2026-03-12,\n' +
    ',,,,\n' +
    'Rejected,,,,\n' +
    'Name,Status,Date Applied,Deadline,Link\n' +
    'Ramp – Software Engineer Intern,Rejected,2026-01-19,,https://ramp.com/careers/789\n';

  it('imports the items alone, each column read by its values, and says why the other lines are left out', async () => {
    const preview = await importText(BOARD);
    expect(preview.rows.map(({ application: a }) => [a.company, a.role, a.deadlines.map((d) => d.at)])).toEqual([
      ['Stripe', 'SWE Intern', []],
      ['Datadog', 'SWE Intern', ['2026-03-12']],
      ['Ramp', 'Software Engineer Intern', []],
    ]);
    expect(preview.errors).toEqual([
      'Row 6: is the title of the table under it, not an application',
      'Row 7: repeats the column names (a table of its own under the first), not an application',
      'Row 10: is the title of the table under it, not an application',
      'Row 11: repeats the column names (a table of its own under the first), not an application',
    ]);
    expect(preview.warnings).toEqual([]);
  });
});

describe("a job search log's E-mail column, which may hold a phone number instead", () => {
  // CareerOneStop's tracker: "E-mail – The e-mail of your point of contact, or, if preferred, a phone number."
  it("reads a phone there as the contact's phone, and keeps any other text in the notes, instead of leaving the row out", async () => {
    const preview = await importText(
      'Company Name,Position,Contact,E-mail,Date Applied,Status\n' +
        'Acme Robotics,ME Intern,"Jane Doe, HR Director",jane.doe@acmerobotics.com,1/2/2026,Applied\n' +
        'City of Springfield,Public Works Intern,Tom Becker,(217) 555-0142,1/5/2026,Applied\n' +
        'Deloitte,Audit Intern,Priya Shah,ask at front desk,1/6/2026,Applied\n',
    );
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map(({ application: a }) => [a.company, a.contacts.map(({ id: _, ...c }) => c), a.notes]),
    ).toEqual([
      [
        'Acme Robotics',
        [{ name: 'Jane Doe', role: 'HR Director', email: 'jane.doe@acmerobotics.com', phone: '', notes: '' }],
        '',
      ],
      ['City of Springfield', [{ name: 'Tom Becker', role: '', email: '', phone: '(217) 555-0142', notes: '' }], ''],
      ['Deloitte', [{ name: 'Priya Shah', role: '', email: '', phone: '', notes: '' }], 'E-mail: ask at front desk'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 4: 'E-mail' is not an email address or a phone number (got 'ask at front desk'), so it was kept in the notes as 'E-mail: …'",
    ]);
  });

  it("reads an address in a Phone column as the contact's email", async () => {
    const preview = await importText(
      'Company,Role,Contact,Phone\nAcme,Intern,Jane,jane@acme.com\nBeta,Intern,Tom,+48 600 123 456\n',
    );
    expect(
      preview.rows.map(({ application: a }) => a.contacts.map(({ name, email, phone }) => [name, email, phone])),
    ).toEqual([[['Jane', 'jane@acme.com', '']], [['Tom', '', '+48 600 123 456']]]);
  });
});

describe('a LibreOffice Calc sheet saved as CSV in German, its checkboxes written WAHR and FALSCH', () => {
  it('reads a Remote column of WAHR and FALSCH as the work mode, adding nothing to the notes', async () => {
    const preview = await importText(
      'Firma,Stelle,Status,Vergütung,Remote\n' +
        'SAP,Werkstudent Softwareentwicklung,Beworben,"1.850,00 €",FALSCH\n' +
        'Zalando,Praktikum Data Science,Vorstellungsgespräch,"2.100,00 €",WAHR\n',
    );
    expect(preview.rows.map(({ application: a }) => [a.company, a.workMode, a.pay?.min, a.notes])).toEqual([
      ['SAP', null, 1850, ''],
      ['Zalando', 'remote', 2100, ''],
    ]);
  });
});
