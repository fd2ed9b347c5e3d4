// Data in and out, end to end in Chromium with a persistent profile: the CSV summary exported
// and imported back through the dialog, a backup exported and restored through Settings, a
// broken backup refused with nothing changed, and the screens checked with axe.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';

// Early March 2026: both Pinterest cohorts are still ahead.
const NOW = new Date('2026-03-02T10:00:00-08:00');

async function openAt(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
}

function tableRow(page: Page, company: string) {
  return page.getByRole('grid', { name: 'Applications' }).getByRole('row').filter({ hasText: company });
}

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(tableRow(page, 'Pinterest')).toHaveCount(1);
}

/** Clicks what starts a download and returns the file's bytes and its suggested name. */
async function downloadOf(page: Page, start: () => Promise<void>) {
  const [download] = (await Promise.all([page.waitForEvent('download'), start()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function exportMenuItem(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click();
}

async function deletePinterest(page: Page) {
  await tableRow(page, 'Pinterest').click();
  await page.getByRole('complementary', { name: 'Pinterest' }).getByRole('button', { name: 'Delete' }).click();
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('region', { name: 'Backups' });
}

async function openApplications(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Applications' }).click();
}

/** The cells of a CSV line of plain and quoted values (enough for our export's first row). */
/** Chooses a CSV file of `text` in the import dialog opened from the empty screen; the dialog. */
async function chooseCsvFromEmptyScreen(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import the CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await dialog
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return dialog;
}

function cellsOf(text: string): string[] {
  const cells: string[] = [];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/gy;
  for (let m = cell.exec(text); m; m = cell.exec(text)) {
    cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
    if (m[2] === '\r\n') break;
  }
  return cells;
}

test('exports the CSV summary and imports it back into an empty tracker', async ({ page }) => {
  await openAt(page);
  await loadSample(page);

  const csv = await downloadOf(page, () => exportMenuItem(page, 'CSV summary — all applications'));
  expect(csv.name).toBe('internship-applications-2026-03-02.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8').slice(1);
  const header = cellsOf(text);
  expect(header.slice(0, 8)).toEqual([
    'Company',
    'Role',
    'Term',
    'Employment type',
    'Source',
    'Posting URL',
    'Stage',
    'Phase',
  ]);
  const row = Object.fromEntries(header.map((name, i) => [name, cellsOf(text.slice(text.indexOf('\r\n') + 2))[i]]));
  expect(row).toMatchObject({
    Company: 'Pinterest',
    Term: 'Summer 2026',
    Stage: 'Wishlist',
    Phase: 'Saved',
    Pay: '$11,000 monthly',
    'Monthly pay': '11000',
    'Pay currency': 'USD',
    Cohorts: '2026-05-18 to 2026-08-07 (May cohort)\n2026-06-15 to 2026-09-04 (June cohort)',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Exported 1 application to Downloads/' })).toBeVisible();

  await deletePinterest(page);
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  // The dialog opens on its one step: choosing the file, with a button that opens the chooser.
  const choose = dialog.getByRole('button', { name: 'Choose a CSV file…' });
  await expect(choose).toBeFocused();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles({ name: csv.name, mimeType: 'text/csv', buffer: csv.bytes });
  await expect(dialog).toContainText('Looks like a CSV summary exported from Internship Tracker.');
  await expect(dialog.getByRole('region', { name: 'Columns and the first rows' })).toBeFocused();
  await expect(dialog.getByRole('status')).toHaveText('The row can be imported.');
  await dialog.getByRole('button', { name: 'Import 1 application' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 application.' })).toBeVisible();

  const imported = tableRow(page, 'Pinterest');
  await expect(imported).toContainText('$11,000');
  await expect(imported).toContainText('May 18');
  await expect(imported).toContainText('Wishlist');
  await imported.click();
  const detail = page.getByRole('complementary', { name: 'Pinterest' });
  await expect(detail).toContainText('$30,461.54');
  await expect(detail.getByRole('radio', { name: /May 18, 2026/ })).toBeVisible();
  await expect(detail.getByRole('radio', { name: /Jun 15, 2026/ })).toBeVisible();
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('exports the CSV summary as German Excel opens it, reads it back the same, and keeps the format picked', async ({
    page,
  }) => {
    await openAt(page);
    await loadSample(page);
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Export' });
    const group = section.getByRole('group', { name: 'CSV summary format' });
    const semicolons = group.getByRole('radio', {
      name: 'Semicolon-separated, decimal comma (Excel in most of Europe)',
    });
    const commas = group.getByRole('radio', { name: 'Comma-separated' });
    // German's decimal mark is the comma: its Excel's list separator is the semicolon.
    await expect(semicolons).toBeChecked();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await openApplications(page);

    const csv = await downloadOf(page, () => exportMenuItem(page, 'CSV summary — all applications'));
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFCompany;Role;Term;Employment type;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Pinterest's total pay over its May cohort, with a decimal comma; the pay as written as it was.
    expect(text).toContain(';$11,000 monthly;11000;;30461,54;;USD;');

    await deletePinterest(page);
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
    await dialog
      .getByLabel('Choose a CSV file…')
      .setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: csv.bytes });
    await expect(dialog).toContainText('Looks like a CSV summary exported from Internship Tracker.');
    await expect(dialog.getByRole('status')).toHaveText('The row can be imported.');
    await dialog.getByRole('button', { name: 'Import 1 application' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 application.' })).toBeVisible();
    const again = await downloadOf(page, () => exportMenuItem(page, 'CSV summary — all applications'));
    expect(again.bytes.toString('utf8')).toBe(text);

    await openSettings(page);
    await commas.check();
    await page.reload();
    await openSettings(page);
    await expect(commas).toBeChecked();
    await openApplications(page);
    const comma = await downloadOf(page, () => exportMenuItem(page, 'CSV summary — all applications'));
    expect(comma.bytes.toString('utf8')).toContain(',"$11,000 monthly",11000,,30461.54,,USD,');
  });
});

test('restores an exported backup through Settings, replacing what changed since', async ({ page }) => {
  await openAt(page);
  await loadSample(page);
  const backups = await openSettings(page);
  const backup = await downloadOf(page, () => backups.getByRole('button', { name: 'Export backup file…' }).click());
  expect(backup.name).toBe('internship-tracker-backup-2026-03-02.json');

  await openApplications(page);
  await deletePinterest(page);
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Acme Robotics');
  await editor.getByLabel('Role').fill('Firmware Intern');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(tableRow(page, 'Acme Robotics')).toHaveCount(1);

  await openSettings(page);
  // Chosen by keyboard: focus is on the button while the file is checked and the question asked.
  const fromFile = backups.getByRole('button', { name: 'Restore from file…' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fromFile.press('Enter')]);
  await chooser.setFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  const confirmation = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirmation).toContainText('Replaces 1 application with 1 from Mar 2, 2026, 10:00 AM.');
  await confirmation.getByRole('button', { name: 'Replace my data' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Restored 1 application from the backup of' })).toBeVisible();
  // Focus is back where the restore was asked for, not dropped to the top of the page.
  await expect(fromFile).toBeFocused();
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toContainText('1 application');

  await openApplications(page);
  await expect(tableRow(page, 'Pinterest')).toHaveCount(1);
  await expect(tableRow(page, 'Acme Robotics')).toHaveCount(0);
});

test('refuses a broken backup file with its message and changes nothing', async ({ page }) => {
  await openAt(page);
  await loadSample(page);
  const backups = await openSettings(page);
  const backup = await downloadOf(page, () => backups.getByRole('button', { name: 'Export backup file…' }).click());

  await backups.getByLabel('Restore from file…').setInputFiles({
    name: 'cut-off.json',
    mimeType: 'application/json',
    buffer: backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2)),
  });
  await expect(backups.getByRole('alert')).toContainText(
    'The backup file is incomplete: it ends in the middle of the data, probably cut off while copying.',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openApplications(page);
  await expect(tableRow(page, 'Pinterest')).toHaveCount(1);
});

test('the import dialog and the backups section have no accessibility violations', async ({ page }) => {
  await openAt(page);
  await loadSample(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel('Choose a CSV file…').setInputFiles({
      name: 'tracker.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Company,Role,Term,Deadline\nPinterest,"Master\'s Machine Learning Internship 2026 (USA)",Summer 2026,03/05/2026\nAcme,Intern,,2026-03-20,extra\n' +
          // Enough duplicates that their list scrolls: it must take focus to be scrolled by keyboard.
          'Globex,Intern,,2026-03-21\n'.repeat(14) +
          // Under a company cell merged over two rows: the dialog offers the company above.
          ',Data Intern,,2026-03-22\n',
      ),
    });
    await expect(dialog.getByRole('list', { name: 'Problems by row' })).toContainText(
      'Row 3: has 5 values but the header has 4 columns',
    );
    const duplicates = dialog.getByRole('list', { name: 'Duplicate rows' });
    await expect(duplicates).toBeVisible();
    expect(await duplicates.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
    // 03/05/2026 reads either way: the dialog asks.
    await expect(dialog.getByRole('group', { name: 'Dates such as “03/05/2026”' })).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Rows with no company' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const backups = await openSettings(page);
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('row', { name: /Backed up by you/ }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await openApplications(page);
  }
});

test('shows every column of a wide file at 1024 px without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openAt(page);
  const header = [
    'Company',
    'Job Title',
    'Status',
    'Date Saved',
    'Date Applied',
    'Deadline',
    'Max. Salary',
    'Location',
    'Excitement (1-10)',
    'Follow up',
    'Job Posting URL',
    'Notes',
    'Req ID',
    'Contact name',
    'Contact email',
    'Referred by',
    'A column with a very long name that a spreadsheet wrote from a form question?',
  ];
  const row = [
    'Stripe',
    'Software Engineering Intern',
    'Interviewing',
    '01/06/2026',
    '01/09/2026',
    '02/01/2026',
    '$56/hr',
    '"Seattle, WA"',
    '9',
    'Interview scheduled for Jan 28 with Priya (2nd round)',
    'https://stripe.com/jobs/listing/software-engineer-intern/6789012?gh_src=a-very-long-tracking-value-without-spaces',
    '"A long note without any break: ' + 'x'.repeat(120) + '"',
    'R-10423',
    'Priya Natarajan',
    'priya.natarajan@stripe.example.com',
    'Sam',
    'yes',
  ];
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await dialog.getByLabel('Choose a CSV file…').setInputFiles({
    name: 'teal.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header.join(',')}\n${row.join(',')}\n`),
  });
  await expect(dialog.getByRole('status')).toContainText('The row can be imported.');
  const columns = dialog.getByRole('region', { name: 'Columns and the first rows' });
  const dialogBox = (await dialog.boundingBox())!;
  for (const name of header) {
    // Each column's field and values lie within the dialog's width, none off to the right.
    const row = columns.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const box = (await row.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  }
  // And nothing in the dialog scrolls sideways.
  const scrollingSideways = await dialog.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth)
      .map((el) => el.className || el.tagName),
  );
  expect(scrollingSideways).toEqual([]);
});

test('the messages at the bottom leave the last kept backup reachable, and say a repeated message once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openAt(page);
  await loadSample(page);
  const backups = await openSettings(page);
  for (const count of [1, 2, 3]) {
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('row', { name: /Backed up by you/ })).toHaveCount(count);
  }
  const messages = page.getByRole('region', { name: 'Messages (F8)' });
  await expect(messages.getByText('Backed up 1 application.')).toHaveCount(1);

  // The same restore made again says so once, its Undo the latest's (the plain "Backed up"
  // gives way to the first).
  for (const count of [1, 2, 3]) {
    await backups
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await page
      .getByRole('dialog', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Replace my data' })
      .click();
    // The backup made before it is listed too: the list has its final length before focus moves.
    await expect(backups.getByRole('row', { name: /Before a restore/ })).toHaveCount(count);
    await expect(messages.getByText(/^Restored 1 application from the backup of/)).toHaveCount(1);
  }
  await expect(messages.getByText('Backed up 1 application.')).toHaveCount(0);

  // A later change's message, with its Undo, takes the restore's place: one Undo at a time.
  await page.getByRole('button', { name: 'Move Technical interview up' }).click();
  await expect(messages.getByText('Moved “Technical interview” up.')).toHaveCount(1);
  await expect(messages.getByText(/^Restored 1 application/)).toHaveCount(0);

  // Tabbing to the last Restore scrolls it into view above the messages, where a click reaches it.
  const lastRestore = backups.getByRole('button', { name: /^Restore the backup of/ }).last();
  await lastRestore.focus();
  const box = (await lastRestore.boundingBox())!;
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label') ?? null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(hit).toBe(await lastRestore.getAttribute('aria-label'));
  await expect(messages.getByRole('status')).toHaveCount(1);
});

test('a first import from the empty screen leaves focus in the table, and its Undo on the empty screen', async ({
  page,
}) => {
  await openAt(page);
  const dialog = await chooseCsvFromEmptyScreen(
    page,
    'tracker.csv',
    'Company,Role\nAcme,Data Intern\nGlobex,SWE Intern\n',
  );
  await dialog.getByRole('button', { name: 'Import 2 applications' }).click();
  await expect(dialog).toHaveCount(0);
  // The button that opened the dialog went with the empty screen: a row takes focus, not the page.
  await expect(page.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /Acme/ })).toBeFocused();

  await page.getByRole('region', { name: 'Messages (F8)' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Add your first application' })).toBeFocused();
});

test('a CSV status with no date for it shows in the history as "date not recorded", not as the import\'s moment', async ({
  page,
}) => {
  await openAt(page);
  const dialog = await chooseCsvFromEmptyScreen(
    page,
    'notion.csv',
    'Company,Role,Status,Applied\nSAP,Working Student,Absage (Rejected),2026-02-05\n',
  );
  await expect(dialog).toContainText(
    "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
  );
  await dialog.getByRole('button', { name: 'Import 1 application' }).click();
  await expect(dialog).toHaveCount(0);

  await tableRow(page, 'SAP').click();
  const history = page.getByRole('complementary', { name: 'SAP' }).getByRole('list', { name: 'Stage history' });
  await expect(history.getByRole('listitem').first()).toContainText('Rejected');
  await expect(history.getByRole('listitem').first()).toContainText('date not recorded');
  await expect(history.getByRole('listitem').last()).toContainText('Feb 5, 2026');
  // Not the import's day, Mar 2.
  await expect(history).not.toContainText('Mar 2, 2026');
});

test("the stage a status was read as is the student's to change in the review, for every row with it", async ({
  page,
}) => {
  await openAt(page);
  const dialog = await chooseCsvFromEmptyScreen(
    page,
    'placements.csv',
    'Company,Role,Status\nRazorpay,Product Intern,HR round\nAtlassian,SWE Intern,HR round\nZomato,Data Intern,Applied\n',
  );
  const hrRound = dialog.getByRole('combobox', { name: 'Stage for HR round (2 rows)' });
  await expect(hrRound).toHaveValue('final-round');
  expect(await axeViolations(page)).toEqual([]);
  await hrRound.selectOption({ label: 'Technical interview' });
  await expect(hrRound).toHaveValue('technical-interview');
  await dialog.getByRole('button', { name: 'Import 3 applications' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(tableRow(page, 'Razorpay')).toContainText('Technical interview');
  await expect(tableRow(page, 'Atlassian')).toContainText('Technical interview');
  await expect(tableRow(page, 'Zomato')).toContainText('Applied');
});
