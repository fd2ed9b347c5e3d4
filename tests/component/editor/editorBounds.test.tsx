// The editor says, next to the field, when a value is outside what a person could mean, and
// saves nothing until it is fixed.
process.env.TZ = 'America/Los_Angeles';

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { testDatabase } from '../testDatabase';

/** The text of the messages an input is described by (its error, its hint). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The editor of a new application, its company and role typed in. */
async function newInitechIntern(db: AppDatabase) {
  const { user } = renderApp(db);
  await screen.findByRole('region', { name: 'No applications yet' });
  await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Add application' }));
  const dialog = screen.getByRole('dialog', { name: 'New application' });
  await user.type(within(dialog).getByLabelText('Company'), 'Initech');
  await user.type(within(dialog).getByLabelText('Role'), 'Intern');
  return { user, dialog };
}

describe('values outside what a person could mean', () => {
  it('are refused next to their fields, and nothing is saved', async () => {
    const db = testDatabase();
    const { user, dialog } = await newInitechIntern(db);
    await user.type(within(dialog).getByLabelText('Pay up to'), '5000000000');
    await user.type(within(dialog).getByLabelText('Duration in weeks'), '0.001');
    await user.type(within(dialog).getByLabelText('Applied on'), '2999-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    await user.type(within(dialog).getByLabelText('Email'), 'ada@example.com?attach=/etc/passwd');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    expect(descriptionOf(within(dialog).getByLabelText('Pay up to'))).toContain(
      'Pay above 1,000,000,000 is not a real amount',
    );
    expect(descriptionOf(within(dialog).getByLabelText('Duration in weeks'))).toContain(
      'Duration is at least one week',
    );
    // A day still to come is no day applied on, whichever century.
    expect(descriptionOf(within(dialog).getByLabelText('Applied on'))).toContain(
      'Applied on is after today: enter the day you applied',
    );
    expect(descriptionOf(within(dialog).getByLabelText('Email'))).toContain(
      'Expected one email address like name@example.com',
    );
    expect(await db.applications.count()).toBe(0);
  });

  it('puts an amount out of range on the field that holds it, not on an empty Pay up to', async () => {
    const db = testDatabase();
    const { user, dialog } = await newInitechIntern(db);
    await user.type(within(dialog).getByLabelText('Pay from'), '99999999999999999999999');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    expect(descriptionOf(within(dialog).getByLabelText('Pay from'))).toContain(
      'Pay above 1,000,000,000 is not a real amount',
    );
    expect(descriptionOf(within(dialog).getByLabelText('Pay up to'))).not.toContain('not a real amount');
    expect(within(dialog).getByLabelText('Pay up to').getAttribute('aria-invalid')).not.toBe('true');
    expect(dialog.textContent).toContain('One field needs fixing.');
    expect(await db.applications.count()).toBe(0);
  });
});
