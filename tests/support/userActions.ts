// What a user does in the app, each in one small function that finds controls by role and
// accessible name, and what the screen shows once it is done: the one place to adapt when the
// UI changes. Every action is a `UserStep`: getting there (opening a dialog, filling a field),
// the one input the user then waits on (a click, a key, a chosen file), and what the screen
// shows afterwards, both as a check the benchmark runs inside the page on every change of the
// DOM (to time it) and as a Playwright assertion (to be sure it really happened).
import { expect, type Locator, type Page } from '@playwright/test';

/** The events a wait starts at: a click, a key going down, a file chosen. */
export type InputEventType = 'click' | 'keydown' | 'input' | 'change';

/**
 * A check run inside the page: true once the screen shows what it describes. Sent to the page
 * as source, so it uses nothing but its argument and the page's `window.screenQueries`.
 */
export interface ScreenCheck {
  what: string;
  check: (arg: never) => boolean;
  arg: unknown;
}

/** A ScreenCheck, its argument typed for the check. */
export function screenCheck<A>(what: string, arg: A, check: (arg: A) => boolean): ScreenCheck {
  return { what, arg, check };
}

export interface UserStep {
  what: string;
  /** Getting there: opening a dialog, filling in a field. Not what the user waits on. */
  prepare?: () => Promise<void>;
  /** The input the user then waits on. */
  commit: () => Promise<void>;
  /** The event the wait starts at, and the last event the page handles for that input. */
  input: { starts: InputEventType; handledAfter: InputEventType };
  /** What the screen shows once it is done. */
  shows: ScreenCheck;
  /** The same through Playwright, with the suite's generous timeouts. */
  verify: () => Promise<void>;
}

/** Takes a step without timing it: gets there, commits, and checks the screen shows its result. */
export async function take(step: UserStep): Promise<void> {
  await step.prepare?.();
  await step.commit();
  await step.verify();
}

// ---------------------------------------------------------------------------------------------
// In the page: finding elements by role and accessible name, as getByRole does (the subset of
// roles and naming rules this app uses).

export interface ScreenQueries {
  /** Elements of a role, optionally with this accessible name, optionally inside `within`. */
  all(role: string, name?: string, within?: ParentNode): Element[];
  one(role: string, name?: string, within?: ParentNode): Element | null;
  /** Whether any live region with role=status says `text` (exactly, or within it). */
  statusSays(text: string, exact?: boolean): boolean;
}

declare global {
  interface Window {
    screenQueries: ScreenQueries;
  }
}

/** Installed in every page before the app runs (page.addInitScript). */
export function installScreenQueries(): void {
  const SELECTORS: Record<string, string> = {
    button: 'button, [role="button"]',
    complementary: 'aside, [role="complementary"]',
    dialog: 'dialog[open], [role="dialog"]',
    grid: '[role="grid"]',
    list: 'ol, ul, [role="list"]',
    listitem: 'li, [role="listitem"]',
    menuitem: '[role="menuitem"]',
    row: 'tr, [role="row"]',
    searchbox: 'input[type="search"], [role="searchbox"]',
    status: '[role="status"]',
    table: 'table, [role="table"]',
  };
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    // A table is named by its caption.
    const named = element instanceof HTMLTableElement && element.caption ? element.caption : element;
    return (named.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const queries: ScreenQueries = {
    all(role, name, within = document) {
      const selector = SELECTORS[role] ?? `[role="${role}"]`;
      const found = [...within.querySelectorAll(selector)];
      return name === undefined ? found : found.filter((element) => nameOf(element) === name);
    },
    one(role, name, within) {
      return queries.all(role, name, within)[0] ?? null;
    },
    statusSays(text, exact = false) {
      return queries.all('status').some((element) => {
        const said = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        return exact ? said === text : said.includes(text);
      });
    },
  };
  Object.defineProperty(window, 'screenQueries', { value: queries });
}

// ---------------------------------------------------------------------------------------------
// The applications table.

export function applicationsTable(page: Page): Locator {
  return page.getByRole('grid', { name: 'Applications' });
}

/** The row at a position in the table (0 is the first application), once it is on screen. */
export function tableRowAt(page: Page, index: number): Locator {
  return applicationsTable(page).locator(`[role="row"][aria-rowindex="${index + 2}"]`);
}

/** The cell of the table row at `index` in the column whose header reads `column`. */
async function tableCell(page: Page, index: number, column: string): Promise<Locator> {
  const headers = await applicationsTable(page).getByRole('columnheader').allInnerTexts();
  const at = headers.findIndex((header) => header.trim().startsWith(column));
  if (at < 0) throw new Error(`The table has no column "${column}"`);
  return tableRowAt(page, index).getByRole('gridcell').nth(at);
}

/** What the table's count says: "10,000 applications", or "37 of 10,000 applications". */
export function tableCountText(shown: number, total: number): string {
  const applications = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'application' : 'applications'}`;
  return shown === total ? applications(total) : `${shown.toLocaleString('en-US')} of ${applications(total)}`;
}

/** The table's count says exactly this. */
export function tableCountSays(text: string): ScreenCheck {
  return screenCheck(`the table's count says "${text}"`, text, (said) => window.screenQueries.statusSays(said, true));
}

/** The first rows of the table are on screen. */
export const firstRowsShown = screenCheck(
  'the table shows its first rows',
  null,
  () => !!window.screenQueries.one('grid', 'Applications')?.querySelector('[role="row"][aria-rowindex="2"]'),
);

/** Every application has been read: the table can sort, filter and search them all. */
export const allRowsUsable = screenCheck('the table counts every application', null, () =>
  window.screenQueries
    .all('status')
    .some((element) => /^[\d,]+ (of [\d,]+ )?applications?$/.test((element.textContent ?? '').trim())),
);

/** How many rows the table has in the page now (it only renders what is on screen and a few more). */
export function renderedRowCount(page: Page): Promise<number> {
  return applicationsTable(page)
    .locator('[role="row"][aria-rowindex]')
    .count()
    .then((n) => Math.max(0, n - 1));
}

/**
 * The indexes of the rows the table has in the page now, in order: after the table has scrolled
 * (to keep a focused row in view) they need not start at the first row.
 */
export async function renderedRowIndexes(page: Page): Promise<number[]> {
  const rowIndexes = await applicationsTable(page)
    .locator('[role="row"][aria-rowindex]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
  // aria-rowindex counts the header row as 1.
  return rowIndexes.filter((rowIndex) => rowIndex > 1).map((rowIndex) => rowIndex - 2);
}

/**
 * How many days ahead the next date of the row at `index` is ("in 3 days", "tomorrow", "today"),
 * or null when it has none or it is past.
 */
export async function rowDaysAhead(page: Page, index: number): Promise<number | null> {
  const text = await (await tableCell(page, index, 'Next date')).innerText();
  const days = /in (\d+) days/.exec(text)?.[1];
  if (days) return Number(days);
  return text.includes('tomorrow') ? 1 : text.includes('today') ? 0 : null;
}

// ---------------------------------------------------------------------------------------------
// One application: opening it, editing, moving it on, deleting it and bringing it back.

export interface OpenedApplication {
  company: string;
  role: string;
}

export function detailPane(page: Page, company: string): Locator {
  return page.getByRole('complementary', { name: company });
}

/** Clicks the table row at `index` and waits for its details; says which application it is. */
export async function openApplicationAt(page: Page, index: number): Promise<OpenedApplication> {
  const row = tableRowAt(page, index);
  const [company, role] = (await (await tableCell(page, index, 'Company and role')).innerText())
    .split('\n')
    .map((s) => s.trim());
  await row.click();
  await expect(detailPane(page, company!)).toBeVisible();
  return { company: company!, role: role! };
}

/** Edit → Notes → Save changes, until the details show the new notes. */
export function editNotes(page: Page, app: OpenedApplication, notes: string): UserStep {
  const editor = page.getByRole('dialog', { name: `Edit ${app.company}` });
  return {
    what: 'edit and save',
    async prepare() {
      await detailPane(page, app.company).getByRole('button', { name: 'Edit', exact: true }).click();
      await editor.getByRole('group', { name: 'Links and notes' }).getByLabel('Notes').fill(notes);
    },
    commit: () => editor.getByRole('button', { name: 'Save changes' }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: screenCheck(`the details show the notes "${notes}"`, { company: app.company, notes }, (arg) => {
      const q = window.screenQueries;
      return q.one('dialog') === null && !!q.one('complementary', arg.company)?.textContent?.includes(arg.notes);
    }),
    async verify() {
      await expect(editor).toBeHidden();
      await expect(detailPane(page, app.company)).toContainText(notes);
    },
  };
}

/** A stage as the details offer it: the option's value (the stage id) and the name the history shows. */
export interface StageChoice {
  value: string;
  label: string;
}

/** A stage of the phase Closed: its application's reminders leave the plan. */
export const CLOSING_STAGE: StageChoice = { value: 'withdrawn', label: 'Withdrawn' };

/** Picks a stage in the details and records it, until the history shows it on top. */
export function changeStage(page: Page, app: OpenedApplication, { value: stage, label }: StageChoice): UserStep {
  const detail = detailPane(page, app.company);
  const latest = detail.getByRole('list', { name: 'Stage history' }).getByRole('listitem').first();
  return {
    what: 'change stage',
    prepare: () =>
      detail
        .getByLabel('New stage')
        .selectOption(stage)
        .then(() => undefined),
    commit: () => detail.getByRole('button', { name: 'Record' }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: screenCheck(`the stage history starts with ${label}`, { company: app.company, label }, (arg) => {
      const q = window.screenQueries;
      const history = q.one('list', 'Stage history', q.one('complementary', arg.company) ?? undefined);
      return !!history && !!q.one('listitem', undefined, history)?.textContent?.includes(arg.label);
    }),
    verify: () => expect(latest).toContainText(label),
  };
}

/** The message a deletion leaves, with its Undo. */
export function deletedMessage(app: OpenedApplication): string {
  return `Deleted ${app.company} — ${app.role}.`;
}

/**
 * Delete in the details, until they close, the message offers Undo and the table counts one
 * fewer (`countAfter`, see tableCountText).
 */
export function deleteApplication(page: Page, app: OpenedApplication, countAfter: string): UserStep {
  return {
    what: 'delete',
    commit: () => detailPane(page, app.company).getByRole('button', { name: 'Delete' }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: screenCheck(
      `the details close, "${deletedMessage(app)}" shows and the table says "${countAfter}"`,
      { company: app.company, message: deletedMessage(app), count: countAfter },
      (arg) => {
        const q = window.screenQueries;
        return (
          q.one('complementary', arg.company) === null && q.statusSays(arg.message) && q.statusSays(arg.count, true)
        );
      },
    ),
    async verify() {
      await expect(detailPane(page, app.company)).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: countAfter })).toBeVisible();
    },
  };
}

/** Undo in the message `message`, until the table counts `countAfter`. */
export function undoFromMessage(page: Page, message: string, countAfter: string): UserStep {
  const toast = page.getByRole('status').filter({ hasText: message });
  return {
    what: 'undo',
    commit: () => toast.getByRole('button', { name: 'Undo' }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: tableCountSays(countAfter),
    verify: () => expect(page.getByRole('status').filter({ hasText: countAfter })).toBeVisible(),
  };
}

// ---------------------------------------------------------------------------------------------
// Search.

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search applications' });
}

/** Puts the caret in the search box, at the end of what it holds. */
export async function focusSearch(page: Page): Promise<void> {
  await searchBox(page).click();
  await page.keyboard.press('End');
}

/**
 * One key pressed in the search box (a character, Backspace, Delete; moving the caret is not a
 * step), until the box holds `query` and the table's count says `count`.
 */
export function searchKey(page: Page, key: string, query: string, count: string): UserStep {
  return {
    what: `key ${key} in search`,
    commit: () => page.keyboard.press(key),
    input: { starts: 'keydown', handledAfter: 'input' },
    shows: screenCheck(`the search box holds "${query}" and the table says "${count}"`, { query, count }, (arg) => {
      const box = window.screenQueries.one('searchbox');
      return (
        box instanceof HTMLInputElement && box.value === arg.query && window.screenQueries.statusSays(arg.count, true)
      );
    }),
    async verify() {
      await expect(searchBox(page)).toHaveValue(query);
      await expect(page.getByRole('status').filter({ hasText: count })).toBeVisible();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Data in and out.

/** Export → "CSV summary — all applications", until the message says where it went. */
export function exportAllAsCsv(page: Page, count: number): UserStep {
  const message = `Exported ${count.toLocaleString('en-US')} applications to Downloads/`;
  return {
    what: 'export CSV',
    prepare: () => page.getByRole('button', { name: 'Export' }).click(),
    commit: () =>
      page
        .getByRole('menu', { name: 'Export' })
        .getByRole('menuitem', { name: 'CSV summary — all applications' })
        .click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: screenCheck(`"${message}" shows`, message, (text) => window.screenQueries.statusSays(text)),
    verify: () => expect(page.getByRole('status').filter({ hasText: message })).toBeVisible(),
  };
}

export interface CsvFile {
  name: string;
  buffer: Buffer;
}

/** Import CSV… → the file chosen, until every row is checked and the import button says `button`. */
export function chooseCsvFile(page: Page, file: CsvFile, button: string): UserStep {
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  return {
    what: 'choose a CSV file',
    prepare: () => page.getByRole('button', { name: 'Import CSV…' }).click(),
    commit: () => dialog.getByLabel('Choose a CSV file…').setInputFiles({ ...file, mimeType: 'text/csv' }),
    input: { starts: 'change', handledAfter: 'change' },
    shows: screenCheck(`the import button says "${button}"`, button, (name) => {
      const found = window.screenQueries.one('button', name, window.screenQueries.one('dialog') ?? undefined);
      return found instanceof HTMLButtonElement && !found.disabled;
    }),
    verify: () => expect(dialog.getByRole('button', { name: button })).toBeEnabled(),
  };
}

/** The import button in the dialog, until the dialog closes and the table says `countAfter`. */
export function importChecked(page: Page, button: string, countAfter: string): UserStep {
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  return {
    what: 'import',
    commit: () => dialog.getByRole('button', { name: button }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: screenCheck(
      `the dialog closes and the table says "${countAfter}"`,
      countAfter,
      (count) => window.screenQueries.one('dialog') === null && window.screenQueries.statusSays(count, true),
    ),
    async verify() {
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: countAfter })).toBeVisible();
    },
  };
}

/** "Imported 9,000 applications.": the message an import leaves, with its Undo. */
export function importedMessage(count: number): string {
  return `Imported ${count.toLocaleString('en-US')} applications.`;
}

/** Dismisses every message at the bottom of the window, so the next one is the only one. */
export async function dismissMessages(page: Page): Promise<void> {
  // "Dismiss message", or "Dismiss <reminder>" where a reminder's message says what it is about.
  const dismiss = page.getByRole('region', { name: 'Messages (F8)' }).getByRole('button', { name: /^Dismiss / });
  while ((await dismiss.count()) > 0) {
    // One may go by itself meanwhile (after 8 seconds), leaving nothing to click.
    await dismiss
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// The board, the calendar and the dashboard, each opened by its shortcut from the table.

/** The main views and the digit that opens each with Ctrl (in the order of the navigation). */
const VIEW_KEYS = { Applications: '1', Board: '2', Calendar: '3', Dashboard: '4' } as const;

/**
 * Ctrl+digit, until the screen shows `shows`. Control goes down first, so the wait starts at the
 * digit's key going down, as the shortcut is handled.
 */
function viewShortcut(
  page: Page,
  view: keyof typeof VIEW_KEYS,
  shows: ScreenCheck,
  verify: () => Promise<void>,
): UserStep {
  const key = VIEW_KEYS[view];
  return {
    what: `Ctrl+${key} (${view})`,
    prepare: () => page.keyboard.down('Control'),
    async commit() {
      await page.keyboard.press(key);
      await page.keyboard.up('Control');
    },
    input: { starts: 'keydown', handledAfter: 'keydown' },
    shows,
    verify,
  };
}

/** Ctrl+1, until the table shows its first rows. */
export function showApplications(page: Page): UserStep {
  return viewShortcut(page, 'Applications', firstRowsShown, () =>
    expect(tableRowAt(page, 0))
      .toBeVisible()
      .then(() => undefined),
  );
}

/** A card on the board: its handle, named by company and role, described to screen readers as a card. */
function boardCards(scope: Page | Locator): Locator {
  return scope.locator('[role="button"][aria-roledescription="card"]');
}

export function boardColumn(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: stage, exact: true });
}

/** Ctrl+2, until the first card of the board is on screen. */
export function openBoard(page: Page): UserStep {
  return viewShortcut(
    page,
    'Board',
    screenCheck('the board shows its first card', null, () =>
      window.screenQueries.all('button').some((button) => button.getAttribute('aria-roledescription') === 'card'),
    ),
    () => expect(boardCards(page).first()).toBeVisible(),
  );
}

/** The card on top of a column: "Stripe — Software Engineering Intern" and its company. */
export async function firstCardIn(
  page: Page,
  stage: string,
): Promise<{ title: string; company: string; role: string }> {
  const card = boardCards(boardColumn(page, stage)).first();
  await expect(card).toBeVisible();
  const title = ((await card.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const [company, role] = title.split(' — ');
  return { title, company: company!, role: role ?? '' };
}

/** What dnd-kit tells screen readers while a card is moved (a live region, as toasts are). */
function dragAnnouncement(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** The message a move on the board leaves, with its Undo. */
export function movedMessage(company: string, stage: string): string {
  return `Moved ${company} to ${stage}.`;
}

/**
 * A card moved one column right by keyboard: focused, picked up with Space, ArrowRight (each
 * waited for in what screen readers are told); then Space drops it, until the message says it
 * moved (written, and the board's data changed).
 */
export function moveCardRight(
  page: Page,
  from: string,
  to: string,
  card: { title: string; company: string },
): UserStep {
  const message = movedMessage(card.company, to);
  const handle = boardCards(boardColumn(page, from)).filter({ hasText: card.title }).first();
  return {
    what: 'move a card by keyboard',
    async prepare() {
      await handle.focus();
      await page.keyboard.press('Space');
      await expect(dragAnnouncement(page, `Picked up ${card.title}, in ${from},`)).toBeAttached();
      await page.keyboard.press('ArrowRight');
      await expect(dragAnnouncement(page, new RegExp(`^Moved to ${to}, position`))).toBeAttached();
    },
    commit: () => page.keyboard.press('Space'),
    input: { starts: 'keydown', handledAfter: 'keydown' },
    shows: screenCheck(`"${message}" shows`, message, (text) => window.screenQueries.statusSays(text)),
    verify: () => expect(page.getByRole('status').filter({ hasText: message })).toBeVisible(),
  };
}

/** "April 2026", as the calendar names a month. */
export function monthName(day: Date): string {
  return day.toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
}

/** "Wednesday, April 1, 2026", as the calendar names a day. */
function dayName(day: Date): string {
  return day.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

/** Ctrl+3, until the month grid shows today's cell. */
export function openCalendar(page: Page): UserStep {
  return viewShortcut(
    page,
    'Calendar',
    screenCheck("the month grid shows today's cell", null, () =>
      window.screenQueries.all('gridcell').some((cell) => cell.getAttribute('aria-current') === 'date'),
    ),
    () => expect(page.locator('[role="gridcell"][aria-current="date"]')).toBeVisible(),
  );
}

/** The grid of `month`'s month, with the cell of its first day. */
function monthGridShows(month: Date): ScreenCheck {
  const first = new Date(month.getFullYear(), month.getMonth(), 1);
  return screenCheck(
    `the grid of ${monthName(first)} shows`,
    { month: monthName(first), first: dayName(first) },
    (arg) => {
      const grid = window.screenQueries.one('grid', arg.month);
      return (
        !!grid &&
        window.screenQueries
          .all('gridcell', undefined, grid)
          .some((cell) => (cell.textContent ?? '').startsWith(arg.first))
      );
    },
  );
}

/** "Next month", until the grid of the month after `shown`'s shows. */
export function nextMonth(page: Page, shown: Date): UserStep {
  const next = new Date(shown.getFullYear(), shown.getMonth() + 1, 1);
  return {
    what: 'next month',
    commit: () => page.getByRole('button', { name: 'Next month', exact: true }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: monthGridShows(next),
    verify: () => expect(page.getByRole('grid', { name: monthName(next) })).toBeVisible(),
  };
}

/** "Today", until the calendar is back on this month. */
export function backToToday(page: Page, today: Date): UserStep {
  return {
    what: 'today',
    commit: () => page.getByRole('button', { name: 'Today', exact: true }).click(),
    input: { starts: 'click', handledAfter: 'click' },
    shows: monthGridShows(today),
    verify: () => expect(page.getByRole('grid', { name: monthName(today) })).toBeVisible(),
  };
}

/** Ctrl+4, until the funnel's table (screen readers' version of the chart) counts `saved` as saved. */
export function openDashboard(page: Page, saved: number): UserStep {
  const count = saved.toLocaleString('en-US');
  return viewShortcut(
    page,
    'Dashboard',
    screenCheck(`the funnel counts ${count} saved`, count, (text) => {
      const q = window.screenQueries;
      const funnel = q.one('table', 'Funnel');
      if (!funnel) return false;
      return q.all('row', undefined, funnel).some((row) => {
        const cells = [...row.children].map((cell) => (cell.textContent ?? '').trim());
        return cells[0] === 'Saved' && cells[1] === text;
      });
    }),
    () =>
      expect(
        page.getByRole('table', { name: 'Funnel' }).getByRole('row', { name: new RegExp(`^Saved ${count} `) }),
      ).toBeAttached(),
  );
}

// ---------------------------------------------------------------------------------------------
// Views and settings.

export async function openView(page: Page, view: 'Applications' | 'Reminders' | 'Settings'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: new RegExp(`^${view}`) })
    .click();
}

/** Settings → Backups → Back up now, until the list shows it; then back to the applications. */
export async function backUpNow(page: Page): Promise<void> {
  await openView(page, 'Settings');
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('row', { name: /Backed up by you/ }).first()).toBeVisible();
  await openView(page, 'Applications');
}
