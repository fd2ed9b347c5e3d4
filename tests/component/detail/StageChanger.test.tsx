// Moving an application to another stage while an earlier move is still being saved: the
// student's latest pick is kept and recorded, never thrown away when the first save lands.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as repositoryModule from '../../../renderer/src/db/applicationsRepository';
import { format } from 'date-fns';
import { toCalendarDate } from '@shared/calendarDate';
import { NO_SUCH_DATE_MESSAGE } from '../../../renderer/src/components/DateInput';
import { fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { pipelineSetting } from '../../../renderer/src/db/pipelineSetting';
import { readSetting, writeSetting } from '../../../renderer/src/db/settings';
import { removeStage } from '@shared/pipeline';
import { typeUnreadable } from '../unreadableInput';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

/** Stage changes wait here, each until the test releases it. */
const held: Array<() => void> = [];
let holding = false;

vi.mock('../../../renderer/src/db/applicationsRepository', async (importOriginal) => {
  const original = await importOriginal<typeof repositoryModule>();
  return {
    ...original,
    applicationsRepository: (...args: Parameters<typeof original.applicationsRepository>) => {
      const repository = original.applicationsRepository(...args);
      return {
        ...repository,
        async changeStage(...change: Parameters<typeof repository.changeStage>) {
          if (holding) await new Promise<void>((release) => held.push(release));
          return repository.changeStage(...change);
        },
      };
    },
  };
});

afterEach(() => {
  holding = false;
  held.splice(0).forEach((release) => release());
});

async function openDetail() {
  const db = testDatabase();
  await repositoryModule.applicationsRepository(db).add({ company: 'Pinterest', role: 'ML Intern' });
  const view = renderApp(db);
  await view.user.click(await screen.findByText('Pinterest'));
  const form = () =>
    within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('form', { name: 'Change stage' });
  const stageSelect = () => within(form()).getByLabelText<HTMLSelectElement>('New stage');
  return { db, ...view, form, stageSelect };
}

async function stored(db: AppDatabase) {
  const [row] = await db.applications.toArray();
  return fromRow(row!);
}

describe('undoing the later of two moves', () => {
  it('takes back that move alone, the earlier one’s message gone', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    for (const stage of ['Accepted', 'Declined']) {
      await user.selectOptions(stageSelect(), stage);
      await user.click(within(form()).getByRole('button', { name: 'Record' }));
      await screen.findByText(`Moved Pinterest to ${stage}.`);
    }
    expect(screen.queryByText('Moved Pinterest to Accepted.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(db)).stageId).toBe('accepted'));
    expect((await stored(db)).stageHistory.map((entry) => entry.stageId)).toEqual(['wishlist', 'accepted']);
  });
});

describe('a stage picked and not recorded', () => {
  it('is still there after another application was opened in between', async () => {
    const db = testDatabase();
    const repository = repositoryModule.applicationsRepository(db);
    await repository.add({ company: 'Figma', role: 'Design Intern' });
    await repository.add({ company: 'Datadog', role: 'SRE Intern' });
    const { user } = renderApp(db);
    const changer = (company: string) =>
      within(screen.getByRole('complementary', { name: company })).getByRole('form', { name: 'Change stage' });
    await user.click(await screen.findByText('Figma'));
    await user.selectOptions(within(changer('Figma')).getByLabelText('New stage'), 'Applied');
    await user.type(within(changer('Figma')).getByLabelText('Note'), 'Referral from Jo');

    await user.click(screen.getByText('Datadog'));
    expect(within(changer('Datadog')).getByLabelText<HTMLInputElement>('Note').value).toBe('');
    await user.click(screen.getByText('Figma'));
    expect(within(changer('Figma')).getByLabelText<HTMLSelectElement>('New stage').value).toBe('applied');
    expect(within(changer('Figma')).getByLabelText<HTMLInputElement>('Note').value).toBe('Referral from Jo');
  });
});

describe('a stage picked and then removed', () => {
  it('is no longer offered: the form shows the current stage again, and Record files the note there', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Online assessment');
    await user.type(within(form()).getByLabelText('Note'), 'Invite came by email');
    const pipeline = await readSetting(db, pipelineSetting);
    const removed = removeStage(pipeline, 'online-assessment');
    if (!removed.ok) throw new Error(removed.error);
    await writeSetting(db, pipelineSetting, removed.pipeline);

    await waitFor(() => expect(stageSelect().value).toBe('wishlist'));
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await screen.findByText('Recorded Wishlist in the history of Pinterest.');
    expect((await stored(db)).stageId).toBe('wishlist');
  });
});

describe('a date the calendar does not have', () => {
  it('is refused under When, not recorded as now', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    const before = await stored(db);
    await user.selectOptions(stageSelect(), 'Applied');
    const when = within(form()).getByLabelText<HTMLInputElement>('When (leave empty for now)');
    typeUnreadable(when);
    await user.click(within(form()).getByRole('button', { name: 'Record' }));

    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe(NO_SUCH_DATE_MESSAGE);
    expect(document.activeElement).toBe(when);
    expect(await stored(db)).toEqual(before);
  });
});

describe('changing the stage while a change is saving', () => {
  it('records the stage picked while the first change was saving, after it', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    holding = true;
    await user.selectOptions(stageSelect(), 'Applied');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(held).toHaveLength(1));

    await user.selectOptions(stageSelect(), 'Phone screen');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    holding = false;
    held.shift()!();

    await waitFor(async () => expect((await stored(db)).stageId).toBe('phone-screen'));
    expect((await stored(db)).stageHistory.map((entry) => entry.stageId)).toEqual([
      'wishlist',
      'applied',
      'phone-screen',
    ]);
    await waitFor(() => expect(stageSelect().value).toBe('phone-screen'));
  });

  it('keeps a stage picked while a change was saving selected once the save lands', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    holding = true;
    await user.selectOptions(stageSelect(), 'Applied');
    await user.type(within(form()).getByLabelText('Note'), 'Referral');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(held).toHaveLength(1));

    await user.selectOptions(stageSelect(), 'Phone screen');
    held.shift()!();

    await waitFor(async () => expect((await stored(db)).stageId).toBe('applied'));
    // The first change's note is cleared with it; the new pick stays, ready to record.
    await waitFor(() => expect(within(form()).getByLabelText<HTMLInputElement>('Note').value).toBe(''));
    expect(stageSelect().value).toBe('phone-screen');
    expect(within(form()).getByRole('button', { name: 'Record' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('records a change once when Record is pressed twice while it saves', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    holding = true;
    await user.selectOptions(stageSelect(), 'Applied');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(held).toHaveLength(1));
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    holding = false;
    held.shift()!();

    await waitFor(() =>
      expect(within(form()).getByRole('button', { name: 'Record' }).getAttribute('aria-disabled')).toBe('true'),
    );
    expect((await stored(db)).stageHistory.map((entry) => entry.stageId)).toEqual(['wishlist', 'applied']);
  });

  it('starts from the other application’s stage when another one is opened', async () => {
    const db = testDatabase();
    const repository = repositoryModule.applicationsRepository(db);
    await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'applied');
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Pinterest'));
    const pinterest = screen.getByRole('complementary', { name: 'Pinterest' });
    await user.selectOptions(within(pinterest).getByLabelText('New stage'), 'Phone screen');

    await user.click(screen.getByText('Stripe'));
    const stripe = await screen.findByRole('complementary', { name: 'Stripe' });
    expect(within(stripe).getByLabelText<HTMLSelectElement>('New stage').value).toBe('applied');
  });
});

describe('after Record', () => {
  it('says where the application went, offers Undo, and keeps focus on Record', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Applied');
    const record = within(form()).getByRole('button', { name: 'Record' });
    record.focus();
    await user.keyboard('{Enter}');
    const message = await screen.findByText('Moved Pinterest to Applied.');
    await waitFor(() => expect(record.getAttribute('aria-disabled')).toBe('true'));
    expect(document.activeElement).toBe(record);

    await user.click(within(message.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(db)).stageId).toBe('wishlist'));
  });

  it('says which deadlines the move ticked done: the answer to an offer once it is accepted; Undo opens it again', async () => {
    const db = testDatabase();
    const answer = { id: 'answer', kind: 'offer-response' as const, at: '2099-03-20', label: '', done: false };
    await repositoryModule
      .applicationsRepository(db)
      .add({ company: 'Pinterest', role: 'ML Intern', deadlines: [answer] }, 'offer');
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Pinterest'));
    const form = within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('form', {
      name: 'Change stage',
    });
    await user.selectOptions(within(form).getByLabelText('New stage'), 'Accepted');
    await user.click(within(form).getByRole('button', { name: 'Record' }));

    const message = await screen.findByText('Moved Pinterest to Accepted. Ticked done: Offer response due.');
    expect((await stored(db)).deadlines).toEqual([{ ...answer, done: true }]);
    await user.click(within(message.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(db)).deadlines).toEqual([answer]));
  });

  it('says which deadlines a move back out of Accepted opened again: the answer to the offer; Undo ticks it again', async () => {
    const db = testDatabase();
    const answer = { id: 'answer', kind: 'offer-response' as const, at: '2099-03-20', label: '', done: false };
    await repositoryModule
      .applicationsRepository(db)
      .add({ company: 'Pinterest', role: 'ML Intern', deadlines: [answer] }, 'accepted');
    expect((await stored(db)).deadlines).toEqual([{ ...answer, done: true }]);
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Pinterest'));
    const form = within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('form', {
      name: 'Change stage',
    });
    await user.selectOptions(within(form).getByLabelText('New stage'), 'Offer');
    await user.click(within(form).getByRole('button', { name: 'Record' }));

    const message = await screen.findByText('Moved Pinterest to Offer. Reopened: Offer response due.');
    expect((await stored(db)).deadlines).toEqual([answer]);
    await user.click(within(message.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(db)).deadlines).toEqual([{ ...answer, done: true }]));
  });

  it('moves an application added today to a stage recorded as reached last week, saying nothing of filing it', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Applied');
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    await user.type(within(form()).getByLabelText('When (leave empty for now)'), toCalendarDate(lastWeek));
    await user.type(within(form()).getByLabelText('Time'), format(lastWeek, 'HH:mm'));
    // No hint that it is filed before the latest entry: the entry of the day it was added moves back.
    expect(within(form()).queryByText(/goes into the history in its place/)).toBeNull();
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await screen.findByText('Moved Pinterest to Applied.');
    const app = await stored(db);
    expect([app.stageId, app.appliedAt]).toEqual(['applied', toCalendarDate(lastWeek)]);
    expect(app.stageHistory.map((e) => e.stageId)).toEqual(['wishlist', 'applied']);
  });
});

describe('a day with the time left empty', () => {
  it('records a change known only by its day, shown as its date', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Applied');
    const threeDaysAgo = toCalendarDate(new Date(Date.now() - 3 * 86_400_000));
    await user.type(within(form()).getByLabelText('When (leave empty for now)'), threeDaysAgo);
    expect(within(form()).getByLabelText('Time')).toHaveProperty('value', '');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));

    await screen.findByText('Moved Pinterest to Applied.');
    const applied = (await stored(db)).stageHistory.find((entry) => entry.stageId === 'applied')!;
    expect([applied.dayOnly, applied.at.slice(0, 10)]).toEqual([true, threeDaysAgo]);
    const history = within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('list', {
      name: 'Stage history',
    });
    expect(history.querySelector('li time')!.getAttribute('datetime')).toBe(threeDaysAgo);
    // Recorded: the fields are empty again, When meaning now.
    expect(within(form()).getByLabelText('When (leave empty for now)')).toHaveProperty('value', '');
  });

  it('records now when neither the day nor the time is given', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Applied');
    const before = Date.now();
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await screen.findByText('Moved Pinterest to Applied.');
    const applied = (await stored(db)).stageHistory.at(-1)!;
    expect(applied.dayOnly).toBeUndefined();
    expect(Date.parse(applied.at)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it('refuses a time without its day, under When, and records nothing', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    const before = await stored(db);
    await user.selectOptions(stageSelect(), 'Applied');
    await user.type(within(form()).getByLabelText('Time'), '09:30');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));

    const when = within(form()).getByLabelText('When (leave empty for now)');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter the day of this change too, or clear the time',
    );
    expect(document.activeElement).toBe(when);
    expect(await stored(db)).toEqual(before);
  });
});

describe('a time after now', () => {
  it('is refused with a message next to When, and nothing is recorded', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    const before = await stored(db);
    await user.selectOptions(stageSelect(), 'Applied');
    const when = within(form()).getByLabelText('When (leave empty for now)');
    await user.type(when, toCalendarDate(new Date(Date.now() + 2 * 86_400_000)));
    await user.click(within(form()).getByRole('button', { name: 'Record' }));

    const message = await within(form()).findByText('Enter a time no later than now');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(when.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(when);
    expect(screen.queryByText('Moved Pinterest to Applied.')).toBeNull();
    expect(await stored(db)).toEqual(before);

    // Cleared, When means now: the message goes and the move is recorded.
    await user.clear(when);
    expect(within(form()).queryByText('Enter a time no later than now')).toBeNull();
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await screen.findByText('Moved Pinterest to Applied.');
  });
});

describe('a stage recorded before the latest entry', () => {
  it('says that the current stage stays, and how to change that', async () => {
    const { db, user, form, stageSelect } = await openDetail();
    await user.selectOptions(stageSelect(), 'Applied');
    await user.click(within(form()).getByRole('button', { name: 'Record' }));
    await screen.findByText('Moved Pinterest to Applied.');

    await user.selectOptions(stageSelect(), 'Online assessment');
    const when = within(form()).getByLabelText<HTMLInputElement>('When (leave empty for now)');
    const yesterday = new Date(Date.now() - 86_400_000);
    await user.type(when, toCalendarDate(yesterday));
    await user.type(within(form()).getByLabelText('Time'), format(yesterday, 'HH:mm'));
    await user.click(within(form()).getByRole('button', { name: 'Record' }));

    await screen.findByText(
      'Recorded Online assessment in the history of Pinterest, before Applied, which stays the current stage. To change that, edit the time of Applied in the history.',
    );
    expect((await stored(db)).stageId).toBe('applied');
  });
});
