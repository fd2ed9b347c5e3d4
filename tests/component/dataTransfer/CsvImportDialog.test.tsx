// The CSV import dialog on a real (fake-indexeddb) database: the proposed mapping and the
// student's changes to it, errors by line, duplicates skipped or merged, refusals that change
// nothing, cancelling, the backup before the import and Undo.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { EMPTY_TERM } from '@shared/term';
import linkedinCsv from '../../fixtures/csv/linkedin-job-applications.csv?raw';
import trackerCsv from '../../fixtures/csv/spreadsheet-tracker.csv?raw';
import trelloCsv from '../../fixtures/csv/trello-board-attachments.csv?raw';
import ukPlacementCsv from '../../fixtures/csv/uk-placement-tracker.csv?raw';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, openDatabase, type AppDatabase } from '../../../renderer/src/db/db';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { resetTransferDesktop } from './transferDesktop';
import { databaseWith, fileOf, storedState } from './transferTestKit';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./transferDesktop')).transferDesktop,
}));

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const STRIPE: Application = anApplication('app-stripe', {
  company: 'Stripe',
  role: 'Software Engineering Intern',
  term: EMPTY_TERM,
  tags: ['fintech'],
  notes: 'Referred by Sam.',
});

async function openImport(db: AppDatabase) {
  const app = renderApp(db);
  await app.user.click(screen.getByRole('button', { name: 'Import CSV…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import from CSV' });
  return { ...app, dialog };
}

/** Opens the dialog, chooses the file and waits until every row is checked. */
async function chooseFile(db: AppDatabase, file: File) {
  const opened = await openImport(db);
  await opened.user.upload(within(opened.dialog).getByLabelText('Choose a CSV file…'), file);
  await screen.findByText(/can be (?:imported\.|read;)/);
  const dialog = await screen.findByRole('dialog', { name: 'Import from CSV' });
  // The columns are drawn after the dialog opens (deferred): the check of the proposed ones,
  // begun as the file was read, may be told first.
  await within(dialog).findAllByRole('combobox', { name: /^Import column / });
  return { ...opened, dialog };
}

const importButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: /^(Import|Merge)/ });

const companies = async (db: AppDatabase) => (await storedState(db)).applications.map((app) => app.company).sort();

describe('choosing a file', () => {
  it('names the export it recognises and shows each column with the field it fills', async () => {
    resetTransferDesktop();
    const { dialog } = await chooseFile(await databaseWith([]), fileOf('Job Applications.csv', linkedinCsv));
    expect(dialog.textContent).toContain('Looks like a LinkedIn export (Job Applications.csv or Saved Jobs.csv).');
    expect(dialog.textContent).toContain('Job Applications.csv: 2 rows, separated by commas.');
    expect(within(dialog).getByText('Both rows can be imported.')).toBeTruthy();
    const asField = (column: string) =>
      (within(dialog).getByRole('combobox', { name: `Import column '${column}' as` }) as HTMLSelectElement).value;
    expect(asField('Company Name')).toBe('company');
    expect(asField('Job Title')).toBe('role');
    expect(asField('Job Url')).toBe('postingUrl');
    // Each column is a row, its first values beside the field it fills.
    expect(within(dialog).getByRole('rowheader', { name: 'Company Name' }).closest('tr')!.textContent).toContain(
      'Datadog',
    );
    expect(importButton(dialog).textContent).toContain('Import 2 applications');
  });

  it.each(['Tracker - Sheet1.tsv', 'tracker.tab'])(
    "reads a spreadsheet's tab-separated download (%s), as it reads tabs in a .txt file",
    async (name) => {
      resetTransferDesktop();
      const db = await databaseWith([]);
      const { dialog } = await chooseFile(db, fileOf(name, 'Company\tRole\nDatadog\tSWE Intern\nFigma\tPM Intern\n'));
      expect(dialog.textContent).toContain(`${name}: 2 rows, separated by tabs.`);
      expect(importButton(dialog).textContent).toContain('Import 2 applications');
    },
  );

  it.each([
    [
      'a workbook',
      fileOf('tracker.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])),
      "'tracker.xlsx' is not a CSV file. Choose a .csv, .tsv or .txt file",
    ],
    [
      'a workbook renamed to .csv',
      fileOf('tracker.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])),
      'This is a spreadsheet workbook (like .xlsx), not a CSV file.',
    ],
    ['an empty file', fileOf('empty.csv', ''), 'The file is empty.'],
    [
      'a header without rows',
      fileOf('header.csv', 'Company,Role\n'),
      'The file has column names but no applications under them.',
    ],
    [
      'a backup',
      fileOf('backup.txt', '{"format":"internship-tracker-backup"}'),
      'This is an Internship Tracker backup, not a CSV file.',
    ],
  ])('refuses %s with its own message and changes nothing', async (_, file, message) => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const { dialog } = await openImport(db);
    // Dropped, so the file picker's filter does not hide the wrong kinds of file.
    fireEvent.drop(within(dialog).getByText(/Drop a \.csv file here/).parentElement!, {
      dataTransfer: { files: [file] },
    });
    expect((await within(dialog).findByRole('alert')).textContent).toContain(message);
    expect(await storedState(db)).toEqual(before);
    expect(desktop.written).toEqual([]);
  });
});

describe('the column mapping', () => {
  it('says which columns with data stay on Ignore, until each is given a field', async () => {
    resetTransferDesktop();
    const { dialog, user } = await chooseFile(await databaseWith([]), fileOf('Trello.csv', trelloCsv));
    const summary = within(dialog).getByRole('status');
    expect(summary.textContent).toBe(
      "All 5 rows can be imported. 2 columns with data will not be imported: 'Card URL', 'Attachment Links'. Import any of them as Notes to keep its values there.",
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: "Import column 'Attachment Links' as" }),
      'notes',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe(
        "All 5 rows can be imported. 1 column with data will not be imported: 'Card URL'. Import it as Notes to keep its values there.",
      ),
    );
  });

  it("forgets the stages chosen for a column's statuses once another column gives the stage", async () => {
    resetTransferDesktop();
    const { dialog, user } = await chooseFile(
      await databaseWith([]),
      fileOf('placements.csv', 'Company,Role,Status,Result\nRazorpay,Intern,HR round,HR round\n'),
    );
    const stageFor = () => within(dialog).getByRole('combobox', { name: 'Stage for HR round (1 row)' });
    await waitFor(() => expect(stageFor()).toHaveProperty('value', 'final-round'));
    await user.selectOptions(stageFor(), 'technical-interview');
    await waitFor(() => expect(stageFor()).toHaveProperty('value', 'technical-interview'));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Status' as" }), '');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Result' as" }), 'stage');
    await waitFor(() => expect(stageFor()).toHaveProperty('value', 'final-round'));
  });

  /** A file whose status column is free text: each row's status its own words ("Waiting on team 1", …). */
  async function chooseFileOfStatuses(count: number) {
    resetTransferDesktop();
    const rows = Array.from({ length: count }, (_, i) => `Acme ${i},Intern,Waiting on team ${i}`);
    return chooseFile(await databaseWith([]), fileOf('statuses.csv', ['Company,Role,Status', ...rows].join('\n')));
  }

  it('offers no stage choice per status when a column writes more statuses than anyone keeps by hand', async () => {
    const { dialog } = await chooseFileOfStatuses(101);
    expect(
      await within(dialog).findByText(/^The file writes 101 different statuses, too many to choose a stage for each/),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('group', { name: 'Stages of the statuses' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: /^Stage for / })).toBeNull();
  });

  it('offers a stage choice for each of 100 statuses, as many as a student may keep by hand', async () => {
    const { dialog } = await chooseFileOfStatuses(100);
    expect(await within(dialog).findByRole('group', { name: 'Stages of the statuses' })).toBeTruthy();
    expect(within(dialog).getAllByRole('combobox', { name: /^Stage for / })).toHaveLength(100);
  });

  it('tells apart two columns of one name by where they are', async () => {
    resetTransferDesktop();
    const { dialog } = await chooseFile(
      await databaseWith([]),
      fileOf('two-notes.csv', 'Company,Role,Notes,Notes\nAcme,Intern,first,second\n'),
    );
    expect(within(dialog).getByRole('combobox', { name: "Import column 'Company' as" })).toBeTruthy();
    for (const column of [3, 4])
      expect(
        within(dialog).getByRole('combobox', { name: `Import column 'Notes' (column ${column}) as` }),
      ).toBeTruthy();
  });

  it('imports with the mapping the student changed', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(db, fileOf('Job Applications.csv', linkedinCsv));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Job Url' as" }), 'Ignore');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Resume Name' as" }), 'Tags');
    await within(dialog).findByText(/can be imported\./);
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Datadog', 'Stripe']));
    const stripe = (await storedState(db)).applications.find((app) => app.company === 'Stripe')!;
    expect(stripe.postingUrl).toBe('');
    expect(stripe.tags).toEqual(['Resume_2024.pdf']);
    expect(stripe.notes).toContain('Are you authorized to work in the US?: Yes');
  });

  it('asks before closing throws away the columns the student chose', async () => {
    resetTransferDesktop();
    const { dialog, user } = await chooseFile(await databaseWith([]), fileOf('Job Applications.csv', linkedinCsv));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Job Url' as" }), 'Ignore');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(
      (within(dialog).getByRole('combobox', { name: "Import column 'Job Url' as" }) as HTMLSelectElement)
        .selectedOptions[0]!.textContent,
    ).toBe('Ignore');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('explains why a mapping cannot be imported and keeps the import button off', async () => {
    resetTransferDesktop();
    const { dialog, user } = await chooseFile(await databaseWith([]), fileOf('Job Applications.csv', linkedinCsv));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: "Import column 'Company Name' as" }),
      'Ignore',
    );
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Choose the column that holds the company.',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Job Url' as" }), 'Role');
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      "Only one column can be Role: 'Job Title' and 'Job Url' both are.",
    );
    expect(importButton(dialog)).toHaveProperty('disabled', true);
  });
});

describe('what the dialog says about whole columns', () => {
  it('offers a column whose values do not fit its field as notes, and says how a 1–10 scale was read', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('tracker.csv', 'Company,Role,Follow up,Excitement\nAcme,Intern,email Sarah,8\nBeta,Analyst,call Tom,10\n'),
    );
    expect(
      (within(dialog).getByRole('combobox', { name: "Import column 'Follow up' as" }) as HTMLSelectElement).value,
    ).toBe('notes');
    expect(within(dialog).getByRole('list', { name: 'Columns offered as notes' }).textContent).toBe(
      "'Follow up' does not hold dates (for example 'email Sarah'), so it is offered as notes: each value goes into the notes as 'Follow up: …'. Choose Follow-up date to read it as that instead.",
    );
    expect(within(dialog).getByRole('region', { name: 'How columns were read' }).textContent).toBe(
      "'Excitement' goes up to 10, so it was read onto excitement from 1 to 5: 1–2 as 1, 3–4 as 2, 5–6 as 3, 7–8 as 4, 9–10 as 5.",
    );
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Acme', 'Beta']));
    const stored = (await storedState(db)).applications;
    const acme = stored.find((app) => app.company === 'Acme')!;
    expect([acme.excitement, acme.followUp, acme.notes]).toEqual([4, null, 'Follow up: email Sarah']);
    expect(stored.find((app) => app.company === 'Beta')!.excitement).toBe(5);
  });
});

describe('a column offered as notes, mapped by hand', () => {
  it('loses its note once the student chooses a field for it', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('tracker.csv', 'Company,Role,Follow up\nAcme,Intern,email Sarah\nBeta,Analyst,call Tom\n'),
    );
    expect(within(dialog).getByRole('list', { name: 'Columns offered as notes' })).toBeTruthy();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: "Import column 'Follow up' as" }), '');
    expect(within(dialog).queryByRole('list', { name: 'Columns offered as notes' })).toBeNull();
  });
});

describe('checking every row', () => {
  it('lists each problem by row, says a column can be read as another field, and imports the other rows', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('tracker.csv', trackerCsv.replace('Remote,', 'Remote,extra,')),
    );
    expect(dialog.textContent).toContain('Looks like a spreadsheet job tracker.');
    expect(within(dialog).getByRole('status').textContent).toContain(
      '2 of 3 rows can be imported. 1 row with problems will be left out.',
    );
    expect(within(within(dialog).getByRole('list', { name: 'Problems by row' })).getAllByRole('listitem')).toEqual([
      expect.objectContaining({ textContent: 'Row 4: has 11 values but the header has 10 columns' }),
    ]);
    expect(dialog.textContent).toContain('A column read as the wrong field can be changed above');
    expect(dialog.querySelectorAll('li.rejected .row-number')[0]?.textContent).toBe('4 (has problems)');
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Pinterest', 'Spotify']));
  });

  it('names rows as the spreadsheet does, counting its title rows, however many lines its notes hold', async () => {
    resetTransferDesktop();
    // An Excel tracker (tester36): two title rows, the header on row 3, notes with line breaks.
    const { dialog } = await chooseFile(await databaseWith([]), fileOf('placement-tracker.csv', ukPlacementCsv));
    const samples = within(dialog).getByRole('rowheader', { name: 'Company' }).closest('tr')!.querySelectorAll('li');
    expect([...samples].map((li) => li.textContent)).toEqual([
      '4 Arm',
      '5 Arm',
      '6 BAE Systems',
      '7 Sky',
      '8 Barclays',
    ]);
    const duplicates = within(dialog).getByRole('list', { name: 'Duplicate rows' }).textContent;
    expect(duplicates).toContain('Row 18: Ocado Technology — Placement Software Engineer is also on row 17.');
    expect(duplicates).toContain(
      'Row 28: Jaguar Land Rover — Software Engineering Industrial Placement is also on row 12.',
    );
    const toCheck = within(dialog).getByRole('list', { name: 'Values to check' }).textContent;
    expect(toCheck).toContain("Row 25: 'Salary (£)' has no amount (got 'Competitive')");
  });

  it('says plainly that the lines after a quote never closed could not be read as rows', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const text =
      'Company,Role,Status,Notes\nAcme,Intern,Applied,He said "great fit\nGlobex,"Data Intern,Applied,\n' +
      'Initech,SWE Intern,Applied,ok\nHooli,PM Intern,Applied,ok\nUmbrella,Bio Intern,Rejected,\n';
    const { dialog } = await chooseFile(db, fileOf('unbalanced.csv', text));
    expect(within(dialog).getByRole('status').textContent).toBe(
      '1 of 2 rows can be imported. 1 row with problems will be left out. ' +
        'The rest of the file (4 lines of text from row 3 on) could not be read as rows: a quoted value opened in row 3 ' +
        'is never closed (a " is missing), so all of it became one value. Fix it in the file and choose the file again; ' +
        'importing now leaves those lines out.',
    );
  });

  it('keeps a value its column cannot read in the notes, with a warning, instead of leaving the row out', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(db, fileOf('tracker.csv', trackerCsv));
    expect(within(dialog).getByRole('status').textContent).toContain('All 3 rows can be imported.');
    expect(within(dialog).getByRole('list', { name: 'Values to check' }).textContent).toContain(
      "Row 4: 'Deadline' is not a date (got '31/31/2026'), so it was kept in the notes as 'Deadline: …'",
    );
    // A few are listed open, not folded under their count below "All 3 rows can be imported."
    expect(
      within(dialog)
        .getByText(/^\d+ values? to check: read with a guess or kept in the notes$/)
        .closest('details')?.open,
    ).toBe(true);
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Acme', 'Pinterest', 'Spotify']));
    const acme = (await storedState(db)).applications.find((app) => app.company === 'Acme')!;
    expect(acme.notes).toBe('Status: Phone screen call\n\nDeadline: 31/31/2026');
  });

  it('lists the first 50 problems and counts the rest', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const rows = Array.from({ length: 53 }, (_, i) => `Company ${i},Intern,extra`).join('\n');
    const { dialog } = await chooseFile(db, fileOf('long.csv', `Company,Role\n${rows}\n`));
    const problems = within(within(dialog).getByRole('list', { name: 'Problems by row' })).getAllByRole('listitem');
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)?.textContent).toBe('… and 3 more.');
  });

  it('says which rows had bytes that are not UTF-8 before anything is imported', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const utf8 = new TextEncoder().encode('Company,Role,City\nZürich Insurance,Intern,Zürich\nAcme,Caf');
    const bytes = new Uint8Array([...utf8, 0xe9, ...new TextEncoder().encode(',Bern\n')]);
    const { dialog } = await chooseFile(db, fileOf('mixed.csv', bytes));
    expect(within(dialog).getByRole('list', { name: 'What reading the file changed' }).textContent).toBe(
      "Row 3: bytes that are not UTF-8 text were replaced with '\uFFFD' (the rest of the file is UTF-8). Check those values after the import.",
    );
    expect(within(dialog).getByRole('region', { name: 'Columns and the first rows' }).textContent).toContain(
      'Zürich Insurance',
    );
  });

  it("shows our export's formula-like text in the first rows as it will be imported, without its escape", async () => {
    resetTransferDesktop();
    const app = anApplication('a', { company: '=Acme', role: '@Intern' });
    const text = applicationsToCsv([app], { pipeline: DEFAULT_PIPELINE, now: new Date() });
    expect(text).toContain("'=Acme");
    const { dialog } = await chooseFile(await databaseWith([]), fileOf('export.csv', text));
    const preview = within(dialog).getByRole('region', { name: 'Columns and the first rows' }).textContent;
    expect(preview).toContain('=Acme');
    expect(preview).toContain('@Intern');
    expect(preview).not.toContain("'=Acme");
    expect(preview).not.toContain("'@Intern");
  });

  it('keeps calendar dates on their day in any time zone', async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    resetTransferDesktop();
    const db = await databaseWith([]);
    const file = fileOf(
      'dates.csv',
      'Company,Role,Start date,End date,Deadline\nAcme,Intern,2026-05-18,2026-08-07,06/21/2026\n',
    );
    const { dialog, user } = await chooseFile(db, file);
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Acme']));
    const [acme] = (await storedState(db)).applications;
    expect(acme!.cohorts).toMatchObject([{ start: '2026-05-18', end: '2026-08-07' }]);
    expect(acme!.deadlines).toMatchObject([{ at: '2026-06-21' }]);
  });

  it('asks which comes first when no date settles it, and imports the dates as the student reads them', async () => {
    // An en-US browser in New York: month first, as dates are written there.
    process.env.TZ = 'America/New_York';
    resetTransferDesktop();
    const db = await databaseWith([]);
    // Written day first (5 January, 2 December), but every day is 12 or less.
    const file = fileOf('uk.csv', 'Company,Role,Date Applied\nMonzo,Intern,05-01-2026\nArm,Intern,02-12-2025\n');
    const { dialog, user } = await chooseFile(db, file);
    const question = within(dialog).getByRole('group', { name: 'Dates such as “05-01-2026”' });
    const monthFirst = within(question).getByRole('radio', { name: 'Month first: Fri, May 1, 2026' });
    expect((monthFirst as HTMLInputElement).checked).toBe(true);
    expect(question.textContent).toContain(
      'Month first is proposed, as dates are written where your time zone is (America/New_York).',
    );
    await user.click(within(question).getByRole('radio', { name: 'Day first: Mon, Jan 5, 2026' }));
    await screen.findByText(/can be (?:imported\.|read;)/);
    expect(
      (within(dialog).getByRole('radio', { name: 'Day first: Mon, Jan 5, 2026' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Arm', 'Monzo']));
    const applied = (await storedState(db)).applications.map((app) => [app.company, app.appliedAt]).sort();
    expect(applied).toEqual([
      ['Arm', '2025-12-02'],
      ['Monzo', '2026-01-05'],
    ]);
  });

  it('offers the company of the row above for rows under a merged company cell, and imports them with it once chosen', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const file = fileOf(
      'merged.csv',
      'Company,Role,Status\nGoogle,SWE Intern,Applied\n,STEP Intern,Applied\n,Data Intern,Applied\nMeta,PM Intern,Applied\n',
    );
    const { dialog, user } = await chooseFile(db, file);
    const question = within(dialog).getByRole('group', { name: 'Rows with no company' });
    expect(question.textContent).toContain('Rows 3 and 4 have no company, right under a row that has one');
    expect(importButton(dialog).textContent).toContain('Import 2 applications');
    await user.click(
      within(question).getByRole('checkbox', {
        name: 'Give these 2 rows the company of the last row above them that has one',
      }),
    );
    await waitFor(() => expect(importButton(dialog).textContent).toContain('Import 4 applications'));
    // The question stays, so the choice can be taken back.
    expect(
      within(dialog).getByRole('checkbox', { name: /^Give these \d+ rows? the company of the last row above/ }),
    ).toHaveProperty('checked', true);
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Google', 'Google', 'Google', 'Meta']));
  });

  it("proposes the day first where the page's locale writes it so and its time zone is no place, still asking", async () => {
    process.env.TZ = 'UTC';
    resetTransferDesktop();
    const language = vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    try {
      const db = await databaseWith([]);
      // Every date read either way is past: only the locale speaks for an order.
      const file = fileOf('uk.csv', 'Company,Role,Date Applied\nMonzo,Intern,05-01-2026\nArm,Intern,02-12-2025\n');
      const { dialog } = await chooseFile(db, file);
      const question = within(dialog).getByRole('group', { name: 'Dates such as “05-01-2026”' });
      const dayFirst = within(question).getByRole('radio', { name: 'Day first: Mon, Jan 5, 2026' });
      expect((dayFirst as HTMLInputElement).checked).toBe(true);
      expect(question.textContent).toContain('Day first is proposed, as your language setting (en-GB) writes dates.');
    } finally {
      language.mockRestore();
    }
  });

  it('proposes the day first to a UK student on an en-US browser, by the time zone, still asking', async () => {
    process.env.TZ = 'Europe/London';
    resetTransferDesktop();
    const db = await databaseWith([]);
    const file = fileOf('uk.csv', 'Company,Role,Date Applied\nMonzo,Intern,05-01-2026\nArm,Intern,02-12-2025\n');
    const { dialog, user } = await chooseFile(db, file);
    const question = within(dialog).getByRole('group', { name: 'Dates such as “05-01-2026”' });
    expect(
      (within(question).getByRole('radio', { name: 'Day first: Mon, Jan 5, 2026' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(question.textContent).toContain(
      'Day first is proposed, as dates are written where your time zone is (Europe/London).',
    );
    await user.click(within(question).getByRole('radio', { name: 'Month first: Fri, May 1, 2026' }));
    await waitFor(() =>
      expect(
        (within(dialog).getByRole('radio', { name: 'Month first: Fri, May 1, 2026' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    // The reason is the proposal's, whichever the student picks.
    expect(question.textContent).toContain('Day first is proposed');
  });

  it('reads dates only one order reads that way, and asks about those that read both ways in a mixed column', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const file = fileOf(
      'other-tracker.csv',
      'Company,Position,Date Applied\nStripe,Intern,15/10/2026\nMeta,Intern,10/20/2026\nRevolut,Intern,03/11/2026\nAirbnb,Intern,31/02/2026\n',
    );
    const { dialog, user } = await chooseFile(db, file);
    const question = within(dialog).getByRole('group', { name: 'Dates such as “03/11/2026”' });
    expect(question.textContent).toContain(
      'The file has dates written day first (15/10/2026) and month first (10/20/2026), each read the one way it can be.',
    );
    const toCheck = within(dialog).getByRole('list', { name: 'Values to check' });
    expect(
      within(toCheck)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "Row 4: 'Date Applied' mixes day-first (15/10/2026) and month-first (10/20/2026) dates, so '03/11/2026' could be 3 November or 11 March; read as 11 March, month first as the date order above says",
      "Row 5: 'Date Applied' has no such day: February 2026 has 28 days (got '31/02/2026'), so it was kept in the notes as 'Date Applied: …'",
    ]);
    await user.click(within(question).getByRole('radio', { name: 'Day first: Tue, Nov 3, 2026' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('list', { name: 'Values to check' }).textContent).toContain(
        'read as 3 November, day first',
      ),
    );
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Airbnb', 'Meta', 'Revolut', 'Stripe']));
    const applied = (await storedState(db)).applications.map((app) => [app.company, app.appliedAt]).sort();
    expect(applied).toEqual([
      ['Airbnb', null],
      ['Meta', '2026-10-20'],
      ['Revolut', '2026-11-03'],
      ['Stripe', '2026-10-15'],
    ]);
  });

  it('does not ask when a date settles the order', async () => {
    resetTransferDesktop();
    const file = fileOf('uk.csv', 'Company,Role,Date Applied\nMonzo,Intern,05/01/2026\nArm,Intern,14/01/2026\n');
    const { dialog } = await chooseFile(await databaseWith([]), file);
    expect(within(dialog).queryByRole('group', { name: /^Dates such as/ })).toBeNull();
  });

  it('shows the progress of a large file and Cancel stops it without changing anything', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const rows = Array.from({ length: 6_000 }, (_, i) => `Company ${i},Intern,Applied,2026-01-0${(i % 9) + 1}`);
    const { dialog, user } = await openImport(db);
    await user.upload(
      within(dialog).getByLabelText('Choose a CSV file…'),
      fileOf('big.csv', `Company,Role,Status,Applied\n${rows.join('\n')}\n`),
    );
    const progress = await screen.findByRole('progressbar');
    const review = await screen.findByRole('dialog', { name: 'Import from CSV' });
    expect(Number(progress.getAttribute('max'))).toBe(6_000);
    await user.click(within(review.querySelector('.import-progress')!).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Give a check that did not stop the time to finish: still nothing may change.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await storedState(db)).toEqual(before);
    expect(desktop.written).toEqual([]);
  });
});

describe('duplicates', () => {
  const file = () =>
    fileOf(
      'more.csv',
      'Company,Role,Term,Tags\n' +
        'stripe,software engineering intern,Summer 2026,new\n' +
        'Figma,Design Intern,Summer 2026,a\n' +
        'FIGMA,design intern,,b\n',
    );

  it('lists them and skips them by default', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const { dialog, user } = await chooseFile(db, file());
    expect(within(within(dialog).getByRole('list', { name: 'Duplicate rows' })).getAllByRole('listitem')).toEqual([
      expect.objectContaining({
        textContent:
          'Row 2: stripe — software engineering intern is already tracked. Skipping it leaves out the term and tags.',
      }),
      expect.objectContaining({
        textContent: 'Row 4: FIGMA — design intern is also on row 3. Skipping it leaves out tags.',
      }),
    ]);
    expect(within(dialog).getByRole('radio', { name: /^Skip them/ })).toHaveProperty('checked', true);
    expect(importButton(dialog).textContent).toContain('Import 1 application');
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Figma', 'Stripe']));
    const stored = await storedState(db);
    expect(stored.applications.find((app) => app.id === 'app-stripe')).toEqual(STRIPE);
    expect(stored.applications.find((app) => app.company === 'Figma')!.tags).toEqual(['a']);
  });

  it('names the term of the application a row duplicates', async () => {
    resetTransferDesktop();
    const summer = { ...STRIPE, term: { season: 'summer' as const, year: 2026, text: '' } };
    const { dialog } = await chooseFile(
      await databaseWith([summer]),
      fileOf('more.csv', "Company,Role,Term\nStripe,Software Engineering Intern,Summer '26\n"),
    );
    expect(within(dialog).getByRole('list', { name: 'Duplicate rows' }).textContent).toBe(
      'Row 2: Stripe — Software Engineering Intern is already tracked (Summer 2026).',
    );
  });

  it('merges them into the application they match when asked to', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const { dialog, user } = await chooseFile(db, file());
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    expect(importButton(dialog).textContent).toContain('Import 1 and merge 1');
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Figma', 'Stripe']));
    const stored = await storedState(db);
    expect(stored.applications.find((app) => app.id === 'app-stripe')).toMatchObject({
      tags: ['fintech', 'new'],
      term: { season: 'summer', year: 2026, text: '' },
      notes: 'Referred by Sam.',
    });
    expect(stored.applications.find((app) => app.company === 'Figma')!.tags).toEqual(['a', 'b']);
  });
});

describe('merging a date the student already has', () => {
  it("says which of the file's deadlines merging leaves out, keeping the one tracked", async () => {
    process.env.TZ = 'UTC';
    resetTransferDesktop();
    const tracked = {
      ...STRIPE,
      deadlines: [{ id: 'mine', kind: 'application' as const, at: '2026-12-08T09:00:00Z', label: '', done: false }],
    };
    const db = await databaseWith([tracked]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('deadline.csv', 'Company,Role,Deadline\nStripe,Software Engineering Intern,2026-08-12\n'),
    );
    expect(within(dialog).queryByRole('list', { name: 'Values merging leaves out' })).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    expect(within(dialog).getByRole('list', { name: 'Values merging leaves out' }).textContent).toBe(
      "Row 2: Stripe (Software Engineering Intern) keeps its 'Application deadline: Tue, Dec 8, 2026, 9:00 AM': " +
        "the file's 'Application deadline: Wed, Aug 12, 2026' is not added, but written into its notes (add it by hand if both are right)",
    );
    await user.click(importButton(dialog));
    await waitFor(async () => expect((await storedState(db)).applications[0]!.updatedAt).not.toBe(tracked.updatedAt));
    expect((await storedState(db)).applications[0]!.deadlines).toEqual(tracked.deadlines);
  });
});

describe('nothing to import', () => {
  it('says so when every row is a duplicate being skipped, and keeps the button off', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('same.csv', 'Company,Role,Tags\nStripe,Software Engineering Intern,new\n'),
    );
    expect(dialog.textContent).toContain(
      'Nothing is left to import: every row you could import is a duplicate you skip.',
    );
    // The summary above does not promise the row the choice leaves out.
    expect(within(dialog).getByRole('status').textContent).toBe('The row can be read; it is a duplicate (below).');
    expect(importButton(dialog)).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    expect(importButton(dialog)).toHaveProperty('disabled', false);
  });

  it('refuses a file too big to read, saying how big it is', async () => {
    resetTransferDesktop();
    const { dialog, user } = await openImport(await databaseWith([]));
    const file = fileOf('huge.csv', 'Company,Role\nA,B\n');
    Object.defineProperty(file, 'size', { value: 250 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText('Choose a CSV file…'), file);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      "'huge.csv' is 250 MB; the import reads CSV files of up to 100 MB.",
    );
  });
});

describe('importing', () => {
  it('is one step that Undo takes back: added rows removed, merged ones restored', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('more.csv', 'Company,Role,Tags\nStripe,Software Engineering Intern,new\nFigma,Design Intern,a\n'),
    );
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    await user.click(importButton(dialog));
    const toast = await screen.findByText('Imported 1 application and merged rows into 1 application you had.');
    await waitFor(async () => expect(await companies(db)).toEqual(['Figma', 'Stripe']));
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Imported 1 application and merged rows into 1 application you had.');
    expect(await storedState(db)).toEqual(before);
  });

  it('offers nothing to import when the rows to merge hold nothing new, and says so', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    // Our own export of what is there, merged back.
    const own = applicationsToCsv([STRIPE], { pipeline: DEFAULT_PIPELINE, now: new Date() });
    const { dialog, user } = await chooseFile(db, fileOf('export.csv', own));
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    await within(dialog).findByText(
      'Nothing is left to import: 1 row matched an application you have; nothing in it was new.',
    );
    expect(importButton(dialog)).toHaveProperty('disabled', true);
    // Choosing Merge them left nothing to import: cancelling throws nothing away, so asks nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('counts merged rows with nothing new apart, and leaves their applications as they were', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const own = applicationsToCsv([STRIPE], { pipeline: DEFAULT_PIPELINE, now: new Date() });
    const figma = own.split('\r\n')[1]!.replace('Stripe', 'Figma');
    const { dialog, user } = await chooseFile(db, fileOf('export.csv', `${own}${figma}\r\n`));
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    await user.click(importButton(dialog));
    await screen.findByText('Imported 1 application. 1 row matched an application you have; nothing in it was new.');
    const stored = await storedState(db);
    expect(stored.applications.find((app) => app.id === STRIPE.id)).toEqual(
      before.applications.find((app) => app.id === STRIPE.id),
    );
  });

  it('merges into an application as it is now when another tab saved it while the review was open, and says so', async () => {
    resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('more.csv', 'Company,Role,Tags\nStripe,Software Engineering Intern,new\nFigma,Design Intern,a\n'),
    );
    await user.click(within(dialog).getByRole('radio', { name: /^Merge them/ }));
    const otherTab = applicationsRepository(openDatabase(db.name));
    const theirs = (await otherTab.update({ ...STRIPE, notes: 'B: passed the OA', tags: ['fintech', 'oa'] }, STRIPE))
      .after;
    await user.click(importButton(dialog));

    const toast = await screen.findByText(
      'Imported 1 application and merged rows into 1 application you had. ' +
        'Stripe was changed elsewhere while you reviewed the file: its rows were merged into it as it is now.',
    );
    const stored = await storedState(db);
    expect(stored.applications.find((app) => app.id === STRIPE.id)).toMatchObject({
      notes: 'B: passed the OA',
      tags: ['fintech', 'oa', 'new'],
    });
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Undone: /);
    expect((await storedState(db)).applications).toEqual([theirs]);
  });

  it('says, on Undo, which applications changed since the import and are kept', async () => {
    resetTransferDesktop();
    const db = await databaseWith([]);
    const { dialog, user } = await chooseFile(
      db,
      fileOf('more.csv', 'Company,Role\nStripe,Software Engineering Intern\nFigma,Design Intern\n'),
    );
    await user.click(importButton(dialog));
    const toast = await screen.findByText('Imported 2 applications.');
    await waitFor(async () => expect(await companies(db)).toEqual(['Figma', 'Stripe']));
    const stripe = (await db.applications.toArray()).find((row) => row.company === 'Stripe')!;
    await applicationsRepository(db).update({ ...fromRow(stripe), notes: 'Call Dana back on Monday' }, fromRow(stripe));
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Imported 2 applications. Stripe changed since, so it is kept as it is now.');
    expect(await companies(db)).toEqual(['Stripe']);
  });

  it('writes a backup of what was there first', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const { dialog, user } = await chooseFile(db, fileOf('more.csv', 'Company,Role\nFigma,Design Intern\n'));
    await user.click(importButton(dialog));
    await waitFor(async () => expect(await companies(db)).toEqual(['Figma', 'Stripe']));
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-import']);
    const backup = JSON.parse(desktop.written[0]!.json) as { data: { applications: Application[] } };
    expect(backup.data.applications).toEqual([STRIPE]);
  });

  it('imports nothing when the backup before it cannot be written, and says why', async () => {
    const desktop = resetTransferDesktop();
    desktop.writeError = 'The disk is full.';
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const { dialog, user } = await chooseFile(db, fileOf('more.csv', 'Company,Role\nFigma,Design Intern\n'));
    await user.click(importButton(dialog));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Nothing was imported: a backup of your current data could not be saved first. The disk is full.',
    );
    expect(await storedState(db)).toEqual(before);
  });

  it('changes nothing when cancelled after the check', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([STRIPE]);
    const before = await storedState(db);
    const { dialog, user } = await chooseFile(db, fileOf('Job Applications.csv', linkedinCsv));
    await user.click(
      within(dialog.querySelector('.dialog-footer') as HTMLElement).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedState(db)).toEqual(before);
    expect(desktop.written).toEqual([]);
  });
});
