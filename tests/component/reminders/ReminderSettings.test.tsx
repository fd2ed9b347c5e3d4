// Settings → Reminders on a real database: the defaults, saving (events and the follow-up rule
// included), a message next to each field that needs fixing (and nothing saved), restoring the
// defaults with Undo, and the desktop-only settings.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { hasUnsavedWork } from '../../../renderer/src/components/unsavedWork';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { readSetting, writeSetting } from '../../../renderer/src/db/settings';
import {
  draftFromSettings,
  settingsFromDraft,
  type ReminderSettingsDraft,
} from '../../../renderer/src/features/reminders/reminderSettingsDraft';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { renderSettings } from '../renderSettings';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop, testDesktop } from './testDesktop';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./testDesktop')).testDesktop,
}));

const CUSTOM: ReminderSettings = {
  cohortStarts: { enabled: true, daysBefore: [7] },
  deadlines: { enabled: false, leadTimes: [{ amount: 2, unit: 'hours' }] },
  events: { enabled: true, leadTimes: [{ amount: 2, unit: 'days' }] },
  followUps: { enabled: true, afterApplying: { enabled: true, days: 10 } },
  remindAt: '08:30',
  quietHours: { enabled: false, start: '23:00', end: '07:00' },
};

async function openSettings(db: AppDatabase) {
  const app = renderSettings(db);
  const section = screen.getByRole('region', { name: 'Reminders' });
  await within(section).findByRole('button', { name: 'Save reminder settings' });
  return { ...app, section };
}

const amounts = (section: HTMLElement, name: RegExp) =>
  within(section)
    .getAllByRole('group', { name })
    .map((group) => {
      const amount = within(group).getByRole('textbox') as HTMLInputElement;
      const unit = group.querySelector('select');
      return unit ? `${amount.value} ${unit.value}` : amount.value;
    });

const stored = (db: AppDatabase) => readSetting(db, reminderSettingsSetting);

describe('reminder settings', () => {
  it('start from the defaults: 14, 3 and 1 days before a start; 3 days, 1 day, 3 hours before a deadline; 1 day and 1 hour before an event; follow-up dates but not the rule', async () => {
    resetTestDesktop();
    const { section } = await openSettings(testDatabase());
    expect(
      within(section).getByRole('checkbox', { name: 'Remind me before an internship I applied to starts' }),
    ).toHaveProperty('checked', true);
    expect(amounts(section, /^Start date reminder/)).toEqual(['14', '3', '1']);
    expect(amounts(section, /^Deadline reminder/)).toEqual(['3 days', '1 days', '3 hours']);
    expect(amounts(section, /^Event reminder/)).toEqual(['1 days', '1 hours']);
    expect(
      within(section).getByRole('checkbox', { name: 'Remind me on the follow-up date of an application' }),
    ).toHaveProperty('checked', true);
    expect(
      within(section).getByRole('checkbox', { name: 'Remind me to follow up after applying when nothing has changed' }),
    ).toHaveProperty('checked', false);
    expect(within(section).queryByLabelText('Days after applying')).toBeNull();
    expect(within(section).getByLabelText('Remind about dates at')).toHaveProperty('value', '09:00');
    expect(within(section).getByLabelText('From')).toHaveProperty('value', '22:00');
    expect(within(section).getByLabelText('To')).toHaveProperty('value', '08:00');
  });

  it('focus the row an Add button adds, also past the message that the list is empty', async () => {
    resetTestDesktop();
    const { user, section } = await openSettings(testDatabase());
    await user.click(within(section).getByRole('button', { name: 'Remove event reminder 2' }));
    await user.click(within(section).getByRole('button', { name: 'Remove event reminder 1' }));
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    expect(await within(section).findByText('Add a reminder, or turn event reminders off')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Add an event reminder' }));
    const added = within(section).getByRole('group', { name: 'Event reminder 1' });
    expect(document.activeElement).toBe(within(added).getByLabelText('How long before'));
  });

  it('save what was changed, longest lead time first', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const { user, section } = await openSettings(db);
    await user.click(within(section).getByRole('button', { name: 'Remove deadline reminder 3' }));
    // The last row went: focus moves on to the button after it, not to the top of the page.
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Add a deadline reminder' }));
    await user.click(within(section).getByRole('button', { name: 'Add a deadline reminder' }));
    const added = within(section).getByRole('group', { name: 'Deadline reminder 3' });
    // The row added takes focus, ready to be filled in.
    expect(document.activeElement).toBe(within(added).getByLabelText('How long before'));
    await user.keyboard('12');
    await user.selectOptions(within(added).getByLabelText('Unit'), 'hours');
    await user.click(within(section).getByRole('button', { name: 'Add a start date reminder' }));
    expect(document.activeElement).toBe(
      within(within(section).getByRole('group', { name: 'Start date reminder 4' })).getByLabelText('Days before'),
    );
    await user.keyboard('30');
    await user.click(within(section).getByRole('checkbox', { name: 'No reminders during quiet hours' }));
    expect(within(section).getByText('Unsaved changes')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));

    await waitFor(async () =>
      expect(await stored(db)).toEqual({
        ...DEFAULT_REMINDER_SETTINGS,
        cohortStarts: { enabled: true, daysBefore: [30, 14, 3, 1] },
        deadlines: {
          enabled: true,
          leadTimes: [
            { amount: 3, unit: 'days' },
            { amount: 1, unit: 'days' },
            { amount: 12, unit: 'hours' },
          ],
        },
        quietHours: { ...DEFAULT_REMINDER_SETTINGS.quietHours, enabled: false },
      }),
    );
    expect(await screen.findByText('Reminder settings saved.')).toBeTruthy();
    expect(amounts(section, /^Start date reminder/)).toEqual(['30', '14', '3', '1']);
    await waitFor(() => expect(within(section).queryByText('Unsaved changes')).toBeNull());
  });

  it('say under the time of day when it falls in quiet hours, and when those reminders come', async () => {
    resetTestDesktop();
    const { section, user } = await openSettings(testDatabase());
    const time = within(section).getByLabelText('Remind about dates at');
    const hint = () => document.getElementById(time.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent;
    expect(hint()).toBe('For start dates, deadlines without a time, and follow-ups.');
    await user.clear(time);
    await user.type(time, '07:00');
    expect(hint()).toBe(
      'For start dates, deadlines without a time, and follow-ups. 7:00 AM is in your quiet hours (10:00 PM–8:00 AM): those reminders come at 8:00 AM.',
    );
    await user.click(within(section).getByRole('checkbox', { name: 'No reminders during quiet hours' }));
    expect(hint()).toBe('For start dates, deadlines without a time, and follow-ups.');
  });

  it('keep changes not saved when Settings is left, for its return, until the settings change', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const first = await openSettings(db);
    await first.user.click(within(first.section).getByRole('button', { name: 'Remove start date reminder 1' }));
    first.unmount();

    const back = await openSettings(db);
    expect(amounts(back.section, /^Start date reminder/)).toEqual(['3', '1']);
    expect(within(back.section).getByText('Unsaved changes')).toBeTruthy();
    back.unmount();
    // Kept while Settings is closed: leaving the page now would lose them, so it asks.
    expect(hasUnsavedWork()).toBe(true);

    // Settings changed meanwhile (restored, or saved elsewhere): the old draft would undo them.
    await writeSetting(db, reminderSettingsSetting, CUSTOM);
    const changed = await openSettings(db);
    await waitFor(() => expect(amounts(changed.section, /^Start date reminder/)).toEqual(['7']));
    expect(within(changed.section).queryByText('Unsaved changes')).toBeNull();
    changed.unmount();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('drop changes kept while Settings is away once the settings change, so leaving the page does not ask for them', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const { user, section, leave, comeBack } = await openSettings(db);
    await user.click(within(section).getByRole('button', { name: 'Remove start date reminder 1' }));
    leave();
    expect(hasUnsavedWork()).toBe(true);

    // Changed meanwhile (the Undo of a message, another window): the draft kept would undo it.
    await writeSetting(db, reminderSettingsSetting, CUSTOM);
    await waitFor(() => expect(hasUnsavedWork()).toBe(false));
    comeBack();
    const back = screen.getByRole('region', { name: 'Reminders' });
    await waitFor(() => expect(amounts(back, /^Start date reminder/)).toEqual(['7']));
    expect(within(back).queryByText('Unsaved changes')).toBeNull();
  });

  it('start a row added in days, not in the hours of the row above it', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const { user, section } = await openSettings(db);
    // The defaults end with 3 hours before a deadline and 1 hour before an event.
    await user.click(within(section).getByRole('button', { name: 'Add a deadline reminder' }));
    await user.keyboard('7');
    await user.click(within(section).getByRole('button', { name: 'Add an event reminder' }));
    await user.keyboard('2');
    expect(amounts(section, /^Deadline reminder/)).toEqual(['3 days', '1 days', '3 hours', '7 days']);
    expect(amounts(section, /^Event reminder/)).toEqual(['1 days', '1 hours', '2 days']);
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(async () => {
      const saved = await stored(db);
      expect(saved.deadlines.leadTimes[0]).toEqual({ amount: 7, unit: 'days' });
      expect(saved.events.leadTimes[0]).toEqual({ amount: 2, unit: 'days' });
    });
  });

  it('save event reminders and the follow-up rule', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const { user, section } = await openSettings(db);
    await user.click(within(section).getByRole('button', { name: 'Add an event reminder' }));
    const added = within(section).getByRole('group', { name: 'Event reminder 3' });
    expect(document.activeElement).toBe(within(added).getByLabelText('How long before'));
    await user.type(within(added).getByLabelText('How long before'), '3');
    await user.selectOptions(within(added).getByLabelText('Unit'), 'days');
    await user.click(
      within(section).getByRole('checkbox', { name: 'Remind me to follow up after applying when nothing has changed' }),
    );
    const days = within(section).getByLabelText('Days after applying');
    expect(days).toHaveProperty('value', '7');
    await user.clear(days);
    await user.type(days, '10');
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));

    await waitFor(async () =>
      expect(await stored(db)).toEqual({
        ...DEFAULT_REMINDER_SETTINGS,
        events: {
          enabled: true,
          leadTimes: [
            { amount: 3, unit: 'days' },
            { amount: 1, unit: 'days' },
            { amount: 1, unit: 'hours' },
          ],
        },
        followUps: { enabled: true, afterApplying: { enabled: true, days: 10 } },
      }),
    );
    // The form shows what is stored now.
    await waitFor(() => expect(within(section).queryByText('Unsaved changes')).toBeNull());

    // Follow-up dates off: the rule goes with them (it is kept, for when they are on again).
    await user.click(
      within(section).getByRole('checkbox', { name: 'Remind me on the follow-up date of an application' }),
    );
    expect(within(section).queryByRole('checkbox', { name: /^Remind me to follow up/ })).toBeNull();
    await user.click(
      within(section).getByRole('checkbox', {
        name: 'Remind me before interviews, assessments and other events with a time',
      }),
    );
    expect(within(section).queryByRole('group', { name: /^Event reminder/ })).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(async () => {
      const saved = await stored(db);
      expect(saved.followUps).toEqual({ enabled: false, afterApplying: { enabled: true, days: 10 } });
      expect(saved.events.enabled).toBe(false);
    });
  });

  it('say what to fix next to each field, and save nothing', async () => {
    resetTestDesktop();
    const db = testDatabase();
    await writeSetting(db, reminderSettingsSetting, DEFAULT_REMINDER_SETTINGS);
    const { user, section } = await openSettings(db);
    const field = (group: string, label: string) =>
      within(within(section).getByRole('group', { name: group })).getByLabelText(label) as HTMLInputElement;
    await user.clear(field('Start date reminder 1', 'Days before'));
    await user.type(field('Start date reminder 2', 'Days before'), '.5');
    await user.clear(field('Start date reminder 3', 'Days before'));
    await user.type(field('Start date reminder 3', 'Days before'), '400');
    await user.clear(field('Deadline reminder 2', 'How long before'));
    await user.type(field('Deadline reminder 2', 'How long before'), '3');
    await user.clear(within(section).getByLabelText('To'));
    await user.type(within(section).getByLabelText('To'), '22:00');
    await user.selectOptions(field('Event reminder 2', 'Unit'), 'days');
    await user.click(
      within(section).getByRole('checkbox', { name: 'Remind me to follow up after applying when nothing has changed' }),
    );
    await user.clear(within(section).getByLabelText('Days after applying'));
    await user.type(within(section).getByLabelText('Days after applying'), '120');
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));

    // A lead time given twice is named on both rows, whichever of them was just changed.
    expect(within(section).getByRole('alert').textContent).toBe('9 fields need fixing.');
    expect(within(section).getByText('Enter a number of days')).toBeTruthy();
    expect(within(section).getByText("Enter a whole number of days, like 3 (got '3.5')")).toBeTruthy();
    expect(within(section).getByText('Use at most 365 days (got 400)')).toBeTruthy();
    expect(within(section).getAllByText('3 days before is in the list more than once')).toHaveLength(2);
    expect(within(section).getByText('Quiet hours cannot end at the time they start')).toBeTruthy();
    expect(within(section).getAllByText('1 day before is in the list more than once')).toHaveLength(2);
    const ruleDays = within(section).getByLabelText('Days after applying');
    expect(ruleDays.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(ruleDays.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Follow up 1 to 90 days after applying (got 120)',
    );
    const invalid = field('Start date reminder 3', 'Days before');
    expect(invalid.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(invalid.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Use at most 365 days (got 400)',
    );
    await waitFor(() => expect(document.activeElement).toBe(field('Start date reminder 1', 'Days before')));
    expect(await stored(db)).toEqual(DEFAULT_REMINDER_SETTINGS);

    // Fixing a field takes its message away at once.
    await user.type(field('Start date reminder 1', 'Days before'), '21');
    expect(within(section).queryByText('Enter a number of days')).toBeNull();
    expect(within(section).getByRole('alert').textContent).toBe('8 fields need fixing.');
  });

  it('ask for a reminder, or for the kind to be turned off, when its list is empty', async () => {
    resetTestDesktop();
    const db = testDatabase();
    const { user, section } = await openSettings(db);
    for (let i = 3; i >= 1; i -= 1) {
      await user.click(within(section).getByRole('button', { name: `Remove deadline reminder ${i}` }));
    }
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    expect(within(section).getByText('Add a reminder, or turn deadline reminders off')).toBeTruthy();

    await user.click(within(section).getByRole('checkbox', { name: 'Remind me before deadlines' }));
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(async () => expect((await stored(db)).deadlines).toEqual({ enabled: false, leadTimes: [] }));
    await waitFor(() => expect(within(section).queryByText('Unsaved changes')).toBeNull());

    for (let i = 2; i >= 1; i -= 1) {
      await user.click(within(section).getByRole('button', { name: `Remove event reminder ${i}` }));
    }
    await user.click(within(section).getByRole('button', { name: 'Save reminder settings' }));
    expect(within(section).getByText('Add a reminder, or turn event reminders off')).toBeTruthy();
  });

  it('restore the defaults, and Undo brings back what was there', async () => {
    resetTestDesktop();
    const db = testDatabase();
    await writeSetting(db, reminderSettingsSetting, CUSTOM);
    const { user, section } = await openSettings(db);
    expect(amounts(section, /^Start date reminder/)).toEqual(['7']);

    expect(amounts(section, /^Event reminder/)).toEqual(['2 days']);
    expect(within(section).getByLabelText('Days after applying')).toHaveProperty('value', '10');

    await user.click(within(section).getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await stored(db)).toEqual(DEFAULT_REMINDER_SETTINGS));
    expect(amounts(section, /^Start date reminder/)).toEqual(['14', '3', '1']);
    expect(within(section).queryByLabelText('Days after applying')).toBeNull();

    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('Reminder settings are back to the defaults.');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored(db)).toEqual(CUSTOM));
    expect(await screen.findByText('Your reminder settings are back as they were.')).toBeTruthy();
    await waitFor(() => expect(amounts(section, /^Start date reminder/)).toEqual(['7']));
    expect(within(section).getByLabelText('Remind about dates at')).toHaveProperty('value', '08:30');
    expect(within(section).getByLabelText('Days after applying')).toHaveProperty('value', '10');
  });

  it('show the tray and login settings only in the desktop app, and change them there', async () => {
    resetTestDesktop({ platform: 'browser' });
    const first = await openSettings(testDatabase());
    expect(within(first.section).queryByRole('checkbox', { name: /tray/ })).toBeNull();
    first.unmount();

    const desktop = resetTestDesktop({ platform: 'electron' });
    const { user, section } = await openSettings(testDatabase());
    const tray = await within(section).findByRole('checkbox', {
      name: 'Keep running in the tray when the window is closed',
    });
    expect(tray).toHaveProperty('checked', true);
    expect(within(section).getByRole('checkbox', { name: 'Open at login' })).toHaveProperty('checked', false);

    await user.click(tray);
    await waitFor(() => expect(tray).toHaveProperty('checked', false));
    await user.click(within(section).getByRole('checkbox', { name: 'Open at login' }));
    expect(desktop.settingsUpdates).toEqual([{ closeToTray: false }, { openAtLogin: true }]);
    expect(within(section).getByText(/Closing the window quits the app/)).toBeTruthy();
  });
  it('show a desktop setting’s change at once, and put it back with a message when it fails', async () => {
    resetTestDesktop({ platform: 'electron' });
    const { user, section } = await openSettings(testDatabase());
    const tray = await within(section).findByRole('checkbox', {
      name: 'Keep running in the tray when the window is closed',
    });
    let answer: (result: Awaited<ReturnType<typeof testDesktop.updateDesktopSettings>>) => void = () => undefined;
    vi.spyOn(testDesktop, 'updateDesktopSettings').mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));

    await user.click(tray);
    expect(tray).toHaveProperty('checked', false);
    expect(within(section).getByText(/Closing the window quits the app/)).toBeTruthy();

    answer({ ok: false, error: 'Settings could not be saved: disk full' });
    expect(await screen.findByText('Settings could not be saved: disk full')).toBeTruthy();
    expect(tray).toHaveProperty('checked', true);
  });
});

describe('the reminder settings draft', () => {
  const draft = (patch: Partial<ReminderSettingsDraft>) => ({
    ...draftFromSettings(DEFAULT_REMINDER_SETTINGS),
    ...patch,
  });

  it('reads back the settings it was made from', () => {
    expect(settingsFromDraft(draftFromSettings(DEFAULT_REMINDER_SETTINGS))).toEqual({
      ok: true,
      value: DEFAULT_REMINDER_SETTINGS,
    });
  });

  it('says a lead time cannot be negative, rather than that it is not a whole number', () => {
    const result = settingsFromDraft(draft({ deadlineLeads: [{ key: 1, amount: '-1', unit: 'days' }] }));
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'Reminders come before the date: enter 0 or more days (got -1)',
    ]);
  });

  it('keeps the rows that make sense of a kind turned off, and drops the others without a message', () => {
    const result = settingsFromDraft(
      draft({
        deadlinesEnabled: false,
        deadlineLeads: [
          { key: 1, amount: '2', unit: 'hours' },
          { key: 2, amount: 'soon', unit: 'days' },
          { key: 3, amount: '2', unit: 'hours' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: { ...DEFAULT_REMINDER_SETTINGS, deadlines: { enabled: false, leadTimes: [{ amount: 2, unit: 'hours' }] } },
    });
  });

  it('keeps the number of days of a follow-up rule turned off, or 7 when it is not one', () => {
    const kept = settingsFromDraft(draft({ followUpRuleEnabled: false, followUpRuleDays: '12' }));
    expect(kept.ok && kept.value.followUps).toEqual({ enabled: true, afterApplying: { enabled: false, days: 12 } });
    const dropped = settingsFromDraft(
      draft({ followUpsEnabled: false, followUpRuleEnabled: true, followUpRuleDays: '0' }),
    );
    expect(dropped.ok && dropped.value.followUps).toEqual({
      enabled: false,
      afterApplying: { enabled: true, days: 7 },
    });
  });

  it('asks for a whole number of days from 1 to 90 for the follow-up rule', () => {
    const problems = (days: string) => {
      const result = settingsFromDraft(draft({ followUpRuleEnabled: true, followUpRuleDays: days }));
      return result.ok ? [] : result.issues;
    };
    expect(problems(' ')).toEqual([{ path: 'followUps.afterApplying.days', message: 'Enter a number of days' }]);
    expect(problems('1.5')).toEqual([
      { path: 'followUps.afterApplying.days', message: "Enter a whole number of days, like 7 (got '1.5')" },
    ]);
    expect(problems('0')).toEqual([
      { path: 'followUps.afterApplying.days', message: 'Follow up 1 to 90 days after applying (got 0)' },
    ]);
    expect(problems('-1')).toEqual([
      { path: 'followUps.afterApplying.days', message: 'Follow up 1 to 90 days after applying (got -1)' },
    ]);
    expect(problems('90')).toEqual([]);
  });

  it('keeps the times of quiet hours turned off, or the default times when they are not times', () => {
    const off = settingsFromDraft(draft({ quietEnabled: false, quietStart: '', quietEnd: '06:30' }));
    expect(off.ok && off.value.quietHours).toEqual({ enabled: false, start: '22:00', end: '06:30' });
  });
});
