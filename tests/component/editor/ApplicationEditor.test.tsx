// The editor, driven like a user would: what it saves, and how it says what needs fixing.
process.env.TZ = 'America/Los_Angeles';

import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { validateApplication } from '@shared/validateApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, openDatabase, type AppDatabase } from '../../../renderer/src/db/db';
import { NO_SUCH_DATE_MESSAGE, NO_SUCH_TIME_MESSAGE } from '../../../renderer/src/components/DateInput';
import { askBeforeLeavingUnsavedWork } from '../../../renderer/src/components/unsavedWork';
import { anEvent } from '../../support/anEvent';
import { typeUnreadable } from '../unreadableInput';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

async function openNewEditor(user: UserEvent): Promise<HTMLElement> {
  await screen.findByRole('region', { name: 'No applications yet' });
  await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Add application' }));
  return screen.getByRole('dialog', { name: 'New application' });
}

/** Opens the details of the application of `company` in the table, then its editor. */
async function openEditorOf(user: UserEvent, company: string): Promise<HTMLElement> {
  await user.click(await screen.findByText(company));
  await user.click(within(screen.getByRole('complementary', { name: company })).getByRole('button', { name: 'Edit' }));
  return screen.findByRole('dialog', { name: `Edit ${company}` });
}

async function addCohort(user: UserEvent, dialog: HTMLElement, start: string, end: string, label: string) {
  await user.click(within(dialog).getByRole('button', { name: 'Add cohort' }));
  const cohorts = within(dialog).getAllByRole('group', { name: /^Cohort \d+$/ });
  const cohort = cohorts.at(-1)!;
  await user.type(within(cohort).getByLabelText('Starts'), start);
  await user.type(within(cohort).getByLabelText('Ends'), end);
  if (label) await user.type(within(cohort).getByLabelText('Label'), label);
  return cohort;
}

/** The text of the messages an input is described by (its error, its hint). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Puts text in a field as one paste: typing long values a key at a time is slow in jsdom. */
async function fill(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function stored(db: AppDatabase) {
  return (await db.applications.toArray()).map(fromRow);
}

describe('adding an application already tracked', () => {
  it('is pointed out before adding, added only when asked, and the one tracked opens on request', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Spotify', role: 'Backend Engineering Intern' });
    const { user } = renderApp(db);
    await user.click(await screen.findByRole('button', { name: 'Add application' }));
    const dialog = screen.getByRole('dialog', { name: 'New application' });
    await user.type(within(dialog).getByLabelText('Company'), 'spotify ');
    await user.type(within(dialog).getByLabelText('Role'), 'Backend engineering intern');

    const warning = await within(dialog).findByText(/^You already track this/);
    expect(warning.textContent).toBe('You already track this: Spotify — Backend Engineering Intern (Wishlist).');
    expect(within(dialog).queryByRole('button', { name: 'Add application' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('complementary', { name: 'Spotify' })).toBeTruthy();

    // The top bar's, not the details panel's header.
    await user.click(within(screen.getAllByRole('banner')[0]!).getByRole('button', { name: 'Add application' }));
    const again = screen.getByRole('dialog', { name: 'New application' });
    await user.type(within(again).getByLabelText('Company'), 'Spotify');
    await user.type(within(again).getByLabelText('Role'), 'Backend Engineering Intern');
    await user.click(await within(again).findByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db)).map((app) => app.company)).toEqual(['Spotify', 'Spotify']);
  });
});

describe('opening the application already tracked from a form that holds more', () => {
  it('asks first, keeps the form on Keep editing, and opens the one tracked on Discard', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Stripe', role: 'Backend Intern' });
    const { user } = renderApp(db);
    await user.click(await screen.findByRole('button', { name: 'Add application' }));
    const dialog = screen.getByRole('dialog', { name: 'New application' });
    await fill(user, within(dialog).getByLabelText('Notes'), 'Met Priya at the fair: referral promised');
    await fill(user, within(dialog).getByLabelText('Company'), 'Stripe');
    await fill(user, within(dialog).getByLabelText('Role'), 'Backend Intern');

    await user.click(await within(dialog).findByRole('button', { name: 'Open it' }));
    let confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect((within(dialog).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe(
      'Met Priya at the fair: referral promised',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
    confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('complementary', { name: 'Stripe' })).toBeTruthy();
  });
});

describe('adding an application', () => {
  it('saves company, role, two cohorts and monthly pay as a valid record, and opens it', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);

    await user.type(within(dialog).getByLabelText('Company'), 'Pinterest');
    await user.type(within(dialog).getByLabelText('Role'), 'Machine Learning Intern');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Applied');
    const may = await addCohort(user, dialog, '2026-05-18', '2026-08-07', 'May cohort');
    await addCohort(user, dialog, '2026-06-15', '2026-09-04', 'June cohort');
    await user.click(within(may).getByRole('radio', { name: 'Chosen' }));
    await user.type(within(dialog).getByLabelText('Pay from'), '11,000');
    await user.selectOptions(within(dialog).getByLabelText('Paid'), 'per month');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
    expect(app).toMatchObject({
      company: 'Pinterest',
      role: 'Machine Learning Intern',
      stageId: 'applied',
      phase: 'applied',
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '' },
    });
    expect(app!.cohorts.map((c) => [c.start, c.end, c.label])).toEqual([
      ['2026-05-18', '2026-08-07', 'May cohort'],
      ['2026-06-15', '2026-09-04', 'June cohort'],
    ]);
    expect(app!.chosenCohortId).toBe(app!.cohorts[0]!.id);
    expect(app!.stageHistory.map((h) => h.stageId)).toEqual(['applied']);

    expect(await screen.findByText('Added Pinterest.')).toBeTruthy();
    const detail = await screen.findByRole('complementary', { name: 'Pinterest' });
    expect(detail.textContent).toContain('$30,461.54');
  });

  it('shows each problem next to its field, marks it invalid, focuses the first, and saves nothing', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);

    await user.type(within(dialog).getByLabelText('Role'), 'ML Intern');
    const cohort = await addCohort(user, dialog, '2026-08-07', '2026-05-18', '');
    await user.type(within(dialog).getByLabelText('Pay from'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    const company = within(dialog).getByLabelText('Company');
    const ends = within(cohort).getByLabelText('Ends');
    const payFrom = within(dialog).getByLabelText('Pay from');
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(company)).toBe('Company is required');
    expect(ends.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(ends)).toBe('The cohort ends before it starts');
    expect(payFrom.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(payFrom)).toContain("Pay from: enter a number like 11000 (got 'lots')");
    // Fields without a problem are not marked.
    expect(within(dialog).getByLabelText('Role').getAttribute('aria-invalid')).toBeNull();
    expect(within(cohort).getByLabelText('Starts').getAttribute('aria-invalid')).toBeNull();

    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');
    await waitFor(() => expect(document.activeElement).toBe(company));
    expect(await db.applications.count()).toBe(0);
    expect(screen.getByRole('dialog', { name: 'New application' })).toBe(dialog);
  });

  it('refuses a negative pay, whole or as an amount, instead of saving it without its minus', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Figma');
    await fill(user, within(dialog).getByLabelText('Role'), 'Design Intern');
    const payFrom = within(dialog).getByLabelText('Pay from');
    for (const written of ['-20', '-$20/hour', '−20']) {
      await user.clear(payFrom);
      await fill(user, payFrom, written);
      await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
      expect(payFrom.getAttribute('aria-invalid')).toBe('true');
      expect(descriptionOf(payFrom)).toContain(`Pay from cannot be negative (got '${written}')`);
    }
    expect(await db.applications.count()).toBe(0);
  });

  it('says on Pay up to, by name, that the ends of a pay range are the wrong way round', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Figma');
    await fill(user, within(dialog).getByLabelText('Role'), 'Design Intern');
    await fill(user, within(dialog).getByLabelText('Pay from'), '30');
    const payUpTo = within(dialog).getByLabelText('Pay up to');
    await fill(user, payUpTo, '25');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    expect(payUpTo.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(payUpTo)).toContain('The lowest pay is more than the highest: Pay from 30, Pay up to 25');
    expect(within(dialog).getByLabelText('Pay from').getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toBe('One field needs fixing.');
    await waitFor(() => expect(document.activeElement).toBe(payUpTo));
    expect(await db.applications.count()).toBe(0);
  });

  it('shows a problem with one item of a list on its field, and one in a contact on that contact', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);

    await user.type(within(dialog).getByLabelText('Company'), 'Acme');
    await user.type(within(dialog).getByLabelText('Role'), 'Intern');
    await user.click(within(dialog).getByLabelText('Tags'));
    await user.paste(`ml, ${'x'.repeat(51)}`);
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    // The first contact stays empty, so it is dropped: the problem is in the second one.
    const second = within(dialog).getByRole('group', { name: 'Contact 2' });
    await user.click(within(second).getByLabelText('Name'));
    await user.paste('n'.repeat(201));
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    const tags = within(dialog).getByLabelText('Tags');
    expect(tags.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(tags)).toBe('Keep each tag under 50 characters Separated by commas');
    expect(descriptionOf(within(second).getByLabelText('Name'))).toBe('Keep the name under 200 characters');
    const first = within(dialog).getByRole('group', { name: 'Contact 1' });
    expect(within(first).getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toBe('2 fields need fixing.');
    expect(await db.applications.count()).toBe(0);
  });

  it('asks for the date of a cohort or deadline row left empty, once per field', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Acme');
    await user.type(within(dialog).getByLabelText('Role'), 'Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add cohort' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    const cohort = within(dialog).getByRole('group', { name: 'Cohort 1' });
    expect(descriptionOf(within(cohort).getByLabelText('Starts'))).toBe('Enter the start date, or remove this cohort');
    expect(descriptionOf(within(cohort).getByLabelText('Ends'))).toBe('Enter the end date, or remove this cohort');
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect(descriptionOf(within(deadline).getByLabelText('Date'))).toBe('Enter the date, or remove this deadline');
    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');
    expect(await db.applications.count()).toBe(0);
  });

  it('says under a deadline already past and not done that no reminder will come', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    const date = within(deadline).getByLabelText('Date');
    await user.type(date, '2020-01-15');
    expect(descriptionOf(date)).toBe('Already passed: no reminder will come');
    await user.click(within(deadline).getByLabelText('Done'));
    expect(descriptionOf(date)).toBe('');
    await user.click(within(deadline).getByLabelText('Done'));
    await user.clear(date);
    await user.type(date, '2099-01-15');
    expect(descriptionOf(date)).toBe('');
  });

  it('shows a deadline to apply ticked done, and says why, when the application is added as applied', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Lumen Labs');
    await user.type(within(dialog).getByLabelText('Role'), 'Data Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    await user.type(within(deadline).getByLabelText('Date'), '2099-12-07');
    const done = within(deadline).getByRole('checkbox', { name: 'Done' });
    expect((done as HTMLInputElement).checked).toBe(false);

    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Applied');
    expect((done as HTMLInputElement).checked).toBe(true);
    expect(descriptionOf(done)).toBe('Ticked, as you have applied (stage Applied). A later date? Choose another kind.');
    // Another kind of deadline stays as the box says.
    await user.selectOptions(within(deadline).getByLabelText('Kind'), 'Interview');
    expect((done as HTMLInputElement).checked).toBe(false);
    expect(descriptionOf(done)).toBe('');
    await user.selectOptions(within(deadline).getByLabelText('Kind'), 'Application deadline');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(async () => expect(await stored(db)).toHaveLength(1));
    const [app] = await stored(db);
    expect(app!.deadlines.map((d) => d.done)).toEqual([true]);
  });

  // tester34: the stage picked first (Online assessment), "Submit HackerRank OA" was added as a
  // deadline to apply, and saved ticked done, with no reminder and no next date.
  it('starts a deadline added past applying as a kind that fits the stage, open, and keeps a kind chosen', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Lumen Labs');
    await user.type(within(dialog).getByLabelText('Role'), 'Data Intern');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Online assessment');
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const first = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect((within(first).getByLabelText('Kind') as HTMLSelectElement).value).toBe('assessment');
    expect((within(first).getByRole('checkbox', { name: 'Done' }) as HTMLInputElement).checked).toBe(false);
    await user.type(within(first).getByLabelText('Date'), '2099-12-11');
    await user.type(within(first).getByLabelText('Label'), 'Submit HackerRank OA');

    // A kind the student chooses stays, whatever the stage.
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const second = within(dialog).getByRole('group', { name: 'Deadline 2' });
    await user.selectOptions(within(second).getByLabelText('Kind'), 'Deadline');
    await user.type(within(second).getByLabelText('Date'), '2099-12-12');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Offer');
    expect((within(second).getByLabelText('Kind') as HTMLSelectElement).value).toBe('other');
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const third = within(dialog).getByRole('group', { name: 'Deadline 3' });
    expect((within(third).getByLabelText('Kind') as HTMLSelectElement).value).toBe('offer-response');
    await user.click(within(third).getByRole('button', { name: /^Remove/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(async () => expect(await stored(db)).toHaveLength(1));
    const [app] = await stored(db);
    expect(app!.deadlines.map((d) => [d.kind, d.label, d.done])).toEqual([
      ['assessment', 'Submit HackerRank OA', false],
      ['other', '', false],
    ]);
  });

  it('shows the deadline to answer an offer ticked done, and says why, when the application is added as accepted', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Lumen Labs');
    await user.type(within(dialog).getByLabelText('Role'), 'Data Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    await user.selectOptions(within(deadline).getByLabelText('Kind'), 'Offer response due');
    await user.type(within(deadline).getByLabelText('Date'), '2099-12-07');
    const done = within(deadline).getByRole('checkbox', { name: 'Done' });

    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Offer');
    expect((done as HTMLInputElement).checked).toBe(false);
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Accepted');
    expect((done as HTMLInputElement).checked).toBe(true);
    expect(descriptionOf(done)).toBe('Ticked, as you have accepted the offer (stage Accepted).');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(async () => expect(await stored(db)).toHaveLength(1));
    const [app] = await stored(db);
    expect(app!.deadlines.map((d) => [d.kind, d.done])).toEqual([['offer-response', true]]);
  });

  it('says a deadline to apply is ticked when Applied on is filled in on the wish list', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const done = within(within(dialog).getByRole('group', { name: 'Deadline 1' })).getByRole('checkbox', {
      name: 'Done',
    });
    await user.type(within(dialog).getByLabelText('Applied on'), '2020-01-15');
    expect((done as HTMLInputElement).checked).toBe(true);
    expect(descriptionOf(done)).toBe('Ticked, as you have applied (Applied on). A later date? Choose another kind.');
  });

  it('clears a message once the field is fixed and saved', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Role'), 'ML Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(descriptionOf(within(dialog).getByLabelText('Company'))).toBe('Company is required');

    await user.type(within(dialog).getByLabelText('Company'), 'Pinterest');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db)).map((a) => a.company)).toEqual(['Pinterest']);
  });

  it('drops a field’s message as soon as the field is fixed, before the next save', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Role'), 'ML Intern');
    const cohort = await addCohort(user, dialog, '2026-08-07', '2026-05-18', '');
    await user.type(within(dialog).getByLabelText('Pay from'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');

    const company = within(dialog).getByLabelText('Company');
    await user.type(company, 'Pinterest');
    expect(company.getAttribute('aria-invalid')).toBeNull();
    expect(company.getAttribute('aria-describedby')).toBeNull();
    expect(within(dialog).queryByText('Company is required')).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toBe('2 fields need fixing.');

    const payFrom = within(dialog).getByLabelText('Pay from');
    await user.clear(payFrom);
    await user.type(payFrom, '11,000');
    expect(payFrom.getAttribute('aria-invalid')).toBeNull();
    // Only its hint is left: what it will save.
    expect(descriptionOf(payFrom)).toBe('Read as $11,000 with no period');

    // Still wrong after a change: the message stays, and follows the value.
    const ends = within(cohort).getByLabelText('Ends');
    await user.clear(ends);
    await user.type(ends, '2026-05-19');
    expect(descriptionOf(ends)).toBe('The cohort ends before it starts');
    await user.clear(ends);
    await user.type(ends, '2026-08-07');
    expect(ends.getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(await db.applications.count()).toBe(0);
  });

  it('shows no message before the first save, however the fields are left', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Pay from'), 'lots');
    expect(within(dialog).getByLabelText('Pay from').getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).getByLabelText('Company').getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});

describe('adding a row', () => {
  it('moves focus into the new row, so it is filled in without looking for it', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    for (const [button, group, first] of [
      ['Add cohort', 'Cohort 1', 'Starts'],
      ['Add deadline', 'Deadline 1', 'Kind'],
      ['Add contact', 'Contact 1', 'Name'],
      ['Add interview or event', 'Event 1', 'Kind'],
    ] as const) {
      await user.click(within(dialog).getByRole('button', { name: button }));
      const row = within(dialog).getByRole('group', { name: group });
      expect(document.activeElement).toBe(within(row).getByLabelText(first));
    }
  });
});

describe('removing a row', () => {
  it('moves focus to the next row, then to the Add button when the last one goes', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await addCohort(user, dialog, '2026-05-18', '2026-08-07', 'May');
    await addCohort(user, dialog, '2026-06-15', '2026-09-04', 'June');

    await user.click(within(dialog).getByRole('button', { name: 'Remove cohort 1' }));
    const june = within(dialog).getByRole('group', { name: 'Cohort 1' });
    expect(within(june).getByLabelText('Label')).toHaveProperty('value', 'June');
    expect(document.activeElement).toBe(within(june).getByLabelText('Starts'));

    await user.click(within(dialog).getByRole('button', { name: 'Remove cohort 1' }));
    expect(within(dialog).queryByRole('group', { name: /^Cohort/ })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Add cohort' }));
  });
});

describe('editing an application', () => {
  it("proposes the currency most of the student's applications are paid in for a pay not written yet", async () => {
    // tester26: every pay in pounds, yet an application without one opened with Currency USD,
    // and "2000" a month was saved as $2,000.
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const pay = (currency: string) => ({ min: 2000, max: 2000, currency, period: 'month' as const, raw: '' });
    await repository.add({ company: 'Monzo', role: 'Intern', pay: pay('GBP') });
    await repository.add({ company: 'Arm', role: 'Intern', pay: pay('GBP') });
    await repository.add({ company: 'Stripe', role: 'Intern', pay: pay('USD') });
    await repository.add({ company: 'Skyscanner', role: 'Intern' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Skyscanner');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Currency').value).toBe('GBP');
    await fill(user, within(dialog).getByLabelText('Pay from'), '2000');
    await user.selectOptions(within(dialog).getByLabelText('Paid'), 'per month');
    expect(descriptionOf(within(dialog).getByLabelText('Pay from'))).toContain('Read as £2,000 per month');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db)).find((app) => app.company === 'Skyscanner')!.pay).toMatchObject({
      min: 2000,
      currency: 'GBP',
    });

    // A new application too; an application with a pay keeps its own.
    await user.click(within(screen.getAllByRole('banner')[0]!).getByRole('button', { name: 'Add application' }));
    const added = screen.getByRole('dialog', { name: 'New application' });
    expect(within(added).getByLabelText<HTMLInputElement>('Currency').value).toBe('GBP');
    await user.click(within(added).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stripe = await openEditorOf(user, 'Stripe');
    expect(within(stripe).getByLabelText<HTMLInputElement>('Currency').value).toBe('USD');
  });

  it('refuses a date the calendar does not have, saying so at each field, and changes nothing', async () => {
    const db = testDatabase();
    const before = await applicationsRepository(db).add({
      company: 'Stripe',
      role: 'SWE Intern',
      appliedAt: '2026-01-10',
      followUp: { on: '2026-02-20', note: '', done: false },
      deadlines: [{ id: 'oa', kind: 'assessment', at: '2026-02-10', label: '', done: false }],
    });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    const appliedOn = within(dialog).getByLabelText<HTMLInputElement>('Applied on');
    const followUpOn = within(dialog).getByLabelText<HTMLInputElement>('Follow up on');
    const deadlineDate = within(
      within(dialog).getByRole('group', { name: 'Deadline 1' }),
    ).getByLabelText<HTMLInputElement>('Date');
    for (const input of [appliedOn, followUpOn, deadlineDate]) typeUnreadable(input);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    // Not "no date" (which cleared Applied on and the follow-up), nor "Enter the date".
    for (const input of [appliedOn, followUpOn, deadlineDate]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(descriptionOf(input)).toContain(NO_SUCH_DATE_MESSAGE);
    }
    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');
    expect(await stored(db)).toEqual([before]);
  });

  it('refuses a time typed only in part, where it had saved the date with no time', async () => {
    const db = testDatabase();
    const before = await applicationsRepository(db).add({
      company: 'Stripe',
      role: 'SWE Intern',
      deadlines: [{ id: 'oa', kind: 'assessment', at: '2026-02-10T17:00:00+00:00', label: '', done: false }],
      events: [anEvent('ev', '2026-02-12')],
    });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    const times = ['Deadline 1', 'Event 1'].map((group) =>
      within(within(dialog).getByRole('group', { name: group })).getByLabelText<HTMLInputElement>('Time'),
    );
    for (const input of times) typeUnreadable(input);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    for (const input of times) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(descriptionOf(input)).toContain(NO_SUCH_TIME_MESSAGE);
    }
    expect(within(dialog).getByRole('alert').textContent).toBe('2 fields need fixing.');
    expect(await stored(db)).toEqual([before]);
  });

  it('saves the changed fields and keeps the stage history as it was', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = await repository.add({ company: 'Stripe', role: 'SWE Intern', notes: 'Referral' });
    await repository.changeStage(added.id, { stageId: 'applied', note: 'Online' });
    const { after: before } = await repository.changeStage(added.id, { stageId: 'phone-screen', note: 'Round 1' });
    const { user } = renderApp(db);

    await user.click(await screen.findByText('Stripe'));
    await user.click(
      within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('button', { name: 'Edit' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Stripe' });
    // The stage is changed from the detail panel, with history, not here.
    expect(within(dialog).queryByLabelText('Stage')).toBeNull();
    const role = within(dialog).getByLabelText('Role');
    await user.clear(role);
    await user.type(role, 'Backend Engineering Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [after] = await stored(db);
    expect(after).toEqual({ ...before, role: 'Backend Engineering Intern', updatedAt: after!.updatedAt });
    expect(after!.stageHistory.map((h) => [h.stageId, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Online'],
      ['phone-screen', 'Round 1'],
    ]);
    expect(await screen.findByText('Saved Stripe.')).toBeTruthy();
  });

  it('takes a save back with Undo, keeping a move made since, and refuses while a later edit stands in its way', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = await repository.add({ company: 'Stripe', role: 'SWE Intern', notes: 'Referral' });
    const { user } = renderApp(db);
    let dialog = await openEditorOf(user, 'Stripe');
    await user.clear(within(dialog).getByLabelText('Role'));
    await fill(user, within(dialog).getByLabelText('Role'), 'Backend Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    let toast = await screen.findByText('Saved Stripe.');
    await repository.changeStage(added.id, { stageId: 'applied' });
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Saved Stripe.');
    expect((await stored(db))[0]).toMatchObject({ role: 'SWE Intern', stageId: 'applied' });

    await user.click(
      within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('button', { name: 'Edit' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Edit Stripe' });
    await fill(user, within(dialog).getByLabelText('Notes'), ', call Dana');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    toast = await screen.findByText('Saved Stripe.');
    const [saved] = await stored(db);
    const later = (await repository.update({ ...saved!, notes: 'Written later' }, saved!)).after;
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText(
      'Stripe has changed since (the same details), so undo the later change first, then this one.',
    );
    expect(await stored(db)).toEqual([later]);
  });

  it('moves an application off the wish list when an applied date is saved, and says so', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Zalando', role: 'Data Intern' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Zalando');
    await user.type(within(dialog).getByLabelText('Applied on'), '2026-01-12');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('Saved Zalando. Applied on Mon, Jan 12, 2026, so its stage is now Applied.'),
    ).toBeTruthy();
    const [after] = await stored(db);
    expect(after).toMatchObject({ stageId: 'applied', phase: 'applied', appliedAt: '2026-01-12' });
  });

  it('leaves the stored record alone when the edit is cancelled', async () => {
    const db = testDatabase();
    const before = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    await user.clear(within(dialog).getByLabelText('Company'));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await stored(db)).toEqual([before]);
  });

  it('asks before closing throws away what was typed, and keeps it on Keep editing', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Pinterest');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull());
    expect((within(dialog).getByLabelText('Company') as HTMLInputElement).value).toBe('Pinterest');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('closes at once when nothing was changed', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('saving while another tab saved the same application', () => {
  /** Another tab of the web build: its own connection to the same database. */
  function otherTab(db: AppDatabase) {
    const connection = openDatabase(db.name);
    return { repository: applicationsRepository(connection), close: () => connection.close() };
  }

  it('keeps what the other tab saved in the fields this form left', async () => {
    const db = testDatabase();
    const apply = { id: 'apply', kind: 'application' as const, at: '2099-03-20', label: '', done: false };
    const opened = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern', deadlines: [apply] });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    const other = otherTab(db);
    await other.repository.update({ ...opened, notes: 'B: recruiter Jane, call back Tuesday' }, opened);
    await other.repository.changeStage(opened.id, { stageId: 'applied' });
    other.close();

    const role = within(dialog).getByLabelText('Role');
    await user.clear(role);
    await fill(user, role, 'Backend Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [after] = await stored(db);
    expect(after).toMatchObject({
      role: 'Backend Intern',
      notes: 'B: recruiter Jane, call back Tuesday',
      stageId: 'applied',
      deadlines: [{ ...apply, done: true }],
    });
    expect(after!.appliedAt).not.toBeNull();
  });

  it('keeps what was typed when the other tab deletes the application, and adds it back when asked', async () => {
    const db = testDatabase();
    const opened = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern', tags: ['fintech'] });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    await fill(user, within(dialog).getByLabelText('Notes'), 'Interview prep: STAR stories');
    const other = otherTab(db);
    await other.repository.remove([opened.id]);
    other.close();

    const notice = await within(dialog).findByRole('alert', { name: /deleted elsewhere/ });
    expect(notice.textContent).toBe(
      'Stripe was deleted elsewhere while this form was open. What you typed is kept here: ' +
        'Add it back adds it again as a new application, its stage history starting now.',
    );
    expect(screen.getByRole('dialog', { name: 'Edit Stripe' })).toBe(dialog);
    expect((within(dialog).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Interview prep: STAR stories');
    await user.click(within(dialog).getByRole('button', { name: 'Add it back' }));

    await screen.findByText('Added Stripe back.');
    const [added] = await stored(db);
    expect(added).toMatchObject({ company: 'Stripe', tags: ['fintech'], notes: 'Interview prep: STAR stories' });
    expect(added!.id).not.toBe(opened.id);
  });

  it('saves what was typed over the application brought back by the other tab’s Undo', async () => {
    const db = testDatabase();
    const opened = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    await fill(user, within(dialog).getByLabelText('Notes'), 'Interview prep');
    const other = otherTab(db);
    const removed = await other.repository.remove([opened.id]);
    await within(dialog).findByRole('alert', { name: /deleted elsewhere/ });
    await other.repository.restoreDeleted(removed);
    other.close();

    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved Stripe.');
    expect(await stored(db)).toEqual([expect.objectContaining({ id: opened.id, notes: 'Interview prep' })]);
  });

  it('saves nothing when both changed a field, shows what the other tab wrote, and saves over it when asked again', async () => {
    const db = testDatabase();
    const opened = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern', notes: 'Referral' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    const other = otherTab(db);
    const theirs = (await other.repository.update({ ...opened, notes: 'B: passed the OA', tags: ['oa'] }, opened))
      .after;
    other.close();

    await fill(user, within(dialog).getByLabelText('Notes'), ' A: prep STAR stories');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const notice = await within(dialog).findByRole('alert', { name: /changed elsewhere/ });
    expect(notice.textContent).toBe(
      'Stripe was changed elsewhere since you opened this form: its notes. Nothing was saved.' +
        'Its notes there now: “B: passed the OA”' +
        'Save changes again to save what you typed over it (its message has Undo), or Cancel to keep it as it is.',
    );
    expect(document.activeElement).toBe(notice);
    expect(await stored(db)).toEqual([theirs]);
    expect((within(dialog).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Referral A: prep STAR stories');

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [after] = await stored(db);
    expect(after).toMatchObject({ notes: 'Referral A: prep STAR stories', tags: ['oa'] });
  });
});

describe('interviews, follow-up, the offer and the rest', () => {
  it('adds an interview with a time and a follow-up', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Pinterest');
    await fill(user, within(dialog).getByLabelText('Role'), 'ML Intern');

    await user.click(within(dialog).getByRole('button', { name: 'Add interview or event' }));
    const event = within(dialog).getByRole('group', { name: 'Event 1' });
    // The new row takes focus, so the keyboard carries on into it.
    expect(document.activeElement).toBe(within(event).getByLabelText('Kind'));
    await user.selectOptions(within(event).getByLabelText('Kind'), 'Technical interview');
    await fill(user, within(event).getByLabelText('Title'), 'Round 2 with the ML team');
    await user.type(within(event).getByLabelText('Date'), '2026-03-05');
    await user.type(within(event).getByLabelText('Time'), '14:30');
    await user.type(within(event).getByLabelText('Duration in minutes'), '45');
    await fill(user, within(event).getByLabelText('Location or link'), 'https://meet.example.com/abc');
    await fill(user, within(event).getByLabelText('People'), 'Dana (ML lead)');
    await user.type(within(dialog).getByLabelText('Follow up on'), '2026-03-09');
    await fill(user, within(dialog).getByLabelText('Follow-up note'), 'Email Sarah');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
    expect(app!.events).toEqual([
      {
        id: expect.any(String),
        kind: 'technical',
        title: 'Round 2 with the ML team',
        // 14:30 in Los Angeles before summer time starts (Mar 8, 2026).
        start: '2026-03-05T14:30:00-08:00',
        durationMinutes: 45,
        location: 'https://meet.example.com/abc',
        people: 'Dana (ML lead)',
        notes: '',
        outcome: 'pending',
      },
    ]);
    expect(app!.followUp).toEqual({ on: '2026-03-09', note: 'Email Sarah', done: false });
  });

  it('adds the date to answer an offer by from the offer itself', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Figma');
    await fill(user, within(dialog).getByLabelText('Role'), 'Design Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add offer details' }));
    expect(descriptionOf(within(dialog).getByLabelText('Answer by'))).toContain('No deadlines yet');

    await user.click(within(dialog).getByRole('button', { name: 'Add a date to answer by' }));
    // A new offer-response deadline, chosen in the offer, and the keyboard on its date.
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect((within(deadline).getByLabelText('Kind') as HTMLSelectElement).value).toBe('offer-response');
    expect(document.activeElement).toBe(within(deadline).getByLabelText('Date'));
    await user.type(within(deadline).getByLabelText('Date'), '2026-04-01');
    const answerBy = within(dialog).getByLabelText('Answer by') as HTMLSelectElement;
    expect(answerBy.selectedOptions[0]!.textContent).toBe('Wed, Apr 1, 2026 · Offer response due');

    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app!.deadlines).toMatchObject([{ kind: 'offer-response', at: '2026-04-01' }]);
    expect(app!.offer!.responseDeadlineId).toBe(app!.deadlines[0]!.id);
  });

  it('adds an offer in parts with the deadline to answer by, and a referral', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await fill(user, within(dialog).getByLabelText('Company'), 'Pinterest');
    await fill(user, within(dialog).getByLabelText('Role'), 'ML Intern');
    await fill(user, within(dialog).getByLabelText('Pay from'), '11,000');
    await user.selectOptions(within(dialog).getByLabelText('Paid'), 'per month');
    await fill(user, within(dialog).getByLabelText('Duration in weeks'), '12');
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    await user.selectOptions(within(deadline).getByLabelText('Kind'), 'Offer response due');
    await user.type(within(deadline).getByLabelText('Date'), '2026-04-01');

    await user.click(within(dialog).getByRole('button', { name: 'Add offer details' }));
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Offered on'));
    await user.type(within(dialog).getByLabelText('Offered on'), '2026-03-25');
    await user.selectOptions(within(dialog).getByLabelText('Housing'), 'Stipend');
    await fill(user, within(dialog).getByLabelText('Stipend amount'), '2000');
    await fill(user, within(dialog).getByLabelText('Sign-on bonus'), '5,000');
    await user.click(within(dialog).getByRole('button', { name: 'Add another part' }));
    const part = within(dialog).getByRole('group', { name: 'Other part 1' });
    await fill(user, within(part).getByLabelText('What'), 'Transit pass');
    await fill(user, within(part).getByLabelText('Amount'), '300');
    await user.selectOptions(within(dialog).getByLabelText('Answer by'), 'Wed, Apr 1, 2026 · Offer response due');
    await fill(user, within(dialog).getByLabelText('Return-offer prospects'), 'Most interns get one');

    await user.selectOptions(within(dialog).getByLabelText('Visa sponsorship'), 'Offers visa sponsorship');
    await fill(user, within(dialog).getByLabelText('Referred by'), 'Sam Lee');
    await fill(user, within(dialog).getByLabelText('Relation'), 'former manager');
    await fill(user, within(dialog).getByLabelText('Résumé version'), 'ML résumé v3');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
    expect(app!.offer).toEqual({
      currency: 'USD',
      offeredOn: '2026-03-25',
      housing: { type: 'stipend', amount: 2000, period: 'month' },
      relocation: null,
      signOnBonus: 5000,
      other: [{ id: expect.any(String), label: 'Transit pass', amount: 300 }],
      responseDeadlineId: app!.deadlines[0]!.id,
      returnOfferProspects: 'Most interns get one',
    });
    expect(app!.deadlines.map((d) => [d.kind, d.at])).toEqual([['offer-response', '2026-04-01']]);
    expect(app).toMatchObject({
      sponsorship: 'offers',
      referral: { name: 'Sam Lee', relation: 'former manager' },
      resumeVersion: 'ML résumé v3',
      coverLetter: '',
    });

    // $11,000 a month over 12 weeks is $30,461.54, the $2,000 monthly stipend $5,538.46 (together
    // exactly $36,000), plus $5,000 and $300.
    const detail = await screen.findByRole('complementary', { name: 'Pinterest' });
    expect(detail.textContent).toMatch(/\$41,300(?![.\d])/);
  });

  it('says under the term what it will be read as', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    const term = within(dialog).getByLabelText('Term');
    expect(descriptionOf(term)).toBe('For example Summer 2026');
    await user.type(term, "summer '26");
    expect(descriptionOf(term)).toBe('Read as Summer 2026');
    await user.clear(term);
    await user.type(term, 'Summer 2026 co-op, 8 months');
    expect(descriptionOf(term)).toBe('Kept as written (sorted as Summer 2026)');
    await user.clear(term);
    await user.type(term, 'Co-op term 2');
    expect(descriptionOf(term)).toBe('Kept as written');
  });

  it('shows each problem of an event, the follow-up and the offer next to its field, and focuses the first', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Pinterest');
    await user.type(within(dialog).getByLabelText('Role'), 'ML Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add interview or event' }));
    const event = within(dialog).getByRole('group', { name: 'Event 1' });
    await user.type(within(event).getByLabelText('Date'), '2026-03-05');
    await user.type(within(event).getByLabelText('Duration in minutes'), 'an hour');
    await user.type(within(dialog).getByLabelText('Follow-up note'), 'Email Sarah');
    await user.click(within(dialog).getByRole('button', { name: 'Add offer details' }));
    await user.selectOptions(within(dialog).getByLabelText('Housing'), 'Stipend');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    const duration = within(event).getByLabelText('Duration in minutes');
    expect(descriptionOf(duration)).toBe("Duration in minutes: enter a number like 45 (got 'an hour') Optional");
    const followUpOn = within(dialog).getByLabelText('Follow up on');
    expect(followUpOn.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(followUpOn)).toBe(
      'Choose the day to follow up, or clear the note Leave empty for no follow-up',
    );
    expect(descriptionOf(within(dialog).getByLabelText('Stipend amount'))).toBe(
      'Enter the stipend’s amount, or choose no housing',
    );
    // Said once, beside the amount, not under Housing as well.
    expect(within(dialog).getByLabelText('Housing').getAttribute('aria-invalid')).not.toBe('true');
    expect(within(dialog).getAllByText('Enter the stipend’s amount, or choose no housing')).toHaveLength(1);
    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');
    await waitFor(() => expect(document.activeElement).toBe(duration));
    expect(await db.applications.count()).toBe(0);
  });

  it("puts the offer in the pay's currency, as read from the pay typed in the same edit, until another is written", async () => {
    // tester26: "£4,800 per month" typed with Currency still USD, then an offer added: its
    // sign-on bonus was saved in USD, and its total left the GBP base pay out.
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Jane Street', role: 'Trading Intern' });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Jane Street');
    await user.click(within(dialog).getByRole('button', { name: 'Add offer details' }));
    await fill(user, within(dialog).getByLabelText('Pay from'), '£4,800 per month');
    await fill(user, within(dialog).getByLabelText('Duration in weeks'), '10');
    const offerCurrency = within(dialog).getByLabelText<HTMLInputElement>('Offer currency');
    expect(offerCurrency.value).toBe('GBP');
    await fill(user, within(dialog).getByLabelText('Sign-on bonus'), '2000');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app!.pay).toMatchObject({ min: 4800, currency: 'GBP', period: 'month' });
    expect(app!.offer).toMatchObject({ currency: 'GBP', signOnBonus: 2000 });
    // £4,800 a month over 10 weeks is £11,076.92, and the bonus £2,000.
    const detail = await screen.findByRole('complementary', { name: 'Jane Street' });
    expect(detail.textContent).toMatch(/£13,076\.92/);

    // An offer currency written by the student stays theirs when the pay changes.
    await user.click(within(detail).getByRole('button', { name: 'Edit' }));
    const again = await screen.findByRole('dialog', { name: 'Edit Jane Street' });
    const own = within(again).getByLabelText<HTMLInputElement>('Offer currency');
    expect(own.value).toBe('GBP');
    await user.clear(own);
    await user.type(own, 'EUR');
    await user.clear(within(again).getByLabelText('Currency'));
    await user.type(within(again).getByLabelText('Currency'), 'CHF');
    expect(own.value).toBe('EUR');
  });

  it('keeps the offer folded until asked, and folding it again stores no offer', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    await user.type(within(dialog).getByLabelText('Company'), 'Stripe');
    await user.type(within(dialog).getByLabelText('Role'), 'SWE Intern');
    expect(within(dialog).queryByLabelText('Offered on')).toBeNull();
    expect(within(dialog).getByText('No offer recorded.')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Add offer details' }));
    await user.type(within(dialog).getByLabelText('Relocation'), '3000');
    await user.click(within(dialog).getByRole('button', { name: 'Remove offer details' }));
    expect(within(dialog).queryByLabelText('Relocation')).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Add offer details' }));

    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db))[0]!.offer).toBeNull();
  });

  it('opens with the offer shown when there is one, and removes an event, moving focus on', async () => {
    const db = testDatabase();
    const added = await applicationsRepository(db).add({
      company: 'Stripe',
      role: 'SWE Intern',
      events: [
        {
          id: 'screen',
          kind: 'phone-screen',
          title: '',
          start: '2026-03-05',
          durationMinutes: null,
          location: '',
          people: '',
          notes: '',
          outcome: 'passed',
        },
      ],
      offer: {
        currency: 'USD',
        offeredOn: null,
        housing: { type: 'provided' },
        relocation: null,
        signOnBonus: null,
        other: [],
        responseDeadlineId: null,
        returnOfferProspects: '',
      },
    });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Stripe');
    expect(within(dialog).getByLabelText('Housing')).toHaveProperty('value', 'provided');
    const event = within(dialog).getByRole('group', { name: 'Event 1' });
    expect(within(event).getByLabelText('Outcome')).toHaveProperty('value', 'passed');

    await user.click(within(dialog).getByRole('button', { name: 'Remove event 1' }));
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Add interview or event' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [after] = await stored(db);
    expect(after).toEqual({ ...added, events: [], updatedAt: after!.updatedAt });
  });
});

describe('leaving the page', () => {
  /** Whether leaving the page now (quitting, reloading) would be stopped to ask. */
  const leavingAsks = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

  it('asks while the form holds work, and not once it is closed or empty', async () => {
    askBeforeLeavingUnsavedWork(window);
    const { user } = renderApp(testDatabase());
    const dialog = await openNewEditor(user);
    expect(leavingAsks()).toBe(false);
    await user.type(within(dialog).getByLabelText('Company'), 'Figma');
    expect(leavingAsks()).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New application' })).toBeNull());
    expect(leavingAsks()).toBe(false);
  });
});

describe('the hours a week of a part-time pay', () => {
  async function editFromDetail(user: UserEvent) {
    await user.click(
      within(screen.getByRole('complementary', { name: 'Nubank' })).getByRole('button', { name: 'Edit' }),
    );
    return screen.findByRole('dialog', { name: 'Edit Nubank' });
  }

  async function editHourly() {
    const db = testDatabase();
    await applicationsRepository(db).add({
      company: 'Nubank',
      role: 'Estágio',
      durationWeeks: 10,
      pay: { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '$20/hour' },
    });
    const { user } = renderApp(db);
    const payShown = () =>
      within(screen.getByRole('complementary', { name: 'Nubank' })).getByRole('region', { name: 'Pay' }).textContent;
    await user.click(await screen.findByText('Nubank'));
    // 40 h/week: $800 a week, $3,466.67 a month, $8,000 over 10 weeks.
    expect(payShown()).toContain('$3,467');
    expect(payShown()).toContain('$8,000');
    const dialog = await editFromDetail(user);
    const hours = within(dialog).getByLabelText('Hours a week') as HTMLInputElement;
    const save = () => user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    return { db, user, dialog, hours, save, payShown };
  }

  it('works the pay out for the hours typed, saved with the pay, and for 40 again once they are emptied', async () => {
    const { db, user, hours, save, payShown } = await editHourly();
    expect(hours.value).toBe('');
    await user.type(hours, '20');
    await save();

    await waitFor(async () => expect((await stored(db))[0]!.pay).toMatchObject({ min: 20, hoursPerWeek: 20 }));
    // 20 h/week: $400 a week, $1,733.33 a month, $4,000 over 10 weeks.
    await waitFor(() => expect(payShown()).toContain('For 20 h/week, as stated'));
    expect(payShown()).toContain('$1,733');
    expect(payShown()).toContain('$4,000');
    expect(payShown()).not.toContain('$8,000');

    const dialog = await editFromDetail(user);
    const again = within(dialog).getByLabelText('Hours a week') as HTMLInputElement;
    expect(again.value).toBe('20');
    await user.clear(again);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored(db))[0]!.pay).not.toHaveProperty('hoursPerWeek'));
    await waitFor(() => expect(payShown()).toContain('$8,000'));
    expect(payShown()).not.toContain('as stated');
  });

  it('refuses hours that are not a number, or more than 80, at the field, and saves nothing', async () => {
    const { db, user, dialog, hours, save } = await editHourly();
    const message = 'Hours a week are a number above 0 and up to 80';
    await user.type(hours, 'lots');
    await save();
    expect(await within(dialog).findByText(`${message} (got 'lots')`)).toBeTruthy();
    expect(hours.getAttribute('aria-invalid')).toBe('true');

    await user.clear(hours);
    await user.type(hours, '90');
    await save();
    await waitFor(() => expect(descriptionOf(hours)).toContain(message));
    expect(descriptionOf(hours)).not.toContain('lots');
    expect((await stored(db))[0]!.pay).not.toHaveProperty('hoursPerWeek');
  });
});

describe('the pay as written, when the pay changes', () => {
  async function editPinterest(raw = '$11,000 monthly') {
    const db = testDatabase();
    await applicationsRepository(db).add({
      company: 'Pinterest',
      role: 'ML Intern',
      durationWeeks: 12,
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw },
    });
    const { user } = renderApp(db);
    const dialog = await openEditorOf(user, 'Pinterest');
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
    return { db, user, dialog, field };
  }

  it('follows the new amounts, saved so, and the details show no other pay', async () => {
    const { db, user, dialog, field } = await editPinterest();
    await user.clear(field('Pay from'));
    await user.type(field('Pay from'), '12000');
    expect(field('Pay as written').value).toBe('$12,000 a month');
    expect(descriptionOf(field('Pay as written'))).toContain('Written from the pay above');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(async () =>
      expect((await stored(db))[0]!.pay).toEqual({
        min: 12000,
        max: 12000,
        currency: 'USD',
        period: 'month',
        raw: '$12,000 a month',
      }),
    );
    const detail = screen.getByRole('complementary', { name: 'Pinterest' });
    const pay = within(detail).getByRole('region', { name: 'Pay' });
    expect(pay.textContent).toContain('As written: “$12,000 a month”');
    expect(pay.textContent).not.toContain('11,000');
  });

  it('follows the period and the currency too, and goes back to the text as written with the pay it wrote', async () => {
    const { user, field } = await editPinterest();
    await user.selectOptions(field('Paid'), 'week');
    expect(field('Pay as written').value).toBe('$11,000 a week');
    await user.clear(field('Currency'));
    await user.type(field('Currency'), 'EUR');
    expect(field('Pay as written').value).toBe('€11,000 a week');
    await user.clear(field('Currency'));
    await user.type(field('Currency'), 'USD');
    await user.selectOptions(field('Paid'), 'month');
    expect(field('Pay as written').value).toBe('$11,000 monthly');
  });

  it('keeps a text the student wrote, whatever the amounts then say', async () => {
    const { user, field } = await editPinterest();
    await user.clear(field('Pay as written'));
    await user.type(field('Pay as written'), 'About 12k a month');
    await user.clear(field('Pay from'));
    await user.type(field('Pay from'), '12000');
    expect(field('Pay as written').value).toBe('About 12k a month');
  });

  it('leaves an empty one empty: it says no other pay', async () => {
    const { user, field } = await editPinterest('');
    await user.clear(field('Pay from'));
    await user.type(field('Pay from'), '12000');
    expect(field('Pay as written').value).toBe('');
  });
});

describe('Currency, when Pay from writes one', () => {
  it('follows the currency Pay from writes while it was left as the form opened it, and saves what it shows', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
    await user.type(field('Company'), 'Monzo');
    await user.type(field('Role'), 'Backend Intern');
    const opened = field('Currency').value;
    await user.type(field('Pay from'), '€1,800 a month');
    expect(field('Currency').value).toBe('EUR');
    expect(descriptionOf(field('Currency'))).toBe('As Pay from writes it');
    await user.clear(field('Pay from'));
    expect(field('Currency').value).toBe(opened);
    await user.type(field('Pay from'), '£20/hour');
    expect(field('Currency').value).toBe('GBP');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(async () =>
      expect((await stored(db))[0]!.pay).toMatchObject({ min: 20, max: 20, currency: 'GBP', period: 'hour' }),
    );
  });

  it('keeps a currency the student typed', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
    await user.clear(field('Currency'));
    await user.type(field('Currency'), 'CHF');
    await user.type(field('Pay from'), '4000');
    expect(field('Currency').value).toBe('CHF');
    expect(descriptionOf(field('Currency'))).toBe('');
  });
});

describe('Paid, when Pay from states a period', () => {
  it('follows the period read from Pay from while it was left open, and saves what it shows', async () => {
    // tester31: "₹15,000/month" read as per month under Pay from, Paid still "Not stated".
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
    await user.type(field('Company'), 'Zeta');
    await user.type(field('Role'), 'SDE Intern');
    await user.type(field('Pay from'), '₹500 a week');
    expect(field('Paid').value).toBe('week');
    await user.clear(field('Pay from'));
    expect(field('Paid').value).toBe('');
    await user.type(field('Pay from'), '₹15,000/month');
    expect(descriptionOf(field('Pay from'))).toBe('Read as ₹15,000 per month');
    expect(field('Paid').value).toBe('month');
    expect(descriptionOf(field('Paid'))).toBe('As Pay from states it');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(async () =>
      expect((await stored(db))[0]!.pay).toEqual({
        min: 15000,
        max: 15000,
        currency: 'INR',
        period: 'month',
        raw: '₹15,000/month',
      }),
    );
  });

  it('keeps a period the student chose, and asks when Pay from then says another', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
    await user.type(field('Company'), 'Zeta');
    await user.type(field('Role'), 'SDE Intern');
    await user.type(field('Pay from'), '15000');
    await user.selectOptions(field('Paid'), 'per month');
    await user.clear(field('Pay from'));
    await user.type(field('Pay from'), '₹500 a week');
    expect(field('Paid').value).toBe('month');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(descriptionOf(field('Paid'))).toBe("Paid: '₹500 a week' is per week, but Paid says per month");
    expect(await db.applications.count()).toBe(0);
  });
});
