// The calendar in the whole window, on a real (fake-indexeddb) database: the month grid and its
// keyboard, items opening their application beside it, the search and filters of the table,
// the agenda, reminders when asked for, and changes showing without a reload.
process.env.TZ = 'America/Los_Angeles';

import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, ApplicationEvent } from '@shared/application';
import { DEFAULT_PIPELINE, stageById } from '@shared/pipeline';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { withStageChange } from '@shared/stageHistory';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { toRow } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { useCalendarStore } from '../../../renderer/src/features/calendar/calendarStore';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { resetTestDesktop } from '../reminders/testDesktop';
import { anEvent as anyEvent } from '../../support/anEvent';

// Start-up is over at once here: the reminders are planned without waiting for the table.
vi.mock('../../../renderer/src/components/useAfterStartup', () => ({ useAfterStartup: () => true }));
vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('../reminders/testDesktop')).testDesktop,
}));

// Monday, March 2, 2026, 10:00 in Los Angeles.
const NOW = new Date('2026-03-02T10:00:00-08:00');
/** The window does a lot at once on a busy machine: waits are for what a user would see, however long. */
const eventually = (check: () => void) => waitFor(check);
const SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

/** An online assessment. */
const anEvent = (id: string, start: string, extra: Partial<ApplicationEvent> = {}): ApplicationEvent =>
  anyEvent(id, start, { kind: 'online-assessment', ...extra });

const STRIPE = anApplication('stripe', {
  company: 'Stripe',
  role: 'Software Engineering Intern',
  deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-16', label: '', done: false }],
  events: [anEvent('oa', '2026-03-05T17:00:00-08:00')],
  cohorts: [{ id: 'spring', start: '2026-03-30', end: '2026-06-19', label: '' }],
});
const FIGMA = anApplication('figma', {
  company: 'Figma',
  role: 'Product Design Intern',
  deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-05', label: 'Portfolio', done: false }],
});

async function databaseWith(apps: Application[]) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  await writeSetting(db, reminderSettingsSetting, SETTINGS);
  return db;
}

/** Opens the calendar the way a user does, with Ctrl+3, once the applications are read. */
async function openCalendar(apps: Application[]) {
  const db = await databaseWith(apps);
  const app = renderApp(db);
  await screen.findByRole('grid', { name: 'Applications' });
  await app.user.keyboard('{Control>}3{/Control}');
  const grid = await screen.findByRole('grid', { name: 'March 2026' });
  return { ...app, db, grid };
}

const cell = (name: string) => screen.getByRole('gridcell', { name: new RegExp(`^${name}`) });
const itemsIn = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));
const focusedName = () => {
  const focused = document.activeElement as HTMLElement | null;
  if (focused?.getAttribute('role') === 'gridcell') return focused.querySelector('.visually-hidden')?.textContent;
  return focused?.getAttribute('aria-label') ?? focused?.textContent;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  resetTestDesktop();
  useCalendarStore.setState(useCalendarStore.getInitialState(), true);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the month grid', () => {
  it('shows each item on its day, named in words, with today marked and the days of other months dimmed', async () => {
    await openCalendar([STRIPE, FIGMA]);
    expect(itemsIn(cell('Thursday, March 5, 2026, 2 items'))).toEqual([
      'Figma: Portfolio',
      '5:00 PM Stripe: Online assessment',
    ]);
    expect(itemsIn(cell('Monday, March 16, 2026, 1 item'))).toEqual(['Stripe: Application deadline']);
    expect(itemsIn(cell('Monday, March 30, 2026, 1 item'))).toEqual(['Stripe: Internship starts']);
    const today = cell('Monday, March 2, 2026, no items');
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.className).toContain('today');
    expect(cell('Saturday, April 4, 2026').className).toContain('outside');
    expect(cell('Tuesday, March 31, 2026').className).not.toContain('outside');
    // Weeks start on Sunday for en-US, and the legend says every kind in words.
    expect(screen.getAllByRole('columnheader').map((h) => h.getAttribute('aria-label'))).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Deadline',
      'Interview or event',
      'Internship starts',
      'Internship ends',
      'Follow-up',
      'Done or cancelled',
    ]);
  });

  it('starts the week where the locale does', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    await openCalendar([STRIPE]);
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('aria-label')).toBe('Monday');
    // March 1, 2026 is a Sunday: the first row begins with the Monday before it.
    expect(within(screen.getAllByRole('row')[1]!).getAllByRole('gridcell')[0]!.dataset.day).toBe('2026-02-23');
    vi.restoreAllMocks();
  });

  it('moves by day, week and month with the keyboard, one cell in the tab order', async () => {
    const { user } = await openCalendar([STRIPE]);
    const today = cell('Monday, March 2, 2026');
    expect(today.tabIndex).toBe(0);
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);
    today.focus();

    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('Tuesday, March 3, 2026, no items');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('Tuesday, March 17, 2026, no items');
    await user.keyboard('{ArrowLeft}');
    expect(focusedName()).toBe('Monday, March 16, 2026, 1 item');
    await user.keyboard('{End}');
    expect(focusedName()).toBe('Saturday, March 21, 2026, no items');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('Sunday, March 15, 2026, no items');
    await user.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('Sunday, March 8, 2026, no items');

    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('grid', { name: 'April 2026' })).toBeTruthy();
    expect(focusedName()).toBe('Wednesday, April 8, 2026, no items');
    await user.keyboard('{Shift>}{PageUp}{/Shift}');
    expect(await screen.findByRole('grid', { name: 'April 2025' })).toBeTruthy();
    await user.keyboard('{Shift>}{PageDown}{/Shift}{PageUp}');
    expect(await screen.findByRole('grid', { name: 'March 2026' })).toBeTruthy();
    expect(focusedName()).toBe('Sunday, March 8, 2026, no items');
    // Arrowing past the end of the month turns the page.
    cell('Tuesday, March 31, 2026').focus();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('grid', { name: 'April 2026' })).toBeTruthy();
    expect(focusedName()).toBe('Tuesday, April 7, 2026, no items');
  });

  it('goes into a day with Enter, between its items with the arrows, and back out with Escape', async () => {
    const { user } = await openCalendar([STRIPE, FIGMA]);
    cell('Thursday, March 5, 2026').focus();
    await user.keyboard('{Enter}');
    expect(focusedName()).toBe('Figma: Portfolio');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('5:00 PM Stripe: Online assessment');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('5:00 PM Stripe: Online assessment');
    await user.keyboard('{ArrowUp}{Escape}');
    expect(focusedName()).toBe('Thursday, March 5, 2026, 2 items');
  });

  it('opens the application beside the calendar with Enter, and gives focus back when its details close', async () => {
    const { user } = await openCalendar([STRIPE, FIGMA]);
    cell('Thursday, March 5, 2026').focus();
    await user.keyboard('{Enter}{ArrowDown}{Enter}');
    const details = await screen.findByRole('complementary', { name: 'Stripe' });
    expect(useUiStore.getState().view).toBe('calendar');
    expect(screen.getByRole('grid', { name: 'March 2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '5:00 PM Stripe: Online assessment' }).className).toContain('selected');

    await user.click(within(details).getByRole('button', { name: 'Close details' }));
    await eventually(() => expect(screen.queryByRole('complementary', { name: 'Stripe' })).toBeNull());
    expect(focusedName()).toBe('5:00 PM Stripe: Online assessment');
  });

  it('closes the details with Escape from an item, as on the board, and leaves the items with the next', async () => {
    const { user } = await openCalendar([STRIPE, FIGMA]);
    cell('Thursday, March 5, 2026').focus();
    await user.keyboard('{Enter}{ArrowDown}{Enter}');
    await screen.findByRole('complementary', { name: 'Stripe' });
    screen.getByRole('button', { name: '5:00 PM Stripe: Online assessment' }).focus();
    // The first Escape closes the details, the item keeping focus; the next leaves the day's items.
    await user.keyboard('{Escape}');
    await eventually(() => expect(screen.queryByRole('complementary', { name: 'Stripe' })).toBeNull());
    expect(focusedName()).toBe('5:00 PM Stripe: Online assessment');
    await user.keyboard('{Escape}');
    expect(focusedName()).toBe('Thursday, March 5, 2026, 2 items');
  });

  it('opens with a click too', async () => {
    const { user } = await openCalendar([STRIPE, FIGMA]);
    await user.click(screen.getByRole('button', { name: 'Figma: Portfolio' }));
    expect(await screen.findByRole('complementary', { name: 'Figma' })).toBeTruthy();
  });

  it('shows "+N more" when a day holds more than fits, and opens the whole day', async () => {
    const many = ['Acme', 'Bolt', 'Cobalt', 'Delta', 'Echo'].map((company) =>
      anApplication(company.toLowerCase(), {
        company,
        deadlines: [{ id: 'd', kind: 'application', at: '2026-03-18', label: '', done: false }],
      }),
    );
    const { user } = await openCalendar(many);
    const day = cell('Wednesday, March 18, 2026, 5 items');
    expect(
      within(day)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Acme: Application deadline', 'Bolt: Application deadline', '+3 more']);
    await user.click(within(day).getByRole('button', { name: '+3 more' }));
    expect(focusedName()).toBe('Cobalt: Application deadline');
    const popover = day.querySelector<HTMLElement>('.day-popover')!;
    expect(itemsIn(popover)).toEqual(many.map((app) => `${app.company}: Application deadline`));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('Echo: Application deadline');
    await user.keyboard('{Escape}');
    expect(day.querySelector('.day-popover')).toBeNull();
    expect(focusedName()).toBe('Wednesday, March 18, 2026, 5 items');
    // Enter on a full day opens it too.
    await user.keyboard('{Enter}');
    expect(focusedName()).toBe('Acme: Application deadline');
    expect(day.querySelector('.day-popover')).not.toBeNull();
  });

  it('moves by month with the toolbar, and comes back to today', async () => {
    const { user } = await openCalendar([STRIPE]);
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('grid', { name: 'April 2026' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('grid', { name: 'February 2026' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(await screen.findByRole('grid', { name: 'March 2026' })).toBeTruthy();
  });
});

describe('what the calendar shows', () => {
  it('follows the search box and the filters of the table', async () => {
    const archived = anApplication(
      'old',
      { company: 'Oldco', deadlines: [{ id: 'd', kind: 'application', at: '2026-03-05', label: '', done: false }] },
      { archivedAt: '2026-02-01T10:00:00-08:00' },
    );
    const { user } = await openCalendar([STRIPE, FIGMA, archived]);
    expect(itemsIn(cell('Thursday, March 5, 2026'))).toHaveLength(2);

    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'figma');
    await eventually(() => expect(itemsIn(cell('Thursday, March 5, 2026'))).toEqual(['Figma: Portfolio']));
    expect(itemsIn(cell('Monday, March 16, 2026'))).toEqual([]);
    expect(screen.getByText('1 of 3 applications')).toBeTruthy();
    // Searching from the calendar keeps the calendar.
    await user.keyboard('{Control>}f{/Control}');
    expect(useUiStore.getState().view).toBe('calendar');

    await user.clear(screen.getByRole('searchbox', { name: 'Search applications' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await eventually(() =>
      expect(itemsIn(cell('Thursday, March 5, 2026'))).toEqual([
        'Figma: Portfolio',
        'Oldco: Application deadline',
        '5:00 PM Stripe: Online assessment',
      ]),
    );
  });

  it('shows a change to an application without a reload', async () => {
    const { db } = await openCalendar([STRIPE]);
    await applicationsRepository(db).update(
      {
        ...STRIPE,
        deadlines: [{ ...STRIPE.deadlines[0]!, at: '2026-03-20' }],
      },
      STRIPE,
    );
    await eventually(() => expect(itemsIn(cell('Friday, March 20, 2026'))).toEqual(['Stripe: Application deadline']));
    expect(itemsIn(cell('Monday, March 16, 2026'))).toEqual([]);
  });

  it('keeps only what came before today of an application that is closed', async () => {
    const rejected = withStageChange(
      anApplication('datadog', {
        company: 'Datadog',
        deadlines: [
          { id: 'past', kind: 'assessment', at: '2026-03-01', label: '', done: true },
          { id: 'ahead', kind: 'application', at: '2026-03-16', label: '', done: false },
        ],
      }),
      { id: 'no', stage: stageById(DEFAULT_PIPELINE, 'rejected')!, at: '2026-03-02T09:00:00-08:00', note: '' },
      '2026-03-02T09:00:00-08:00',
    );
    await openCalendar([rejected]);
    expect(itemsIn(cell('Sunday, March 1, 2026'))).toEqual(['Datadog: Assessment due (done)']);
    expect(itemsIn(cell('Monday, March 16, 2026'))).toEqual([]);
  });

  it('shows the day of the follow-up rule once the reminder settings turn it on', async () => {
    const applied = withStageChange(
      anApplication('acme', { company: 'Acme' }),
      { id: 'applied', stage: stageById(DEFAULT_PIPELINE, 'applied')!, at: '2026-03-02T09:00:00-08:00', note: '' },
      '2026-03-02T09:00:00-08:00',
    );
    const { db } = await openCalendar([applied]);
    expect(itemsIn(cell('Monday, March 9, 2026'))).toEqual([]);
    await writeSetting(db, reminderSettingsSetting, {
      ...SETTINGS,
      followUps: { enabled: true, afterApplying: { enabled: true, days: 7 } },
    });
    await eventually(() => expect(itemsIn(cell('Monday, March 9, 2026'))).toEqual(['Acme: Follow up']));
  });

  it('shows when reminders will come, as their own kind, with "Show reminders"', async () => {
    const { user } = await openCalendar([STRIPE]);
    expect(screen.queryByRole('button', { name: /\(reminder\)/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show reminders' }));
    // Stripe's assessment at 17:00 on March 5: reminders 1 day and 1 hour before it.
    await eventually(() =>
      expect(itemsIn(cell('Wednesday, March 4, 2026'))).toEqual([
        '5:00 PM Stripe: Online assessment tomorrow (reminder)',
      ]),
    );
    // By time of day: the reminder an hour before, then the assessment itself.
    expect(itemsIn(cell('Thursday, March 5, 2026'))).toEqual([
      '4:00 PM Stripe: Online assessment in 1 hour (reminder)',
      '5:00 PM Stripe: Online assessment',
    ]);
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('Reminder')).toBeTruthy();
  });
});

describe('the agenda', () => {
  it('lists the coming four weeks by day, today always, each item with its time and kind in words', async () => {
    const { user } = await openCalendar([STRIPE, FIGMA]);
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    const agenda = await screen.findByRole('region', { name: 'Mar 2 – Mar 29, 2026' });
    const days = within(agenda)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(days[0]).toContain('Monday, March 2, 2026, today');
    expect(days).toHaveLength(3);
    expect(days[1]).toContain('Thursday, March 5, 2026');
    expect(days[2]).toContain('Monday, March 16, 2026');
    expect(within(agenda).getByText('Nothing today.')).toBeTruthy();
    // The cohort start on March 30 is past these four weeks.
    expect(
      within(agenda)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Figma: Portfolio', '5:00 PM Stripe: Online assessment', 'Stripe: Application deadline']);
    const interview = within(agenda).getByRole('button', { name: '5:00 PM Stripe: Online assessment' }).closest('li')!;
    expect(interview.textContent).toContain('5:00 PM');
    expect(interview.textContent).toContain('Software Engineering Intern');
    expect(interview.textContent).toContain('Interview or event');

    // One stop in the tab order; the arrows move through the items.
    const buttons = within(agenda).getAllByRole('button');
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('Stripe: Application deadline');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('Figma: Portfolio');
    await user.keyboard('{End}{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Stripe' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next 4 weeks' }));
    expect(await screen.findByRole('region', { name: 'Mar 30 – Apr 26, 2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stripe: Internship starts' })).toBeTruthy();
  });

  it('names the month before its first listed day when the weeks cross into another month', async () => {
    const notion = anApplication('notion', {
      company: 'Notion',
      deadlines: [{ id: 'apply', kind: 'application', at: '2026-04-02', label: '', done: false }],
    });
    const { user } = await openCalendar([STRIPE, notion]);
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    const march = await screen.findByRole('region', { name: 'Mar 2 – Mar 29, 2026' });
    expect(within(march).queryByText(/^\w+ 2026$/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next 4 weeks' }));
    const agenda = await screen.findByRole('region', { name: 'Mar 30 – Apr 26, 2026' });
    const months = within(agenda).getAllByText(/^\w+ 2026$/);
    expect(months.map((month) => month.textContent)).toEqual(['March 2026', 'April 2026']);
    const [march30, april2] = within(agenda).getAllByRole('heading', { level: 3 });
    const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(april2!.textContent).toContain('Thursday, April 2, 2026');
    expect([before(months[0]!, march30!), before(march30!, months[1]!), before(months[1]!, april2!)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('lists the first ten items of a busy day, and the rest with "Show N more"', async () => {
    const busy = Array.from({ length: 12 }, (_, i) =>
      anApplication(`busy-${i}`, {
        company: `Company ${String(i + 1).padStart(2, '0')}`,
        deadlines: [{ id: 'd', kind: 'application', at: '2026-03-10', label: '', done: false }],
      }),
    );
    const { user } = await openCalendar(busy);
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    const day = (await screen.findByRole('region', { name: 'Tuesday, March 10, 2026' })) as HTMLElement;
    expect(within(day).getAllByRole('listitem')).toHaveLength(10);
    await user.click(within(day).getByRole('button', { name: 'Show 2 more' }));
    expect(within(day).getAllByRole('listitem')).toHaveLength(12);
    expect(focusedName()).toBe('Company 11: Application deadline');
    expect(within(day).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says so when nothing in its weeks matches', async () => {
    const { user } = await openCalendar([STRIPE]);
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'nobody');
    expect(await screen.findByText('Nothing on these days matches the search and filters.', undefined)).toBeTruthy();
  });
});
