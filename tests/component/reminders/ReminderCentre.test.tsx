// The reminder centre in the whole window, on a real database and the web build's scheduler:
// what it lists, snooze and dismiss, the way to the application, and the count in the side nav.
import { act, screen, waitFor, within } from '@testing-library/react';
import { addDays, addHours, addMinutes, subDays, subHours } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { planReminders } from '@shared/reminders/reminderPlan';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { formatWhenWithZone } from '../../../renderer/src/components/formatDates';
import { toRow } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { useReminderRevision } from '../../../renderer/src/features/reminders/reminderRevision';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { snoozeChoices } from '../../../renderer/src/features/reminders/snoozeChoices';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop } from './testDesktop';
import { dateWords } from '@shared/dateWords';

const US_DATES = dateWords('en-US');

// Start-up is over at once here: the wait for the table's first screen is not what these test.
vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => true }));
vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./testDesktop')).testDesktop,
}));

const T0 = new Date('2026-03-02T12:00:00Z');
const SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

function withDeadlineAt(company: string, at: Date): Application {
  return anApplication(company.toLowerCase(), {
    company,
    role: 'Software Intern',
    deadlines: [{ id: `${company}-oa`, kind: 'assessment', at: toInstant(at), label: '', done: false }],
  });
}

async function databaseWith(apps: Application[]) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  await writeSetting(db, reminderSettingsSetting, SETTINGS);
  return db;
}

/**
 * Acme's assessment is due in 2 hours; its "3 hours before" reminder was shown an hour ago, as
 * the scheduler would have saved it.
 */
async function acmeReminderShown() {
  const acme = withDeadlineAt('Acme', addHours(T0, 2));
  const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
  const desktop = resetTestDesktop({
    saved: { entries: [{ ...reminder, state: 'fired', firedAt: subHours(T0, 1).toISOString(), snoozedUntil: null }] },
  });
  const db = await databaseWith([acme]);
  return { desktop, db, reminder };
}

async function openReminders(user: ReturnType<typeof renderApp>['user']) {
  await user.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: /^Reminders/ }),
  );
  await screen.findByRole('heading', { name: 'Reminders', level: 2 });
  // The lists, once the scheduler has answered.
  await screen.findByRole('region', { name: 'Upcoming' });
}

const region = (name: string) => screen.getByRole('region', { name });

/** Acme's assessment in two days: its two reminders listed as upcoming, the first returned. */
async function twoUpcomingReminders() {
  const desktop = resetTestDesktop();
  const { user } = renderApp(await databaseWith([withDeadlineAt('Acme', addDays(T0, 2))]));
  await openReminders(user);
  const [first] = await waitFor(() => {
    const found = within(region('Upcoming')).getAllByRole('listitem');
    expect(found).toHaveLength(2);
    return found;
  });
  return { desktop, user, first: first! };
}

/** Acme's shown reminder, dismissed from the reminder centre. */
async function acmeReminderDismissed() {
  const { desktop, db, reminder } = await acmeReminderShown();
  const { user } = renderApp(db);
  await openReminders(user);
  const shown = await within(region('Shown recently')).findByRole('listitem');
  await user.click(within(shown).getByRole('button', { name: `Dismiss ${reminder.title}` }));
  return { desktop, reminder, user };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the reminder centre', () => {
  it('says what will appear there while there is nothing to list', async () => {
    resetTestDesktop();
    const { user } = renderApp(await databaseWith([]));
    await openReminders(user);
    expect(await within(region('Upcoming')).findByText(/Nothing coming up/)).toBeTruthy();
    expect(within(region('Shown recently')).getByText(/Reminders shown in the last 14 days appear here/)).toBeTruthy();
  });

  it('says reminders are being planned, not that nothing is coming up, while a change waits to be planned', async () => {
    resetTestDesktop();
    const { user } = renderApp(await databaseWith([]));
    await openReminders(user);
    await within(region('Upcoming')).findByText(/Nothing coming up/);
    act(() => useReminderRevision.getState().planPending(true));
    expect(within(region('Upcoming')).getByText('Planning reminders…')).toBeTruthy();
    act(() => useReminderRevision.getState().planPending(false));
    expect(await within(region('Upcoming')).findByText(/Nothing coming up/)).toBeTruthy();
  });

  it('says reminders are off when both kinds are turned off, with the way to Settings', async () => {
    resetTestDesktop();
    const db = await databaseWith([]);
    await writeSetting(db, reminderSettingsSetting, {
      ...SETTINGS,
      cohortStarts: { enabled: false, daysBefore: [] },
      deadlines: { enabled: false, leadTimes: [] },
    });
    const { user } = renderApp(db);
    await openReminders(user);
    await user.click(await within(region('Upcoming')).findByRole('button', { name: 'Turn them on in Settings' }));
    expect(useUiStore.getState().view).toBe('settings');
  });

  it('lists upcoming reminders with what they will say and when they come', async () => {
    resetTestDesktop();
    const acme = withDeadlineAt('Acme', addDays(T0, 2));
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);

    const items = await waitFor(() => {
      const found = within(region('Upcoming')).getAllByRole('listitem');
      expect(found).toHaveLength(2);
      return found;
    });
    const expected = planReminders([acme], SETTINGS, T0, US_DATES);
    expect(items.map((item) => item.querySelector('.reminder-title')?.textContent)).toEqual(
      expected.map((r) => r.title),
    );
    expect(items[0]!.textContent).toContain('Acme: Assessment due tomorrow');
    expect(items[0]!.textContent).toMatch(/Comes .* \(tomorrow\)/);
    // Not shown yet, so there is nothing to snooze.
    expect(within(items[0]!).queryByRole('button', { name: /^Snooze/ })).toBeNull();
  });

  it("says the snooze's end as the scheduler keeps it, counted from the click, not from the view's last minute", async () => {
    const { desktop, db, reminder } = await acmeReminderShown();
    const { user } = renderApp(db);
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    // A minute and a second on, before the view's clock has ticked.
    vi.setSystemTime(addMinutes(T0, 1).getTime() + 1_000);
    await user.click(within(shown).getByRole('button', { name: `Snooze ${reminder.title}` }));
    await user.click(within(shown).getByRole('menuitem', { name: '1 hour' }));
    await waitFor(async () =>
      expect((await desktop.saved()).entries.find((e) => e.id === reminder.id)?.state).toBe('snoozed'),
    );
    const saved = (await desktop.saved()).entries.find((e) => e.id === reminder.id)!;
    expect(saved.snoozedUntil).toBe(new Date(addMinutes(T0, 61).getTime() + 1_000).toISOString());
    expect(
      await screen.findByText(`Snoozed until ${formatWhenWithZone(saved.snoozedUntil!)}: ${reminder.summary}`),
    ).toBeTruthy();
  });

  it('snoozes a shown reminder: it moves to upcoming, to come back after the chosen time', async () => {
    const { desktop, db, reminder } = await acmeReminderShown();
    const { user } = renderApp(db);
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    expect(shown.textContent).toContain(reminder.title);

    await user.click(within(shown).getByRole('button', { name: `Snooze ${reminder.title}` }));
    const choices = within(shown).getByRole('menu', { name: 'Snooze for' });
    // Due in 2 hours: only a snooze that comes back before the deadline is offered.
    expect(
      within(choices)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual(['1 hour']);
    await user.click(within(choices).getByRole('menuitem', { name: '1 hour' }));

    await waitFor(() =>
      expect(within(region('Upcoming')).getByRole('listitem').textContent).toContain('Snoozed until'),
    );
    expect(within(region('Shown recently')).queryAllByRole('listitem')).toHaveLength(0);
    const saved = (await desktop.saved()).entries.find((e) => e.id === reminder.id)!;
    expect(saved.state).toBe('snoozed');
    expect(saved.snoozedUntil).toBe(addMinutes(T0, 60).toISOString());
    // The message names the time as the centre does, with its zone.
    const until = formatWhenWithZone(saved.snoozedUntil!);
    expect(await screen.findByText(`Snoozed until ${until}: ${reminder.summary}`)).toBeTruthy();
    expect(within(region('Upcoming')).getByRole('listitem').textContent).toContain(`Snoozed until ${until} (`);
    // No other shown reminder to go on to: focus followed it to its new place, on Snooze.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(within(region('Upcoming')).getByRole('listitem')).getByRole('button', { name: /^Snooze / }),
      ),
    );
  });

  it('after snoozing one of several shown reminders, focus goes on to the next shown one', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const plan = planReminders([acme], SETTINGS, subDays(T0, 3), US_DATES).filter(
      (r) => r.id.endsWith('|3h') || r.id.endsWith('|1d'),
    );
    expect(plan).toHaveLength(2);
    resetTestDesktop({
      saved: {
        entries: plan.map((r) => ({
          ...r,
          state: 'fired' as const,
          firedAt: subHours(T0, 1).toISOString(),
          snoozedUntil: null,
        })),
      },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const [first, second] = await within(region('Shown recently')).findAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: /^Snooze / }));
    await user.click(within(first!).getByRole('menuitem', { name: '1 hour' }));

    await waitFor(() => expect(within(region('Shown recently')).getAllByRole('listitem')).toHaveLength(1));
    expect(second!.contains(document.activeElement)).toBe(true);
  });

  it('opens Snooze from the keyboard as a menu: arrows move between its choices, Enter snoozes, Escape and Tab close it', async () => {
    // Due in two days: its "3 days before" reminder was shown yesterday, and three snoozes are offered.
    const acme = withDeadlineAt('Acme', addDays(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subDays(T0, 3), US_DATES).find((r) => r.id.endsWith('|3d'))!;
    const desktop = resetTestDesktop({
      saved: {
        entries: [{ ...reminder, state: 'fired', firedAt: subDays(T0, 1).toISOString(), snoozedUntil: null }],
      },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    const snooze = within(shown).getByRole('button', { name: `Snooze ${reminder.title}` });
    const choice = (name: string | RegExp) => within(shown).getByRole('menuitem', { name });

    // Enter opens the choices with focus on the first; the arrows, Home and End move between them.
    snooze.focus();
    await user.keyboard('{Enter}');
    const menu = within(shown).getByRole('menu', { name: 'Snooze for' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['1 hour', '3 hours', expect.stringMatching(/^Tomorrow, \d{1,2}:\d\d [AP]M$/)]);
    expect(snooze.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(choice('1 hour'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(choice('3 hours'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(choice(/^Tomorrow/));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(choice('1 hour'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(choice(/^Tomorrow/));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(choice('1 hour'));

    // Escape closes them, back on Snooze; ↓ opens them again; Tab closes them and goes on.
    await user.keyboard('{Escape}');
    expect(within(shown).queryByRole('menu')).toBeNull();
    expect(snooze.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(snooze);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(choice('1 hour'));
    await user.tab();
    expect(within(shown).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(within(shown).getByRole('button', { name: `Dismiss ${reminder.title}` }));

    // Space opens them too; Enter on a choice snoozes for it, and focus follows the reminder.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(snooze);
    await user.keyboard(' ');
    expect(document.activeElement).toBe(choice('1 hour'));
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(within(region('Upcoming')).getAllByRole('listitem')[0]!.textContent).toContain('Snoozed until'),
    );
    const saved = (await desktop.saved()).entries.find((e) => e.id === reminder.id)!;
    expect(saved.snoozedUntil).toBe(addMinutes(T0, 180).toISOString());
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(region('Upcoming')).getByRole('button', { name: `Snooze ${reminder.title}` }),
      ),
    );
  });

  it('dismisses a reminder, which then stays listed as dismissed without actions', async () => {
    const { desktop, reminder } = await acmeReminderDismissed();

    await waitFor(() =>
      expect(within(region('Shown recently')).getByRole('listitem').textContent).toContain('dismissed'),
    );
    const item = within(region('Shown recently')).getByRole('listitem');
    expect(within(item).queryByRole('button', { name: /^(Snooze|Dismiss)/ })).toBeNull();
    expect((await desktop.saved()).entries.find((e) => e.id === reminder.id)!.state).toBe('dismissed');
    // The keyboard keeps its place on what is left of the reminder, not the top of the page.
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: `Open ${reminder.title}` }));
  });

  it('names each Open after its reminder, as Dismiss is, its visible words first', async () => {
    await twoUpcomingReminders();
    const items = within(region('Upcoming')).getAllByRole('listitem');
    const titles = items.map((item) => item.querySelector('.reminder-title')!.textContent!);
    expect(titles[0]).not.toBe(titles[1]);
    items.forEach((item, i) => {
      const open = within(item).getByRole('button', { name: `Open ${titles[i]}` });
      expect([titles[i]!.startsWith('Acme: '), open.textContent]).toEqual([true, 'Open Acme']);
    });
  });

  it('names two shown reminders that read alike by their dates', async () => {
    // Two of Acme's assessments, each reminded "in 3 hours", one an hour after the other.
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const other = { ...acme.deadlines[0]!, id: 'Acme-oa2', at: toInstant(addHours(T0, 1)) };
    const both = { ...acme, deadlines: [...acme.deadlines, other] };
    const shown = planReminders([both], SETTINGS, subHours(T0, 3), US_DATES)
      .filter((r) => r.id.endsWith('|3h'))
      .map((r) => ({ ...r, state: 'fired' as const, firedAt: r.fireAt, snoozedUntil: null }));
    expect(new Set(shown.map((r) => r.title)).size).toBe(1);
    resetTestDesktop({ saved: { entries: shown } });
    const { user } = renderApp(await databaseWith([both]));
    await openReminders(user);
    await waitFor(() => expect(within(region('Shown recently')).getAllByRole('listitem')).toHaveLength(2));
    for (const reminder of shown) {
      const subject = `${reminder.title} (${reminder.body})`;
      expect(within(region('Shown recently')).getByRole('button', { name: `Open ${subject}` })).toBeTruthy();
      expect(within(region('Shown recently')).getByRole('button', { name: `Dismiss ${subject}` })).toBeTruthy();
    }
  });

  it('names alike reminders of two applications of one company, due together, by their roles', async () => {
    resetTestDesktop();
    const step = { ...withDeadlineAt('Google', addDays(T0, 2)), id: 'step', role: 'STEP Intern' };
    const apm = { ...withDeadlineAt('Google', addDays(T0, 2)), id: 'apm', role: 'APM Intern' };
    const { user } = renderApp(await databaseWith([step, apm]));
    await openReminders(user);
    await waitFor(() => expect(within(region('Upcoming')).getAllByRole('listitem')).toHaveLength(4));
    const names = within(region('Upcoming'))
      .getAllByRole('button', { name: /^Dismiss / })
      .map((button) => button.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name!.includes('STEP Intern'))).toHaveLength(names.length / 2);
  });

  it('lists a shown reminder planned away as shown, not dismissed, its snooze said to be off', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    const snoozedUntil = addHours(T0, 1).toISOString();
    resetTestDesktop({
      saved: { entries: [{ ...reminder, state: 'unplanned', firedAt: subHours(T0, 1).toISOString(), snoozedUntil }] },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const item = await within(region('Shown recently')).findByRole('listitem');
    expect(item.textContent).toContain(
      `no longer planned: what it was about changed (its snooze until ${formatWhenWithZone(snoozedUntil)} is off)`,
    );
    expect(item.textContent).not.toContain('dismissed');
    expect(within(item).queryByRole('button', { name: /^(Snooze|Dismiss)/ })).toBeNull();
  });

  it('says once that a shown reminder is no longer planned because its application was deleted', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    resetTestDesktop({
      saved: {
        entries: [{ ...reminder, state: 'unplanned', firedAt: subHours(T0, 1).toISOString(), snoozedUntil: null }],
      },
    });
    const { user } = renderApp(await databaseWith([]));
    await openReminders(user);
    const item = await within(region('Shown recently')).findByRole('listitem');
    expect(item.textContent).toContain('no longer planned: the application was deleted');
    expect(item.textContent).not.toContain('what it was about changed');
    expect(item.textContent!.match(/deleted/g)).toHaveLength(1);
  });

  it('keeps the company shown on Open first in its name when the reminder was planned under another name', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    const title = reminder.title.replace(/^Acme: /, 'Acme Ltd: ');
    resetTestDesktop({
      saved: {
        entries: [{ ...reminder, title, state: 'fired', firedAt: subHours(T0, 1).toISOString(), snoozedUntil: null }],
      },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    expect(within(shown).getByRole('button', { name: `Open Acme: ${title}` }).textContent).toBe('Open Acme');
  });

  it('moves focus on to the next reminder when one is dismissed', async () => {
    const { user, first } = await twoUpcomingReminders();
    await user.click(within(first).getByRole('button', { name: /^Dismiss/ }));

    const left = await waitFor(() => {
      const found = within(region('Upcoming')).getAllByRole('listitem');
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(document.activeElement).toBe(within(left).getByRole('button', { name: /^Open Acme: / }));
  });

  it('undoes a dismiss from its message: a shown reminder is shown again, to snooze or dismiss', async () => {
    const { desktop, reminder, user } = await acmeReminderDismissed();
    // Shown an hour ago: the message says which of Acme's reminders it was.
    const said = `Dismissed the reminder of ${formatWhenWithZone(subHours(T0, 1).toISOString())}: ${reminder.summary}`;
    const message = (await screen.findByText(said)).closest('.toast') as HTMLElement;
    await user.click(within(message).getByRole('button', { name: 'Undo' }));

    await waitFor(() =>
      expect(within(region('Shown recently')).getByRole('button', { name: `Dismiss ${reminder.title}` })).toBeTruthy(),
    );
    expect(within(region('Shown recently')).getByRole('listitem').textContent).not.toContain('dismissed');
    expect((await desktop.saved()).entries.find((e) => e.id === reminder.id)!.state).toBe('fired');
  });

  it('undoes the dismiss of an upcoming reminder: it is listed again, to come at its time', async () => {
    const { desktop, user, first } = await twoUpcomingReminders();
    const title = first.querySelector('.reminder-title')!.textContent!;
    await user.click(within(first).getByRole('button', { name: `Dismiss ${title}` }));
    await waitFor(() => expect(within(region('Upcoming')).getAllByRole('listitem')).toHaveLength(1));
    // Never shown, so not listed as shown.
    expect(within(region('Shown recently')).queryAllByRole('listitem')).toHaveLength(0);
    const dismissed = (await desktop.saved()).entries.find((e) => e.state === 'dismissed')!;
    const said = `Dismissed the reminder of ${formatWhenWithZone(dismissed.fireAt)}: ${dismissed.summary}`;
    const message = screen.getByText(said).closest('.toast') as HTMLElement;
    await user.click(within(message).getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(within(region('Upcoming')).getAllByRole('listitem')).toHaveLength(2));
    expect((await desktop.saved()).entries.every((e) => e.state === 'scheduled')).toBe(true);
  });

  it('says the date of a reminder shown late, as its notification did, not "in 3 hours"', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    // Due an hour ago, shown only now: the app was closed meanwhile.
    resetTestDesktop({
      saved: { entries: [{ ...reminder, state: 'fired', firedAt: T0.toISOString(), snoozedUntil: null }] },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    expect(reminder.title).toMatch(/in 3 hours$/);
    expect(shown.querySelector('.reminder-title')!.textContent).toBe(reminder.summary);
    expect(within(shown).getByRole('button', { name: `Dismiss ${reminder.summary}` })).toBeTruthy();
  });

  it('says a reminder shown since the minute last moved on as shown now, never as still to come', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 3));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    // The view's clock moves once a minute; the scheduler showed it 50 seconds after it last did.
    const firedAt = new Date(T0.getTime() + 50_000).toISOString();
    resetTestDesktop({ saved: { entries: [{ ...reminder, state: 'fired', firedAt, snoozedUntil: null }] } });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const shown = await within(region('Shown recently')).findByRole('listitem');
    expect(shown.textContent).toContain(`Shown ${formatWhenWithZone(firedAt)} (now)`);
  });

  it('opens the application a reminder is about', async () => {
    const { db } = await acmeReminderShown();
    const { user } = renderApp(db);
    await openReminders(user);
    await user.click(await within(region('Shown recently')).findByRole('button', { name: /^Open Acme: / }));
    expect(useUiStore.getState()).toMatchObject({ view: 'applications', selectedId: 'acme' });
    expect(await screen.findByRole('complementary', { name: 'Acme' })).toBeTruthy();
    // Focus is on its row, where Escape closes the details again.
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('row'));
    expect(document.activeElement?.textContent).toContain('Acme');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Acme' })).toBeNull());
  });

  it('shows reminders that fire while it is open', async () => {
    const desktop = resetTestDesktop();
    const { user } = renderApp(await databaseWith([withDeadlineAt('Acme', addDays(T0, 2))]));
    await openReminders(user);
    await waitFor(() => expect(within(region('Upcoming')).getAllByRole('listitem')).toHaveLength(2));

    vi.setSystemTime(addMinutes(addDays(T0, 1), 1));
    // Only Date is faked, so the scheduler's timer would not run: a change (of nothing) makes it
    // look at the clock as the timer would, and it says reminders changed as after any firing.
    await desktop.reminders.applyReminderChanges({ schedules: [], removed: [] });
    await waitFor(() =>
      expect(within(region('Shown recently')).getByRole('listitem').textContent).toContain(
        'Acme: Assessment due tomorrow',
      ),
    );
    expect(within(region('Upcoming')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says which saved reminders were damaged and left out, keeping the rest', async () => {
    const acme = withDeadlineAt('Acme', addHours(T0, 2));
    const reminder = planReminders([acme], SETTINGS, subHours(T0, 2), US_DATES).find((r) => r.id.endsWith('|3h'))!;
    const damaged = { ...reminder, id: 'damaged', fireAt: 'soon' };
    resetTestDesktop({
      saved: {
        entries: [
          { ...reminder, state: 'dismissed', firedAt: subHours(T0, 1).toISOString(), snoozedUntil: null },
          { ...damaged, state: 'scheduled', firedAt: null, snoozedUntil: null },
        ],
      },
    });
    const { user } = renderApp(await databaseWith([acme]));
    await openReminders(user);
    const notices = await screen.findByRole('status', { name: 'Problems with reminders' });
    expect(notices.textContent).toMatch(
      /^1 saved reminder was damaged and left out; the other 1 were kept\. A copy of it as it was is at this browser's storage .*First problem: entries\.\d\.fireAt: /,
    );
    // The dismissed reminder stayed dismissed.
    expect(within(region('Shown recently')).getByText(reminder.title)).toBeTruthy();
    expect(within(region('Shown recently')).queryByRole('button', { name: `Dismiss ${reminder.title}` })).toBeNull();
  });

  it('counts the reminders of the next 7 days beside Reminders in the side nav', async () => {
    resetTestDesktop();
    // Two reminders within the week (1 day and 3 hours before); three more a month away.
    renderApp(await databaseWith([withDeadlineAt('Acme', addDays(T0, 2)), withDeadlineAt('Globex', addDays(T0, 30))]));
    const nav = screen.getByRole('navigation', { name: 'Views' });
    // Its name stays "Reminders", found by that name whatever is due; the count describes it.
    const reminders = within(nav).getByRole('button', { name: 'Reminders' });
    await waitFor(() =>
      expect(document.getElementById(reminders.getAttribute('aria-describedby')!)?.textContent).toBe(
        '2 in the next 7 days',
      ),
    );
    // On screen the count is a bare number: its tooltip says what it counts (tester31).
    expect(reminders.title).toBe('2 reminders in the next 7 days (Ctrl+Shift+R)');
  });
});

describe('snooze choices', () => {
  const now = new Date(2026, 2, 2, 14, 30);
  const farAway = addDays(now, 30).getTime();
  const noQuiet = { enabled: false, start: '22:00', end: '08:00' };
  const quiet = { enabled: true, start: '22:00', end: '07:00' };

  it('offer an hour, three hours, tomorrow at the reminder time and a week', () => {
    expect(snoozeChoices(now, '09:00', farAway, noQuiet)).toEqual([
      { label: '1 hour', minutes: 60 },
      { label: '3 hours', minutes: 180 },
      { label: 'Tomorrow, 9:00 AM', minutes: 18 * 60 + 30 },
      { label: '1 week', minutes: 7 * 24 * 60 },
    ]);
  });

  it('leave out those that come back after what the reminder is about', () => {
    expect(snoozeChoices(now, '09:00', addHours(now, 20).getTime(), noQuiet).map((c) => c.label)).toEqual([
      '1 hour',
      '3 hours',
      'Tomorrow, 9:00 AM',
    ]);
    expect(snoozeChoices(now, '09:00', addMinutes(now, 30).getTime(), noQuiet)).toEqual([]);
  });

  it('end at the end of quiet hours instead of inside them, saying so, and once', () => {
    const late = new Date(2026, 2, 2, 21, 50, 20);
    expect(snoozeChoices(late, '09:00', farAway, quiet)).toEqual([
      // 22:50 and 00:50 are both quiet: both end at 07:00, offered once, in whole minutes rounded up.
      { label: '1 hour: 7:00 AM, after quiet hours', minutes: 9 * 60 + 10 },
      { label: 'Tomorrow, 9:00 AM', minutes: 11 * 60 + 10 },
      { label: '1 week', minutes: 7 * 24 * 60 },
    ]);
  });

  it('leave out a snooze that would only end after quiet hours, after what the reminder is about', () => {
    const evening = new Date(2026, 2, 2, 20, 30);
    const deadline = new Date(2026, 2, 2, 23, 45).getTime();
    // 3 hours would end at 23:30, in quiet hours, so at 07:00: after the deadline.
    expect(snoozeChoices(evening, '09:00', deadline, quiet).map((c) => c.label)).toEqual(['1 hour']);
  });
});
