// Settings → Backups on a real (fake-indexeddb) database: backing up, the list of kept backups,
// restoring from a file or the list after a confirmation that says what changes, a backup of
// the current data first, Undo, and every broken file refused with nothing changed.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { backupText } from '../../../renderer/src/features/backups/databaseBackup';
import type { AppDatabase, SettingRow } from '../../../renderer/src/db/db';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { resetTransferDesktop } from './transferDesktop';
import { databaseWith, fileOf, storedState } from './transferTestKit';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./transferDesktop')).transferDesktop,
}));

const MADE_AT = new Date('2026-11-03T14:02:00Z');
const OLD: Application[] = [
  anApplication('old-1', { company: 'Pinterest', role: 'ML Intern' }),
  anApplication('old-2', { company: 'Spotify', role: 'Data Intern' }),
];
const OLD_SETTINGS: SettingRow[] = [{ key: 'theme', value: 'dark' }];
const NOW: Application[] = [anApplication('now-1', { company: 'Stripe', role: 'SWE Intern' })];
const NOW_SETTINGS: SettingRow[] = [{ key: 'theme', value: 'light' }];

const oldBackupText = () => backupText({ applications: OLD, settings: OLD_SETTINGS }, MADE_AT);

async function openBackups(db: AppDatabase) {
  const app = renderApp(db);
  await app.user.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Settings' }),
  );
  const section = await screen.findByRole('region', { name: 'Backups' });
  await within(section).findByText(/No backups yet|Made/);
  return { ...app, section };
}

async function restoreFile(db: AppDatabase, file: File) {
  const opened = await openBackups(db);
  await opened.user.upload(within(opened.section).getByLabelText('Restore from file…'), file);
  return opened;
}

describe('a file too big to be a backup', () => {
  it('is refused by its size before it is read, naming it, and nothing changes', async () => {
    resetTransferDesktop();
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const file = fileOf('huge.json', await oldBackupText());
    Object.defineProperty(file, 'size', { value: 602 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    const { section } = await restoreFile(db, file);
    expect((await within(section).findByRole('alert')).textContent).toBe(
      "'huge.json' is 602 MB; a backup this app can read is up to 500 MB. Nothing was changed.",
    );
    expect(text).not.toHaveBeenCalled();
    expect((await storedState(db)).applications.map((a) => a.id)).toEqual(['now-1']);
  });
});

describe('what the browser promises to keep', () => {
  const persisted = (value: boolean) =>
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.resolve(value), persist: () => Promise.resolve(value) },
    });
  afterEach(() => Reflect.deleteProperty(navigator, 'storage'));

  it('says when the browser may clear the data, backups kept in it included', async () => {
    resetTransferDesktop();
    persisted(false);
    const { section } = await openBackups(await databaseWith(NOW, NOW_SETTINGS));
    expect((await within(section).findByRole('note')).textContent).toBe(
      'This browser has not promised to keep the app’s data: it may clear it, with the backups kept here, when the disk runs low. Export a backup file now and then to keep a copy of your own.',
    );
  });

  it('says nothing when the data is kept, or in the desktop app', async () => {
    const desktop = resetTransferDesktop();
    persisted(true);
    const first = await openBackups(await databaseWith(NOW, NOW_SETTINGS));
    await waitFor(() => expect(within(first.section).queryByRole('note')).toBeNull());
    first.unmount();
    desktop.platform = 'electron';
    persisted(false);
    const { section } = await openBackups(await databaseWith(NOW, NOW_SETTINGS));
    expect(within(section).queryByRole('note')).toBeNull();
  });
});

describe('backing up', () => {
  it('backs up now and lists the backup with why it was made and what it holds', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const { section, user } = await openBackups(db);
    expect(within(section).getByText('No backups yet.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    await screen.findByText('Backed up 1 application.');
    const row = await within(section).findByRole('row', { name: /Backed up by you/ });
    expect(row.textContent).toContain('1 application, 1 setting');
    expect(desktop.written.map((w) => w.reason)).toEqual(['manual']);
  });

  it('says on the button it is backing up while it does, with the buttons off (and focus kept) until it is done', async () => {
    const desktop = resetTransferDesktop();
    let release = () => {};
    desktop.writeGate = new Promise((resolve) => (release = resolve));
    const { section, user } = await openBackups(await databaseWith(NOW));
    const backUpNow = within(section).getByRole('button', { name: 'Back up now' });
    backUpNow.focus();
    await user.keyboard('{Enter}');
    // The button pressed says it, where a second press lands: it is visibly refused.
    expect(await within(section).findByRole('button', { name: 'Backing up…' })).toBe(backUpNow);
    expect(backUpNow.getAttribute('aria-disabled')).toBe('true');
    expect(within(section).getByRole('button', { name: 'Export backup file…' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    // Pressed again meanwhile, it starts nothing.
    await user.keyboard('{Enter}');
    expect(backUpNow.textContent).toBe('Backing up…');
    release();
    await screen.findByText('Backed up 1 application.');
    await waitFor(() => expect(backUpNow.textContent).toBe('Back up now'));
    expect(within(section).queryByText('Backing up…')).toBeNull();
    expect(backUpNow.getAttribute('aria-disabled')).toBe('false');
    expect(document.activeElement).toBe(backUpNow);
    expect(desktop.written).toHaveLength(1);
  });

  it('exports a backup file', async () => {
    const desktop = resetTransferDesktop();
    const { section, user } = await openBackups(await databaseWith(NOW));
    await user.click(within(section).getByRole('button', { name: 'Export backup file…' }));
    await screen.findByText(/^Exported a backup of 1 application to Downloads\/internship-tracker-backup-/);
    expect(desktop.saved.map((file) => file.format)).toEqual(['json']);
  });
});

describe('restoring', () => {
  it('says what will change, backs up the current data, replaces it and can be undone', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const before = await storedState(db);
    const { user } = await restoreFile(db, fileOf('backup.json', await oldBackupText(), 'application/json'));
    const confirmation = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(confirmation.textContent).toContain('Replaces 1 application with 2 from ');
    expect(confirmation.textContent).toContain("Your pipeline stages and settings are replaced by the backup's too.");
    await user.click(within(confirmation).getByRole('button', { name: 'Replace my data' }));
    const toast = await screen.findByText(/^Restored 2 applications from the backup of /);

    expect(await storedState(db)).toEqual({ applications: OLD, settings: OLD_SETTINGS });
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-restore']);
    expect(JSON.parse(desktop.written[0]!.json).data).toEqual(before);

    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedState(db)).toEqual(before));
    // What the restore brought (and anything done since) is backed up before Undo replaces it.
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-restore', 'before-restore']);
    expect(JSON.parse(desktop.written[1]!.json).data).toEqual({ applications: OLD, settings: OLD_SETTINGS });
  });

  it('restores a backup from the list', async () => {
    const desktop = resetTransferDesktop();
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'daily');
    const db = await databaseWith(NOW);
    const { section, user } = await openBackups(db);
    const row = await within(section).findByRole('row', { name: /Daily/ });
    expect(row.textContent).toContain('2 applications, 1 setting');
    await user.click(within(row).getByRole('button', { name: /^Restore the backup of / }));
    const confirmation = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(confirmation).getByRole('button', { name: 'Replace my data' }));
    await screen.findByText(/^Restored 2 applications/);
    expect((await storedState(db)).applications).toEqual(OLD);
  });

  it('names each Restore by its time and kind, to the second where two of a kind share a minute', async () => {
    // A restore's own backup, then two by the student, all in one minute.
    const times = ['2026-12-05T15:29:10Z', '2026-12-05T15:29:20Z', '2026-12-05T15:29:40Z'].map((t) => new Date(t));
    const desktop = resetTransferDesktop({ now: () => times.shift()! });
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'before-restore');
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'manual');
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'manual');
    const { section } = await openBackups(await databaseWith(NOW));
    await within(section).findByRole('row', { name: /Before a restore/ });

    const names = within(section)
      .getAllByRole('button', { name: /^Restore the backup of / })
      .map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual([
      expect.stringMatching(/^Restore the backup of Dec 5, 2026, \d{1,2}:29:40 [AP]M: Backed up by you$/),
      expect.stringMatching(/^Restore the backup of Dec 5, 2026, \d{1,2}:29:20 [AP]M: Backed up by you$/),
      expect.stringMatching(/^Restore the backup of Dec 5, 2026, \d{1,2}:29 [AP]M: Before a restore$/),
    ]);
  });

  it('names apart two of a kind made in the same second by which came first', async () => {
    // Two by the student within one second, and a daily one in it, told apart by its kind.
    const times = ['2026-12-05T15:29:14.100Z', '2026-12-05T15:29:14.400Z', '2026-12-05T15:29:14.700Z'];
    const desktop = resetTransferDesktop({ now: () => new Date(times.shift()!) });
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'manual');
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'daily');
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'manual');
    const { section } = await openBackups(await databaseWith(NOW));
    await within(section).findByRole('row', { name: /Daily/ });

    const names = within(section)
      .getAllByRole('button', { name: /^Restore the backup of / })
      .map((button) => button.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(3);
    // As the eye reads them too: each row's Made says which of the two it is.
    const made = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')!.textContent);
    expect(made).toEqual([
      expect.stringMatching(/^Dec 5, 2026, \d{1,2}:29:14 [AP]M \(2nd of 2 made that second\)$/),
      expect.stringMatching(/^Dec 5, 2026, \d{1,2}:29 [AP]M$/),
      expect.stringMatching(/^Dec 5, 2026, \d{1,2}:29:14 [AP]M \(1st of 2 made that second\)$/),
    ]);
    expect(names).toEqual([
      expect.stringMatching(
        /^Restore the backup of Dec 5, 2026, \d{1,2}:29:14 [AP]M: Backed up by you \(2nd of 2 made that second\)$/,
      ),
      expect.stringMatching(/^Restore the backup of Dec 5, 2026, \d{1,2}:29 [AP]M: Daily$/),
      expect.stringMatching(
        /^Restore the backup of Dec 5, 2026, \d{1,2}:29:14 [AP]M: Backed up by you \(1st of 2 made that second\)$/,
      ),
    ]);
  });

  it('opens the confirmation on Cancel, and Cancel takes focus back to the Restore pressed', async () => {
    const desktop = resetTransferDesktop();
    await desktop.backups.writeBackup(new Blob([await oldBackupText()]), 'daily');
    const { section, user } = await openBackups(await databaseWith(NOW));
    const row = await within(section).findByRole('row', { name: /Daily/ });
    const restore = within(row).getByRole('button', { name: /^Restore the backup of / });
    await user.click(restore);
    const confirmation = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(document.activeElement).toBe(within(confirmation).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(restore);
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const before = await storedState(db);
    const { user } = await restoreFile(db, fileOf('backup.json', await oldBackupText()));
    const confirmation = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedState(db)).toEqual(before);
    expect(desktop.written).toEqual([]);
  });

  it('restores nothing when the backup of the current data cannot be written first', async () => {
    const desktop = resetTransferDesktop();
    desktop.writeError = 'The disk is full.';
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const before = await storedState(db);
    const { section, user } = await restoreFile(db, fileOf('backup.json', await oldBackupText()));
    const confirmation = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(confirmation).getByRole('button', { name: 'Replace my data' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Nothing was restored: a backup of your current data could not be saved first. The disk is full.',
    );
    expect(await storedState(db)).toEqual(before);
  });

  it.each([
    ['broken', async () => '{"format": "internship-tracker-backup", ', 'The backup file is incomplete'],
    ['truncated', async () => (await oldBackupText()).slice(0, 300), 'The backup file is incomplete'],
    ['foreign', async () => '{"name": "something else"}', 'This file is not an Internship Tracker backup.'],
    [
      'newer',
      async () => (await oldBackupText()).replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      'This backup was made by a newer version (schema 99)',
    ],
    [
      'changed',
      async () => (await oldBackupText()).replace('Pinterest', 'Pinterest Inc'),
      'its contents do not match its checksum',
    ],
  ])('refuses a %s file with its message and leaves the database as it was', async (_, text, message) => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith(NOW, NOW_SETTINGS);
    const before = await storedState(db);
    const { section } = await restoreFile(db, fileOf('backup.json', await text()));
    expect((await within(section).findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedState(db)).toEqual(before);
    expect(desktop.written).toEqual([]);
  });
});
