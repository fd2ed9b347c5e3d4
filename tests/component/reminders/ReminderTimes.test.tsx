// How the reminder centre says when a reminder comes: its time with the zone, as the details say
// it, and how far off by calendar days, as the table counts them (under a day, by the clock).
process.env.TZ = 'America/Los_Angeles';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApplication } from '../applicationFixture';
import { toInstant } from '@shared/calendarDate';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { toRow } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { relativeTime } from '../../../renderer/src/features/reminders/relativeTime';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop } from './testDesktop';

vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => true }));
vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./testDesktop')).testDesktop,
}));

/** Saturday, Dec 5, 07:30. */
const NOW = new Date(2026, 11, 5, 7, 30);

afterEach(() => {
  vi.useRealTimers();
});

describe('the reminder centre’s times', () => {
  it('say the zone, and "tomorrow" or "in 3 days" by the calendar', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    resetTestDesktop();
    // Due Wednesday at 20:59: reminded 3 days, 1 day and 3 hours before.
    const acme = anApplication('acme', {
      company: 'Acme',
      role: 'Software Intern',
      deadlines: [
        { id: 'oa', kind: 'assessment', at: toInstant(new Date(2026, 11, 9, 20, 59)), label: '', done: false },
      ],
    });
    const db = testDatabase();
    await db.applications.bulkAdd([toRow(acme)]);
    await writeSetting(db, reminderSettingsSetting, {
      ...DEFAULT_REMINDER_SETTINGS,
      quietHours: { enabled: false, start: '22:00', end: '08:00' },
    });
    const { user } = renderApp(db);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: /^Reminders/ }),
    );

    const when = await waitFor(() => {
      const items = within(screen.getByRole('region', { name: 'Upcoming' })).getAllByRole('listitem');
      expect(items).toHaveLength(3);
      return items.map((item) => item.querySelector('.reminder-when')!.textContent);
    });
    expect(when).toEqual([
      'Comes Sun, Dec 6, 2026, 20:59 PST (tomorrow)',
      'Comes Tue, Dec 8, 2026, 20:59 PST (in 3 days)',
      'Comes Wed, Dec 9, 2026, 17:59 PST (in 4 days)',
    ]);
  });

  it('count by the clock under a day, and by the calendar before that', () => {
    const at = (day: number, hours: number, minutes = 0) => new Date(2026, 11, day, hours, minutes).toISOString();
    expect(relativeTime(at(5, 7, 30), NOW)).toBe('now');
    expect(relativeTime(at(5, 8, 10), NOW)).toBe('in 40 minutes');
    expect(relativeTime(at(6, 7, 0), NOW)).toBe('in 23 hours');
    expect(relativeTime(at(4, 20, 0), NOW)).toBe('11 hours ago');
    expect(relativeTime(at(4, 7, 0), NOW)).toBe('yesterday');
    expect(relativeTime(at(2, 9, 0), NOW)).toBe('3 days ago');
  });
});
