import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv, csvFormatOfLocale } from '@shared/csv/csvExport';
import { EXPORT_COLUMNS } from '@shared/csv/exportColumns';
import { addStage, DEFAULT_PIPELINE, renameStage, type Pipeline } from '@shared/pipeline';
import { aPinterestApplication } from '../core/pinterestApplication';

// The next date is written in local time: the tests' is Los Angeles.
process.env.TZ = 'America/Los_Angeles';

const NOW = new Date(2026, 1, 5, 12, 0); // 5 Feb 2026, local noon
const OPTIONS = { pipeline: DEFAULT_PIPELINE, now: NOW };

/** The file as rows of cells keyed by header, the way a spreadsheet shows it. */
function sheet(csv: string, delimiter = ','): Record<string, string>[] {
  const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  const [header, ...rows] = data;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

function edited(edit: { ok: true; pipeline: Pipeline } | { ok: false; error: string }): Pipeline {
  if (!edit.ok) throw new Error(edit.error);
  return edit.pipeline;
}

/** Stripe, with an offer in parts, events, a follow-up, a referral and a contact. */
const stripeOffer = aPinterestApplication({
  id: 'app-stripe',
  company: 'Stripe',
  role: 'Software Engineering Intern',
  term: { season: 'summer', year: 2026, text: 'Summer 2026, 12 or 16 weeks' },
  stageId: 'offer',
  phase: 'offer',
  stageHistory: [
    { id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00-08:00', note: '' },
    {
      id: 'h2',
      stageId: 'offer',
      phase: 'offer',
      at: '2026-02-20T11:00:00-08:00',
      note: 'Call with Ana: verbal offer',
    },
  ],
  deadlines: [{ id: 'dl-offer', kind: 'offer-response', at: '2026-03-06', label: 'Answer Ana', done: false }],
  offer: {
    currency: 'USD',
    offeredOn: '2026-02-20',
    housing: { type: 'stipend', amount: 2000, period: 'month' },
    relocation: 1500,
    signOnBonus: null,
    other: [{ id: 'p1', label: 'Commuter: transit pass', amount: 600 }],
    responseDeadlineId: 'dl-offer',
    returnOfferProspects: 'Most interns get one',
  },
  events: [
    {
      id: 'e1',
      kind: 'technical',
      title: 'Round 2 | pairing',
      start: '2026-02-10T10:00:00-08:00',
      durationMinutes: 60,
      location: 'Zoom',
      people: 'Ana, Bo',
      notes: '',
      outcome: 'passed',
    },
    {
      id: 'e2',
      kind: 'online-assessment',
      title: '',
      start: '2026-01-20',
      durationMinutes: null,
      location: '',
      people: '',
      notes: '3 questions\n90 minutes',
      outcome: 'pending',
    },
  ],
  followUp: { on: '2026-02-25', note: 'Thank-you email to Ana', done: true },
  contacts: [
    { id: 'k1', name: 'Ana Ruiz', role: 'Recruiter', email: 'ana@stripe.com', phone: '', notes: '' },
    { id: 'k2', name: '', role: '', email: 'bo@stripe.com', phone: '', notes: '' },
  ],
  excitement: 4,
  sponsorship: 'offers',
  referral: { name: 'Sam Lee', relation: 'Classmate' },
  resumeVersion: 'Resume v3 (backend)',
  coverLetter: 'None',
});

describe('applicationsToCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = applicationsToCsv([aPinterestApplication()], OPTIONS);
    expect(csv.startsWith('\uFEFFCompany,Role,Term,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('writes the header alone when there is nothing to export', () => {
    expect(applicationsToCsv([], OPTIONS)).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  });

  it('writes the Pinterest application the way a career office reads it', () => {
    const [row] = sheet(applicationsToCsv([aPinterestApplication()], OPTIONS));
    expect(row).toEqual({
      Company: 'Pinterest',
      Role: "Master's Machine Learning Internship 2026 (USA)",
      Term: 'Summer 2026',
      'Employment type': 'Internship',
      Source: 'Talent.com',
      'Posting URL': 'https://www.pinterestcareers.com/jobs/123',
      Stage: 'Phone screen',
      Phase: 'In process',
      Archived: '',
      Excitement: '5',
      Applied: '2026-01-05',
      // As a spreadsheet reads a date and time; the other dates are the day alone.
      'Next date': '2026-02-10 17:00',
      'Next date is': 'Assessment due: HackerRank',
      'Follow-up': '',
      Deadlines:
        '2026-02-10T17:00:00-08:00 Assessment due: HackerRank\n2026-03-15 Offer response due\n2026-01-04 Application deadline (done)',
      Events: '',
      'Cohort start': '2026-05-18',
      'Cohort end': '2026-08-07',
      Cohorts: '2026-05-18 to 2026-08-07 (May cohort)\n2026-06-15 to 2026-09-04 (June cohort)',
      'Duration (weeks)': '12',
      Pay: '$11,000 monthly',
      'Monthly pay': '11000',
      'Monthly pay up to': '',
      'Total pay': '30461.54',
      'Total pay up to': '',
      'Pay currency': 'USD',
      'Pay min': '11000',
      'Pay max': '11000',
      'Pay period': 'month',
      // Stated by none but a part-time pay: the convention's 40 go without saying.
      'Hours per week': '',
      'Offer date': '',
      'Offer currency': '',
      Housing: '',
      Relocation: '',
      'Sign-on bonus': '',
      'Other offer parts': '',
      'Offer value': '',
      'Offer value up to': '',
      'Offer response deadline': '',
      'Return-offer prospects': '',
      Locations: 'San Francisco, CA\nPalo Alto, CA\nNew York, NY\nSeattle, WA',
      'Work mode': 'Hybrid',
      'Visa sponsorship': '',
      'Referred by': '',
      'Referral relation': '',
      Contacts: '',
      'Résumé version': '',
      'Cover letter': '',
      Tags: 'ml, big tech',
      Notes: 'Apply once within the USA or Canada; considered for multiple ML teams.',
      'Stage history': '2026-01-05T09:30:00-08:00 Applied\n2026-02-01T16:00:00-08:00 Phone screen: Recruiter call',
    });
  });

  it('writes the offer in parts, events, the follow-up, the referral and the contacts', () => {
    const [row] = sheet(applicationsToCsv([stripeOffer], OPTIONS));
    expect(row).toMatchObject({
      Term: 'Summer 2026, 12 or 16 weeks',
      Stage: 'Offer',
      Phase: 'Offer',
      Excitement: '4',
      // The interview on 10 Feb, which passed and so was not cancelled; the follow-up is done.
      'Next date': '2026-02-10 10:00',
      'Follow-up': '2026-02-25 (done): Thank-you email to Ana',
      Deadlines: '2026-03-06 Offer response due: Answer Ana',
      Events:
        '2026-02-10T10:00:00-08:00 Technical interview (60 min, Passed): Round 2 \\| pairing | where: Zoom | with: Ana, Bo\n' +
        '2026-01-20 Online assessment (Pending) | notes: 3 questions\\n90 minutes',
      'Offer date': '2026-02-20',
      'Offer currency': 'USD',
      Housing: '2000/month',
      Relocation: '1500',
      'Sign-on bonus': '',
      'Other offer parts': 'Commuter\\: transit pass: 600',
      // Over the May cohort (12 weeks): base pay $30,461.54, housing $2,000 a month for 12 weeks
      // ($2,000 × 12 / (52 / 12) = $5,538.46), relocation $1,500, the commuter pass $600.
      'Offer value': '38100',
      'Offer response deadline': '2026-03-06 Offer response due: Answer Ana',
      'Return-offer prospects': 'Most interns get one',
      'Visa sponsorship': 'Offers visa sponsorship',
      'Referred by': 'Sam Lee',
      'Referral relation': 'Classmate',
      Contacts: 'Ana Ruiz | role: Recruiter | email: ana@stripe.com\n | email: bo@stripe.com',
      'Résumé version': 'Resume v3 (backend)',
      'Cover letter': 'None',
      'Stage history':
        '2026-01-05T09:30:00-08:00 Applied\n2026-02-20T11:00:00-08:00 Offer: Call with Ana: verbal offer',
    });
  });

  it("writes the user's stage names, and the phase of one that does not say it", () => {
    const pipeline = edited(
      addStage(edited(renameStage(DEFAULT_PIPELINE, 'applied', 'Sent it')), {
        id: 'coffee',
        name: 'Coffee chat',
        phase: 'in-process',
        color: 'teal',
      }),
    );
    const app = aPinterestApplication({
      stageId: 'coffee',
      stageHistory: [
        { id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00-08:00', note: '' },
        { id: 'h2', stageId: 'online-assessment', phase: 'in-process', at: '2026-01-20T09:30:00-08:00', note: '' },
        { id: 'h3', stageId: 'coffee', phase: 'in-process', at: '2026-02-01T16:00:00-08:00', note: 'With Ana' },
      ],
    });
    const [row] = sheet(applicationsToCsv([app], { pipeline, now: NOW }));
    expect(row).toMatchObject({
      Stage: 'Coffee chat',
      Phase: 'In process',
      'Stage history':
        '2026-01-05T09:30:00-08:00 Sent it (Applied)\n' +
        '2026-01-20T09:30:00-08:00 Online assessment\n' +
        '2026-02-01T16:00:00-08:00 Coffee chat (In process): With Ana',
    });
  });

  it('shows a pay range as from and up to', () => {
    const app = aPinterestApplication({ pay: { min: 40, max: 50, currency: 'USD', period: 'hour', raw: '$40–50/hr' } });
    const [row] = sheet(applicationsToCsv([app], OPTIONS));
    expect(row).toMatchObject({
      'Monthly pay': '6933.33',
      'Monthly pay up to': '8666.67',
      'Total pay': '19200',
      'Total pay up to': '24000',
    });
  });

  it('rounds computed pay to the currency’s smallest unit: no sen in yen', () => {
    const app = aPinterestApplication({
      pay: { min: 2000, max: 2000, currency: 'JPY', period: 'hour', raw: '¥2,000/時' },
    });
    const [row] = sheet(applicationsToCsv([app], OPTIONS));
    // ¥2,000 × 40 hours × 52 weeks / 12 months = ¥346,666.67.
    expect(row).toMatchObject({ 'Monthly pay': '346667', 'Pay currency': 'JPY' });
  });

  it('writes no label that only repeats its kind, whatever its case, spaces or punctuation', () => {
    const app = aPinterestApplication({
      deadlines: [
        { id: 'd1', kind: 'other', at: '2026-02-20', label: 'Deadline', done: false },
        { id: 'd2', kind: 'offer-response', at: '2026-03-06', label: ' offer response due: ', done: false },
        { id: 'd3', kind: 'other', at: '2026-03-09', label: 'Deadline extended', done: false },
      ],
    });
    expect(sheet(applicationsToCsv([app], OPTIONS))[0]).toMatchObject({
      'Next date': '2026-02-20',
      'Next date is': 'Deadline',
      Deadlines: '2026-02-20 Deadline\n2026-03-06 Offer response due\n2026-03-09 Deadline: Deadline extended',
    });
  });

  it('names the cohort start as the next date once deadlines are past', () => {
    const [row] = sheet(applicationsToCsv([aPinterestApplication()], { ...OPTIONS, now: new Date(2026, 3, 1) }));
    expect(row).toMatchObject({ 'Next date': '2026-05-18', 'Next date is': 'May cohort starts' });
  });

  it('writes the only cohort as Cohort start and end when none is chosen (one added by hand)', () => {
    const may = { id: 'c1', start: '2026-05-18', end: '2026-08-07', label: '' };
    const june = { id: 'c2', start: '2026-06-15', end: '2026-09-04', label: '' };
    const one = aPinterestApplication({ cohorts: [may], chosenCohortId: null, durationWeeks: null });
    expect(sheet(applicationsToCsv([one], OPTIONS))[0]).toMatchObject({
      'Cohort start': '2026-05-18',
      'Cohort end': '2026-08-07',
    });
    // Its length stated as the cohort's (12 weeks) too.
    const stated = { ...one, durationWeeks: 12 };
    expect(sheet(applicationsToCsv([stated], OPTIONS))[0]).toMatchObject({ 'Cohort start': '2026-05-18' });
    // Of two, none counts before one is chosen.
    const two = { ...one, cohorts: [may, june] };
    expect(sheet(applicationsToCsv([two], OPTIONS))[0]).toMatchObject({ 'Cohort start': '', 'Cohort end': '' });
    expect(sheet(applicationsToCsv([{ ...two, chosenCohortId: 'c2' }], OPTIONS))[0]).toMatchObject({
      'Cohort start': '2026-06-15',
      'Cohort end': '2026-09-04',
    });
    // A stated 10 weeks beside it: the only cohort's dates are what its pay goes by, chosen or not.
    expect(sheet(applicationsToCsv([{ ...one, durationWeeks: 10 }], OPTIONS))[0]).toMatchObject({
      'Cohort start': '2026-05-18',
      'Duration (weeks)': '10',
    });
  });

  it('has no next date for a closed application', () => {
    const app = aPinterestApplication({
      stageId: 'rejected',
      phase: 'closed',
      stageHistory: [{ id: 'h1', stageId: 'rejected', phase: 'closed', at: '2026-02-02T10:00:00Z', note: '' }],
    });
    expect(sheet(applicationsToCsv([app], OPTIONS))[0]).toMatchObject({
      Stage: 'Rejected',
      Phase: 'Closed',
      'Next date': '',
      'Next date is': '',
    });
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const app = aPinterestApplication({ company: 'Acme, "The" Company', notes: 'two\r\nlines' });
    const csv = applicationsToCsv([app], OPTIONS);
    expect(csv).toContain('"Acme, ""The"" Company"');
    expect(sheet(csv)[0]).toMatchObject({ Company: 'Acme, "The" Company', Notes: 'two\r\nlines' });
  });

  it('escapes text a spreadsheet would run as a formula', () => {
    const app = aPinterestApplication({
      company: '=HYPERLINK("https://evil.example")',
      notes: '@SUM(A1:A9)',
      tags: ['-1'],
      referral: { name: '+1 555 0100', relation: '' },
    });
    const [row] = sheet(applicationsToCsv([app], OPTIONS));
    expect(row).toMatchObject({
      Company: `'=HYPERLINK("https://evil.example")`,
      Notes: "'@SUM(A1:A9)",
      Tags: "'-1",
      'Referred by': "'+1 555 0100",
    });
  });
});

describe('the semicolon-separated format with decimal commas', () => {
  const SEMICOLONS = { ...OPTIONS, format: 'semicolon' } as const;

  it('separates by semicolons and keeps the byte order mark and CRLF', () => {
    const csv = applicationsToCsv([aPinterestApplication()], SEMICOLONS);
    expect(csv.startsWith('\uFEFFCompany;Role;Term;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(applicationsToCsv([], SEMICOLONS)).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(';')}\r\n`);
  });

  it('writes the hours a week a pay states beside its period, and the pay worked out for them', () => {
    const app = aPinterestApplication({
      pay: { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '$20/hour', hoursPerWeek: 20 },
      cohorts: [],
      chosenCohortId: null,
      durationWeeks: 10,
    });
    // $20 × 20 hours × 52 / 12 = $1,733.33 a month; × 20 hours × 10 weeks = $4,000.
    expect(sheet(applicationsToCsv([app], OPTIONS))[0]).toMatchObject({
      'Pay period': 'hour',
      'Hours per week': '20',
      'Monthly pay': '1733.33',
      'Total pay': '4000',
    });
  });

  it('writes the numeric columns with a decimal comma and no thousands separator, text as written', () => {
    const app = aPinterestApplication({
      pay: {
        min: 14.5,
        max: 18.25,
        currency: 'EUR',
        period: 'hour',
        raw: '€14.50–18.25/hr; negotiable',
        hoursPerWeek: 37.5,
      },
      durationWeeks: 12.5,
      offer: {
        ...stripeOffer.offer!,
        housing: { type: 'stipend', amount: 2000.5, period: 'month' },
        relocation: 1500.75,
      },
    });
    const csv = applicationsToCsv([app], SEMICOLONS);
    const [row] = sheet(csv, ';');
    expect(row).toMatchObject({
      'Duration (weeks)': '12,5',
      // Text stays as the student wrote it, its semicolon quoted.
      Pay: '€14.50–18.25/hr; negotiable',
      // €14.50 × 37.5 hours × 52 / 12 = €2,356.25 a month; €18.25, €2,965.63.
      'Monthly pay': '2356,25',
      'Monthly pay up to': '2965,63',
      'Pay min': '14,5',
      'Pay max': '18,25',
      'Hours per week': '37,5',
      Housing: '2000.5/month',
      Relocation: '1500,75',
      'Other offer parts': 'Commuter\\: transit pass: 600',
      Excitement: '5',
    });
    expect(csv).toContain('"€14.50–18.25/hr; negotiable"');
    // The same cells, comma-separated, have decimal points.
    expect(sheet(applicationsToCsv([app], OPTIONS))[0]).toMatchObject({
      'Monthly pay': '2356.25',
      'Pay min': '14.5',
      'Hours per week': '37.5',
    });
  });
});

describe('csvFormatOfLocale', () => {
  it('is semicolons where the locale writes a decimal comma', () => {
    for (const locale of ['de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'es-ES', 'pt-BR', 'de', 'fr_FR.UTF-8'])
      expect([locale, csvFormatOfLocale([locale])]).toEqual([locale, 'semicolon']);
  });

  it('is commas where it writes a decimal point, or when no locale reads', () => {
    for (const locale of ['en-US', 'en-GB', 'en', 'ja-JP', 'de-CH'])
      expect([locale, csvFormatOfLocale([locale])]).toEqual([locale, 'comma']);
    expect(csvFormatOfLocale([])).toBe('comma');
    expect(csvFormatOfLocale([undefined, 'not a locale', 'de-DE'])).toBe('semicolon');
  });
});
