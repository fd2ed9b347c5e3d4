// Contacts in the details: each listed by what it has, and its email a mail link only when it is
// one plain address: one stored before addresses were checked may carry a query (?attach=…) and
// is shown as text.
process.env.TZ = 'America/Los_Angeles';

import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '@shared/application';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, toRow } from '../../../renderer/src/db/db';
import { desktop } from '../../../renderer/src/desktop/desktop';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

afterEach(() => {
  vi.restoreAllMocks();
});

const contact = (id: string, name: string, email: string): Contact => ({
  id,
  name,
  role: '',
  email,
  phone: '',
  notes: '',
});

describe('contact emails in the details', () => {
  it('opens a plain address as a mail link and shows one with a query as text', async () => {
    const openExternal = vi.spyOn(desktop, 'openExternal').mockResolvedValue({ ok: true, value: null });
    const db = testDatabase();
    const app = await applicationsRepository(db).add({
      company: 'Pinterest',
      role: 'ML Intern',
      contacts: [contact('c1', 'Ada', 'ada@example.com')],
    });
    // As an earlier version could have stored it.
    const stored = fromRow((await db.applications.get(app.id))!);
    const hostile = contact('c2', 'Eve', 'eve@example.com?attach=/etc/passwd');
    await db.applications.put(toRow({ ...stored, contacts: [...stored.contacts, hostile] }));

    const { user } = renderApp(db);
    await user.click(await screen.findByText('Pinterest'));
    const contacts = within(screen.getByRole('complementary', { name: 'Pinterest' })).getByRole('region', {
      name: 'Contacts',
    });
    await user.click(within(contacts).getByRole('button', { name: 'ada@example.com' }));
    expect(openExternal).toHaveBeenCalledWith('mailto:ada@example.com');
    expect(within(contacts).queryByRole('button', { name: /eve@example\.com/ })).toBeNull();
    expect(contacts.textContent).toContain('eve@example.com?attach=/etc/passwd');
  });

  it('lists a contact by what it has, without a dot before an address that stands alone', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({
      company: 'Ørsted',
      role: 'Graduate Intern',
      contacts: [
        contact('c1', '', 'priya@orsted.dk'),
        { ...contact('c2', '', ''), role: 'Recruiter', phone: '+45 70 12 34 56' },
        { ...contact('c3', 'Jon Berg', 'jon@orsted.dk'), role: 'Team lead' },
      ],
    });
    const { user } = renderApp(db);
    await user.click(await screen.findByText('Ørsted'));
    const contacts = within(screen.getByRole('complementary', { name: 'Ørsted' })).getByRole('region', {
      name: 'Contacts',
    });
    expect(
      within(contacts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['priya@orsted.dk', 'Recruiter · +45 70 12 34 56', 'Jon Berg, Team lead · jon@orsted.dk']);
  });
});
