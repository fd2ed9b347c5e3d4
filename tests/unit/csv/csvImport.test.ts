import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { format, parseISO } from 'date-fns';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { proposeColumns } from '@shared/csv/columnFit';
import { proposeMapping } from '@shared/csv/columnMapping';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { leftOutBySkipping, planImport, prepareCsvImport, type ImportPreview } from '@shared/csv/csvImport';
import { decodeCsvBytes } from '@shared/csv/decodeCsvBytes';
import { readCsvText, type CsvTable } from '@shared/csv/readCsvText';
import { dateWords } from '@shared/dateWords';
import { addStage, DEFAULT_PIPELINE } from '@shared/pipeline';
import { termLabel } from '@shared/term';
import { csvFixture, csvFixtureBytes } from './csvFixtures';
import { IMPORT_NOW, countingIds, importText } from './importHelpers';
import { aPinterestApplication } from '../core/pinterestApplication';
import { anEvent } from '../../support/anEvent';
import { anOffer } from '../../support/anOffer';

const NOW_INSTANT = toInstant(IMPORT_NOW);
const US_DATES = dateWords('en-US');
/** A history entry known only by its date is at noon of that day, where the user is. */
const localNoon = (date: string) => toInstant(new Date(`${date}T12:00:00`));
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function tableOf(text: string): CsvTable {
  const read = readCsvText(text);
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

describe('the board order of imported rows', () => {
  it("is the file's order, whatever ids the rows get", async () => {
    // Ids that sort against the file's order: a tie in rank broken by id would reverse it.
    let next = 100;
    const preview = await importText('Company,Role\nStripe,SWE Intern\nFigma,Design Intern\nDatadog,SRE Intern\n', {
      newId: () => `id-${(next -= 1)}`,
    });
    const apps = preview.rows.map((r) => r.application);
    const byRank = [...apps].sort((a, b) => a.boardRank - b.boardRank || a.id.localeCompare(b.id));
    expect(byRank.map((app) => app.company)).toEqual(['Stripe', 'Figma', 'Datadog']);
    // Added at the import, after the cards already on the board.
    expect(apps.every((app) => app.boardRank >= IMPORT_NOW.getTime())).toBe(true);
  });
});

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
      stageId: 'applied',
      phase: 'applied',
      appliedAt: '2024-10-05',
      stageHistory: [{ stageId: 'applied', phase: 'applied', at: toInstant(new Date(2024, 9, 5, 14, 15)), note: '' }],
      // The file's contact email and phone are the student's own: no contact at Stripe.
      contacts: [],
      resumeVersion: 'Resume_2024.pdf',
      notes: 'Question And Answers: Are you authorized to work in the US?: Yes | Will you require sponsorship?: No',
      createdAt: NOW_INSTANT,
      updatedAt: NOW_INSTANT,
    });
    expect(datadog).toMatchObject({
      company: 'Datadog',
      appliedAt: '2024-09-28',
      contacts: [],
      resumeVersion: 'Resume_2024.pdf',
      notes: '',
    });
  });

  it('takes ids from the injected generator', async () => {
    const preview = await importText(csvFixture('linkedin-job-applications.csv'));
    const ids = preview.rows.flatMap((r) => [
      r.application.id,
      ...r.application.stageHistory.map((e) => e.id),
      ...r.application.contacts.map((c) => c.id),
    ]);
    expect(ids.sort()).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
  });
});

describe("LinkedIn's Saved Jobs.csv saved later than now", () => {
  it('dates a stage written later today than now at now, and keeps a day still to come in the notes, saying so', async () => {
    process.env.TZ = 'UTC';
    // The import is at 10:00 on March 1, 2026.
    const preview = await importText(
      'Saved Date,Job Url,Job Title,Company Name\n' +
        '"3/1/26, 3:45 PM",https://www.linkedin.com/jobs/view/1/,SWE Intern,Stripe\n' +
        '"3/2/26, 9:00 AM",https://www.linkedin.com/jobs/view/2/,Data Intern,Ramp\n' +
        '"2/27/26, 9:00 AM",https://www.linkedin.com/jobs/view/3/,ML Intern,Figma\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.stageHistory.map((h) => h.at), r.application.notes])).toEqual([
      [[NOW_INSTANT], ''],
      [[NOW_INSTANT], 'Saved Date: 3/2/26, 9:00 AM'],
      [['2026-02-27T09:00:00+00:00'], ''],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Saved Date' is later today than now (got '3/1/26, 3:45 PM'), so the stage was dated now: the file's times may be in another time zone than yours",
      "Row 3: 'Saved Date' is after today, and nothing was saved on a day still to come (got '3/2/26, 9:00 AM'), so it was kept in the notes as 'Saved Date: …'",
    ]);
  });

  it('dates an applied date later today than now at now too, and one with no time, read at noon, without a word', async () => {
    process.env.TZ = 'UTC';
    const preview = await importText(
      'Company,Role,Date Applied\nStripe,SWE Intern,2026-03-01 16:00\nRamp,Data Intern,2026-03-01\n',
    );
    expect(preview.rows.map((r) => [r.application.appliedAt, r.application.stageHistory.map((h) => h.at)])).toEqual([
      ['2026-03-01', [NOW_INSTANT]],
      ['2026-03-01', [NOW_INSTANT]],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Date Applied' is later today than now (got '2026-03-01 16:00'), so the stage was dated now: the file's times may be in another time zone than yours",
    ]);
  });
});

describe('the common spreadsheet tracker', () => {
  it('imports every row, warning about guesses and keeping a value it cannot read in the notes', async () => {
    const preview = await importText(csvFixture('spreadsheet-tracker.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rejectedRows).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Max. Salary' has no amount (got 'TBD'), so it was kept in the notes as 'Max. Salary: …'",
      "Row 4: 'Deadline' is not a date (got '31/31/2026'), so it was kept in the notes as 'Deadline: …'",
    ]);
    expect(preview.rows[2]!.application).toMatchObject({
      deadlines: [],
      notes: 'Status: Phone screen call\n\nDeadline: 31/31/2026',
      locations: [],
      workMode: 'remote',
    });
    expect(preview.notes).toEqual([
      "'Status': your pipeline has no stage 'Interview', so it was read as In process and imported as Technical interview (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Status': 'Bookmarked' was read as Wishlist (1 row).",
      "'Status': your pipeline has no stage 'Phone screen call', so it was read as In process and imported as Phone screen; the whole status was kept in the notes as 'Status: …' (1 row).",
      "'Deadline': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (1 row).",
      "'Max. Salary': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (1 row).",
      "'Max. Salary': no currency written; read as USD, the currency most of the column's amounts state (1 row).",
      "'Location': the work mode written with the place was read as Remote, and left out of the place (1 row).",
    ]);
    const [pinterest, spotify] = preview.rows.map((r) => r.application);
    expect(pinterest).toMatchObject({
      company: 'Pinterest',
      role: 'Machine Learning Intern',
      stageId: 'technical-interview',
      phase: 'in-process',
      appliedAt: '2026-01-05',
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11k/mo' },
      locations: ['San Francisco, CA'],
      excitement: 5,
      followUp: { on: '2026-02-15', note: '', done: false },
      stageHistory: [
        { stageId: 'wishlist', phase: 'saved', at: localNoon('2026-01-02'), dayOnly: true, note: '' },
        { stageId: 'applied', phase: 'applied', at: localNoon('2026-01-05'), dayOnly: true, note: '' },
        { stageId: 'technical-interview', phase: 'in-process', at: NOW_INSTANT, note: '' },
      ],
    });
    // Applied on January 5: its deadline to apply is met.
    expect(pinterest!.deadlines).toMatchObject([{ kind: 'application', at: '2026-01-20', label: '', done: true }]);
    expect(spotify).toMatchObject({
      stageId: 'wishlist',
      appliedAt: null,
      pay: null,
      notes: 'Max. Salary: TBD',
      excitement: 3,
    });
  });

  it("puts a status word in the user's stage of that name when there is one, without a note", async () => {
    const pipeline = {
      stages: [
        ...DEFAULT_PIPELINE.stages,
        {
          id: 'interviewing',
          name: 'Interviewing',
          phase: 'in-process' as const,
          color: 'teal' as const,
          removed: false,
        },
      ],
    };
    const preview = await importText(csvFixture('spreadsheet-tracker.csv'), { pipeline });
    expect(preview.notes.filter((note) => note.includes("stage 'Interview'"))).toEqual([]);
    expect(preview.rows[0]!.application).toMatchObject({ stageId: 'interviewing', phase: 'in-process' });
  });
});

describe('a German Excel sheet (semicolons, a title line, a sum and a count under the table)', () => {
  it('imports its applications only, in euros and per month where the sheet says so, its deadline to apply met once applied', async () => {
    // tester27's sheet, shortened; the import on Dec 7, 2026 in Berlin.
    const text =
      'Bewerbungen Praktikum 2027;;;;;;;\n' +
      'Firma;Position;Status;Beworben am;Bewerbungsfrist;Gehalt;Ort;Notizen\n' +
      'Siemens AG;Praktikum Data Analytics;Beworben;20.11.2026;30.11.2026;1.800 €;München;\n' +
      'BMW Group;Pflichtpraktikum;Vorstellungsgespräch;03.11.2026;15.11.2026;2.100,50 EUR/Monat;München;\n' +
      "Roche;Internship Data Science;Beworben;28.11.2026;15.12.2026;CHF 3'000;Basel;\n" +
      'Zalando SE;Werkstudent Software Engineering;Absage;02.10.2026;;€ 14,50/Std.;Berlin;\n' +
      'Booking.com;Software Engineering Intern;Beworben;25.11.2026;;€ 2.500 /Monat;Amsterdam;\n' +
      'Bosch;Praktikum Elektromobilität;Beworben;29.11.2026;;1.750 € mtl.;Stuttgart;\n' +
      'Helsing;Internship Machine Learning;Beworben;30.11.2026;;2.500;München;\n' +
      ';;;;;;;\n' +
      'Summe;;;;;53.600,50 €;;\n' +
      'Anzahl;7;;;;;;\n';
    const preview = await importText(text, {
      now: new Date('2026-12-06T23:50:00Z'),
      timeZone: 'Europe/Berlin',
      regionCurrency: 'EUR',
    });
    expect(preview.errors).toEqual([
      'Row 11: looks like a total under the table (a label and only numbers or amounts), not an application',
      'Row 12: looks like a total under the table (a label and only numbers or amounts), not an application',
    ]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.map((a) => [a.company, a.pay?.min, a.pay?.currency, a.pay?.period])).toEqual([
      ['Siemens AG', 1800, 'EUR', 'month'],
      ['BMW Group', 2100.5, 'EUR', 'month'],
      ['Roche', 3000, 'CHF', 'month'],
      ['Zalando SE', 14.5, 'EUR', 'hour'],
      ['Booking.com', 2500, 'EUR', 'month'],
      ['Bosch', 1750, 'EUR', 'month'],
      ['Helsing', 2500, 'EUR', 'month'],
    ]);
    // Roche applied before its Bewerbungsfrist: met, no reminders of it.
    expect(apps[2]!.deadlines.map((d) => [d.kind, d.label, d.at, d.done])).toEqual([
      ['application', '', '2026-12-15', true],
    ]);
    expect(apps.flatMap((a) => a.deadlines).filter((d) => !d.done)).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.notes).toEqual([
      "'Status': 'Beworben' was read as Applied (5 rows).",
      "'Status': 'Vorstellungsgespräch' was read as Technical interview (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Status': 'Absage' was read as Rejected (1 row).",
      "'Bewerbungsfrist': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (3 rows).",
      "'Gehalt': no period written; read as per month, as most of the column's amounts that state a period are (3 rows).",
      "'Gehalt': no currency written; read as EUR, the currency most of the column's amounts state (1 row).",
    ]);
  });
});

describe("a student's own Google Sheets tracker", () => {
  const file = csvFixture('student-tracker-google-sheets.csv');

  it('offers a free-text follow-up column and a yes/no referral column as notes, saying why', () => {
    const table = tableOf(file);
    const proposal = proposeColumns(table, DEFAULT_PIPELINE);
    expect(proposal.mapping).toEqual([
      'company',
      'role',
      'stage',
      'excitement',
      'appliedAt',
      'deadline',
      'notes',
      'notes',
      'resumeVersion',
      'sponsorship',
      'locations',
      'pay',
      'interviewDate',
      'notes',
    ]);
    expect(proposal.notes).toEqual([
      {
        column: 6,
        message:
          "'Follow up' does not hold dates (for example 'email Sarah re: timeline'), so it is offered as notes: each value goes into the notes as 'Follow up: …'. Choose Follow-up date to read it as that instead.",
      },
      {
        column: 7,
        message:
          "'Referral' does not hold names of who referred you (for example 'Yes'), so it is offered as notes: each value goes into the notes as 'Referral: …'. Choose Referred by to read it as that instead.",
      },
    ]);
  });

  it('names the excitement words of the rows imported only', async () => {
    // Row 2 has no company and line 4 a value too many: neither is imported, so neither word was read.
    const preview = await importText(
      'Company,Role,Status,Excitement\n,Intern,Applied,medium\nAcme,Intern,Applied,high\nZed,Intern,Applied,low,extra\n',
    );
    expect(preview.rejectedRows).toEqual([2, 4]);
    expect(preview.notes).toContain("'Excitement' has words, read as excitement from 1 to 5: 'high' as 5.");
  });

  it('imports every row, reading excitement 1–10 onto 1–5 and saying so', async () => {
    const preview = await importText(file);
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.excitementScale).toBe(10);
    expect(preview.notes).toEqual([
      "'Excitement (1-10)' goes up to 10, so it was read onto excitement from 1 to 5: 1–2 as 1, 3–4 as 2, 5–6 as 3, 7–8 as 4, 9–10 as 5.",
      "'Status': your pipeline has no stage 'Interviewing', so it was read as In process and imported as Technical interview (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (5 rows).",
      "'Status': 'OA' was read as Online assessment (1 row).",
      "'Deadline': on a row past applying, its date was read as the deadline to apply, met, so it is ticked done and gives no reminders (1 row).",
      "'Salary': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (4 rows).",
      "'Location': the work mode written with the place was read as Remote, and left out of the place (1 row).",
    ]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.find((a) => a.company === 'Local Startup')).toMatchObject({
      locations: [],
      workMode: 'remote',
    });
    expect(apps.map((a) => [a.company, a.stageId, a.excitement, a.sponsorship])).toEqual([
      ['Google', 'technical-interview', 5, 'offers'],
      ['Two Sigma', 'applied', 4, 'does-not-offer'],
      ['Jane Street', 'online-assessment', 4, 'offers'],
      ['Meta', 'rejected', 3, 'offers'],
      ['Local Startup', 'wishlist', 2, 'unknown'],
      ['Stripe', 'final-round', 5, 'offers'],
    ]);
    const [google, twoSigma, , meta, startup, stripe] = apps;
    expect(google).toMatchObject({
      appliedAt: '2026-01-10',
      deadlines: [{ kind: 'application', at: '2026-01-15' }],
      followUp: null,
      referral: null,
      resumeVersion: 'resume_v3_swe.pdf',
      locations: ['Mountain View, CA'],
      pay: { min: 45, max: 45, period: 'hour', currency: 'USD' },
      events: [{ kind: 'other', title: 'Interview', start: '2026-02-03', outcome: 'pending' }],
      notes: 'Met at career fair\n\nFollow up: email Sarah re: timeline',
    });
    expect(twoSigma!.notes).toBe('Follow up: follow up 1/26 if nothing\n\nReferral: Yes');
    expect(meta!.stageHistory.map((e) => [e.stageId, e.at, e.dayOnly])).toEqual([
      ['applied', localNoon('2025-12-20'), true],
      ['rejected', NOW_INSTANT, undefined],
    ]);
    expect(startup).toMatchObject({ appliedAt: null, deadlines: [{ at: '2026-02-28' }], notes: '' });
    expect(stripe!.events).toMatchObject([{ start: toInstant(new Date(2026, 1, 20, 10, 0)) }]);
  });

  it('reads each value it can when the user insists on the field, keeping the others in the notes', async () => {
    const table = tableOf(file);
    const proposal = proposeColumns(table, DEFAULT_PIPELINE);
    const mapping = proposal.mapping.map((field, i) => (i === 6 ? 'followUp' : i === 7 ? 'referralName' : field));
    const outcome = await prepareCsvImport(table, {
      preset: proposal.preset,
      mapping,
      pipeline: DEFAULT_PIPELINE,
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
    });
    if (outcome.status !== 'ready') throw new Error(outcome.status);
    expect(outcome.preview.errors).toEqual([
      "Row 3: 'Referral' says there was a referral but not who made it (got 'Yes')",
      "Row 7: 'Referral' says there was a referral but not who made it (got 'Yes')",
    ]);
    expect(outcome.preview.warnings).toEqual([
      "Row 2: 'Follow up' is not a date (got 'email Sarah re: timeline'), so it was kept in the notes as 'Follow up: …'",
      // Row 3 is refused: nothing of it is kept anywhere.
      "Row 4: 'Follow up' is not a date (got 'sent thank-you note'), so it was kept in the notes as 'Follow up: …'",
    ]);
    const imported = outcome.preview.rows.map((r) => r.application);
    expect(imported.map((a) => a.company)).toEqual(['Google', 'Jane Street', 'Meta', 'Local Startup']);
    expect(imported[0]!.notes).toBe('Met at career fair\n\nFollow up: email Sarah re: timeline');
  });
});

describe('our own export, edited in a spreadsheet', () => {
  it('takes a stage changed after the export for a change made by now, on a day not recorded', async () => {
    const csv = applicationsToCsv([aPinterestApplication()], { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const edited = csv.replace(',Phone screen,In process,', ',Offer received,In process,');
    const preview = await importText(edited);
    expect(preview.rows[0]!.application.stageHistory.map((e) => [e.stageId, e.at, e.dateUnknown, e.note])).toEqual([
      ['applied', '2026-01-05T09:30:00-08:00', undefined, ''],
      ['phone-screen', '2026-02-01T16:00:00-08:00', undefined, 'Recruiter call'],
      // On a day the file does not give: by the import at the latest.
      ['offer', NOW_INSTANT, true, ''],
    ]);
  });

  it('reads a stage name it no longer has by its phase, and says so', async () => {
    const csv = applicationsToCsv([aPinterestApplication()], { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const edited = csv.replace(',Phone screen,In process,', ',Coffee chat,In process,');
    const preview = await importText(edited);
    expect(preview.rows[0]!.application.stageId).toBe('online-assessment');
    expect(preview.notes).toEqual([
      "'Stage': your pipeline has no stage 'Coffee chat', so it was read as In process and imported as Online assessment (1 row).",
      "'Stage': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
    ]);
  });

  it('says so of a stage name it lacks that reads as a status word, as a renamed stage of the pipeline it came from', async () => {
    const csv = applicationsToCsv([aPinterestApplication()], { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const edited = csv.replace(',Phone screen,In process,', ',Recruiter call,In process,');
    const preview = await importText(edited);
    expect(preview.rows[0]!.application.stageId).toBe('phone-screen');
    expect(preview.notes).toEqual([
      "'Stage': your pipeline has no stage 'Recruiter call', so it was imported as Phone screen (1 row).",
    ]);
  });
});

describe('files this app exported before', () => {
  it('reads deadline and event kinds written as codes, the offer’s response deadline among them', async () => {
    const app = aPinterestApplication({
      offer: anOffer({ offeredOn: '2026-02-20', responseDeadlineId: 'dl-offer' }),
      events: [anEvent('e1', '2026-02-12', { kind: 'final-round', title: 'Superday' })],
    });
    const csv = applicationsToCsv([app], { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    // As exports wrote them before the kinds and outcomes were written in words.
    const older = csv
      .replace(
        '2026-02-10T17:00:00-08:00 Assessment due: HackerRank',
        '2026-02-10T17:00:00-08:00 assessment: HackerRank',
      )
      .replaceAll('2026-03-15 Offer response due', '2026-03-15 offer-response')
      .replace('2026-01-04 Application deadline (done)', '2026-01-04 application (done)')
      .replace('2026-02-12 Final round / superday (Pending)', '2026-02-12 final-round (pending)');
    expect(older).not.toMatch(
      /Assessment due: HackerRank|\d Offer response due|Application deadline \(done\)|superday \(|Pending/,
    );
    const preview = await importText(older);
    expect([preview.errors, preview.warnings, preview.notes]).toEqual([[], [], []]);
    const [back] = preview.rows.map((r) => r.application);
    expect(back!.deadlines.map((d) => [d.at, d.kind, d.label, d.done])).toEqual(
      app.deadlines.map((d) => [d.at, d.kind, d.label, d.done]),
    );
    expect(back!.events.map((e) => [e.kind, e.outcome, e.title])).toEqual([['final-round', 'pending', 'Superday']]);
    expect(back!.offer!.responseDeadlineId).toBe(back!.deadlines.find((d) => d.kind === 'offer-response')!.id);
  });
});

describe('fields other trackers keep', () => {
  it('ticks the deadline to answer an offer already accepted, as a move to Accepted does, and says so', async () => {
    const preview = await importText(
      'Company,Role,Status,Offer date,Respond by\n' +
        'Shopify,Dev Intern,Accepted,2/20/2026,3/6/2026\n' +
        'Stripe,SWE Intern,Offer,2/21/2026,3/9/2026\n',
    );
    expect(preview.errors).toEqual([]);
    const [shopify, stripe] = preview.rows.map((r) => r.application);
    expect(shopify!.deadlines).toMatchObject([{ kind: 'offer-response', at: '2026-03-06', done: true }]);
    expect(shopify!.offer!.responseDeadlineId).toBe(shopify!.deadlines[0]!.id);
    expect(stripe!.deadlines).toMatchObject([{ kind: 'offer-response', at: '2026-03-09', done: false }]);
    expect(preview.notes).toContain(
      'A deadline to answer an offer, on a row whose offer is accepted, was read as met, so it is ticked done (1 row).',
    );
  });

  it('reads an offer, its response deadline among the deadlines, and its currency from the amounts', async () => {
    const preview = await importText(
      'Company,Role,Status,Offer date,Housing,Relocation,Signing bonus,Respond by\n' +
        'Shopify,Dev Intern,Offer,2/20/2026,"CA$2,000/month",CA$1500,,3/6/2026\n',
    );
    expect(preview.errors).toEqual([]);
    const [shopify] = preview.rows.map((r) => r.application);
    expect(shopify!.deadlines).toMatchObject([{ kind: 'offer-response', at: '2026-03-06', label: '', done: false }]);
    expect(shopify!.offer).toEqual({
      currency: 'CAD',
      offeredOn: '2026-02-20',
      housing: { type: 'stipend', amount: 2000, period: 'month' },
      relocation: 1500,
      signOnBonus: null,
      other: [],
      responseDeadlineId: shopify!.deadlines[0]!.id,
      returnOfferProspects: '',
    });
  });

  it('reads the term from a season and a year column', async () => {
    const preview = await importText(
      'Company,Role,Season,Year\nA,Intern,Summer,2027\nB,Intern,fall 2026,\nC,Intern,,\n',
    );
    expect(preview.rows.map((r) => r.application.term)).toEqual([
      { season: 'summer', year: 2027, text: '' },
      { season: 'fall', year: 2026, text: '' },
      { season: null, year: null, text: '' },
    ]);
  });

  it('gives rows of one term as written terms of their own, read alike', async () => {
    const preview = await importText(
      'Company,Role,Term\nA,Intern,Summer 2027\nB,Intern,Summer 2027\nC,Intern,summer 27\n',
    );
    const [a, b, c] = preview.rows.map((r) => r.application.term);
    expect([a, b, c]).toEqual([
      { season: 'summer', year: 2027, text: '' },
      { season: 'summer', year: 2027, text: '' },
      { season: 'summer', year: 2027, text: '' },
    ]);
    // Each application's own: a term read once for the file is not shared between records.
    expect(a).not.toBe(b);
  });

  it('reads who referred the student, and takes dashes and N/A for nothing', async () => {
    const preview = await importText(
      'Company,Role,Referred by,Relationship,Deadline\nA,Intern,Sam Lee,Classmate,N/A\nB,Intern,-,,-\nC,Intern,No,,\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.referral, r.application.deadlines])).toEqual([
      [{ name: 'Sam Lee', relation: 'Classmate' }, []],
      [null, []],
      [null, []],
    ]);
  });

  it('reads the name after a yes opening a referral cell, a comma alone not parting them (tester34)', async () => {
    const cells = [
      'Yes - Rahul',
      'Yes (Rahul)',
      'Yes, by Rahul',
      'Referred by Rahul',
      'Yes - Meera (alumni)',
      'Si, Wei',
    ];
    const rows = cells.map((cell, i) => `C${i},Intern,"${cell}"`);
    const preview = await importText(`Company,Role,Referred by\n${rows.join('\n')}\n`);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.application.referral?.name)).toEqual([
      'Rahul',
      'Rahul',
      'Rahul',
      'Rahul',
      'Meera (alumni)',
      'Si, Wei',
    ]);
    // A yes with no name after it says no more than "Yes".
    const unnamed = await importText('Company,Role,Referred by\nAcme,Intern,Yes by\n');
    expect(unnamed.errors).toEqual([
      "Row 2: 'Referred by' says there was a referral but not who made it (got 'Yes by')",
    ]);
  });

  it('reads a v1 export of this app: status, priority and status history', async () => {
    const preview = await importText(
      'Company,Role,Status,Applied,Deadlines,Pay period,Priority,Term,Status history\n' +
        'Pinterest,ML Intern,Interviewing,2026-01-05,,,high,Summer 2026,applied 2026-01-05 → interviewing 2026-02-01\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]!.application).toMatchObject({
      stageId: 'technical-interview',
      phase: 'in-process',
      excitement: 5,
      term: { season: 'summer', year: 2026, text: '' },
      stageHistory: [
        { stageId: 'applied', phase: 'applied', at: localNoon('2026-01-05'), dayOnly: true },
        { stageId: 'technical-interview', phase: 'in-process', at: localNoon('2026-02-01'), dayOnly: true },
      ],
    });
  });
});

describe('a stage the file gives no date for', () => {
  const file =
    'Company,Role,Status,Date applied,Status date\n' +
    'SAP,Working Student,Absage (Rejected),2026-02-05,\n' +
    'Figma,Design Intern,Offer,,\n' +
    'Datadog,SRE Intern,Technical interview,2026-01-10,2026-02-20\n' +
    'Ramp,SWE Intern,,,\n';
  const history = (app: Application) => app.stageHistory.map((e) => [e.stageId, e.at, e.dayOnly, e.dateUnknown]);

  it('is recorded as reached on a day not recorded, by the import at the latest, and said once for the column', async () => {
    const preview = await importText(file);
    expect(preview.errors).toEqual([]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.map(history)).toEqual([
      [
        ['applied', localNoon('2026-02-05'), true, undefined],
        ['rejected', NOW_INSTANT, undefined, true],
      ],
      [['offer', NOW_INSTANT, undefined, true]],
      // A row that gives the day keeps it, as before.
      [
        ['applied', localNoon('2026-01-10'), true, undefined],
        ['technical-interview', localNoon('2026-02-20'), true, undefined],
      ],
      // A row that names no stage is where the import puts it, when it does.
      [['wishlist', NOW_INSTANT, undefined, undefined]],
    ]);
    expect(apps.map((a) => a.appliedAt)).toEqual(['2026-02-05', null, '2026-01-10', null]);
    expect(preview.notes).toContain(
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
    );
  });

  it('is exported with no date, and our own export reads it back as not recorded', async () => {
    const apps = (await importText(file)).rows.map((r) => r.application);
    const csv = applicationsToCsv(apps, { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const exported = tableOf(csv);
    const column = exported.header.indexOf('Stage history');
    expect(exported.rows.map((row) => row.cells[column]).slice(0, 2)).toEqual([
      '2026-02-05 Applied\nRejected',
      'Offer',
    ]);
    const later = new Date('2026-04-01T10:00:00Z');
    const again = await importText(csv, { now: later });
    expect(again.errors).toEqual([]);
    expect(again.notes).toEqual([]);
    expect(again.rows.map((r) => history(r.application)).slice(0, 2)).toEqual([
      [
        ['applied', localNoon('2026-02-05'), true, undefined],
        ['rejected', toInstant(later), undefined, true],
      ],
      [['offer', toInstant(later), undefined, true]],
    ]);
  });

  it('in our own export, is ordered before the dated entry after it, at its moment at the latest', async () => {
    const csv = applicationsToCsv([aPinterestApplication()], { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const edited = csv.replace('2026-01-05T09:30:00-08:00 Applied', 'Applied');
    const preview = await importText(edited);
    expect(preview.errors).toEqual([]);
    expect(history(preview.rows[0]!.application)).toEqual([
      ['applied', '2026-02-01T16:00:00-08:00', undefined, true],
      ['phone-screen', '2026-02-01T16:00:00-08:00', undefined, undefined],
    ]);
  });
});

describe('a stage date with no time', () => {
  it('is a history entry known only by its day, exported as the date alone, and timed ones keep their time', async () => {
    const preview = await importText(
      'Company,Role,Status,Applied,Created\n' +
        'Stripe,SWE Intern,Applied,"February 14, 2026",\n' +
        'Figma,Design Intern,Applied,"February 14, 2026 9:30 AM",\n',
    );
    expect(preview.errors).toEqual([]);
    const apps = preview.rows.map((r) => r.application);
    expect(apps.map((a) => a.stageHistory.map((e) => [e.at, e.dayOnly]))).toEqual([
      [[localNoon('2026-02-14'), true]],
      [[toInstant(new Date(2026, 1, 14, 9, 30)), undefined]],
    ]);
    const exported = tableOf(applicationsToCsv(apps, { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW }));
    const column = exported.header.indexOf('Stage history');
    expect(exported.rows.map((row) => row.cells[column])).toEqual([
      '2026-02-14 Applied',
      `${toInstant(new Date(2026, 1, 14, 9, 30))} Applied`,
    ]);
  });
});

describe("a row saved and applied on one day (Microsoft Lists' and Notion's Created)", () => {
  it('keeps the history in time order: applied after the saved moment on the day both fall on', async () => {
    const preview = await importText(
      'Title,Company,Status,Applied date,Created\n' +
        'SWE Intern,Microsoft,Applied,2/3/2026,2/3/2026 2:03 PM\n' +
        'PM Intern,Fabrikam,Applied,2/3/2026,2/3/2026 9:00 AM\n',
    );
    // Applied that day at no known time: after the saved moment, and shown as the day alone.
    expect(preview.rows.map((r) => r.application.stageHistory.map((e) => [e.stageId, e.at, e.dayOnly]))).toEqual([
      [
        ['wishlist', toInstant(new Date(2026, 1, 3, 14, 3)), undefined],
        ['applied', toInstant(new Date(2026, 1, 3, 14, 3)), true],
      ],
      [
        ['wishlist', toInstant(new Date(2026, 1, 3, 9, 0)), undefined],
        ['applied', localNoon('2026-02-03'), true],
      ],
    ]);
    expect(preview.rows.map((r) => r.application.appliedAt)).toEqual(['2026-02-03', '2026-02-03']);
  });

  it('leaves out of the history a row made after it was applied to, saying so, so the history never goes backwards', async () => {
    const preview = await importText(
      'Title,Company,Status,Applied date,Created\nSWE Intern,Microsoft,Applied,2/3/2026,2/5/2026 2:03 PM\n',
    );
    expect(preview.rows[0]!.application.stageHistory.map((e) => [e.stageId, e.at])).toEqual([
      ['applied', localNoon('2026-02-03')],
    ]);
    expect(preview.notes).toContain(
      "'Created': after the application was sent, so it is when the row was made, not when the job was saved; left out of the stage history (1 row).",
    );
  });
});

describe('a CSV saved by Excel for Japan (Shift_JIS)', () => {
  it('imports its company names, roles and places as written, and its pay in yen, ¥ before an amount too', async () => {
    const decoded = decodeCsvBytes(csvFixtureBytes('excel-japan-shift-jis.csv'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'shift_jis', warnings: [] });
    const preview = await importText(decoded.ok ? decoded.text : '');
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(
      preview.rows.map(({ application: a }) => [
        a.company,
        a.role,
        a.locations,
        a.pay?.min,
        a.pay?.currency,
        a.pay?.period,
      ]),
    ).toEqual([
      ['株式会社メルカリ', 'ソフトウェアエンジニア インターン', ['東京都港区'], 1500, 'JPY', 'hour'],
      ['楽天グループ株式会社', 'データサイエンス インターン', ['東京都世田谷区'], 250000, 'JPY', 'month'],
      ['LINEヤフー株式会社', 'プロダクトマネージャー インターン', ['東京'], 2000, 'JPY', 'hour'],
      ['Google', 'Software Engineering Intern', ['Tokyo'], 350000, 'JPY', 'month'],
      ['Amazon Japan', 'SDE Intern', ['Tokyo, Meguro'], 3500, 'JPY', 'hour'],
      ['任天堂株式会社', 'ソフトウェア開発 インターン', ['京都府京都市'], undefined, undefined, undefined],
    ]);
    expect(preview.rows[3]!.application.pay?.raw).toBe('¥350,000/month');
  });
});

describe('bad input', () => {
  it('reads a semicolon-separated file, its German pay period too', async () => {
    const preview = await importText(csvFixture('semicolon-separated.csv'));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.stageId])).toEqual([
      ['Zalando', 'applied'],
      ['SAP', 'offer'],
    ]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows[0]!.application.pay).toMatchObject({ min: 2100, currency: 'EUR', period: 'month' });
  });

  it('names the row a spreadsheet shows after values with line breaks, not the line of the text', async () => {
    const preview = await importText(csvFixture('quoted-newlines.csv'));
    expect(preview.warnings).toEqual([
      "Row 3: 'Deadline' has no such day: February 2026 has 28 days (got '2026-02-30'), so it was kept in the notes as 'Deadline: …'",
    ]);
    expect(preview.rows[0]!.application.notes).toBe('Line one\nline two\nline three');
  });

  it('reads an Archived column: ticked archives the row as it is imported, a date on that day', async () => {
    const preview = await importText(
      'Company,Role,Archived\nAcme,Intern,true\nBrex,Intern,false\nCanva,Intern,\nDuo,Intern,2026-01-20\n',
    );
    expect(preview.errors).toEqual([]);
    const archived = preview.rows.map((r) => r.application.archivedAt);
    expect(archived[0]).toBe(preview.rows[0]!.application.createdAt);
    expect(archived.slice(1, 3)).toEqual([null, null]);
    expect(archived[3]!.slice(0, 10)).toBe('2026-01-20');
    const unread = await importText(
      'Company,Role,Archived\nAcme,Intern,yes\nBrex,Intern,no\nCanva,Intern,2026-01-20\nDuo,Intern,maybe\n',
    );
    // A word it cannot read leaves the row in, not archived, with the word in its notes.
    expect(unread.errors).toEqual([]);
    expect(unread.warnings).toEqual([
      "Row 5: 'Archived' is not yes, no or a date (got 'maybe'), so it was kept in the notes as 'Archived: …'",
    ]);
    expect(unread.rows[3]!.application).toMatchObject({ company: 'Duo', archivedAt: null, notes: 'Archived: maybe' });
  });

  it("keeps a Housing cell it cannot read in the row's notes, the rest of the offer read", async () => {
    const preview = await importText('Company,Role,Housing,Sign-on bonus\nAcme,Intern,ask HR,$2000\n', {
      mapping: ['company', 'role', 'housing', 'signOnBonus'],
    });
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Housing' is not housing like 'provided', '2000/month' or '6000 total' (got 'ask HR'), so it was kept in the notes as 'Housing: …'",
    ]);
    const app = preview.rows[0]!.application;
    expect(app.notes).toBe('Housing: ask HR');
    expect(app.offer).toMatchObject({ housing: null, signOnBonus: 2000, currency: 'USD' });
  });

  it('takes the term a role ends with where no column gives one, the role as written', async () => {
    const preview = await importText(
      'Company,Role\nAcme,Backend Developer Intern (Summer 2027)\nBrex,"Data Intern, Fall \'26"\nCanva,Design Intern\nRamp,"Backend Intern, Winter/Spring 2027"\n',
    );
    expect(preview.rows.map((r) => [r.application.role, r.application.term])).toEqual([
      ['Backend Developer Intern (Summer 2027)', { season: 'summer', year: 2027, text: '' }],
      ["Data Intern, Fall '26", { season: 'fall', year: 2026, text: '' }],
      ['Design Intern', { season: null, year: null, text: '' }],
      // The whole term, not its year alone.
      ['Backend Intern, Winter/Spring 2027', { season: null, year: 2027, text: 'Winter/Spring 2027' }],
    ]);
    // A term column, even empty, is the term.
    const withColumn = await importText('Company,Role,Term\nAcme,Backend Developer Intern (Summer 2027),\n');
    expect(withColumn.rows[0]!.application.term).toEqual({ season: null, year: null, text: '' });
  });

  it('asks no date order of a LinkedIn export, which writes the month first', async () => {
    const preview = await importText(csvFixture('linkedin-job-applications.csv'));
    expect([preview.dayFirst, preview.unsettledDate]).toEqual([false, null]);
  });

  it('proposes the day first for a file separated by semicolons, still asking', async () => {
    // In December, when either reading of 05/11/2026 has passed.
    const now = new Date('2026-12-01T10:00:00Z');
    const semicolons = await importText('Company;Role;Applied\nAcme;Intern;05/11/2026\n', { now });
    expect([semicolons.dayFirst, semicolons.unsettledDate]).toEqual([true, '05/11/2026']);
    expect(semicolons.rows[0]!.application.appliedAt).toBe('2026-11-05');
    // Commas: the month first is proposed.
    const commas = await importText('Company,Role,Applied\nAcme,Intern,05/11/2026\n', { now });
    expect([commas.dayFirst, commas.unsettledDate]).toEqual([false, '05/11/2026']);
  });

  it('keeps an applied date after today out of the application, in its notes, with a warning on its line', async () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const preview = await importText(
      'Company,Role,Status,Date Applied\nFuturo,SWE Intern,Phone screen,1/15/2027\nTypo Inc,Data Intern,Applied,12/16/2026\nNow Co,Intern,Applied,12/6/2026\n',
      { now },
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.appliedAt, r.application.notes])).toEqual([
      ['Futuro', null, 'Date Applied: 1/15/2027'],
      ['Typo Inc', null, 'Date Applied: 12/16/2026'],
      ['Now Co', '2026-12-06', ''],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Date Applied' is after today, and no application was sent on a day still to come (got '1/15/2027'), so it was kept in the notes as 'Date Applied: …'",
      "Row 3: 'Date Applied' is after today, and no application was sent on a day still to come (got '12/16/2026'), so it was kept in the notes as 'Date Applied: …'",
    ]);
    // No stage is dated by it either: the history starts at the import.
    const applied = preview.rows[1]!.application.stageHistory.find((e) => e.phase === 'applied')!;
    expect(applied.at.slice(0, 10)).toBe('2026-12-06');
  });

  it('proposes the order that keeps applied dates out of the future, still asking', async () => {
    // A UK sheet in December: month first would put 12/11/2026 (December 11) after today.
    const uk =
      'Company,Role,Date Applied,Deadline\nMonzo,SWE Intern,05/12/2026,09/01/2027\nRevolut,Intern,12/11/2026,\nArm,Intern,02/11/2026,\n';
    const now = new Date('2026-12-06T10:00:00Z');
    for (const localeDayFirst of [false, true]) {
      const preview = await importText(uk, { now, localeDayFirst });
      expect([preview.dayFirst, preview.unsettledDate]).toEqual([true, '05/12/2026']);
    }
    // And the other way round: day first would put 11/12/2026 (11 December) after today.
    const us = await importText('Company,Role,Applied\nA,Intern,11/12/2026\nB,Intern,03/04/2026\n', {
      now,
      localeDayFirst: true,
    });
    expect([us.dayFirst, us.unsettledDate]).toEqual([false, '11/12/2026']);
  });

  it("proposes the page's locale's order when the dates say nothing, still asking", async () => {
    const text = 'Company,Role,Deadline\nAcme,Intern,05/01/2027\n';
    const gb = await importText(text, { localeDayFirst: true });
    expect([gb.dayFirst, gb.unsettledDate]).toEqual([true, '05/01/2027']);
    const us = await importText(text, { localeDayFirst: false });
    expect([us.dayFirst, us.unsettledDate]).toEqual([false, '05/01/2027']);
  });

  it("proposes the order of the student's time zone before their language's, saying which it went by", async () => {
    const text = 'Company,Role,Deadline\nAcme,Intern,05/01/2027\n';
    // A UK student on an en-US machine.
    const london = await importText(text, { localeDayFirst: false, timeZone: 'Europe/London' });
    expect([london.dayFirst, london.dateOrderProposal]).toEqual([
      true,
      { dayFirst: true, basis: { kind: 'zone', zone: 'Europe/London' } },
    ]);
    const newYork = await importText(text, { localeDayFirst: true, timeZone: 'America/New_York' });
    expect(newYork.dateOrderProposal).toEqual({ dayFirst: false, basis: { kind: 'zone', zone: 'America/New_York' } });
    // Where the zone's country writes either order, or the zone is no place, the language says.
    for (const timeZone of ['America/Toronto', 'UTC'])
      for (const localeDayFirst of [false, true]) {
        const preview = await importText(text, { localeDayFirst, timeZone });
        expect(preview.dateOrderProposal).toEqual({ dayFirst: localeDayFirst, basis: { kind: 'language' } });
      }
    // What the file's dates say comes first: month first would put 12/11/2026 after December 6.
    const past = await importText('Company,Role,Date Applied\nMonzo,Intern,12/11/2026\n', {
      now: new Date('2026-12-06T10:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(past.dateOrderProposal).toEqual({ dayFirst: true, basis: { kind: 'past' } });
    const semicolons = await importText(text.replace(/,/g, ';'), { timeZone: 'America/New_York' });
    expect(semicolons.dateOrderProposal).toEqual({ dayFirst: true, basis: { kind: 'semicolons' } });
    // Dates that settle it need no proposal; the student's choice leaves the proposal as it was.
    expect((await importText('Company,Role,Deadline\nAcme,Intern,25/01/2027\n')).dateOrderProposal).toBeNull();
    const chosen = await importText(text, { timeZone: 'Europe/London', dayFirst: false });
    expect([chosen.dayFirst, chosen.dateOrderProposal?.dayFirst]).toEqual([false, true]);
  });

  it('reads 31/05/2026 day-first for the whole file and never shifts a date', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      const preview = await importText('Company,Role,Applied,Deadline\nA,Intern,31/05/2026,01/06/2026\n', {
        now: new Date('2026-06-15T10:00:00Z'),
      });
      expect(preview.dayFirst).toBe(true);
      expect(preview.rows[0]!.application).toMatchObject({
        appliedAt: '2026-05-31',
        deadlines: [{ at: '2026-06-01' }],
      });
      // The history's entry for it too: noon UTC would be June 1 at 02:00 in Kiritimati.
      const applied = preview.rows[0]!.application.stageHistory.find((e) => e.phase === 'applied')!;
      expect(format(parseISO(applied.at), 'yyyy-MM-dd HH:mm')).toBe('2026-05-31 12:00');
    }
  });

  it('refuses rows without a company, naming the column; one without a role comes in with a role to fill in', async () => {
    const preview = await importText('Company,Role\n,Intern\nStripe,  \n');
    expect(preview.errors).toEqual(["Row 2: 'Company': Company is required"]);
    expect(preview.rows.map((r) => [r.application.company, r.application.role])).toEqual([['Stripe', 'Internship']]);
  });

  it('says nothing of how a refused row was read: it imports nothing, so no warning and no count in a note', async () => {
    // Rows 3 and 4 are a board's to-do cards with no company: read, they would say what lines 2 and 5 say.
    const preview = await importText(
      'Company,Role,Status,Due Date\n' +
        'Stripe,SWE Intern,Offer,2026-03-20\n' +
        ',Prep for Stripe,blocked,\n' +
        ',Negotiate the offer,Offer,2026-03-21\n' +
        'Ramp,SWE Intern,blocked,\n',
    );
    expect(preview.errors).toEqual(["Row 3: 'Company': Company is required", "Row 4: 'Company': Company is required"]);
    expect(preview.warnings).toEqual([
      "Row 5: 'Status' is not a stage in your pipeline or a status this app knows (got 'blocked'); imported as Wishlist, and kept in the notes as 'Status: …'",
    ]);
    expect(preview.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Due Date': a date still ahead on a row at the offer stage was read as the deadline to answer the offer (1 row).",
    ]);
  });

  it('counts a reading once for a row that makes it twice, as notes count rows', async () => {
    const preview = await importText(
      'Company,Role,Interview dates\nStripe,SWE Intern,Mar 20; Mar 24\nRamp,SWE Intern,Mar 22\n',
    );
    expect(preview.notes).toEqual([
      "'Interview dates': dates without a year were read in the year that puts them nearest today (2 rows).",
    ]);
  });

  it('keeps a link that is not a web address in the notes and completes one without https://', async () => {
    const preview = await importText('Company,Role,Link\nA,Intern,not a link\nB,Intern,jobs.example.com/42\n');
    expect(preview.warnings).toEqual([
      "Row 2: 'Link' is not a web address starting with https:// (got 'not a link'), so it was kept in the notes as 'Link: …'",
    ]);
    expect(preview.rows.map((r) => [r.application.postingUrl, r.application.notes])).toEqual([
      ['', 'Link: not a link'],
      ['https://jobs.example.com/42', ''],
    ]);
  });

  it('refuses a row with more values than columns', async () => {
    const preview = await importText('Company,Role\nStripe,Intern,extra\n');
    expect(preview.errors).toEqual(['Row 2: has 3 values but the header has 2 columns']);
  });

  it('imports an unknown status with a warning, as applied when there is an applied date, keeping it in the notes', async () => {
    const preview = await importText(
      'Company,Role,Status,Applied\nA,Intern,Coffee chat booked,2026-01-02\nB,Intern,Coffee chat booked,\n',
    );
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['applied', 'Status: Coffee chat booked'],
      ['wishlist', 'Status: Coffee chat booked'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Status' is not a stage in your pipeline or a status this app knows (got 'Coffee chat booked'); imported as Applied, and kept in the notes as 'Status: …'",
      "Row 3: 'Status' is not a stage in your pipeline or a status this app knows (got 'Coffee chat booked'); imported as Wishlist, and kept in the notes as 'Status: …'",
    ]);
  });

  it("imports a waitlist after the interviews, in the pipeline's own stage of that name where it has one", async () => {
    const file = 'Company,Role,Status\nA,Intern,Waitlisted\nB,Intern,On the waitlist\n';
    const preview = await importText(file);
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['final-round', 'Status: Waitlisted'],
      ['final-round', 'Status: On the waitlist'],
    ]);
    expect(preview.notes).toEqual([
      "'Status': your pipeline has no stage 'Waitlisted', so it was read as In process and imported as Final round; the whole status was kept in the notes as 'Status: …' (1 row).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Status': your pipeline has no stage 'On the waitlist', so it was read as In process and imported as Final round; the whole status was kept in the notes as 'Status: …' (1 row).",
    ]);
    const added = addStage(DEFAULT_PIPELINE, {
      id: 'waitlisted',
      name: 'Waitlisted',
      phase: 'in-process',
      color: 'gray',
    });
    if (!added.ok) throw new Error(added.error);
    const own = await importText(file, { pipeline: added.pipeline });
    expect(own.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['waitlisted', ''],
      ['waitlisted', ''],
    ]);
  });

  it('makes a cohort of both ends only, and keeps one end alone in the notes without leaving the row out', async () => {
    const preview = await importText(
      'Company,Role,Start date,End date\nA,Intern,2026-05-18,\nB,Intern,2026-05-18,2026-08-07\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Start date' needs a matching end date (its end date is empty) (got '2026-05-18'), so it was kept in the notes as 'Start date: …' (merged into an application with a cohort starting that day and no other chosen, it chooses that cohort instead)",
    ]);
    const [a, b] = preview.rows.map((row) => row.application);
    expect(a).toMatchObject({ cohorts: [], notes: 'Start date: 2026-05-18' });
    expect(b!.cohorts).toMatchObject([{ start: '2026-05-18', end: '2026-08-07' }]);
    expect(b!.chosenCohortId).toBe(b!.cohorts[0]!.id);
  });

  it("reads a start date alone as the row's cohort starting that day, not also in the notes", async () => {
    const preview = await importText(
      'Company,Role,Cohorts,Start date,End date\n' +
        'A,Intern,"2026-05-18 → 2026-08-07\n2026-06-15 → 2026-09-04",2026-06-15,\n' +
        'B,Intern,2026-05-18 → 2026-08-07,2026-06-15,\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Start date' needs a matching end date (its end date is empty) (got '2026-06-15'), so it was kept in the notes as 'Start date: …' (merged into an application with a cohort starting that day and no other chosen, it chooses that cohort instead)",
    ]);
    const [a, b] = preview.rows.map((row) => row.application);
    expect(a!.notes).toBe('');
    expect(a!.chosenCohortId).toBe(a!.cohorts.find((c) => c.start === '2026-06-15')!.id);
    expect(b).toMatchObject({ notes: 'Start date: 2026-06-15', chosenCohortId: null });
  });

  it('keeps a cohort date it cannot read in the notes with the other end, without leaving the row out', async () => {
    const preview = await importText(
      'Company,Role,Start date,End date\n' +
        'A,Intern,Summer 2026,2026-08-07\n' +
        'B,Intern,2026-05-18,2026-08-07\n' +
        'C,Intern,Jun 1,Aug 20\n' +
        'D,Intern,2026-06-15,2026-09-04\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Start date' is not a date (got 'Summer 2026'), so it was kept in the notes as 'Start date: …'",
      "Row 2: 'End date' needs a matching start date (its start date could not be read) (got '2026-08-07'), so it was kept in the notes as 'End date: …'",
      "Row 4: 'Start date' has no year, which a cohort's dates need (got 'Jun 1'), so it was kept in the notes as 'Start date: …'",
      "Row 4: 'End date' has no year, which a cohort's dates need (got 'Aug 20'), so it was kept in the notes as 'End date: …'",
    ]);
    const [a, b] = preview.rows.map((row) => row.application);
    expect(a).toMatchObject({ cohorts: [], notes: 'Start date: Summer 2026\n\nEnd date: 2026-08-07' });
    expect(b!.cohorts).toMatchObject([{ start: '2026-05-18', end: '2026-08-07' }]);
  });

  it('offers a start date column with no end date column as notes, so every row imports', async () => {
    const preview = await importText(
      'Company,Role,Status,Start Date\nGoogle,Intern,Offer,6/1/2026\nApple,Intern,Accepted,5/26/2026\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((row) => [row.application.company, row.application.notes])).toEqual([
      ['Google', 'Start Date: 6/1/2026'],
      ['Apple', 'Start Date: 5/26/2026'],
    ]);
  });

  it('builds a cohort from a start date and a length beside it: calendar months, weeks of 7 days, ending the day before', async () => {
    const preview = await importText(
      'Company,Role,Start date,Length\n' +
        'IBM,Placement,05/07/2027,12 months\n' +
        'Arm,Placement,06/07/2027,12 months\n' +
        'Bloomberg,Intern,14/06/2027,10 weeks\n' +
        'J.P. Morgan,Spring Week,06/04/2027,5 days\n' +
        'Sky,Placement,07/09/2027,\n',
    );
    expect(
      preview.rows.map(({ application: a }) => [a.company, a.cohorts.map((c) => [c.start, c.end]), a.notes]),
    ).toEqual([
      ['IBM', [['2027-07-05', '2028-07-04']], ''],
      ['Arm', [['2027-07-06', '2028-07-05']], ''],
      ['Bloomberg', [['2027-06-14', '2027-08-22']], ''],
      // No length in months or weeks: the start alone stays in the notes, as with no length column.
      ['J.P. Morgan', [], 'Start date: 06/04/2027\n\nLength: 5 days'],
      ['Sky', [], 'Start date: 07/09/2027'],
    ]);
    expect(preview.rows[0]!.application.chosenCohortId).toBe(preview.rows[0]!.application.cohorts[0]!.id);
    expect(preview.notes).toEqual(
      expect.arrayContaining([
        "'Start date' with 'Length': a cohort of 12 months from the start (2 rows).",
        "'Start date' with 'Length': a cohort of 10 weeks from the start (1 row).",
      ]),
    );
  });

  it('refuses an end before the start with the validation message', async () => {
    const preview = await importText('Company,Role,Start date,End date\nA,Intern,2026-08-07,2026-05-18\n');
    expect(preview.errors).toEqual(["Row 2: 'Start date': The cohort ends before it starts"]);
  });

  it('refuses to start without a company column', async () => {
    const table = tableOf('Title,Status\nIntern,Applied\n');
    const outcome = await prepareCsvImport(table, {
      ...proposeMapping(table.header),
      pipeline: DEFAULT_PIPELINE,
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
    });
    expect(outcome).toEqual({ status: 'refused', problems: ['Choose the column that holds the company.'] });
  });
});

describe('a date column written in both orders, as a sheet typed by hand', () => {
  const MIXED = [
    'Company,Position,Date Applied',
    'Google,SWE Intern,2026-10-03',
    'Stripe,Backend Intern,15/10/2026',
    'Meta,Data Intern,10/20/2026',
    'Revolut,Product Intern,03/11/2026',
    'Airbnb,SWE Intern,31/02/2026',
  ].join('\n');
  // After every date applied in them: an applied date still to come is not taken.
  const now = new Date('2026-12-01T10:00:00Z');
  const applied = (preview: ImportPreview) => preview.rows.map((r) => [r.application.company, r.application.appliedAt]);

  it('reads each date only one order reads that way, and says the one that reads both ways is a guess', async () => {
    const preview = await importText(MIXED, { now });
    expect(preview.errors).toEqual([]);
    expect(applied(preview)).toEqual([
      ['Google', '2026-10-03'],
      ['Stripe', '2026-10-15'],
      ['Meta', '2026-10-20'],
      ['Revolut', '2026-03-11'],
      ['Airbnb', null],
    ]);
    expect(preview.warnings).toEqual([
      "Row 5: 'Date Applied' mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '03/11/2026' could be 3 November or 11 March; read as 11 March, month first as the date order above says",
      "Row 6: 'Date Applied' has no such day: February 2026 has 28 days (got '31/02/2026'), so it was kept in the notes as 'Date Applied: …'",
    ]);
    // The order is asked, naming the date that reads both ways.
    expect([preview.unsettledDate, preview.mixedDates]).toEqual([
      '03/11/2026',
      { dayFirst: '15/10/2026', monthFirst: '10/20/2026' },
    ]);
  });

  it('reads the dates that read both ways as the student chooses', async () => {
    const preview = await importText(MIXED, { dayFirst: true, now });
    expect(applied(preview).slice(1, 4)).toEqual([
      ['Stripe', '2026-10-15'],
      ['Meta', '2026-10-20'],
      ['Revolut', '2026-11-03'],
    ]);
    expect(preview.warnings[0]).toContain('read as 3 November, day first as the date order above says');
  });

  it('names the file, not the column, when only the file mixes the orders', async () => {
    const preview = await importText(
      'Company,Role,Applied,Deadline\nAcme,Intern,15/10/2026,10/20/2026\nBrex,Intern,03/11/2026,2026-12-01\n',
      { now },
    );
    expect(preview.warnings).toEqual([
      "Row 3: 'Applied': the file mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '03/11/2026' could be 3 November or 11 March; read as 11 March, month first as the date order above says",
    ]);
  });

  it('does not name a column as mixing the orders for a date of a row left out', async () => {
    // Row 4 has a value too many, so it is left out: its '10/20/2026' is no date of 'Applied'.
    const preview = await importText(
      'Company,Role,Applied,Deadline\nAcme,Intern,15/10/2026,10/20/2026\nBrex,Intern,03/11/2026,2026-12-01\nZed,Intern,10/20/2026,,extra\n',
      { now },
    );
    expect(preview.rejectedRows).toEqual([4]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Applied': the file mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '03/11/2026' could be 3 November or 11 March; read as 11 March, month first as the date order above says",
    ]);
  });

  it("names each end of a cohort's range that reads both ways", async () => {
    const preview = await importText(
      'Company,Role,Applied,Internship dates\nAcme,Intern,15/10/2026,14/06/2027 - 03/09/2027\nBrex,Intern,10/20/2026,01/07/2027 – 01/09/2027\n',
      { now },
    );
    expect(preview.warnings).toEqual([
      expect.stringContaining("Row 2: 'Internship dates' is not a cohort"),
      "Row 2: 'Internship dates': the file mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '03/09/2027' could be 3 September or 9 March; read as 9 March, month first as the date order above says",
      "Row 3: 'Internship dates': the file mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '01/07/2027' could be 1 July or 7 January; read as 7 January, month first as the date order above says",
      "Row 3: 'Internship dates': the file mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '01/09/2027' could be 1 September or 9 January; read as 9 January, month first as the date order above says",
    ]);
  });

  it('reads a column that is all day first as before, without a warning', async () => {
    const preview = await importText(
      'Company,Position,Status,Date Applied\nMonzo,Backend Intern,Applied,15/10/2026\nWise,Data Intern,Applied,03/11/2026\n',
      { now },
    );
    expect([preview.dayFirst, preview.unsettledDate, preview.mixedDates, preview.warnings]).toEqual([
      true,
      null,
      null,
      [],
    ]);
    expect(applied(preview)).toEqual([
      ['Monzo', '2026-10-15'],
      ['Wise', '2026-11-03'],
    ]);
  });

  it('says a day the calendar does not have is none, in any date column', async () => {
    const preview = await importText(
      'Company,Role,Deadline,Follow up\nAcme,Intern,2028-02-30,April 31 2026\nBrex,Intern,2028-02-29,April 30 2026\n',
    );
    expect(preview.warnings).toEqual([
      "Row 2: 'Deadline' has no such day: February 2028 has 29 days (got '2028-02-30'), so it was kept in the notes as 'Deadline: …'",
      "Row 2: 'Follow up' has no such day: April 2026 has 30 days (got 'April 31 2026'), so it was kept in the notes as 'Follow up: …'",
    ]);
    // Written without a year, as hand-kept sheets do.
    const yearless = await importText(
      'Company,Role,Deadline\nRamp,Intern,Feb 30\nPlaid,Intern,Jun 31\nBrex,Intern,Jun 30\n',
    );
    expect(yearless.warnings).toEqual([
      "Row 2: 'Deadline' has no such day: February has at most 29 days (got 'Feb 30'), so it was kept in the notes as 'Deadline: …'",
      "Row 3: 'Deadline' has no such day: June has 30 days (got 'Jun 31'), so it was kept in the notes as 'Deadline: …'",
    ]);
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
      { kind: 'row', rowNumber: 3 },
      null,
    ]);
  });

  it('leaves duplicates out when the user skips them', async () => {
    const preview = await importText(file, { existing });
    const plan = planImport(preview, 'skip', existing, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    expect(plan.add.map((a) => [a.company, termLabel(a.term)])).toEqual([
      ['Stripe', 'Summer 2026'],
      ['Stripe', 'Fall 2026'],
    ]);
    expect(plan.update).toEqual([]);
  });

  it('merges duplicates into the existing application or the earlier row', async () => {
    const preview = await importText(file, { existing });
    const plan = planImport(preview, 'merge', existing, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({
      id: 'app-pinterest',
      tags: ['ml', 'big tech', 'new'],
      updatedAt: NOW_INSTANT,
    });
    expect(plan.add.map((a) => a.tags)).toEqual([['a', 'b'], ['c']]);
    expect(plan.problems).toEqual([]);
    expect(plan.unchangedRows).toBe(0);
  });

  it("merges a start date alone into the student's cohort starting that day, not into the notes", async () => {
    const pinterest = aPinterestApplication({ chosenCohortId: null });
    const row = (start: string) => `Pinterest,"${pinterest.role}",Summer 2026,${start},\n`;
    for (const beside of ['End date', 'Length']) {
      const file = `Company,Role,Term,Start date,${beside}\n` + row('2026-06-15') + row('2026-07-06') + row('Summer');
      const preview = await importText(file, { existing: [pinterest] });
      // Read before the choice to merge, the row's warning holds whichever way it goes.
      expect(preview.warnings.find((w) => w.startsWith('Row 2:'))).toMatch(
        /kept in the notes as 'Start date: …' \(merged into an application with a cohort starting that day and no other chosen, it chooses that cohort instead\)$/,
      );
      const merged = (rows: number[]) =>
        planImport(
          { ...preview, rows: preview.rows.filter((r) => rows.includes(r.rowNumber)) },
          'merge',
          [pinterest],
          NOW_INSTANT,
          DEFAULT_PIPELINE,
          US_DATES,
        ).update[0]!;
      // The June cohort's start: chosen, as a cohort of the file's starting that day would be.
      expect(merged([2])).toMatchObject({
        notes: pinterest.notes,
        cohorts: pinterest.cohorts,
        chosenCohortId: 'cohort-june',
      });
      // A day no cohort starts, or no date: kept in the notes, as for a new application.
      expect(merged([3])).toMatchObject({
        notes: `${pinterest.notes}\n\nStart date: 2026-07-06`,
        chosenCohortId: null,
      });
      expect(merged([4])).toMatchObject({ notes: `${pinterest.notes}\n\nStart date: Summer`, chosenCohortId: null });
      expect(leftOutBySkipping(preview, [pinterest], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES).get(2)).toBeUndefined();
    }
  });

  it('keeps a start date alone in the notes when merged into an application with another cohort chosen', async () => {
    const file = `Company,Role,Term,Start date,End date\nPinterest,"${aPinterestApplication().role}",Summer 2026,2026-06-15,\n`;
    const merge = async (chosenCohortId: string) => {
      const pinterest = aPinterestApplication({ chosenCohortId });
      const preview = await importText(file, { existing: [pinterest] });
      const plan = planImport(preview, 'merge', [pinterest], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
      const leftOut = leftOutBySkipping(preview, [pinterest], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
      return { notes: plan.update[0]?.notes, chosen: plan.update[0]?.chosenCohortId, leftOut: leftOut.get(2) };
    };
    const pinterest = aPinterestApplication();
    // The student chose the May cohort: the merge keeps it, so the June start stays in the notes.
    expect(await merge('cohort-may')).toEqual({
      notes: `${pinterest.notes}\n\nStart date: 2026-06-15`,
      chosen: 'cohort-may',
      leftOut: ['notes'],
    });
    // The student chose the June cohort itself: nothing is lost, so the merge changes nothing.
    expect(await merge('cohort-june')).toEqual({ notes: undefined, chosen: undefined, leftOut: undefined });
  });

  it('keeps a start date alone in the notes when merged into an earlier row with another cohort chosen', async () => {
    const preview = await importText(
      'Company,Role,Cohorts,Start date,End date\n' +
        'A,Intern,"2026-05-18 → 2026-08-07\n2026-06-15 → 2026-09-04",2026-05-18,2026-08-07\n' +
        'A,Intern,,2026-06-15,\n',
    );
    expect(preview.rows.map((r) => r.duplicateOf?.kind ?? null)).toEqual([null, 'row']);
    const plan = planImport(preview, 'merge', [], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    const [a] = plan.add;
    expect(a!.notes).toBe('Start date: 2026-06-15');
    expect(a!.chosenCohortId).toBe(a!.cohorts.find((c) => c.start === '2026-05-18')!.id);
    expect(leftOutBySkipping(preview, [], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES).get(3)).toEqual(['notes']);
  });

  it('leaves out, and counts, rows whose merge changes nothing, as our own export merged back does', async () => {
    const stripe = aPinterestApplication({ id: 'app-stripe', company: 'Stripe', role: 'SWE Intern' });
    const apps = [aPinterestApplication(), stripe];
    const exported = applicationsToCsv(apps, { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
    const preview = await importText(exported, { existing: apps });
    const plan = planImport(preview, 'merge', apps, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    expect([plan.add, plan.update, plan.unchangedRows]).toEqual([[], [], 2]);
    // One row with something new is merged; the other still changes nothing.
    const withNew = await importText(
      applicationsToCsv([apps[0]!, { ...stripe, tags: [...stripe.tags, 'fintech'] }], {
        pipeline: DEFAULT_PIPELINE,
        now: IMPORT_NOW,
      }),
      { existing: apps },
    );
    const merged = planImport(withNew, 'merge', apps, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    expect([merged.update.map((app) => app.id), merged.unchangedRows]).toEqual([['app-stripe'], 1]);
  });
});

describe('merging a file a second time', () => {
  it('says nothing of what the first merge wrote into the notes, as nothing more is written', async () => {
    const tracked = aPinterestApplication({
      id: 'app-stripe',
      company: 'Stripe',
      role: 'SWE Intern',
      appliedAt: '2026-01-05',
    });
    const file = 'Company,Role,Date Applied\nStripe,SWE Intern,2026-02-03\n';
    const first = planImport(
      await importText(file, { existing: [tracked] }),
      'merge',
      [tracked],
      NOW_INSTANT,
      DEFAULT_PIPELINE,
      US_DATES,
    );
    expect(first.kept).toEqual([
      expect.stringMatching(/^Row 2: Stripe \(SWE Intern\) keeps its applied date .* but written into its notes$/),
    ]);
    const merged = first.update;
    const again = planImport(
      await importText(file, { existing: merged }),
      'merge',
      merged,
      NOW_INSTANT,
      DEFAULT_PIPELINE,
      US_DATES,
    );
    expect([again.update, again.unchangedRows, again.kept]).toEqual([[], 1, []]);
  });
});

describe('duplicates that say more than the application they match', () => {
  // A networking sheet with a row per contact at each company and role.
  const file =
    'Company,Role,Status,Contact Name,Contact Email,Notes\n' +
    'Stripe,Software Engineering Intern,Interviewing,Priya Shah,priya@stripe.com,\n' +
    'Stripe,Software Engineering Intern,Interviewing,Tom Becker,tom@stripe.com,\n' +
    'Stripe,Software Engineering Intern,Offer,Ana Ruiz,ana@stripe.com,Met at the career fair\n' +
    'Ramp,Software Engineer Intern,Applied,,,\n' +
    'Ramp,Software Engineer Intern,Applied,,,\n';

  it('says for each what skipping it leaves out', async () => {
    const preview = await importText(file);
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([
      null,
      { kind: 'row', rowNumber: 2 },
      { kind: 'row', rowNumber: 2 },
      null,
      { kind: 'row', rowNumber: 5 },
    ]);
    expect(Object.fromEntries(leftOutBySkipping(preview, [], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES))).toEqual({
      3: ['the contact Tom Becker'],
      4: ['the contact Ana Ruiz', 'the stage Offer', 'notes'],
    });
  });

  it('names each value it states otherwise than the row it matches: the applied date, the pay, the excitement, the source', async () => {
    // Two offices of one role: the second row was applied to first, for other pay.
    const preview = await importText(
      'Company,Position,Location,Date Applied,Salary,Excitement,Source,Notes\n' +
        'Lyft,Security Engineering Intern,,1/29/2026,25-30k,3,LinkedIn,\n' +
        'Lyft,Security Engineering Intern,"Austin, TX",9/15/2025,$40/hr + housing,5,Handshake,via referral\n' +
        'Lyft,Security Engineering Intern,,1/29/2026,25-30k,3,linkedin,\n',
    );
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([
      null,
      { kind: 'row', rowNumber: 2 },
      { kind: 'row', rowNumber: 2 },
    ]);
    expect(Object.fromEntries(leftOutBySkipping(preview, [], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES))).toEqual({
      3: [
        'places',
        "the pay '$40/hr + housing'",
        "the applied date 'Mon, Sep 15, 2025'",
        "the source 'Handshake'",
        "the excitement '5 of 5'",
        'notes',
      ],
    });
  });

  it('keeps every contact when they are merged', async () => {
    const preview = await importText(file);
    const plan = planImport(preview, 'merge', [], NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    expect(plan.add.map((a) => [a.company, a.contacts.map((c) => c.name)])).toEqual([
      ['Stripe', ['Priya Shah', 'Tom Becker', 'Ana Ruiz']],
      ['Ramp', []],
    ]);
  });
});

describe('merging an Excel file into applications with their deadlines tracked', () => {
  // The tester's file: Arm's deadline 08/12/2026 and Revolut's 10/12/2026, which day first is the
  // day Arm's deadline to apply and Revolut's assessment are already tracked.
  const arm = aPinterestApplication({
    id: 'app-arm',
    company: 'Arm',
    role: 'Graduate Intern, CPU',
    term: { season: null, year: null, text: '' },
    postingUrl: '',
    deadlines: [{ id: 'arm-apply', kind: 'application', at: '2026-12-08T09:00:00Z', label: '', done: false }],
    offer: null,
  });
  const revolut = aPinterestApplication({
    id: 'app-revolut',
    company: 'Revolut',
    role: 'Backend Intern',
    term: { season: null, year: null, text: '' },
    postingUrl: '',
    deadlines: [{ id: 'revolut-oa', kind: 'assessment', at: '2026-12-10T23:59:00Z', label: '', done: false }],
    offer: null,
  });
  const existing = [arm, revolut];
  // The file's other values that differ from what is tracked are kept out too, and said.
  const OTHER_VALUES_KEPT = [
    "Row 2: Revolut (Backend Intern) keeps its pay '$11,000 monthly': the file's pay '£20/hour' is not taken, but written into its notes",
    "Row 2: Revolut (Backend Intern) keeps its applied date 'Mon, Jan 5, 2026': the file's applied date 'Wed, Dec 2, 2026' is not taken, but written into its notes",
    "Row 2: Revolut (Backend Intern) keeps its work mode 'Hybrid': the file's work mode 'Remote' is not taken, but written into its notes",
    "Row 3: Arm (Graduate Intern, CPU) keeps its pay '$11,000 monthly': the file's pay '£25,000 - £28,000 per annum' is not taken, but written into its notes",
    "Row 3: Arm (Graduate Intern, CPU) keeps its work mode 'Hybrid': the file's work mode 'On-site' is not taken, but written into its notes",
  ];
  beforeEach(() => {
    process.env.TZ = 'UTC';
  });

  async function mergedDeadlines(dayFirst: boolean) {
    // On December 3, after the file's applied dates.
    const now = new Date('2026-12-03T10:00:00Z');
    const preview = await importText(csvFixture('excel-bom-crlf.csv'), { existing, dayFirst, now });
    expect(preview.rows.filter((r) => r.duplicateOf?.kind === 'existing').map((r) => r.rowNumber)).toEqual([2, 3]);
    const plan = planImport(preview, 'merge', existing, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
    const byId = new Map(plan.update.map((app) => [app.id, app.deadlines.map((d) => `${d.kind} ${d.at}`)]));
    return { arm: byId.get('app-arm'), revolut: byId.get('app-revolut'), kept: plan.kept };
  }

  it('day first: adds no second deadline on the day of one already tracked', async () => {
    const merged = await mergedDeadlines(true);
    expect([merged.arm, merged.revolut]).toEqual([
      ['application 2026-12-08T09:00:00Z'],
      ['assessment 2026-12-10T23:59:00Z'],
    ]);
    expect(merged.kept).toEqual([
      `Row 2: the file's 'Application deadline: Thu, Dec 10, 2026' is taken as Revolut (Backend Intern)'s 'Assessment due: Thu, Dec 10, 2026, 11:59 PM' on the same day, and not added`,
      ...OTHER_VALUES_KEPT,
    ]);
  });

  it('month first: keeps the deadline to apply already tracked and says which date of the file is not added', async () => {
    const merged = await mergedDeadlines(false);
    expect(merged.arm).toEqual(['application 2026-12-08T09:00:00Z']);
    // Revolut has no deadline to apply: Oct 12 is added, as the file says, beside its assessment.
    expect(merged.revolut).toEqual(['assessment 2026-12-10T23:59:00Z', 'application 2026-10-12']);
    expect(merged.kept).toEqual([
      ...OTHER_VALUES_KEPT.slice(0, 3),
      `Row 3: Arm (Graduate Intern, CPU) keeps its 'Application deadline: Tue, Dec 8, 2026, 9:00 AM': the file's 'Application deadline: Wed, Aug 12, 2026' is not added, but written into its notes (add it by hand if both are right)`,
      ...OTHER_VALUES_KEPT.slice(3),
    ]);
  });
});

describe('a row that matches only a row that duplicates an application you have', () => {
  const existing = [aPinterestApplication()];
  // Row 2 has no term, so it is the Summer 2026 application already there; line 3 is a Fall
  // internship, which line 2 would match too, but which is not the one already there.
  const file =
    'Company,Role,Term,Tags\n' +
    "Pinterest,Master's Machine Learning Internship 2026 (USA),,new\n" +
    "Pinterest,Master's Machine Learning Internship 2026 (USA),Fall 2026,fall\n";

  it('is a new application, whether duplicates are merged or skipped', async () => {
    const preview = await importText(file, { existing });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([{ kind: 'existing', id: 'app-pinterest' }, null]);
    for (const choice of ['merge', 'skip'] as const) {
      const plan = planImport(preview, choice, existing, NOW_INSTANT, DEFAULT_PIPELINE, US_DATES);
      expect(plan.add.map((a) => [termLabel(a.term), a.tags])).toEqual([['Fall 2026', ['fall']]]);
    }
  });
});

describe("a column named 'Company / Role'", () => {
  it('imports the company and the role its values name, as a title column', async () => {
    const preview = await importText(
      'Company / Role,Status\nStripe - Software Engineering Intern,Applied\nDatadog: SWE Intern,Applied\nSWE Intern at Ramp,Rejected\n',
    );
    expect(preview.rows.map((r) => [r.application.company, r.application.role])).toEqual([
      ['Stripe', 'Software Engineering Intern'],
      ['Datadog', 'SWE Intern'],
      ['Ramp', 'SWE Intern'],
    ]);
  });
});

describe('cohort ranges and the date order', () => {
  const cohorts = (preview: ImportPreview) =>
    preview.rows.map((r) => r.application.cohorts.map((c) => [c.start, c.end]));
  const gb = { localeDayFirst: true, timeZone: 'Europe/London' };

  it("settles the file's order by a range's end that only day first reads", async () => {
    const text = [
      'Company,Role,Internship dates,Status',
      'Stripe,SWE Intern,01/06/2027 - 20/08/2027,Applied',
      'Ramp,Backend Intern,14/06/2027 - 03/09/2027,Applied',
      'Monzo,Backend Intern,01/07/2027 – 01/09/2027,Applied',
    ].join('\n');
    // The student's own order would be the proposal: the dates must decide alone.
    const preview = await importText(text, { localeDayFirst: false, timeZone: 'America/New_York' });
    expect([preview.dayFirst, preview.unsettledDate, preview.warnings]).toEqual([true, null, []]);
    expect(cohorts(preview)).toEqual([
      [['2027-06-01', '2027-08-20']],
      [['2027-06-14', '2027-09-03']],
      [['2027-07-01', '2027-09-01']],
    ]);
  });

  it("reads a 'Start / End date' column of ranges the same way", async () => {
    const text =
      'Company,Role,Start / End date\nStripe,SWE Intern,01/06/2027 - 20/08/2027\nMonzo,Intern,01/07/2027 – 01/09/2027\n';
    const preview = await importText(text, gb);
    expect([preview.dayFirst, preview.unsettledDate]).toEqual([true, null]);
    expect(cohorts(preview)).toEqual([[['2027-06-01', '2027-08-20']], [['2027-07-01', '2027-09-01']]]);
  });

  it('asks when no range settles the order, proposing as for single dates', async () => {
    const text = 'Company,Role,Dates\nMonzo,Intern,01/07/2027 – 01/09/2027\nWise,Intern,02/06/2027 – 03/08/2027\n';
    const preview = await importText(text, gb);
    expect([preview.dayFirst, preview.unsettledDate, preview.dateOrderProposal]).toEqual([
      true,
      '01/07/2027',
      { dayFirst: true, basis: { kind: 'zone', zone: 'Europe/London' } },
    ]);
    expect(cohorts(preview)).toEqual([[['2027-07-01', '2027-09-01']], [['2027-06-02', '2027-08-03']]]);
    const chosen = await importText(text, { ...gb, dayFirst: false });
    expect(cohorts(chosen)).toEqual([[['2027-01-07', '2027-01-09']], [['2027-02-06', '2027-03-08']]]);
  });

  it('settles the order by the ends of a deadline range too', async () => {
    const text = 'Company,Role,Deadline\nAcme,Intern,01/02/2027 → 15/02/2027\nBeta,Intern,03/04/2027\n';
    const preview = await importText(text, { localeDayFirst: false, timeZone: 'America/New_York' });
    expect([preview.dayFirst, preview.unsettledDate]).toEqual([true, null]);
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
      pipeline: DEFAULT_PIPELINE,
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
      pipeline: DEFAULT_PIPELINE,
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

describe('the applications already there, still being read', () => {
  it('reads every row meanwhile, and finds the duplicates once they arrive', async () => {
    const file =
      'Company,Role,Term\n' +
      "Pinterest,Master's Machine Learning Internship 2026 (USA),Summer 2026\n" +
      'Figma,Product Design Intern,Summer 2027\n';
    let arrive: (apps: Application[]) => void = () => undefined;
    const existing = new Promise<Application[]>((resolve) => (arrive = resolve));
    // The database answers only after the last row is read: a check that waited for it first
    // would never finish.
    const onProgress = (done: number, total: number) => {
      if (done === total) arrive([aPinterestApplication()]);
    };
    const preview = await importText(file, { existing, onProgress });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([{ kind: 'existing', id: 'app-pinterest' }, null]);
  });
});

describe('our export, imported where its stage is not in the pipeline', () => {
  it("keeps the stage's name as its step's note in the history", async () => {
    const withChat = addStage(DEFAULT_PIPELINE, {
      id: 'chat',
      name: 'Coffee chat',
      phase: 'in-process',
      color: 'teal',
    });
    if (!withChat.ok) throw new Error(withChat.error);
    const pinterest = aPinterestApplication();
    const chat = { id: 'h3', stageId: 'chat', phase: 'in-process', at: '2026-02-20T10:00:00-08:00', note: '' } as const;
    const chatting: Application = { ...pinterest, stageId: 'chat', stageHistory: [...pinterest.stageHistory, chat] };
    const csv = applicationsToCsv([chatting], { pipeline: withChat.pipeline, now: IMPORT_NOW });
    const preview = await importText(csv);
    expect(preview.errors).toEqual([]);
    const [imported] = preview.rows.map((row) => row.application);
    expect([imported!.stageId, imported!.stageHistory.at(-1)]).toMatchObject([
      'online-assessment',
      { stageId: 'online-assessment', note: 'Coffee chat' },
    ]);
    expect(preview.notes).toContain(
      "'Stage history': your pipeline has no stage 'Coffee chat', so it was read as In process and imported as Online assessment; its name was kept as that step's note (1 row).",
    );
  });
});

describe('pay in lakh and crore, as an Indian student writes it', () => {
  it('reads "L", "LPA" and "Cr" in rupees and to the rupee, in a pay column and in a Min. pay column alike', async () => {
    const pay = await importText('Company,Role,Pay\nZoho,SDE Intern,₹1.1L per month\nInfosys,SE Intern,2.3 LPA\n');
    expect(pay.rows.map((r) => r.application.pay)).toMatchObject([
      { min: 110000, max: 110000, currency: 'INR', period: 'month' },
      { min: 230000, max: 230000, currency: 'INR', period: 'year' },
    ]);
    const min = await importText('Company,Role,Min. Salary\nZoho,SDE Intern,12 LPA\nTCS,Analyst,1.1 lakh\n');
    expect(min.rows.map((r) => r.application.pay)).toMatchObject([
      { min: 1200000, max: null, currency: 'INR', period: 'year' },
      { min: 110000, max: null, currency: 'INR' },
    ]);
  });
});

describe('company cells merged over several rows, as a sheet exports them', () => {
  // Google Sheets and Excel write a merged cell's value on its first row only.
  const MERGED =
    'Company,Role,Status\nGoogle,SWE Intern,Applied\n,STEP Intern,Applied\n,Data Intern,Rejected\nMeta,PM Intern,Applied\n,Infra Intern,Interview\n';

  it('leaves the rows under a company without one out, offering the company above for them', async () => {
    const preview = await importText(MERGED);
    expect(preview.rejectedRows).toEqual([3, 4, 6]);
    expect(preview.companyFromAbove).toEqual([3, 4, 6]);
  });

  it('takes the company of the row above for them once the student chooses so', async () => {
    const preview = await importText(MERGED, { companyFromAbove: true });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.rowNumber, r.application.company, r.application.role])).toEqual([
      [2, 'Google', 'SWE Intern'],
      [3, 'Google', 'STEP Intern'],
      [4, 'Google', 'Data Intern'],
      [5, 'Meta', 'PM Intern'],
      [6, 'Meta', 'Infra Intern'],
    ]);
    // Still said, so the choice stays on the screen to be undone.
    expect(preview.companyFromAbove).toEqual([3, 4, 6]);
  });

  it('runs on past a row with a value too many, which is still a row of the run', async () => {
    // A note typed past the last column (line 3, 4): the row cannot be read as it stands, but its
    // company, or the merged one above it, is still the run's.
    const preview = await importText(
      'Company,Role,Status\nGoogle,SWE Intern,Applied\n,STEP Intern,Applied,call back\n' +
        'Meta,PM Intern,Applied,extra\n,Infra Intern,Interview\n,Data Intern,Applied\n',
      { companyFromAbove: true },
    );
    // Row 3 is left out for its extra value, so it is not offered the company; lines 5 and 6 are.
    expect(preview.companyFromAbove).toEqual([5, 6]);
    expect(preview.rejectedRows).toEqual([3, 4]);
    expect(preview.rows.map((r) => [r.rowNumber, r.application.company])).toEqual([
      [2, 'Google'],
      [5, 'Meta'],
      [6, 'Meta'],
    ]);
    const underIt = await importText(
      'Company,Role,Status\nGoogle,SWE Intern,Applied\n,STEP Intern,Applied,x\n,Data Intern,Applied\n',
    );
    expect(underIt.companyFromAbove).toEqual([4]);
  });

  it('offers nothing for a row with no company that is under no company, or under the column names again', async () => {
    // Row 2 has none above it; line 5 is the column names again, no application, so nothing runs on from it to line 6.
    const preview = await importText(
      'Company,Role,Status\n,SWE Intern,Applied\nStripe,Intern,Applied\nBrex,Intern,Applied\nCompany,Role,Status\n,Data Intern,Applied\n',
      { companyFromAbove: true },
    );
    expect(preview.companyFromAbove).toEqual([]);
    expect(preview.rejectedRows).toEqual([2, 5, 6]);
    // Nor for one whose title column names its company.
    const titled = await importText('Company,Title,Status\nStripe,,Applied\n,Figma - Design Intern,Applied\n', {
      mapping: ['company', 'companyAndRole', 'stage'],
      companyFromAbove: true,
    });
    expect(titled.companyFromAbove).toEqual([]);
    expect(titled.rows.map((r) => r.application.company)).toEqual(['Stripe', 'Figma']);
  });
});
