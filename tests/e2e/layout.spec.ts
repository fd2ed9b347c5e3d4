// A small laptop window (1024×640) with an application's details open: every row's company and
// role stay inside their cell (cut with an ellipsis, whole in a tooltip), the next date says whole
// how far off it is, the pay is never cut, and the columns a student scans for (company, stage, next date, pay per
// month) stay on screen, in light and in dark; and
// the editor's rows of fields keep their Remove on their line; and a narrow or zoomed window
// (640×400) keeps the search box usable, the details from squeezing the table to nothing, and the
// page from scrolling under its top bar; and an 800×600 window, like a 1280×860 or a 1024×700 one
// with the details open, shows every stage whole.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import { applicationsTable } from '../support/userActions';
import { toInstant } from '../../shared/calendarDate';
import { newApplication } from '../../shared/newApplication';
import { SAMPLE_APPLICATION } from '../../shared/sampleApplication';

const NOW = new Date('2026-03-02T10:00:00-08:00');
const LONG_COMPANY = 'International Business Machines Corporation Research Division';

async function openWithLongNames(page: Page, viewport = { width: 1024, height: 640 }) {
  await page.setViewportSize(viewport);
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const now = toInstant(NOW);
  const apps = [
    newApplication(
      { ...SAMPLE_APPLICATION, company: LONG_COMPANY, role: 'Quantum Computing Research Intern, Yorktown Heights' },
      { id: 'long', now },
    ),
    newApplication(
      {
        ...SAMPLE_APPLICATION,
        company: 'Bundesministerium für Wirtschaftliche Zusammenarbeit',
        // A range wider than the narrow pay column.
        pay: { min: 10813, max: 12480, currency: 'EUR', period: 'month', raw: '€10,813–€12,480 a month' },
      },
      { id: 'german', now },
    ),
    newApplication(SAMPLE_APPLICATION, { id: 'sample', now }),
    ...generateApplications(10, NOW, 7),
  ];
  await seedApplications(page, apps);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: `${apps.length} applications` })).toBeVisible();
  await applicationsTable(page).getByRole('row').filter({ hasText: LONG_COMPANY }).click();
  await expect(page.getByRole('complementary', { name: LONG_COMPANY })).toBeVisible();
}

/** Whether `element`'s content fits inside its box, or is cut with an ellipsis (whole in its title). */
function fitsOrEllipsis(locator: Locator) {
  return locator.evaluate((element: HTMLElement) => {
    const style = getComputedStyle(element);
    return {
      text: element.textContent ?? '',
      fits: element.scrollWidth <= element.clientWidth,
      ellipsis: style.textOverflow === 'ellipsis' && style.overflowX === 'hidden' && style.whiteSpace === 'nowrap',
      title: element.getAttribute('title') ?? element.closest('[title]')?.getAttribute('title') ?? '',
    };
  });
}

/**
 * The columns a student scans for are on screen, whole, left of `rightEdge`; every visible row's
 * cells end inside the row, and its company and role fit or are cut with an ellipsis.
 */
async function expectTableFits(page: Page, rightEdge: number) {
  const table = applicationsTable(page);
  for (const name of ['Company and role', 'Stage', 'Next date', 'Pay per month']) {
    const header = table.getByRole('columnheader', { name });
    await expect(header).toBeVisible();
    const box = (await header.boundingBox())!;
    expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(rightEdge);
    const whole = await header.evaluate((element) => {
      const label = element.querySelector('button') ?? element;
      return label.scrollWidth <= label.clientWidth;
    });
    expect(whole, `${name} is shown whole`).toBe(true);
  }

  const viewport = page.viewportSize()!;
  const headers = await table.getByRole('columnheader').allTextContents();
  const nextDateColumn = headers.findIndex((text) => text.startsWith('Next date'));
  const payColumn = headers.findIndex((text) => text.startsWith('Pay per month'));
  const rows = table.getByRole('rowgroup').nth(1).getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const rowBox = (await row.boundingBox())!;
    if (rowBox.y + rowBox.height > viewport.height) continue;
    const cells = row.getByRole('gridcell');
    for (let c = 0; c < (await cells.count()); c++) {
      const cell = cells.nth(c);
      if (!(await cell.isVisible())) continue;
      const box = (await cell.boundingBox())!;
      const end = box.x + box.width;
      expect(end, `cell ${c} of row ${i} ends inside its row`).toBeLessThanOrEqual(rowBox.x + rowBox.width + 0.5);
      expect(end, `cell ${c} of row ${i} ends on screen`).toBeLessThanOrEqual(rightEdge + 0.5);
    }
    // When the next date comes is read whole: its day may give way, how far off it is not.
    const when = cells.nth(nextDateColumn).locator('span').first();
    if ((await when.textContent()) !== '—') {
      const fit = await fitsOrEllipsis(when);
      expect(fit.fits, `next date "${fit.text}" of row ${i} is whole`).toBe(true);
    }
    // Pay is never cut: a range too wide for its column goes on two lines.
    const pay = cells.nth(payColumn);
    const payFits = await pay.evaluate(
      (element) => element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight,
    );
    expect(payFits, `pay "${await pay.textContent()}" of row ${i} is whole`).toBe(true);
    for (const part of [row.locator('.company'), row.locator('.role')]) {
      const fit = await fitsOrEllipsis(part);
      expect(fit.fits || fit.ellipsis, `"${fit.text}" fits or is cut with an ellipsis`).toBe(true);
      if (!fit.fits) expect(fit.title, `"${fit.text}" is whole in a tooltip`).toContain(fit.text);
    }
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`keeps names in their rows and the pay column on screen at 1024×640 with details open (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openWithLongNames(page);
    await page.screenshot({ path: testInfo.outputPath(`layout-1024x640-${colorScheme}.png`) });
    const detail = (await page.getByRole('complementary', { name: LONG_COMPANY }).boundingBox())!;
    await expectTableFits(page, detail.x);
  });
}

// tester30: with the details open at 1280 px the table takes its narrow columns, and the pay's
// header, sorted by with its arrow, read "Pay per mont…".
for (const viewport of [
  { width: 1280, height: 860 },
  { width: 1024, height: 640 },
]) {
  test(`keeps every header whole at ${viewport.width}×${viewport.height} with details open, sorted by pay`, async ({
    page,
  }) => {
    await openWithLongNames(page, viewport);
    await applicationsTable(page)
      .getByRole('button', { name: /^Pay per month/ })
      .click();
    await expect(applicationsTable(page).getByRole('columnheader', { name: /^Pay per month/ })).toHaveAttribute(
      'aria-sort',
      /ascending|descending/,
    );
    const detail = (await page.getByRole('complementary', { name: LONG_COMPANY }).boundingBox())!;
    await expectTableFits(page, detail.x);
  });
}

// tester35: sorted by pay in a 1280 px laptop's window at 150% (853 px), the details opened and
// the table's narrow columns dropped the pay it was sorted by. The column sorted by stays in sight,
// taking the place of the one that gives way (Updated is sortable only where it shows, a wide window).
for (const { column, width, height, details } of [
  { column: 'Pay per month', width: 853, height: 533, details: true },
  { column: 'Updated', width: 853, height: 533, details: true },
  { column: 'Updated', width: 1280, height: 860, details: true },
  // 400% zoom of 1280 px: the details would cover the table.
  { column: 'Pay per month', width: 320, height: 400, details: false },
])
  test(`keeps the column sorted by (${column}) in sight at ${width}×${height} with details ${details ? 'open' : 'closed'}`, async ({
    page,
  }, testInfo) => {
    await openWithLongNames(page, { width: 1600, height: 900 });
    const table = applicationsTable(page);
    await page.getByRole('button', { name: 'Close details' }).click();
    await table.getByRole('button', { name: new RegExp(`^${column}`) }).click();
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toHaveAttribute(
      'aria-sort',
      /ascending|descending/,
    );
    await page.setViewportSize({ width, height });
    let rightEdge = width;
    if (details) {
      await table.getByRole('row').filter({ hasText: LONG_COMPANY }).click();
      const detail = page.getByRole('complementary', { name: LONG_COMPANY });
      await expect(detail).toBeVisible();
      rightEdge = (await detail.boundingBox())!.x;
    }
    await page.screenshot({ path: testInfo.outputPath(`layout-${width}-sorted-${column}.png`) });

    const header = table.getByRole('columnheader', { name: new RegExp(`^${column}`) });
    await expect(header).toBeVisible();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.map((text) => text.replace(/[▲▼]/, '').trim())).toContain('Company and role');
    // The names keep room to be read beside it (57 px at 853 px with the details open: "Citadel", "Inter…"; a rule
    // of the wider query once squeezed them to 8 px).
    const names = (await table.getByRole('columnheader', { name: 'Company and role' }).boundingBox())!;
    expect(names.width, 'company and role keep their room').toBeGreaterThanOrEqual(48);
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.x + headerBox.width, `${column} ends on screen`).toBeLessThanOrEqual(rightEdge + 0.5);
    const whole = await header.getByRole('button').evaluate((button) => button.scrollWidth <= button.clientWidth);
    expect(whole, `${column}'s header is shown whole`).toBe(true);
    const sortedColumn = headers.findIndex((text) => text.startsWith(column));
    const firstRow = table.getByRole('rowgroup').nth(1).getByRole('row').first();
    const cell = firstRow.getByRole('gridcell').nth(sortedColumn);
    await expect(cell).toBeVisible();
    const cellBox = (await cell.boundingBox())!;
    expect(cellBox.x + cellBox.width, `the first row's ${column} ends on screen`).toBeLessThanOrEqual(rightEdge + 0.5);
  });

for (const { width, height, details } of [
  { width: 1280, height: 860, details: true },
  // A small window: the stage column takes its width back from the names.
  { width: 800, height: 600, details: false },
  // A small laptop's, the details open: a stage too long for its column takes two lines.
  { width: 1024, height: 700, details: true },
])
  test(`shows every stage whole in a ${width}×${height} window with the details ${details ? 'open' : 'closed'}`, async ({
    page,
  }, testInfo) => {
    await openWithLongNames(page);
    // The longest of the default stages, on the first row.
    const panel = page.getByRole('complementary', { name: LONG_COMPANY });
    await panel.getByLabel('New stage').selectOption('Technical interview');
    await panel.getByRole('button', { name: 'Record' }).click();
    const longest = applicationsTable(page).getByRole('row').filter({ hasText: LONG_COMPANY }).locator('.status-badge');
    await expect(longest).toHaveText('Technical interview');
    if (!details) await panel.getByRole('button', { name: 'Close details' }).click();
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`layout-${width}x${height}.png`) });
    const detail = details ? await page.getByRole('complementary', { name: LONG_COMPANY }).boundingBox() : null;
    await expectTableFits(page, detail ? detail.x : width);
    const badges = applicationsTable(page).locator('[role="row"] .status-badge');
    await expect(longest).toBeVisible();
    expect(await badges.count()).toBeGreaterThan(3);
    for (const badge of await badges.all()) {
      if (!(await badge.isVisible())) continue;
      const fit = await fitsOrEllipsis(badge);
      expect(fit.fits, `stage "${fit.text}" is whole`).toBe(true);
      const lines = await badge.evaluate((element) => element.scrollHeight <= element.clientHeight);
      expect(lines, `stage "${fit.text}" shows all its lines`).toBe(true);
    }
  });

for (const width of [840, 900, 950])
  test(`keeps company and role readable in a ${width} px window with the details open`, async ({ page }, testInfo) => {
    await openWithLongNames(page);
    await page.setViewportSize({ width, height: 700 });
    await page.screenshot({ path: testInfo.outputPath(`layout-${width}-details.png`) });
    const table = applicationsTable(page);
    for (const name of ['Company and role', 'Stage', 'Next date'])
      await expect(table.getByRole('columnheader', { name })).toBeVisible();
    // The pay gives way before the names do: "Internation…" rather than "I".
    const company = table.getByRole('row').filter({ hasText: LONG_COMPANY }).locator('.company');
    expect((await company.boundingBox())!.width).toBeGreaterThanOrEqual(60);
    const detail = (await page.getByRole('complementary', { name: LONG_COMPANY }).boundingBox())!;
    const rows = table.getByRole('row');
    for (let i = 0; i < (await rows.count()); i++) {
      const box = await rows.nth(i).boundingBox();
      if (box) expect(box.x + box.width, `row ${i} ends left of the details`).toBeLessThanOrEqual(detail.x + 0.5);
    }
  });

test('keeps every column of the table inside a 1024×640 window with the details closed', async ({ page }, testInfo) => {
  await openWithLongNames(page);
  await page.getByRole('complementary', { name: LONG_COMPANY }).getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('layout-1024x640-no-details.png') });
  await expectTableFits(page, page.viewportSize()!.width);
});

for (const width of [1024, 1280]) {
  test(`the editor keeps a contact's Remove beside its fields at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.clock.install({ time: NOW });
    await page.goto('/');
    await page.getByRole('button', { name: 'Add application' }).first().click();
    const editor = page.getByRole('dialog', { name: 'New application' });
    await editor.getByRole('button', { name: 'Add contact' }).click();
    const contact = editor.getByRole('group', { name: 'Contact 1' });
    const phone = (await contact.getByLabel('Phone').boundingBox())!;
    const remove = (await contact.getByRole('button', { name: 'Remove contact 1' }).boundingBox())!;
    expect(remove.x).toBeGreaterThan(phone.x + phone.width);
    expect(remove.y).toBeLessThan(phone.y + phone.height);
  });
}

test('the comparison keeps a long company name to two lines in its heads, whole in the tooltip', async ({ page }) => {
  await openWithLongNames(page);
  const longer = `${LONG_COMPANY} and Its Many Subsidiaries Around the World, Incorporated in the State of New York`;
  await page
    .getByRole('complementary', { name: LONG_COMPANY })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  const editor = page.getByRole('dialog', { name: `Edit ${LONG_COMPANY}` });
  await editor.getByLabel('Company').fill(longer);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveCount(0);
  for (const company of [longer, 'Bundesministerium']) {
    await page.getByRole('checkbox', { name: new RegExp(`^Compare ${company.slice(0, 20)}`) }).check();
  }
  await page.keyboard.press('Control+5');
  const head = page.getByRole('columnheader', { name: new RegExp(`^${longer}`) });
  const company = head.locator('.compare-company');
  await expect(company).toHaveAttribute('title', longer);
  const { height, lineHeight } = await company.evaluate((element) => ({
    height: element.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(element).lineHeight),
  }));
  expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
});

test('the comparison in a narrow or zoomed window (640 px) breaks company names between words, not inside one', async ({
  page,
}) => {
  await openWithLongNames(page);
  await page.getByRole('button', { name: 'Close details' }).click();
  const names = await applicationsTable(page)
    .getByRole('row')
    .filter({ hasNotText: /Bundesministerium|International Business/ })
    .getByRole('checkbox', { name: /^Compare / })
    .evaluateAll((boxes) => boxes.slice(0, 3).map((box) => box.getAttribute('aria-label')!.replace(/^Compare /, '')));
  for (const name of names) await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
  await page.setViewportSize({ width: 640, height: 400 });
  await page.keyboard.press('Control+5');
  const heads = page.locator('.compare-company');
  await expect(heads).toHaveCount(3);
  // Each word of each name lies on one line: the lines of a word broken inside would be two.
  const linesPerWord = await heads.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const text = element.firstChild!;
      const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
      return words.map((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return `${word[0]}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
      });
    }),
  );
  expect(linesPerWord.length).toBeGreaterThan(2);
  expect(linesPerWord.filter((entry) => !entry.endsWith(': 1'))).toEqual([]);
});

test('the details and the table leave room below for the messages, which reach over them', async ({ page }) => {
  // 1024×640, details open on a long name: the messages, as wide as that name makes them, reach
  // over the details.
  await openWithLongNames(page);
  const detail = page.getByRole('complementary', { name: LONG_COMPANY });
  const messages = page.getByRole('region', { name: 'Messages (F8)' });
  // A recorded stage's message, with its Undo, at the bottom.
  await detail.getByLabel('New stage').selectOption({ label: 'Applied' });
  await detail.getByRole('button', { name: 'Record' }).click();
  await expect(messages.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  const panel = (await detail.boundingBox())!;
  const stack = (await messages.boundingBox())!;
  expect(stack.x + stack.width).toBeGreaterThan(panel.x);
  // Below its end the panel leaves room as tall as the messages, so its last lines scroll clear of them.
  const room = await detail.evaluate((element) => parseFloat(getComputedStyle(element).paddingBottom));
  expect(room).toBeGreaterThanOrEqual(stack.height);
  // So does the table's list of rows, which the messages cover as well.
  const rows = page.getByRole('grid', { name: 'Applications' }).getByRole('rowgroup').last();
  const rowsRoom = await rows.evaluate((element) => parseFloat(getComputedStyle(element).paddingBottom));
  expect(rowsRoom).toBeGreaterThanOrEqual(stack.height);
});

test('a narrow or zoomed window (640×400, 200% of 1280 px) keeps search usable and every view in reach', async ({
  page,
}) => {
  await openWithLongNames(page);
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.setViewportSize({ width: 640, height: 400 });
  const box = async (locator: Locator) => (await locator.boundingBox())!;
  // The search box takes a line of its own, wide enough to read what is typed.
  expect((await box(page.getByRole('searchbox', { name: 'Search applications' }))).width).toBeGreaterThan(400);
  // The page itself never scrolls: the side bar and the view scroll inside it.
  const scrolls = () => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  expect(await scrolls()).toBe(false);
  // Details take the view's width rather than squeezing the table to nothing, and give it back.
  await applicationsTable(page).getByRole('row').filter({ hasText: LONG_COMPANY }).click();
  const content = await box(page.getByRole('main'));
  expect((await box(page.getByRole('complementary', { name: LONG_COMPANY }))).width).toBeGreaterThan(content.width - 2);
  await page.getByRole('button', { name: 'Close details' }).click();
  const company = applicationsTable(page)
    .getByRole('row')
    .filter({ hasText: LONG_COMPANY })
    .getByRole('gridcell')
    .nth(1);
  expect((await box(company)).width).toBeGreaterThan(80);
  // The dashboard's range choices wrap inside the view instead of reaching under the side bar.
  await page.keyboard.press('Control+4');
  const allTime = page.getByRole('radio', { name: 'All time' });
  await expect(allTime).toBeVisible();
  // The first choice, which reached under the side bar, starts inside the view.
  const first = await box(page.getByText('Last 30 days', { exact: true }));
  expect(first.x).toBeGreaterThanOrEqual((await box(page.getByRole('main'))).x);
  expect(await scrolls()).toBe(false);
});

// 853×533 is a 1280×800 laptop at 150%.
for (const [width, height] of [
  [900, 600],
  [853, 533],
] as const)
  test(`a ${width}×${height} window with the details open keeps the search hint, the next day and the calendar's companies readable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.clock.install({ time: NOW });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
    const deadline = { id: 'apply', kind: 'application' as const, at: '2026-03-05', label: '', done: false };
    await seedApplications(page, [
      newApplication(
        { company: 'Stripe', role: 'Software Engineering Intern', deadlines: [deadline] },
        { id: 's', now: toInstant(NOW) },
      ),
    ]);
    await page.reload();
    const row = applicationsTable(page).getByRole('row').filter({ hasText: 'Stripe' });
    await expect(row).toBeVisible();
    // The table's columns fit its width: nothing reached only by scrolling sideways.
    expect(
      await page.locator('.table-scroll').evaluate((element: HTMLElement) => element.scrollWidth - element.clientWidth),
    ).toBeLessThanOrEqual(0);
    await row.click();
    await expect(page.getByRole('complementary', { name: 'Stripe' })).toBeVisible();

    // The search box's hint is whole.
    const search = page.getByRole('searchbox', { name: 'Search applications' });
    const hint = await search.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { fits: context.measureText(input.placeholder).width <= room, placeholder: input.placeholder };
    });
    expect(hint.fits, hint.placeholder).toBe(true);
    // The next date says its day, not only how far off it is.
    const next = row.getByRole('gridcell').nth(3);
    expect(await next.evaluate((cell: HTMLElement) => cell.innerText)).toMatch(/in 3 days\s+Mar 5 · Appl/);

    // The month grid shows the company whole, its kind in its colour and its name.
    await page.keyboard.press('Control+3');
    const item = page.getByRole('button', { name: 'Stripe: Application deadline' });
    await expect(item).toBeVisible();
    const text = await item.locator('.item-text').evaluate((element: HTMLElement) => ({
      shown: element.innerText,
      fits: element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight,
    }));
    expect(text).toEqual({ shown: 'Stripe', fits: true });
  });

test('in a zoomed window (640×400), choosing a view while details fill the content shows that view', async ({
  page,
}) => {
  await openWithLongNames(page);
  await page.setViewportSize({ width: 640, height: 400 });
  const panel = page.getByRole('complementary', { name: LONG_COMPANY });
  await expect(panel).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByRole('button', { name: 'Agenda' })).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Calendar' })).toBeFocused();

  // The same by the view's shortcut, from the details themselves.
  await page.keyboard.press('Control+1');
  await applicationsTable(page).getByRole('row').filter({ hasText: LONG_COMPANY }).click();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('region', { name: 'Wishlist', exact: true })).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('main')).toBeFocused();
});

test('in an 800 px window, details opened by keyboard take the focus, and Escape gives it back', async ({ page }) => {
  await openWithLongNames(page);
  await page.getByRole('complementary', { name: LONG_COMPANY }).getByRole('button', { name: 'Close details' }).click();
  await page.setViewportSize({ width: 800, height: 600 });
  const panel = page.getByRole('complementary', { name: LONG_COMPANY });

  // The details take the table's place: the row that opened them is hidden, so they take the focus.
  const row = applicationsTable(page).getByRole('row').filter({ hasText: LONG_COMPANY });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: LONG_COMPANY })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(row).toBeFocused();

  // The same from a card on the board.
  await page.keyboard.press('Control+2');
  const card = page.locator('[role="button"][aria-roledescription="card"]').filter({ hasText: LONG_COMPANY });
  await card.focus();
  await page.keyboard.press('o');
  await expect(panel.getByRole('heading', { name: LONG_COMPANY })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(card).toBeFocused();
});
