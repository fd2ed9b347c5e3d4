// The editor, driven like a user would: what it saves, and how it says what needs fixing.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { validateApplication } from '@shared/validateApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

async function openNewEditor(user: UserEvent): Promise<HTMLElement> {
  await screen.findByRole('region', { name: 'No applications yet' });
  await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Add application' }));
  return screen.getByRole('dialog', { name: 'New application' });
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

async function stored(db: AppDatabase) {
  return (await db.applications.toArray()).map(fromRow);
}

describe('adding an application', () => {
  it('saves company, role, two cohorts and monthly pay as a valid record, and opens it', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openNewEditor(user);

    await user.type(within(dialog).getByLabelText('Company'), 'Pinterest');
    await user.type(within(dialog).getByLabelText('Role'), 'Machine Learning Intern');
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Applied');
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
      status: 'applied',
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '' },
    });
    expect(app!.cohorts.map((c) => [c.start, c.end, c.label])).toEqual([
      ['2026-05-18', '2026-08-07', 'May cohort'],
      ['2026-06-15', '2026-09-04', 'June cohort'],
    ]);
    expect(app!.chosenCohortId).toBe(app!.cohorts[0]!.id);
    expect(app!.statusHistory.map((h) => h.status)).toEqual(['applied']);

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
    expect(descriptionOf(payFrom)).toBe("Pay from: enter a number like 11000 (got 'lots')");
    // Fields without a problem are not marked.
    expect(within(dialog).getByLabelText('Role').getAttribute('aria-invalid')).toBeNull();
    expect(within(cohort).getByLabelText('Starts').getAttribute('aria-invalid')).toBeNull();

    expect(within(dialog).getByRole('alert').textContent).toBe('3 fields need fixing.');
    await waitFor(() => expect(document.activeElement).toBe(company));
    expect(await db.applications.count()).toBe(0);
    expect(screen.getByRole('dialog', { name: 'New application' })).toBe(dialog);
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
  it('saves the changed fields and keeps the status history as it was', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = await repository.add({ company: 'Stripe', role: 'SWE Intern', notes: 'Referral' });
    await repository.changeStatus(added.id, 'applied', { note: 'Online' });
    const before = await repository.changeStatus(added.id, 'interviewing', { note: 'Round 1' });
    const { user } = renderApp(db);

    await user.click(await screen.findByText('Stripe'));
    await user.click(
      within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('button', { name: 'Edit' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Stripe' });
    // The status is changed from the detail panel, with history, not here.
    expect(within(dialog).queryByLabelText('Status')).toBeNull();
    const role = within(dialog).getByLabelText('Role');
    await user.clear(role);
    await user.type(role, 'Backend Engineering Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [after] = await stored(db);
    expect(after).toEqual({ ...before, role: 'Backend Engineering Intern', updatedAt: after!.updatedAt });
    expect(after!.statusHistory.map((h) => [h.status, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Online'],
      ['interviewing', 'Round 1'],
    ]);
    expect(await screen.findByText('Saved Stripe.')).toBeTruthy();
  });

  it('leaves the stored record alone when the edit is cancelled', async () => {
    const db = testDatabase();
    const before = await applicationsRepository(db).add({ company: 'Stripe', role: 'SWE Intern' });
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Stripe'));
    await user.click(
      within(screen.getByRole('complementary', { name: 'Stripe' })).getByRole('button', { name: 'Edit' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Stripe' });
    await user.clear(within(dialog).getByLabelText('Company'));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await stored(db)).toEqual([before]);
  });
});
