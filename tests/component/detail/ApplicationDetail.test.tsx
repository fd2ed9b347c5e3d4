// The detail panel writes through the repository: stage changes with history, the chosen
// cohort, deadlines done, and archiving.
process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationFields } from '@shared/newApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

async function openDetail(fields: Partial<ApplicationFields>) {
  const db = testDatabase();
  const app = await applicationsRepository(db).add({ company: 'Pinterest', role: 'ML Intern', ...fields });
  const view = renderApp(db);
  await view.user.click(await screen.findByText('Pinterest'));
  return { db, app, ...view, detail: () => screen.getByRole('complementary', { name: 'Pinterest' }) };
}

async function storedOne(db: AppDatabase) {
  const [row] = await db.applications.toArray();
  return fromRow(row!);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the application detail', () => {
  it('records a stage change with its note and lists it first in the history', async () => {
    const { db, user, detail } = await openDetail({});
    const form = within(detail()).getByRole('form', { name: 'Change stage' });
    await user.selectOptions(within(form).getByLabelText('New stage'), 'Applied');
    await user.type(within(form).getByLabelText('Note'), 'Referral from Sam');
    await user.click(within(form).getByRole('button', { name: 'Record' }));

    await waitFor(async () => expect((await storedOne(db)).stageId).toBe('applied'));
    const stored = await storedOne(db);
    expect(stored.stageHistory.map((h) => [h.stageId, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Referral from Sam'],
    ]);
    const history = within(detail()).getByRole('list', { name: 'Stage history' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    expect(within(history).getAllByRole('listitem')[0]!.textContent).toContain('Referral from Sam');
  });

  it('does not record a change that changes nothing', async () => {
    const { db, user, detail } = await openDetail({});
    const form = within(detail()).getByRole('form', { name: 'Change stage' });
    const record = within(form).getByRole('button', { name: 'Record' });
    expect(record.getAttribute('aria-disabled')).toBe('true');
    const before = await db.applications.toArray();
    await user.click(record);
    expect(await db.applications.toArray()).toEqual(before);
    expect(screen.queryByText(/^(Moved|Recorded) /)).toBeNull();
  });

  it('closes on Escape, after a first Escape has dropped a stage change not yet recorded', async () => {
    const { db, user, detail } = await openDetail({});
    const form = within(detail()).getByRole('form', { name: 'Change stage' });
    await user.selectOptions(within(form).getByLabelText('New stage'), 'Applied');
    await user.type(within(form).getByLabelText('Note'), 'Referral');

    await user.keyboard('{Escape}');
    expect(within(form).getByLabelText<HTMLInputElement>('Note').value).toBe('');
    expect(within(form).getByLabelText<HTMLSelectElement>('New stage').value).toBe('wishlist');
    expect(screen.getByRole('complementary', { name: 'Pinterest' })).toBeTruthy();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Pinterest' })).toBeNull());
    expect((await storedOne(db)).stageId).toBe('wishlist');
  });

  it('closes on Escape from the row that opened it with Enter, focus staying on the row', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Pinterest', role: 'ML Intern' });
    const { user } = renderApp(db);
    const row = (await screen.findByText('Pinterest')).closest<HTMLElement>('[role="row"]')!;
    row.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Pinterest' })).toBeTruthy();
    expect(document.activeElement).toBe(row);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Pinterest' })).toBeNull());
    expect(document.activeElement).toBe(row);
  });

  it('puts focus back on the row of the application on Escape after a change moved it in the sort', async () => {
    // tester26: sorted by next date, Microsoft changed so it comes first; Escape put focus on the
    // row at Microsoft's old place, another company's, and Enter then opened that one.
    const db = testDatabase();
    const repository = applicationsRepository(db);
    for (const company of ['Bloomberg', 'Jane Street']) await repository.add({ company, role: 'Intern' }, 'applied');
    await repository.add({ company: 'Microsoft', role: 'Intern' });
    useUiStore.setState({ sort: { key: 'stage', direction: 'desc' } });
    const { user } = renderApp(db);
    const rows = () =>
      within(screen.getByRole('grid', { name: 'Applications' }))
        .getAllByRole('row')
        .slice(1);
    await user.click(await screen.findByText('Microsoft'));
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('Bloomberg'),
      expect.stringContaining('Jane Street'),
      expect.stringContaining('Microsoft'),
    ]);
    const form = within(await screen.findByRole('complementary', { name: 'Microsoft' })).getByRole('form', {
      name: 'Change stage',
    });
    await user.selectOptions(within(form).getByLabelText('New stage'), 'Offer');
    await user.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(rows()[0]!.textContent).toContain('Microsoft'));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Microsoft' })).toBeNull());
    await waitFor(() => expect(document.activeElement!.getAttribute('role')).toBe('row'));
    expect(document.activeElement!.textContent).toContain('Microsoft');
    expect(document.activeElement).toBe(rows()[0]);
  });

  it('chooses a cohort, which then sets the length of the pay total', async () => {
    const { db, user, detail } = await openDetail({
      cohorts: [
        { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
        { id: 'short', start: '2026-06-01', end: '2026-08-07', label: 'Short cohort' },
      ],
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '' },
    });
    expect(within(detail()).getByText('needs a duration or cohort')).toBeTruthy();
    await user.click(within(detail()).getByRole('radio', { name: /^Short cohort/ }));
    await waitFor(async () => expect((await storedOne(db)).chosenCohortId).toBe('short'));
    // $11,000 a month over 10 weeks.
    expect(await within(detail()).findByText('$25,384.62')).toBeTruthy();
  });

  it('shows the cohort chosen at once, while it is saved, and goes back with a message when saving fails', async () => {
    const { db, detail } = await openDetail({
      cohorts: [
        { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
        { id: 'short', start: '2026-06-01', end: '2026-08-07', label: 'Short cohort' },
      ],
    });
    const short = within(detail()).getByRole('radio', { name: /^Short cohort/ }) as HTMLInputElement;
    // Checked as the click returns, not only once the database has it (a screen reader reads it then).
    fireEvent.click(short);
    expect(short.checked).toBe(true);
    await waitFor(async () => expect((await storedOne(db)).chosenCohortId).toBe('short'));
    expect(short.checked).toBe(true);

    vi.spyOn(db.applications, 'put').mockRejectedValue(new Error('Disk full'));
    const may = within(detail()).getByRole('radio', { name: /^May cohort/ }) as HTMLInputElement;
    fireEvent.click(may);
    expect(may.checked).toBe(true);
    expect((await screen.findByRole('alert')).textContent).toContain('Disk full');
    expect(may.checked).toBe(false);
    expect(short.checked).toBe(true);
  });

  it('shows a lone cohort as its dates, with nothing to choose', async () => {
    const { detail } = await openDetail({
      cohorts: [{ id: 'only', start: '2026-06-01', end: '2026-08-21', label: '' }],
    });
    const cohorts = within(detail()).getByRole('region', { name: 'Cohorts' });
    expect(cohorts.textContent).toBe('CohortsMon, Jun 1, 2026 – Fri, Aug 21, 2026 (12 weeks)');
    expect(within(cohorts).queryByRole('radio')).toBeNull();
  });

  it('keeps the posting as pasted, folded, to reread once the page is gone', async () => {
    const { user, detail } = await openDetail({ postingText: 'ML Intern\nPinterest · San Francisco\nApply by May 1.' });
    const posting = within(detail()).getByText('Posting as pasted');
    const folded = posting.closest('details')!;
    expect(folded.open).toBe(false);
    await user.click(posting);
    expect(folded.open).toBe(true);
    expect(within(folded).getByText(/Apply by May 1\./).textContent).toBe(
      'ML Intern\nPinterest · San Francisco\nApply by May 1.',
    );
  });

  it('has no posting to show for an application added by hand', async () => {
    const { detail } = await openDetail({});
    expect(within(detail()).queryByText('Posting as pasted')).toBeNull();
  });

  it('marks a deadline done', async () => {
    const { db, user, detail } = await openDetail({
      deadlines: [{ id: 'oa', kind: 'assessment', at: '2030-03-05', label: 'HackerRank', done: false }],
    });
    await user.click(within(detail()).getByRole('checkbox', { name: /HackerRank/ }));
    await waitFor(async () => expect((await storedOne(db)).deadlines[0]?.done).toBe(true));
    expect(await within(detail()).findByText('Nothing coming up.')).toBeTruthy();
  });

  it('ticks a deadline at once, while it is saved, and unticks it with a message when saving fails', async () => {
    const { db, detail } = await openDetail({
      deadlines: [{ id: 'oa', kind: 'assessment', at: '2030-03-05', label: 'HackerRank', done: false }],
    });
    const box = within(detail()).getByRole('checkbox', { name: /HackerRank/ }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await waitFor(async () => expect((await storedOne(db)).deadlines[0]?.done).toBe(true));
    expect(box.checked).toBe(true);

    vi.spyOn(db.applications, 'put').mockRejectedValue(new Error('Disk full'));
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toContain('Disk full');
    expect(box.checked).toBe(true);
  });

  it('says a deadline was marked done, in one write, with Undo that unticks it and gives focus back to the box', async () => {
    const { db, user, detail } = await openDetail({
      deadlines: [{ id: 'apply', kind: 'application', at: '2030-03-05', label: '', done: false }],
    });
    const box = within(detail()).getByRole('checkbox', { name: /^Application deadline/ }) as HTMLInputElement;
    const put = vi.spyOn(db.applications, 'put');
    await user.click(box);
    const said = await screen.findByText('Marked Pinterest’s application deadline done.');
    expect(put).toHaveBeenCalledTimes(1);
    expect(within(detail()).getByRole('region', { name: 'Next' }).textContent).toContain('Nothing coming up.');

    await user.click(within(said.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: Marked Pinterest’s application deadline done.')).toBeTruthy();
    expect((await storedOne(db)).deadlines[0]?.done).toBe(false);
    expect(box.checked).toBe(false);
    expect(within(detail()).getByRole('region', { name: 'Next' }).textContent).toContain('Application deadline');
    expect(document.activeElement).toBe(box);
  });

  it('says a deadline of its own name was marked not done again', async () => {
    const { user, detail } = await openDetail({
      deadlines: [{ id: 'oa', kind: 'assessment', at: '2030-03-05', label: 'HackerRank', done: true }],
    });
    await user.click(within(detail()).getByRole('checkbox', { name: /HackerRank/ }));
    expect(await screen.findByText('Marked Pinterest’s “HackerRank” not done.')).toBeTruthy();
  });

  it('says which cohort was chosen, with Undo that chooses the one before', async () => {
    const { db, user, detail } = await openDetail({
      cohorts: [
        { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
        { id: 'june', start: '2026-06-01', end: '2026-08-07', label: '' },
      ],
    });
    await user.click(within(detail()).getByRole('radio', { name: /^Mon, Jun 1, 2026/ }));
    const said = await screen.findByText('Chose Pinterest’s cohort from Mon, Jun 1, 2026.');
    await user.click(within(said.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedOne(db)).chosenCohortId).toBeNull());
  });

  it('says which open deadlines have passed: they give no next date any more', async () => {
    const { detail } = await openDetail({
      deadlines: [
        { id: 'missed', kind: 'application', at: '2020-03-05', label: 'Form', done: false },
        { id: 'met', kind: 'assessment', at: '2020-03-06', label: 'OA', done: true },
        { id: 'ahead', kind: 'interview', at: '2030-03-05', label: 'Call', done: false },
      ],
    });
    const deadlines = within(detail())
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent);
    expect(deadlines).toEqual(['Form: Thu, Mar 5, 2020 · passed', 'OA: Fri, Mar 6, 2020', 'Call: Tue, Mar 5, 2030']);
  });

  it('lists deadlines in the order they are due, whatever offset their times are written with', async () => {
    const { detail } = await openDetail({
      deadlines: [
        { id: 'day', kind: 'application', at: '2030-03-05', label: 'Form', done: false },
        { id: 'evening', kind: 'interview', at: '2030-03-05T18:00:00+09:00', label: 'Tokyo call', done: false },
        { id: 'noon', kind: 'assessment', at: '2030-03-05T12:00:00+14:00', label: 'Kiribati OA', done: false },
      ],
    });
    const deadlines = within(detail())
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent);
    expect(deadlines.map((text) => text!.split(':')[0])).toEqual(['Kiribati OA', 'Tokyo call', 'Form']);
    // A time is shown where the student is, and says which zone that is, as an event's does.
    expect(deadlines[1]).toBe('Tokyo call: Tue, Mar 5, 2030, 1:00 AM PST');
    expect(deadlines[2]).toBe('Form: Tue, Mar 5, 2030');
    // The Next line too: the first of them is due at 23:00 where the student is.
    const next = within(detail()).getByRole('region', { name: 'Next' });
    expect(next.textContent).toContain('Kiribati OA: Mon, Mar 4, 2030, 2:00 PM PST');
  });

  it('archives: the details close, the message offers Undo, and the row is back on Undo', async () => {
    const { db, user, detail } = await openDetail({});
    await user.click(within(detail()).getByRole('button', { name: 'Archive' }));
    await waitFor(async () => expect((await storedOne(db)).archivedAt).not.toBeNull());
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Pinterest' })).toBeNull());
    const message = (await screen.findByText('Archived Pinterest.')).closest('.toast') as HTMLElement;
    await user.click(within(message).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedOne(db)).archivedAt).toBeNull());
    expect(await screen.findByRole('row', { name: /Pinterest/ })).toBeTruthy();
  });

  it('archives: the row leaves the table until archived applications are shown', async () => {
    const { db, user, detail } = await openDetail({});
    await user.click(within(detail()).getByRole('button', { name: 'Archive' }));
    await waitFor(async () => expect((await storedOne(db)).archivedAt).not.toBeNull());
    // Its only application archived, the table says so rather than blaming filters.
    expect(await screen.findByText(/^Your one application is archived\./)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const table = await screen.findByRole('grid', { name: 'Applications' });
    expect(within(table).getByText('(archived)')).toBeTruthy();
  });
});
