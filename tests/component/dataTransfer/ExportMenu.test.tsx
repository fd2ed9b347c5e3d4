// The Export menu on a real (fake-indexeddb) database: reached by keyboard, each file handed
// to the desktop with a message saying where it went, and nothing said when the save dialog
// was cancelled.
import { screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { verifyBackupText } from '../../../renderer/src/features/backups/databaseBackup';
import { csvFormatSetting } from '../../../renderer/src/features/export/csvFormatSetting';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { resetTransferDesktop } from './transferDesktop';
import { databaseWith } from './transferTestKit';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./transferDesktop')).transferDesktop,
}));

// Far ahead, so the deadlines and cohorts are open whenever the tests run.
const APPS: Application[] = [
  anApplication('a', {
    company: 'Stripe',
    role: 'SWE Intern',
    cohorts: [{ id: 'c1', start: '2099-05-18', end: '2099-08-07', label: '' }],
  }),
  anApplication('b', {
    company: 'Figma',
    role: 'Design Intern',
    deadlines: [{ id: 'd1', kind: 'application', at: '2099-03-01T17:00:00Z', label: '', done: false }],
  }),
  anApplication('c', { company: 'Datadog', role: 'SRE Intern' }),
];

async function openMenu(db: AppDatabase) {
  const app = renderApp(db);
  await screen.findByRole('grid', { name: 'Applications' });
  await app.user.click(screen.getByRole('button', { name: /^Export/ }));
  return { ...app, menu: screen.getByRole('menu', { name: 'Export' }) };
}

async function exportWith(db: AppDatabase, item: string) {
  const opened = await openMenu(db);
  await opened.user.click(within(opened.menu).getByRole('menuitem', { name: item }));
  return opened;
}

function csvRows(content: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('the Export menu', () => {
  it('opens from the keyboard, moves with the arrow keys and closes with Escape', async () => {
    resetTransferDesktop();
    const { user } = renderApp(await databaseWith(APPS));
    const button = screen.getByRole('button', { name: /^Export/ });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const items = within(screen.getByRole('menu', { name: 'Export' })).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'CSV summary — all applications',
      'CSV summary — what the table shows',
      'Calendar (.ics)',
      'Backup (.json)',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(items[3]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on a press elsewhere, leaving focus where the press put it, and not on a press inside it', async () => {
    resetTransferDesktop();
    const { user, menu } = await openMenu(await databaseWith(APPS));
    // On the menu between its items, as a press that misses one.
    await user.pointer({ keys: '[MouseLeft]', target: menu });
    expect(screen.getByRole('menu', { name: 'Export' })).toBe(menu);

    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    await user.click(search);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(search);
  });

  it('closes on Tab, and Tab goes on from the button, not from where the menu was drawn', async () => {
    resetTransferDesktop();
    const { user } = renderApp(await databaseWith(APPS));
    const button = screen.getByRole('button', { name: /^Export/ });
    const focusable = [...document.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')];
    const afterButton = focusable[focusable.indexOf(button) + 1];
    button.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Backup (.json)'));
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(afterButton);
  });

  it('saves every application as a CSV summary and says where it went', async () => {
    const desktop = resetTransferDesktop();
    await exportWith(await databaseWith(APPS), 'CSV summary — all applications');
    await screen.findByText(/^Exported 3 applications to Downloads\/internship-applications-\d{4}-\d\d-\d\d\.csv\.$/);
    const [file] = desktop.saved;
    expect(file!.format).toBe('csv');
    expect(file!.content.startsWith('\uFEFFCompany,Role,Term,Employment type,Source,Posting URL,Stage,Phase,')).toBe(
      true,
    );
    // In the table's order (next date first), not the order they were stored in.
    expect(csvRows(file!.content).map((row) => [row.Company, row.Stage, row.Phase])).toEqual([
      ['Figma', 'Wishlist', 'Saved'],
      ['Stripe', 'Wishlist', 'Saved'],
      ['Datadog', 'Wishlist', 'Saved'],
    ]);
  });

  it('saves the CSV summary separated by semicolons, with decimal commas, once that format is picked', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([
      anApplication('a', {
        company: 'Stripe',
        role: 'SWE Intern',
        pay: { min: 14.5, max: 14.5, currency: 'EUR', period: 'hour', raw: '€14.50/hr' },
      }),
    ]);
    await writeSetting(db, csvFormatSetting, 'semicolon');
    await exportWith(db, 'CSV summary — all applications');
    await screen.findByText(/^Exported 1 application to Downloads\//);
    const { content } = desktop.saved[0]!;
    expect(content.startsWith('\uFEFFCompany;Role;Term;')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    const [row] = Papa.parse<Record<string, string>>(content.slice(1), { header: true, delimiter: ';' }).data;
    expect(row).toMatchObject({ Company: 'Stripe', Pay: '€14.50/hr', 'Pay min': '14,5', 'Monthly pay': '2513,33' });
  });

  it('saves what the table shows: its filters and search, in its order', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([
      ...APPS,
      anApplication('d', { company: 'Stripe', role: 'Data Intern' }),
      // Left out by the stage filter.
      anApplication('e', { company: 'Stripe', role: 'Ops Intern' }, { stage: 'applied' }),
    ]);
    useUiStore.setState({ search: 'intern', sort: { key: 'company', direction: 'desc' } });
    useUiStore.getState().filtersChanged({ stageIds: ['wishlist'] });
    const { user } = await exportWith(db, 'CSV summary — what the table shows');
    await screen.findByText(/^Exported 4 applications to Downloads\/internship-applications-filtered-/);
    expect(csvRows(desktop.saved[0]!.content).map((row) => `${row.Company} ${row.Role}`)).toEqual([
      'Stripe SWE Intern',
      'Stripe Data Intern',
      'Figma Design Intern',
      'Datadog SRE Intern',
    ]);
    useUiStore.getState().searchChanged('stripe data');
    desktop.saved.length = 0;
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV summary — what the table shows' }));
    await screen.findByText(/^Exported 1 application to /);
    expect(csvRows(desktop.saved[0]!.content).map((row) => row.Role)).toEqual(['Data Intern']);
  });

  it('says so instead of saving an empty file when the table shows nothing', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith(APPS);
    useUiStore.getState().searchChanged('no such company');
    const app = renderApp(db);
    await app.user.click(screen.getByRole('button', { name: /^Export/ }));
    await app.user.click(screen.getByRole('menuitem', { name: 'CSV summary — what the table shows' }));
    await screen.findByText('The table shows no applications with these filters, so there is nothing to export.');
    expect(desktop.saved).toEqual([]);
  });

  it('saves a calendar whose alarms follow the reminder settings', async () => {
    const desktop = resetTransferDesktop();
    // Applied to, so its start is reminded of (a wishlist's is not).
    const stripeApplied = anApplication(
      'a',
      { company: 'Stripe', role: 'SWE Intern', cohorts: APPS[0]!.cohorts },
      { stage: 'applied' },
    );
    const db = await databaseWith([stripeApplied, ...APPS.slice(1)]);
    await writeSetting(db, reminderSettingsSetting, {
      ...DEFAULT_REMINDER_SETTINGS,
      cohortStarts: { enabled: true, daysBefore: [7] },
      deadlines: { enabled: false, leadTimes: [{ amount: 2, unit: 'hours' }] },
    });
    await exportWith(db, 'Calendar (.ics)');
    await screen.findByText(/^Exported 3 calendar events to Downloads\/internship-dates-/);
    const calendar = new ICAL.Component(ICAL.parse(desktop.saved[0]!.content));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
      summary: vevent.getFirstPropertyValue('summary'),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    }));
    expect(events).toEqual([
      // 7 days before, at the reminder time of day (09:00): midnight less 6 days and 15 hours.
      { summary: 'Stripe: Internship starts', alarms: ['-P6DT15H'] },
      { summary: 'Stripe: Internship ends', alarms: [] },
      { summary: 'Figma: Application deadline', alarms: [] },
    ]);
  });

  it('saves a backup that reads back whole', async () => {
    const desktop = resetTransferDesktop();
    await exportWith(await databaseWith(APPS), 'Backup (.json)');
    await screen.findByText(/^Exported a backup of 3 applications to Downloads\/internship-tracker-backup-/);
    const verified = await verifyBackupText(desktop.saved[0]!.content);
    expect(verified.ok && verified.value.data.applications.map((app) => app.company).sort()).toEqual([
      'Datadog',
      'Figma',
      'Stripe',
    ]);
  });

  it('says nothing when the save dialog is cancelled', async () => {
    const desktop = resetTransferDesktop();
    desktop.saveOutcome = () => ({ saved: false });
    await exportWith(await databaseWith(APPS), 'CSV summary — all applications');
    await waitFor(() => expect(desktop.saved).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Export/ }).textContent).toContain('Export'));
    expect(screen.queryByText(/^Exported/)).toBeNull();
  });
});
