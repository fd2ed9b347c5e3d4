// The main screen, rendered whole on a real (fake-indexeddb) database: the table, sorting,
// search with the "already tracking" hint, keyboard selection, the empty state and undoable delete.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import type { ApplicationFields } from '@shared/newApplication';
import { addStage, DEFAULT_PIPELINE } from '@shared/pipeline';
import { SAMPLE_APPLICATION, sampleApplicationOn } from '@shared/sampleApplication';
import { toCalendarDate } from '@shared/calendarDate';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { fromRow, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

/** A fresh database holding applications added the way the app adds them. */
async function databaseWith(...records: Partial<ApplicationFields>[]) {
  const db = testDatabase();
  const repository = applicationsRepository(db);
  const apps: Application[] = [];
  for (const fields of records) apps.push(await repository.add(fields));
  return { db, repository, apps };
}

function table(): HTMLElement {
  return screen.getByRole('grid', { name: 'Applications' });
}

/** The data rows (header excluded), once the live query has delivered them. */
async function dataRows(count?: number): Promise<HTMLElement[]> {
  await screen.findByRole('grid', { name: 'Applications' });
  let rows: HTMLElement[] = [];
  await waitFor(() => {
    rows = within(table()).getAllByRole('row').slice(1);
    if (count === undefined) expect(rows.length).toBeGreaterThan(0);
    else expect(rows).toHaveLength(count);
  });
  return rows;
}

const companyOf = (row: HTMLElement) => row.querySelector('.company')?.textContent;

/** The company of the table row that has focus; null when focus is anywhere else. */
function focusedCompany(): string | null | undefined {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused.getAttribute('role') === 'row' ? companyOf(focused) : null;
}

async function storedApps(db: AppDatabase): Promise<Application[]> {
  return (await db.applications.toArray()).map(fromRow);
}

describe('the applications table', () => {
  it('shows each stored application with its company, role, stage, monthly pay and places', async () => {
    const { db } = await databaseWith(
      SAMPLE_APPLICATION,
      { company: 'Stripe', role: 'SWE Intern' },
      { company: 'Datadog', role: 'SWE Intern', workMode: 'remote' },
    );
    renderApp(db);
    const rows = await dataRows(3);
    const pinterest = rows.find((row) => companyOf(row) === 'Pinterest')!;
    const cells = within(pinterest)
      .getAllByRole('gridcell')
      .map((cell) => cell.textContent);
    // The first cell is the box that picks it for comparison.
    expect(within(pinterest).getByRole('checkbox', { name: /^Compare Pinterest — Master's/ })).toBeTruthy();
    expect(cells[1]).toBe("PinterestMaster's Machine Learning Internship 2026 (USA)");
    expect(cells[2]).toBe('Wishlist');
    expect(cells[4]).toBe('$11,000');
    expect(cells[5]).toBe('Hybrid · San Francisco, CA; Palo Alto, CA; New York, NY; Seattle, WA');
    // A work mode without places is the work mode alone; neither is a dash.
    const placesOf = (company: string) =>
      within(rows.find((row) => companyOf(row) === company)!).getAllByRole('gridcell')[5]!.textContent;
    expect([placesOf('Datadog'), placesOf('Stripe')]).toEqual(['Remote', '—']);
    expect(screen.getByText('3 applications')).toBeTruthy();
  });

  it('says of a pay it cannot put per month what it is and what is missing', async () => {
    const { db } = await databaseWith(
      { company: 'Bare', role: 'Intern', pay: { min: 56, max: 56, currency: 'USD', period: null, raw: '56' } },
      {
        company: 'Lump',
        role: 'Intern',
        pay: { min: 5600, max: 5600, currency: 'EUR', period: 'total', raw: '€5,600 for the summer' },
      },
      {
        company: 'Words',
        role: 'Intern',
        pay: { min: null, max: null, currency: 'USD', period: null, raw: 'Competitive' },
      },
    );
    renderApp(db);
    const rows = await dataRows(3);
    // The amount, and below it what it is.
    const payOf = (company: string) =>
      [...within(rows.find((row) => companyOf(row) === company)!).getAllByRole('gridcell')[4]!.children].map(
        (line) => line.textContent,
      );
    expect([payOf('Bare'), payOf('Lump'), payOf('Words')]).toEqual([
      ['$56', 'no period'],
      ['€5,600', 'in all'],
      ['Competitive'],
    ]);
  });

  it('says the hours a week a pay states under its monthly figure, and in the tooltip of a range', async () => {
    const { db } = await databaseWith(
      {
        company: 'Nubank',
        role: 'Estágio',
        pay: { min: 2200, max: 2200, currency: 'BRL', period: 'month', raw: 'R$ 2.200', hoursPerWeek: 30 },
      },
      {
        company: 'Range',
        role: 'Intern',
        pay: { min: 20, max: 25, currency: 'USD', period: 'hour', raw: '$20–25/h', hoursPerWeek: 20 },
      },
      { company: 'Full', role: 'Intern', pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '' } },
    );
    renderApp(db);
    const rows = await dataRows(3);
    const cellOf = (company: string) =>
      within(rows.find((row) => companyOf(row) === company)!).getAllByRole('gridcell')[4]!;
    const lines = (cell: HTMLElement) => [...cell.children].map((line) => line.textContent);
    expect(lines(cellOf('Nubank'))).toEqual(['R$2,200', '30 h/week']);
    expect(cellOf('Nubank').title).toBe('R$2,200 a month for 30 h/week');
    // $20–$25 an hour for 20 h/week: $1,733–$2,167 a month.
    expect(cellOf('Range').textContent).toBe('$1,733–$2,167');
    expect(cellOf('Range').title).toBe('$1,733–$2,167 a month for 20 h/week');
    expect(cellOf('Full').textContent).toBe('$11,000');
    expect(cellOf('Full').title).toBe('$11,000');
  });

  it('says "Unpaid" for an unpaid role, not "$0.00" or "—", and "—" only for a pay not known', async () => {
    const { db } = await databaseWith(
      { company: 'Museum', role: 'Intern', pay: { min: 0, max: 0, currency: 'USD', period: 'hour', raw: '$0/hour' } },
      { company: 'Lab', role: 'Intern' },
    );
    renderApp(db);
    const rows = await dataRows(2);
    const payOf = (company: string) =>
      within(rows.find((row) => companyOf(row) === company)!).getAllByRole('gridcell')[4]!.textContent;
    expect([payOf('Museum'), payOf('Lab')]).toEqual(['Unpaid', '—']);
  });

  it('renders only a screenful of a long list, and tells assistive technology the full count', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(
      Array.from({ length: 300 }, (_, i) => toRow(anApplication(`app-${String(i).padStart(3, '0')}`))),
    );
    renderApp(db);
    const rows = await dataRows();
    // 800 px of 52 px rows plus overscan: a screenful, not 300.
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(table().getAttribute('aria-rowcount')).toBe('301');
  });

  it('sorts by a column when its header is clicked, and says which way with aria-sort', async () => {
    const { db } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern' },
      { company: 'airbnb', role: 'Data Intern' },
      { company: 'Figma', role: 'Design Intern' },
    );
    const { user } = renderApp(db);
    await dataRows(3);
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Next date').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Company and role').getAttribute('aria-sort')).toBe('none');

    await user.click(within(header('Company and role')).getByRole('button'));
    expect(header('Company and role').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Next date').getAttribute('aria-sort')).toBe('none');
    expect((await dataRows(3)).map(companyOf)).toEqual(['airbnb', 'Figma', 'Stripe']);

    await user.click(within(header('Company and role')).getByRole('button'));
    expect(header('Company and role').getAttribute('aria-sort')).toBe('descending');
    expect((await dataRows(3)).map(companyOf)).toEqual(['Stripe', 'Figma', 'airbnb']);
  });

  it('puts the highest pay first on the first click on Pay per month', async () => {
    const { db } = await databaseWith(
      { company: 'Low', role: 'Intern', pay: { min: 5000, max: 5000, currency: 'USD', period: 'month', raw: '' } },
      { company: 'Unknown', role: 'Intern' },
      { company: 'High', role: 'Intern', pay: { min: 60, max: 60, currency: 'USD', period: 'hour', raw: '' } },
    );
    const { user } = renderApp(db);
    await dataRows(3);
    await user.click(screen.getByRole('button', { name: /^Pay per month/ }));
    expect(screen.getByRole('columnheader', { name: /^Pay per month/ }).getAttribute('aria-sort')).toBe('descending');
    expect((await dataRows(3)).map(companyOf)).toEqual(['High', 'Low', 'Unknown']);
  });

  // tester34: in India, sorted high to low, $7,800 a month came below ₹10,000 and nothing said why.
  it('says, by the count and on the pay header, that pay sorts within each currency, her region’s first', async () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    try {
      const inr = (amount: number) => ({
        min: amount,
        max: amount,
        currency: 'INR',
        period: 'month' as const,
        raw: '',
      });
      const { db } = await databaseWith(
        { company: 'Aurora', role: 'Intern', pay: { ...inr(7800), currency: 'USD' } },
        { company: 'Stealth', role: 'Intern', pay: inr(10000) },
        { company: 'Flipkart', role: 'Intern', pay: inr(50000) },
      );
      const { user } = renderApp(db);
      await dataRows(3);
      const note =
        'Pay is sorted within each currency (no exchange rates offline): INR, your region’s, first, then USD.';
      const payButton = () => screen.getByRole('button', { name: /^Pay per month/ });
      expect(screen.queryByText(note)).toBeNull();

      await user.click(payButton());
      expect((await dataRows(3)).map(companyOf)).toEqual(['Flipkart', 'Stealth', 'Aurora']);
      // In a live region of its own, so it is read out as the sort changes (not again with each
      // count a search changes), and read with the header.
      expect(screen.getByText(note).getAttribute('role')).toBe('status');
      expect(screen.getByText('3 applications').getAttribute('role')).toBe('status');
      expect(payButton().getAttribute('aria-describedby')).toBe(screen.getByText(note).id);

      // One currency shown: nothing to say, and the header is described by nothing.
      await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'Aurora');
      await dataRows(1);
      expect(screen.queryByText(note)).toBeNull();
      expect(payButton().getAttribute('aria-describedby')).toBeNull();
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
  });

  it('filters as you type in search and says whether the company is already tracked, archived ones included', async () => {
    const { db, repository, apps } = await databaseWith(
      { company: 'Pinterest', role: 'ML Intern' },
      { company: 'Pinterest', role: 'SWE Intern' },
      { company: 'Stripe', role: 'SWE Intern' },
    );
    await repository.changeStage(apps[1]!.id, { stageId: 'rejected' });
    await repository.setArchived([apps[1]!.id], true);
    const { user } = renderApp(db);
    await dataRows(2);

    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'pinter');
    expect((await dataRows(1)).map(companyOf)).toEqual(['Pinterest']);
    expect(screen.getByText('1 of 3 applications')).toBeTruthy();
    const hint = screen.getByText(/Already tracking 2 applications at Pinterest/);
    expect(within(hint).getByRole('button', { name: 'ML Intern (Wishlist)' })).toBeTruthy();
    expect(within(hint).getByRole('button', { name: 'SWE Intern (Rejected, archived)' })).toBeTruthy();

    // The archived one can be opened from the hint although the table hides it.
    await user.click(within(hint).getByRole('button', { name: 'SWE Intern (Rejected, archived)' }));
    expect(screen.getByRole('complementary', { name: 'Pinterest' }).textContent).toContain('SWE Intern');
  });

  it('says so when every application is archived, rather than blaming filters nobody set, and shows them on request', async () => {
    const { db, repository, apps } = await databaseWith(
      { company: 'Pinterest', role: 'ML Intern' },
      { company: 'Stripe', role: 'SWE Intern' },
    );
    await repository.setArchived(
      apps.map((app) => app.id),
      true,
    );
    const { user } = renderApp(db);
    const message = await screen.findByText(/^All 2 applications are archived\./);
    expect(screen.queryByText(/No application matches/)).toBeNull();
    expect(screen.getByText('0 of 2 applications')).toBeTruthy();

    await user.click(within(message).getByRole('button', { name: 'Show archived applications' }));
    expect((await dataRows(2)).map(companyOf).sort()).toEqual(['Pinterest', 'Stripe']);
    expect(screen.getByRole('checkbox', { name: 'Show archived' })).toHaveProperty('checked', true);
  });

  it('says when no company matches the search, and offers to add one', async () => {
    const { db } = await databaseWith({
      company: 'Stripe',
      role: 'SWE Intern',
      notes: 'Referred by a friend at Figma',
    });
    const { user } = renderApp(db);
    await dataRows(1);
    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    await user.type(search, 'Canva');
    // Nothing found at all: one message says so, not the hint and the table each.
    const hint = screen.getByText(/No application matches “Canva”/);
    expect(hint.textContent).toBe('No application matches “Canva”. Add one');
    expect(hint.getAttribute('role')).toBe('status');
    expect(screen.queryByText(/No company matches/)).toBeNull();

    // A company named only in an application's notes, which the table does not show: the hint
    // answers for companies alone, saying why the row is there.
    await user.clear(search);
    await user.type(search, 'Figma');
    await dataRows(1);
    expect(
      screen.getByText('No company matches “Figma” yet; the applications shown mention it in their notes.', {
        exact: false,
      }),
    ).toBeTruthy();

    await user.type(search, 'x');
    await user.click(
      within(screen.getByText(/No application matches “Figmax”/)).getByRole('button', { name: 'Add one' }),
    );
    // The form starts with the company searched for.
    const editor = screen.getByRole('dialog', { name: 'New application' });
    expect(within(editor).getByRole('textbox', { name: /^Company/ })).toHaveProperty('value', 'Figmax');
  });

  it('offers no company of that name when the search is in what the table shows of the rows', async () => {
    const { db } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern', tags: ['Dream job'], locations: ['Dublin'], workMode: 'remote' },
      { company: 'Figma', role: 'Design Intern' },
    );
    const { user } = renderApp(db);
    await dataRows(2);
    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    // A stage, a tag, a place, the work mode, a role's words.
    for (const [words, shown] of [
      ['Wishlist', 2],
      ['dream job', 1],
      ['Dublin', 1],
      ['remote', 1],
      ['swe intern', 1],
      ['wish', 2],
    ] as const) {
      await user.clear(search);
      await user.type(search, words);
      await dataRows(shown);
      // The table answers the search; a company called "Wishlist" is not what was looked for.
      expect(screen.queryByText(/No company matches/)).toBeNull();
      expect(screen.queryByRole('button', { name: 'Add one' })).toBeNull();
    }
  });

  it('moves between rows with the arrow keys and opens the focused one with Enter', async () => {
    const { db } = await databaseWith(
      { company: 'Asana', role: 'PM Intern' },
      { company: 'Brex', role: 'SWE Intern' },
      { company: 'Canva', role: 'Design Intern' },
    );
    const { user } = renderApp(db);
    await dataRows(3);
    await user.click(within(screen.getByRole('columnheader', { name: /^Company and role/ })).getByRole('button'));
    const rows = await dataRows(3);
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1]);

    act(() => rows[0]!.focus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedCompany()).toBe('Brex'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(focusedCompany()).toBe('Canva'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(focusedCompany()).toBe('Brex'));

    await user.keyboard('{Enter}');
    const brex = (await dataRows(3))[1]!;
    expect(brex.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('complementary', { name: 'Brex' })).toBeTruthy();
  });

  it('after archiving from the details, gives focus to the row that took its place, however focus reached it', async () => {
    const { db } = await databaseWith(
      { company: 'Asana', role: 'PM Intern' },
      { company: 'Brex', role: 'SWE Intern' },
      { company: 'Canva', role: 'Design Intern' },
    );
    const { user } = renderApp(db);
    const rows = await dataRows(3);
    const byCompany = (company: string) => rows.find((row) => companyOf(row) === company)!;
    // The row at Brex's place once it is gone: the next one, or the one before when it is last.
    const order = rows.map(companyOf);
    const at = order.indexOf('Brex');
    const expected = order.filter((company) => company !== 'Brex')[Math.min(at, 1)];
    // Focus moved there by a screen reader's cursor, not by the arrow keys.
    act(() => byCompany('Brex').focus());
    await user.keyboard('{Enter}');
    const details = await screen.findByRole('complementary', { name: 'Brex' });
    await user.click(within(details).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    await waitFor(() => expect(focusedCompany()).toBe(expected));
  });

  it('gives focus back to the row when the details close', async () => {
    const { db } = await databaseWith({ company: 'Asana', role: 'PM Intern' }, { company: 'Brex', role: 'SWE Intern' });
    const { user } = renderApp(db);
    const brex = (await dataRows(2)).find((row) => companyOf(row) === 'Brex')!;
    await user.click(brex);
    await user.click(screen.getByRole('button', { name: 'Close details' }));

    expect(screen.queryByRole('complementary')).toBeNull();
    await waitFor(() => expect(focusedCompany()).toBe('Brex'));
  });

  it('gives focus to the open application’s row when asked for the table, after the order changed', async () => {
    const { db } = await databaseWith({ company: 'Asana', role: 'PM Intern' }, { company: 'Brex', role: 'SWE Intern' });
    const { user } = renderApp(db);
    const brex = (await dataRows(2)).find((row) => companyOf(row) === 'Brex')!;
    await user.click(brex);
    await screen.findByRole('complementary', { name: 'Brex' });
    // Brex goes first: the place it was clicked at now holds Asana.
    const company = screen.getByRole('columnheader', { name: /^Company and role/ });
    await user.click(within(company).getByRole('button'));
    await user.click(within(company).getByRole('button'));
    expect((await dataRows(2)).map(companyOf)).toEqual(['Brex', 'Asana']);
    act(() => useUiStore.getState().tableFocusRequested());
    await waitFor(() => expect(focusedCompany()).toBe('Brex'));
  });

  it('lists a tag written in two cases once, as most applications write it, and filters by it whatever the case', async () => {
    const { db } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern', tags: ['SWE'] },
      { company: 'Figma', role: 'SWE Intern', tags: ['swe'] },
      { company: 'Ramp', role: 'SWE Intern', tags: ['SWE', 'fintech'] },
      { company: 'Asana', role: 'PM Intern' },
    );
    const { user } = renderApp(db);
    await dataRows(4);
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    const tags = screen.getByRole('group', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement!.textContent),
    ).toEqual(['fintech', 'SWE']);
    await user.click(within(tags).getByRole('checkbox', { name: 'SWE' }));
    expect((await dataRows(3)).map(companyOf).sort()).toEqual(['Figma', 'Ramp', 'Stripe']);
  });

  it("offers a phase's only stage of the phase's own name once, as the phase, so every filter has a name of its own", async () => {
    const { db, repository, apps } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern' },
      { company: 'Figma', role: 'SWE Intern' },
    );
    await repository.changeStage(apps[0]!.id, { stageId: 'applied' });
    const { user } = renderApp(db);
    await dataRows(2);
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    const names = (group: string) =>
      within(screen.getByRole('group', { name: group }))
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label') ?? box.parentElement!.textContent);
    expect(names('Phase')).toEqual(['Saved', 'Applied', 'In process', 'Offer', 'Accepted', 'Closed']);
    expect(names('Stage')).not.toContain('Applied');
    expect(names('Stage')).toContain('Wishlist');
    await user.click(screen.getByRole('checkbox', { name: 'Applied' }));
    expect((await dataRows(1)).map(companyOf)).toEqual(['Stripe']);
  });

  it("offers a stage of its phase's name when the phase has another stage too", async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = addStage(DEFAULT_PIPELINE, { id: 'referred', name: 'Referred', phase: 'applied', color: 'teal' });
    if (!added.ok) throw new Error(added.error);
    await repository.savePipeline(added.pipeline);
    await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const { user } = renderApp(db);
    await dataRows(1);
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    const stages = screen.getByRole('group', { name: 'Stage' });
    expect(within(stages).getByRole('checkbox', { name: 'Applied' })).toBeTruthy();
    expect(within(stages).getByRole('checkbox', { name: 'Referred' })).toBeTruthy();
  });

  it('Escape in the open Filters panel closes it and puts focus back on the Filters button, details left open', async () => {
    const { db, apps } = await databaseWith({ company: 'Asana', role: 'PM Intern' });
    act(() => useUiStore.getState().applicationSelected(apps[0]!.id));
    const { user } = renderApp(db);
    await dataRows(1);
    await screen.findByRole('button', { name: 'Close details' });
    const toggle = screen.getByRole('button', { name: /^Filters/ });
    await user.click(toggle);
    await user.click(within(screen.getByRole('group', { name: 'Phase' })).getByRole('checkbox', { name: 'Saved' }));
    await user.keyboard('{Escape}');

    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Phase' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    // Escape was the panel's: the details stay open.
    expect(screen.getByRole('button', { name: 'Close details' })).toBeTruthy();
  });

  it('clearing the filters leaves focus on the Filters button, not at the top of the page', async () => {
    const { db } = await databaseWith({ company: 'Asana', role: 'PM Intern' });
    const { user } = renderApp(db);
    await dataRows(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'zzz');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Filters/ }));
    expect((await dataRows(1)).map(companyOf)).toEqual(['Asana']);
  });
});

describe('the empty state', () => {
  it('offers to add an application or load the sample', async () => {
    const { user } = renderApp(testDatabase());
    const empty = await screen.findByRole('region', { name: 'No applications yet' });
    await user.click(within(empty).getByRole('button', { name: 'Add your first application' }));
    expect(screen.getByRole('dialog', { name: 'New application' })).toBeTruthy();
  });

  it('points to the other ways in: pasting a posting and importing a CSV', async () => {
    const { user } = renderApp(testDatabase());
    const empty = await screen.findByRole('region', { name: 'No applications yet' });
    await user.click(within(empty).getByRole('button', { name: 'Paste the posting' }));
    expect(await screen.findByRole('dialog', { name: 'Paste a job posting' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(empty).getByRole('button', { name: 'Import the CSV' }));
    expect(await screen.findByRole('dialog', { name: /Import/ })).toBeTruthy();
  });

  it('loads the Pinterest sample as a real, valid record and opens it', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const empty = await screen.findByRole('region', { name: 'No applications yet' });
    const today = toCalendarDate(new Date());
    // It is described as what it adds: the year it is for today, not the year it was written in.
    expect(empty.textContent).toContain(`Master’s ML internship ${sampleApplicationOn(today).term!.year}: two cohorts`);
    await user.click(within(empty).getByRole('button', { name: 'Load sample' }));

    expect((await dataRows(1)).map(companyOf)).toEqual(['Pinterest']);
    const [stored] = await storedApps(db);
    // The sample of today: its first cohort still ahead, however long after 2026 this runs.
    expect(stored).toMatchObject({ ...sampleApplicationOn(today), stageId: 'wishlist', phase: 'saved' });
    expect(stored!.cohorts[0]!.start > today).toBe(true);
    expect(stored?.stageHistory).toHaveLength(1);
    const detail = await screen.findByRole('complementary', { name: 'Pinterest' });
    expect(detail.textContent).toContain('$30,461.54');
    // Said as every add is.
    expect(await screen.findByText('Added the sample: Pinterest.')).toBeTruthy();
  });

  it("loads the sample into the first Saved stage of the student's pipeline when Wishlist is gone", async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = addStage(DEFAULT_PIPELINE, { id: 'interested', name: 'Interested', phase: 'saved', color: 'teal' });
    if (!added.ok) throw new Error(added.error);
    await repository.savePipeline(added.pipeline);
    await repository.removeStage('wishlist', 'interested');
    const { user } = renderApp(db);
    const empty = await screen.findByRole('region', { name: 'No applications yet' });
    await user.click(within(empty).getByRole('button', { name: 'Load sample' }));

    expect((await dataRows(1)).map(companyOf)).toEqual(['Pinterest']);
    const [stored] = await storedApps(db);
    expect(stored).toMatchObject({ stageId: 'interested', phase: 'saved' });
  });
});

describe('deleting', () => {
  it('shows a toast whose Undo brings the application back with its whole history', async () => {
    const { db, repository, apps } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern' },
      { company: 'Figma', role: 'Design Intern' },
    );
    const stripe = apps[0]!;
    await repository.changeStage(stripe.id, { stageId: 'applied', note: 'Referral' });
    await repository.changeStage(stripe.id, { stageId: 'phone-screen', note: 'Round 1' });
    const [before] = (await storedApps(db)).filter((a) => a.id === stripe.id);
    const { user } = renderApp(db);

    const row = (await dataRows(2)).find((r) => companyOf(r) === 'Stripe')!;
    await user.click(row);
    const detail = screen.getByRole('complementary', { name: 'Stripe' });
    await user.click(within(detail).getByRole('button', { name: 'Delete' }));

    const toast = await screen.findByText('Deleted Stripe — SWE Intern.');
    expect((await dataRows(1)).map(companyOf)).toEqual(['Figma']);
    expect(await db.applications.get(stripe.id)).toBeUndefined();
    // Focus moves on to the row that took the deleted one's place, not to the page.
    await waitFor(() => expect(focusedCompany()).toBe('Figma'));

    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedApps(db)).find((a) => a.id === stripe.id)).toEqual(before));
    expect(before?.stageHistory.map((h) => [h.stageId, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Referral'],
      ['phone-screen', 'Round 1'],
    ]);
    expect((await dataRows(2)).map(companyOf).sort()).toEqual(['Figma', 'Stripe']);
    expect(screen.queryByText('Deleted Stripe — SWE Intern.')).toBeNull();
  });

  it('brings one whose stage was removed since back into the stage in its place, and says so', async () => {
    const { db, repository, apps } = await databaseWith({ company: 'Stripe', role: 'SWE Intern' });
    await repository.changeStage(apps[0]!.id, { stageId: 'online-assessment' });
    const { user } = renderApp(db);
    await user.click((await dataRows(1))[0]!);
    await user.click(
      within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('button', { name: 'Delete' }),
    );
    const toast = await screen.findByText('Deleted Stripe — SWE Intern.');
    await act(() => repository.removeStage('online-assessment', 'phone-screen'));

    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText(
        'Restored Stripe: “Online assessment” has been removed from your pipeline since, so it is in “Phone screen” now.',
      ),
    ).toBeTruthy();
    const [stored] = await storedApps(db);
    expect(stored).toMatchObject({ stageId: 'phone-screen' });
    expect(within((await dataRows(1))[0]!).getAllByRole('gridcell')[2]!.textContent).toBe('Phone screen');
  });

  it('gives focus to the message in the table’s place when the last row the search shows is deleted', async () => {
    const { db } = await databaseWith(
      { company: 'Stripe', role: 'SWE Intern' },
      { company: 'Figma', role: 'Design Intern' },
    );
    const { user } = renderApp(db);
    await dataRows(2);
    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'Design');
    const [row] = await dataRows(1);
    await user.click(row!);
    await user.click(
      within(screen.getByRole('complementary', { name: 'Figma' })).getByRole('button', { name: 'Delete' }),
    );

    const message = await screen.findByText('No application matches “Design”.');
    await waitFor(() => expect(document.activeElement).toBe(message));
  });
});
