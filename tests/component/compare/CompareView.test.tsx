// The offer comparison, rendered whole on a real (fake-indexeddb) database: applications ticked in
// the table by keyboard and compared side by side with the best of each row marked, the limit of
// four, the list to add from, removing, dropped deletions and the CSV export.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { globex, initech, northwind, NOW } from '../../support/threeOffers';
import { anApplication } from '../applicationFixture';
import { resetTransferDesktop } from '../dataTransfer/transferDesktop';
import { databaseWith } from '../dataTransfer/transferTestKit';
import { renderApp } from '../renderApp';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('../dataTransfer/transferDesktop')).transferDesktop,
}));

// Deadlines count down from Wednesday, Mar 4, 2026, in Los Angeles.
const zone = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';
afterAll(() => {
  process.env.TZ = zone;
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

const THREE = [northwind(), globex(), initech()];

async function tableRow(company: string): Promise<HTMLElement> {
  const grid = await screen.findByRole('grid', { name: 'Applications' });
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = within(grid)
      .getAllByRole('row')
      .find((row) => row.querySelector('.company')?.textContent === company);
    expect(found).toBeDefined();
  });
  return found!;
}

/** Focuses a company's row, as the arrow keys would, and presses Space. */
async function tickByKeyboard(user: ReturnType<typeof renderApp>['user'], company: string) {
  const row = await tableRow(company);
  act(() => row.focus());
  await user.keyboard(' ');
}

function comparison(): HTMLElement {
  return screen.getByRole('table', { name: 'Compare offers' });
}

/** The companies heading the columns, in order. */
function columnCompanies(): string[] {
  return within(comparison())
    .getAllByRole('columnheader')
    .map((th) => th.querySelector('.compare-company')!.textContent!);
}

/** The cells of the fact row whose header starts with `label`. */
function factCells(label: string): HTMLElement[] {
  const header = within(comparison()).getByRole('rowheader', { name: new RegExp(`^${label}`) });
  return within(header.closest('tr')!).getAllByRole('cell');
}

/** The companies whose cell of a fact row is marked best. */
function bestIn(label: string): string[] {
  const companies = columnCompanies();
  return factCells(label)
    .map((cell, i) => (cell.querySelector('.best-badge') ? companies[i]! : null))
    .filter((company) => company !== null);
}

async function openComparison(db: AppDatabase) {
  const app = renderApp(db);
  await screen.findByRole('grid', { name: 'Applications' });
  await app.user.click(screen.getByRole('button', { name: 'Compare offers' }));
  await screen.findByRole('combobox', { name: 'Add an application' });
  return app;
}

describe('picking applications in the table', () => {
  it('ticks rows with Space, then compares them with the best of each row marked', async () => {
    resetTransferDesktop();
    const db = await databaseWith([...THREE, anApplication('acme', { company: 'Acme', role: 'Intern' })]);
    const { user } = renderApp(db);

    await tickByKeyboard(user, 'Northwind');
    // A live region, so the count is heard as rows are ticked.
    expect(screen.getByText('1 selected for comparison: tick one more').getAttribute('role')).toBe('status');
    await tickByKeyboard(user, 'Globex');
    await tickByKeyboard(user, 'Initech');
    expect(screen.getByText('3 selected for comparison')).toBeTruthy();
    expect(
      within(await tableRow('Globex')).getByRole('checkbox', { name: 'Compare Globex — Data Science Intern' }),
    ).toHaveProperty('checked', true);
    expect(within(await tableRow('Acme')).getByRole('checkbox')).toHaveProperty('checked', false);
    // Space ticks; it does not open the details (Enter does).
    expect(screen.queryByRole('complementary')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByRole('table', { name: 'Compare offers' });
    expect(columnCompanies()).toEqual(['Northwind', 'Globex', 'Initech']);
    // Worked out by hand in tests/support/threeOffers.ts.
    expect(bestIn('Response deadline')).toEqual(['Globex']);
    expect(bestIn('Hourly')).toEqual(['Initech']);
    expect(bestIn('Monthly')).toEqual(['Initech']);
    expect(bestIn('Total pay')).toEqual(['Northwind']);
    expect(bestIn('Housing')).toEqual(['Globex']);
    expect(bestIn('Relocation')).toEqual(['Initech']);
    expect(bestIn('Sign-on bonus')).toEqual(['Northwind', 'Initech']);
    expect(bestIn('Other parts')).toEqual(['Globex']);
    expect(bestIn('Total value')).toEqual(['Northwind']);
    expect(bestIn('Visa sponsorship')).toEqual(['Northwind']);
    expect(bestIn('Excitement')).toEqual(['Globex']);
    // Full stars and hollow ones, not only paler: high-contrast modes draw them in one colour.
    expect(factCells('Excitement').map((cell) => cell.querySelector('.excitement-stars')?.textContent)).toEqual([
      '★★★☆☆',
      '★★★★★',
      '★★★★☆',
    ]);
    expect(bestIn('Stage')).toEqual([]);

    const totalValue = factCells('Total value');
    expect(totalValue.map((cell) => cell.querySelector('.fact-value')!.textContent)).toEqual([
      '$40,692.31',
      '$31,523.08',
      '$40,500',
    ]);
    // Seen as a badge, heard with its reason.
    expect(totalValue[0]!.querySelector('.best-badge')!.textContent).toBe('Best: highest total value');
    expect(factCells('Response deadline').map((cell) => cell.querySelector('.fact-detail')!.textContent)).toEqual([
      'in 3 days',
      'in 10 days',
      'overdue by 2 days',
    ]);
    expect(
      screen.getByText(/^Figures assume 40 h\/week unless the pay states its hours, 52 weeks\/year, 12 months\/year\./),
    ).toBeTruthy();
  });

  it('refuses a fifth with a message, and keeps the four', async () => {
    resetTransferDesktop();
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => anApplication(id, { company: id.toUpperCase() }));
    const { user } = renderApp(await databaseWith(five));
    for (const company of ['A', 'B', 'C', 'D', 'E']) {
      await user.click(within(await tableRow(company)).getByRole('checkbox'));
    }
    await screen.findByText('Up to 4 applications can be compared at once: untick one to add E — Intern.');
    expect(within(await tableRow('E')).getByRole('checkbox')).toHaveProperty('checked', false);
    expect(screen.getByText('4 selected for comparison')).toBeTruthy();
    expect(useUiStore.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    // Ticking is not opening.
    expect(screen.queryByRole('complementary')).toBeNull();

    await user.click(within(await tableRow('B')).getByRole('checkbox'));
    await user.click(within(await tableRow('E')).getByRole('checkbox'));
    expect(useUiStore.getState().compareIds).toEqual(['a', 'c', 'd', 'e']);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(useUiStore.getState().compareIds).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Compare' })).toBeNull();
  });

  it('opens with Ctrl+5, and drops an application deleted since without a word', async () => {
    resetTransferDesktop();
    const { user } = renderApp(await databaseWith(THREE));
    for (const company of ['Northwind', 'Globex', 'Initech']) await tickByKeyboard(user, company);
    await user.keyboard('{Control>}5{/Control}');
    expect(columnCompanies()).toEqual(['Northwind', 'Globex', 'Initech']);

    await user.click(screen.getByRole('button', { name: 'Open details of Globex — Data Science Intern' }));
    const details = screen.getByRole('complementary', { name: 'Globex' });
    await user.click(within(details).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    expect(screen.getByText('2 selected for comparison')).toBeTruthy();

    await user.keyboard('{Control>}5{/Control}');
    expect(columnCompanies()).toEqual(['Northwind', 'Initech']);
    expect(bestIn('Total value')).toEqual(['Northwind']);
  });
});

describe('the picks after a restart', () => {
  it('are as they were left, kept in the database', async () => {
    resetTransferDesktop();
    const db = await databaseWith(THREE);
    const first = renderApp(db);
    for (const company of ['Northwind', 'Initech']) await tickByKeyboard(first.user, company);
    await waitFor(async () =>
      expect((await db.settings.get('compareSelection'))?.value).toEqual(['northwind', 'initech']),
    );
    first.unmount();
    useUiStore.setState(useUiStore.getInitialState(), true);

    const { user } = renderApp(db);
    await screen.findByText('2 selected for comparison');
    await user.keyboard('{Control>}5{/Control}');
    expect(columnCompanies()).toEqual(['Northwind', 'Initech']);
  });
});

describe('the comparison view', () => {
  it('adds from a list that puts offers first and follows the table’s search', async () => {
    resetTransferDesktop();
    const others = [anApplication('zeta', { company: 'Zeta' }), anApplication('acme', { company: 'Acme' })];
    const { user } = await openComparison(await databaseWith([...THREE, ...others]));
    expect(screen.getByRole('heading', { name: 'Nothing to compare yet' })).toBeTruthy();

    const picker = screen.getByRole('combobox', { name: 'Add an application' });
    // One control answers to its label: the form around it is not labelled the same.
    expect(screen.getAllByLabelText(/Add an application/)).toEqual([picker]);
    const groups = () =>
      within(picker)
        .getAllByRole('group')
        .map((group) => [
          group.getAttribute('label'),
          within(group)
            .getAllByRole('option')
            .map((o) => o.textContent),
        ]);
    // Until every application is loaded, the list holds those of the first screen only.
    await waitFor(() =>
      expect(groups()).toEqual([
        [
          'Offers',
          [
            'Globex — Data Science Intern (Offer)',
            'Initech — Platform Intern (Offer)',
            'Northwind — Backend Intern (Offer)',
          ],
        ],
        ['Other applications', ['Acme — Intern (Wishlist)', 'Zeta — Intern (Wishlist)']],
      ]),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'glo');
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toHaveLength(2),
    );
    await screen.findByText(
      'Lists the 1 application of 5 that the table’s search and filters let through, offers first.',
    );
    await user.selectOptions(picker, 'Globex — Data Science Intern (Offer)');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Added Globex — Data Science Intern.')).toBeTruthy();
    expect(columnCompanies()).toEqual(['Globex']);
    expect(screen.getByText('Add another application to see which is best in each row.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(document.activeElement).toBe(picker);
    await user.selectOptions(picker, 'Initech — Platform Intern (Offer)');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(columnCompanies()).toEqual(['Globex', 'Initech']);
    expect(bestIn('Hourly')).toEqual(['Initech']);

    // Removing a column puts the keyboard on the Remove of the column now in its place.
    await user.click(screen.getByRole('button', { name: 'Remove Globex — Data Science Intern from the comparison' }));
    expect(columnCompanies()).toEqual(['Initech']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove Initech — Platform Intern from the comparison' }),
    );
    await user.click(document.activeElement as HTMLElement);
    // Focus moves once the comparison has dropped the column (an effect after the store changed).
    await screen.findByRole('heading', { name: 'Nothing to compare yet' });
    await waitFor(() => expect(document.activeElement).toBe(picker));
  });

  it('shows the first four of more picked, and brings in the next when one is removed', async () => {
    resetTransferDesktop();
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => anApplication(id, { company: id.toUpperCase() }));
    const db = await databaseWith(six);
    // As the dashboard's "Compare" does.
    useUiStore.getState().compareChanged(['f', 'e', 'd', 'c', 'b', 'a']);
    const { user } = await openComparison(db);
    expect(columnCompanies()).toEqual(['F', 'E', 'D', 'C']);
    expect(
      screen.getByText(
        'Showing the first 4 of the 6 picked. Removing a column brings in the next: B — Intern; A — Intern.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add' }).getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Remove F — Intern from the comparison' }));
    expect(columnCompanies()).toEqual(['E', 'D', 'C', 'B']);
  });

  it('asks for a cohort where it matters and does not compare different currencies', async () => {
    resetTransferDesktop();
    const cohorts = [
      { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May' },
      { id: 'june', start: '2026-06-15', end: '2026-08-07', label: 'June' },
    ];
    const apps: Application[] = [
      anApplication('toronto', {
        company: 'Toronto Co',
        pay: { min: 7000, max: 7000, currency: 'CAD', period: 'month', raw: 'CA$7,000/month' },
        cohorts,
      }),
      anApplication('seattle', {
        company: 'Seattle Co',
        pay: { min: 40, max: 40, currency: 'USD', period: 'hour', raw: '$40/h' },
        durationWeeks: 12,
      }),
    ];
    useUiStore.getState().compareChanged(['toronto', 'seattle']);
    await openComparison(await databaseWith(apps));
    expect(factCells('Total pay').map((cell) => cell.textContent)).toEqual([
      'Choose a cohort to work it out',
      '$19,200over the stated 12 weeks',
    ]);
    expect(within(comparison()).getByRole('rowheader', { name: /^Hourly/ }).textContent).toBe(
      'HourlyNot compared: the amounts are in CAD and USD.',
    );
    expect(bestIn('Hourly')).toEqual([]);
    expect(factCells('Cohort dates')[0]!.querySelector('.fact-detail')!.textContent).toBe('none chosen yet');
  });

  it('folds long notes behind More', async () => {
    resetTransferDesktop();
    const long = 'Team matching happens in April. '.repeat(8).trim();
    const apps = [
      anApplication('a', { company: 'A', notes: long }),
      anApplication('b', { company: 'B', notes: 'Short.' }),
    ];
    useUiStore.getState().compareChanged(['a', 'b']);
    const { user } = await openComparison(await databaseWith(apps));
    const more = screen.getByRole('button', { name: 'More of the notes on A — Intern' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(factCells('Notes')[0]!.querySelector('.compare-notes.clamped')).not.toBeNull();
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Less of the notes on A — Intern' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(factCells('Notes')[0]!.querySelector('.clamped')).toBeNull();
    expect(within(factCells('Notes')[1]!).queryByRole('button')).toBeNull();
  });

  it('exports the comparison as CSV through the desktop, and says where it went', async () => {
    const desktop = resetTransferDesktop();
    useUiStore.getState().compareChanged(['northwind', 'globex', 'initech']);
    const { user } = await openComparison(await databaseWith(THREE));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Exported the comparison of 3 applications to Downloads/offer-comparison-2026-03-04.csv.');
    const [file] = desktop.saved;
    expect(file!.format).toBe('csv');
    expect(file!.suggestedName).toBe('offer-comparison-2026-03-04.csv');
    const lines = file!.content.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFFact,Northwind — Backend Intern,Globex — Data Science Intern,Initech — Platform Intern,Best',
    );
    expect(lines).toContain(
      'Total value,"$40,692.31 (over 16 weeks)","$31,523.08 (over 12 weeks)","$40,500 (over 10 weeks)",Northwind — Backend Intern (highest total value)',
    );
  });
});
