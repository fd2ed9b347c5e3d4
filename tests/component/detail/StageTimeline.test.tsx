// Correcting the stage history from the details: an entry's stage, time and note edited or the
// entry removed, each undoable, with focus kept where a keyboard user is.
process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from '@shared/calendarDate';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { NO_SUCH_DATE_MESSAGE } from '../../../renderer/src/components/DateInput';
import { fromRow, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import { typeUnreadable } from '../unreadableInput';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

/**
 * Pinterest, added on Mar 1, 2026 at 10:00 and applied to on Mar 3 at 14:02, with its details
 * open; `before`: stages recorded afterwards, filed before that.
 */
async function openHistory({ before = [] }: { before?: { stageId: string; at: string }[] } = {}) {
  const db = testDatabase();
  const repository = applicationsRepository(db, { now: () => new Date('2026-03-01T10:00:00-08:00') });
  const added = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
  await repository.changeStage(added.id, { stageId: 'applied', at: '2026-03-03T14:02:00-08:00', note: 'Online' });
  for (const move of before) await repository.changeStage(added.id, move);
  const view = renderApp(db);
  await view.user.click(await screen.findByText('Pinterest'));
  const detail = () => screen.getByRole('complementary', { name: 'Pinterest' });
  return { db, ...view, detail, history: () => within(detail()).getByRole('list', { name: 'Stage history' }) };
}

async function storedOne(db: AppDatabase) {
  const [row] = await db.applications.toArray();
  return fromRow(row!);
}

describe('correcting the stage history', () => {
  it('has one button named Edit in the details, the application’s: each entry has Change, its visible word first', async () => {
    const { detail, history } = await openHistory();
    expect(
      within(detail())
        .getAllByRole('button', { name: /\bEdit\b/ })
        .map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual(['Edit']);
    const change = within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' });
    expect(change.textContent).toBe('Change');
  });

  it('edits an entry’s time and note, keeps focus on it, and undoes the correction', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));

    const form = within(history()).getByRole('form', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Stage'));
    expect(within(form).getByLabelText('When')).toHaveProperty('value', '2026-03-03');
    expect(within(form).getByLabelText('Time')).toHaveProperty('value', '14:02');
    // jsdom cannot type into a date or time field one key at a time; the browser suite does.
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2026-03-02' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '09:30' } });
    await user.clear(within(form).getByLabelText('Note'));
    await user.type(within(form).getByLabelText('Note'), 'Through the referral portal');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () =>
      expect((await storedOne(db)).stageHistory.map((e) => [e.stageId, e.at, e.note])).toEqual([
        ['wishlist', '2026-03-01T10:00:00-08:00', ''],
        ['applied', '2026-03-02T09:30:00-08:00', 'Through the referral portal'],
      ]),
    );
    const edit = await within(history()).findByRole('button', { name: 'Change entry Applied, Mar 2, 2026, 9:30 AM' });
    expect(document.activeElement).toBe(edit);
    expect(history().textContent).toContain('Through the referral portal');

    const toast = await screen.findByText('Corrected Applied, Mar 3, 2026, 2:02 PM in the history of Pinterest.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedOne(db)).toEqual({ ...before, updatedAt: expect.any(String) }));
  });

  it('makes a timed entry one known only by its day when its time is cleared, filed at noon of that day', async () => {
    // Applied at 14:02, with an assessment at 12:30 and a call at 13:30 that day, filed before it.
    const { db, user, history } = await openHistory({
      before: [
        { stageId: 'online-assessment', at: '2026-03-03T12:30:00-08:00' },
        { stageId: 'phone-screen', at: '2026-03-03T13:30:00-08:00' },
      ],
    });
    const name = 'Change entry Phone screen, Mar 3, 2026, 1:30 PM';
    await user.click(await within(history()).findByRole('button', { name }));
    const form = within(history()).getByRole('form', { name });
    expect(within(form).getByLabelText('Time')).toHaveProperty('value', '13:30');
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    // At noon, as every entry known only by its day: before the assessment at 12:30.
    await waitFor(async () =>
      expect((await storedOne(db)).stageHistory.map((e) => [e.stageId, e.at, e.dayOnly])).toEqual([
        ['wishlist', '2026-03-01T10:00:00-08:00', undefined],
        ['phone-screen', '2026-03-03T12:00:00-08:00', true],
        ['online-assessment', '2026-03-03T12:30:00-08:00', undefined],
        ['applied', '2026-03-03T14:02:00-08:00', undefined],
      ]),
    );
    const corrected = await within(history()).findByRole('button', { name: 'Change entry Phone screen, Mar 3, 2026' });
    expect(corrected.closest('li')!.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-03');
  });

  describe('an entry known only by its day (applied on an earlier day)', () => {
    async function openDayOnly() {
      const db = testDatabase();
      const repository = applicationsRepository(db, { now: () => new Date('2026-03-01T10:00:00-08:00') });
      await repository.add({ company: 'Pinterest', role: 'ML Intern', appliedAt: '2026-02-20' });
      const view = renderApp(db);
      await view.user.click(await screen.findByText('Pinterest'));
      const history = () =>
        within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('list', { name: 'Stage history' });
      return { db, ...view, history };
    }

    it('shows the date with no time', async () => {
      const { history } = await openDayOnly();
      const time = history().querySelector('time')!;
      expect([time.textContent, time.getAttribute('datetime')]).toEqual(['Feb 20, 2026', '2026-02-20']);
      expect(within(history()).getByRole('button', { name: 'Change entry Applied, Feb 20, 2026' })).toBeTruthy();
    });

    it('edits with the date shown and the time empty; a save that leaves them keeps it day-only', async () => {
      const { db, user, history } = await openDayOnly();
      await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Feb 20, 2026' }));
      const form = within(history()).getByRole('form', { name: 'Change entry Applied, Feb 20, 2026' });
      expect(within(form).getByLabelText('When')).toHaveProperty('value', '2026-02-20');
      expect(within(form).getByLabelText('Time')).toHaveProperty('value', '');
      await user.type(within(form).getByLabelText('Note'), 'Online');
      await user.click(within(form).getByRole('button', { name: 'Save' }));
      await waitFor(async () =>
        expect((await storedOne(db)).stageHistory.map((e) => [e.at, e.dayOnly, e.note])).toEqual([
          ['2026-02-20T12:00:00-08:00', true, 'Online'],
        ]),
      );
    });

    it('stays day-only moved to another day with no time, and becomes timed once a time is given', async () => {
      const { db, user, history } = await openDayOnly();
      await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Feb 20, 2026' }));
      fireEvent.change(within(history()).getByLabelText('When'), { target: { value: '2026-02-18' } });
      await user.click(within(history()).getByRole('button', { name: 'Save' }));
      await waitFor(async () =>
        expect((await storedOne(db)).stageHistory.map((e) => [e.at, e.dayOnly])).toEqual([
          ['2026-02-18T12:00:00-08:00', true],
        ]),
      );

      await user.click(await within(history()).findByRole('button', { name: 'Change entry Applied, Feb 18, 2026' }));
      fireEvent.change(within(history()).getByLabelText('Time'), { target: { value: '09:15' } });
      await user.click(within(history()).getByRole('button', { name: 'Save' }));
      await waitFor(async () =>
        expect((await storedOne(db)).stageHistory.map((e) => [e.at, e.dayOnly])).toEqual([
          ['2026-02-18T09:15:00-08:00', undefined],
        ]),
      );
      expect(
        await within(history()).findByRole('button', { name: 'Change entry Applied, Feb 18, 2026, 9:15 AM' }),
      ).toBeTruthy();
    });
  });

  it('keeps the entry a stage’s removal added when removing it would put the application back there', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db, { now: () => new Date('2026-03-01T10:00:00-08:00') });
    await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'online-assessment');
    await repository.removeStage('online-assessment', 'phone-screen');
    const before = await storedOne(db);
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Stripe'));
    const history = within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('list', {
      name: 'Stage history',
    });
    await user.click(within(history).getByRole('button', { name: 'Remove entry Phone screen, Mar 1, 2026, 10:00 AM' }));

    expect(
      await screen.findByText(
        'Stripe would be back in “Online assessment”, which has been removed from your pipeline, so this entry stays. Edit it to change its stage, time or note.',
      ),
    ).toBeTruthy();
    expect(await storedOne(db)).toEqual(before);
  });

  it('changes the current stage when the latest entry’s stage is corrected', async () => {
    const { db, user, history, detail } = await openHistory();
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    await user.selectOptions(within(form).getByLabelText('Stage'), 'Phone screen');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await storedOne(db)).stageId).toBe('phone-screen'));
    const stored = await storedOne(db);
    expect(stored.phase).toBe('in-process');
    expect(stored.stageHistory.map((e) => [e.stageId, e.at, e.note])).toEqual([
      ['wishlist', '2026-03-01T10:00:00-08:00', ''],
      ['phone-screen', '2026-03-03T14:02:00-08:00', 'Online'],
    ]);
    const header = detail().querySelector('.detail-header')!;
    await waitFor(() => expect(header.textContent).toContain('Phone screen'));
  });

  it('removes an entry: the stage goes back to the entry before, focus moves to it, and Undo puts it back', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Remove entry Applied, Mar 3, 2026, 2:02 PM' }));

    await waitFor(async () => expect((await storedOne(db)).stageHistory).toHaveLength(1));
    const after = await storedOne(db);
    expect([after.stageId, after.phase]).toEqual(['wishlist', 'saved']);
    await waitFor(() => expect(within(history()).getAllByRole('listitem')).toHaveLength(1));
    expect(document.activeElement).toBe(
      within(history()).getByRole('button', { name: 'Change entry Wishlist, Mar 1, 2026, 10:00 AM' }),
    );
    // The only entry left cannot go: an application is always in some stage.
    expect(within(history()).queryByRole('button', { name: /^Remove entry/ })).toBeNull();

    const toast = await screen.findByText('Removed Applied, Mar 3, 2026, 2:02 PM from the history of Pinterest.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedOne(db)).toEqual({ ...before, updatedAt: expect.any(String) }));
    await waitFor(() => expect(within(history()).getAllByRole('listitem')).toHaveLength(2));
  });

  it('cancels with Escape, changing nothing, and gives focus back to the Edit button', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Wishlist, Mar 1, 2026, 10:00 AM' }));
    await user.type(within(history()).getByLabelText('Note'), 'Found it on the careers page');
    await user.keyboard('{Escape}');

    expect(within(history()).queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(
      within(history()).getByRole('button', { name: 'Change entry Wishlist, Mar 1, 2026, 10:00 AM' }),
    );
    expect(await storedOne(db)).toEqual(before);
  });

  it('says next to the field when the date is missing, and saves nothing', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    const when = within(form).getByLabelText('When');
    fireEvent.change(when, { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(when.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(when.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Enter the date of this change');
    expect(document.activeElement).toBe(when);
    expect(await storedOne(db)).toEqual(before);
  });

  it('says next to the field when the date does not exist, and saves nothing', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    const when = within(form).getByLabelText<HTMLInputElement>('When');
    typeUnreadable(when);
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe(NO_SUCH_DATE_MESSAGE);
    expect(document.activeElement).toBe(when);
    expect(await storedOne(db)).toEqual(before);
  });

  it('says next to the field when the time is after now, and saves nothing', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    const when = within(form).getByLabelText('When');
    fireEvent.change(when, { target: { value: toCalendarDate(new Date(Date.now() + 2 * 86_400_000)) } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(when.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(when.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Enter a time no later than now');
    expect(document.activeElement).toBe(when);
    expect(await storedOne(db)).toEqual(before);
  });

  it('drops the message about the date once a date is entered, before saving again', async () => {
    const { user, history } = await openHistory();
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    const when = within(form).getByLabelText('When');
    fireEvent.change(when, { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(when.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(when, { target: { value: '2026-03-02' } });
    expect(when.getAttribute('aria-invalid')).toBeNull();
    expect(when.getAttribute('aria-describedby')).toBeNull();
    expect(within(form).queryByText('Enter the date of this change')).toBeNull();
  });

  it('closes without writing when nothing was changed', async () => {
    const { db, user, history } = await openHistory();
    const before = await storedOne(db);
    await user.click(within(history()).getByRole('button', { name: 'Change entry Applied, Mar 3, 2026, 2:02 PM' }));
    await user.click(within(history()).getByRole('button', { name: 'Save' }));

    expect(within(history()).queryByRole('form')).toBeNull();
    expect(screen.queryByText(/Corrected Applied/)).toBeNull();
    expect(await storedOne(db)).toEqual(before);
  });
});

describe('deadlines a correction of the history opens again', () => {
  const answer = { id: 'answer', kind: 'offer-response' as const, at: '2099-03-20', label: '', done: false };

  /** Stripe, at Offer on Mar 1, 2026 and accepted on Mar 5 at 09:00, which ticked its answer to the offer. */
  async function openAccepted() {
    const db = testDatabase();
    const repository = applicationsRepository(db, { now: () => new Date('2026-03-01T10:00:00-08:00') });
    const added = await repository.add({ company: 'Stripe', role: 'SWE Intern', deadlines: [answer] }, 'offer');
    await repository.changeStage(added.id, { stageId: 'accepted', at: '2026-03-05T09:00:00-08:00' });
    expect((await storedOne(db)).deadlines).toEqual([{ ...answer, done: true }]);
    const view = renderApp(db);
    await view.user.click(await screen.findByText('Stripe'));
    const detail = screen.getByRole('complementary', { name: 'Stripe' });
    return { db, ...view, history: () => within(detail).getByRole('list', { name: 'Stage history' }) };
  }

  async function undo(user: Awaited<ReturnType<typeof openAccepted>>['user'], message: string) {
    const toast = await screen.findByText(message);
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
  }

  it('says so when removing the Accepted entry opens the answer to the offer again; Undo ticks it again', async () => {
    const { db, user, history } = await openAccepted();
    await user.click(within(history()).getByRole('button', { name: 'Remove entry Accepted, Mar 5, 2026, 9:00 AM' }));

    await waitFor(async () => expect((await storedOne(db)).deadlines).toEqual([answer]));
    await undo(
      user,
      'Removed Accepted, Mar 5, 2026, 9:00 AM from the history of Stripe. Reopened: Offer response due.',
    );
    await waitFor(async () => expect((await storedOne(db)).deadlines).toEqual([{ ...answer, done: true }]));
  });

  it('says so when correcting the Accepted entry to another stage opens it again; Undo ticks it again', async () => {
    const { db, user, history } = await openAccepted();
    await user.click(within(history()).getByRole('button', { name: 'Change entry Accepted, Mar 5, 2026, 9:00 AM' }));
    const form = within(history()).getByRole('form', { name: /^Change entry/ });
    await user.selectOptions(within(form).getByLabelText('Stage'), 'Final round');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await storedOne(db)).deadlines).toEqual([answer]));
    await undo(
      user,
      'Corrected Accepted, Mar 5, 2026, 9:00 AM in the history of Stripe. Reopened: Offer response due.',
    );
    await waitFor(async () => expect((await storedOne(db)).deadlines).toEqual([{ ...answer, done: true }]));
  });
});

describe('an entry whose date was not recorded', () => {
  /** SAP as an import records "Rejected" with no date for it: applied Feb 5, rejected by the import on Mar 1. */
  async function openImported() {
    const db = testDatabase();
    const repository = applicationsRepository(db, { now: () => new Date('2026-03-01T10:00:00-08:00') });
    const added = await repository.add({ company: 'SAP', role: 'Working Student' });
    await db.applications.put(
      toRow({
        ...added,
        stageId: 'rejected',
        phase: 'closed',
        appliedAt: '2026-02-05',
        stageHistory: [
          { id: 'a', stageId: 'applied', phase: 'applied', at: '2026-02-05T12:00:00-08:00', dayOnly: true, note: '' },
          {
            id: 'r',
            stageId: 'rejected',
            phase: 'closed',
            at: '2026-03-01T10:00:00-08:00',
            dateUnknown: true,
            note: '',
          },
        ],
      }),
    );
    const view = renderApp(db);
    await view.user.click(await screen.findByText('SAP'));
    const detail = () => screen.getByRole('complementary', { name: 'SAP' });
    return { db, ...view, history: () => within(detail()).getByRole('list', { name: 'Stage history' }) };
  }

  it('says so, with no time: not the moment it was imported', async () => {
    const { history } = await openImported();
    const [rejected] = within(history()).getAllByRole('listitem');
    expect(rejected!.textContent).toContain('Rejecteddate not recorded');
    expect(rejected!.querySelector('time')).toBeNull();
    expect(history().textContent).not.toContain('Mar 1, 2026');
  });

  it('stays so when only its note is corrected, and takes the date the student gives', async () => {
    const { db, user, history } = await openImported();
    const name = 'Change entry Rejected, date not recorded';
    await user.click(await within(history()).findByRole('button', { name }));
    let form = within(history()).getByRole('form', { name });
    expect(within(form).getByLabelText('When')).toHaveProperty('value', '');
    const hint = within(form).getByLabelText('When').getAttribute('aria-describedby')!;
    expect(document.getElementById(hint)?.textContent).toBe('The date was not recorded: enter it if you know it');
    await user.type(within(form).getByLabelText('Note'), 'By email');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await storedOne(db)).stageHistory[1]).toEqual({
        id: 'r',
        stageId: 'rejected',
        phase: 'closed',
        at: '2026-03-01T10:00:00-08:00',
        dateUnknown: true,
        note: 'By email',
      }),
    );

    await user.click(await within(history()).findByRole('button', { name }));
    form = within(history()).getByRole('form', { name });
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2026-02-20' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await storedOne(db)).stageHistory[1]).toEqual({
        id: 'r',
        stageId: 'rejected',
        phase: 'closed',
        at: '2026-02-20T12:00:00-08:00',
        dayOnly: true,
        note: 'By email',
      }),
    );
    expect(await within(history()).findByText('Feb 20, 2026')).toBeTruthy();
  });
});
