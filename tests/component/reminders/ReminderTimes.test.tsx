// How the reminder centre says when a reminder comes: its time with the zone, as the details say
// it, and how far off by calendar days, as the table counts them (under a day, by the clock).
process.env.TZ = 'America/Los_Angeles';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApplication } from '../applicationFixture';
import { toInstant } from '@shared/calendarDate';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { toRow } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { relativeTime } from '../../../renderer/src/features/reminders/relativeTime';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop } from './testDesktop';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => true }));
vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./testDesktop')).testDesktop,
}));

/** Saturday, Dec 5, 7:30 AM. */
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
      'Comes Sun, Dec 6, 2026, 8:59 PM PST (tomorrow)',
      'Comes Tue, Dec 8, 2026, 8:59 PM PST (in 3 days)',
      'Comes Wed, Dec 9, 2026, 5:59 PM PST (in 4 days)',
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

  it('say a distance as a reminder’s title says it, at every distance', () => {
    // The title counts from when the reminder is shown to the deadline, the centre from now to
    // when a reminder comes: the same distance must read the same in both. Each deadline is
    // reminded in the quiet hours, an hour at most before 08:00, so it is shown at 08:00 sharp.
    const shown = new Date(2026, 11, 7, 8, 0);
    const settings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: true, start: '22:00', end: '08:00' } };
    const distances: [seconds: number, words: string][] = [
      [0, 'now'],
      [20, 'now'],
      [50, 'in 1 minute'],
      [40 * 60, 'in 40 minutes'],
      [59 * 60, 'in 59 minutes'],
      [60 * 60, 'in 1 hour'],
      [(2 * 60 + 44) * 60, 'in 2 hours'],
      [(2 * 60 + 45) * 60, 'in 3 hours'],
      [(2 * 60 + 50) * 60, 'in 3 hours'],
      [(5 * 60 + 31) * 60, 'in 5 hours'],
      [(23 * 60 + 44) * 60, 'in 23 hours'],
      [(23 * 60 + 50) * 60, 'in 24 hours'],
      [25 * 60 * 60, 'tomorrow'],
      [(3 * 24 + 2) * 60 * 60, 'in 3 days'],
    ];
    for (const [seconds, words] of distances) {
      const due = new Date(shown.getTime() + seconds * 1000);
      const acme = anApplication('acme', {
        company: 'Acme',
        deadlines: [{ id: 'oa', kind: 'assessment', at: toInstant(due), label: '', done: false }],
      });
      const leadTimes = [{ amount: Math.floor(seconds / 3600) + 1, unit: 'hours' as const }];
      const [reminder] = planReminders([acme], { ...settings, deadlines: { enabled: true, leadTimes } }, NOW, US_DATES);
      expect(reminder!.fireAt).toBe(toInstant(shown));
      expect([reminder!.title, relativeTime(reminder!.targetAt, shown)]).toEqual([
        `Acme: Assessment due ${words}`,
        words,
      ]);
    }
  });
});
