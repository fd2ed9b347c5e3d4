// Settings → Recently deleted on a real (fake-indexeddb) database: what is deleted is listed,
// restored exactly as it was or deleted for good (with Undo), refused when its id is back,
// forgotten after 30 days at start-up, left as it is by a backup's restore, and never exported.
import Papa from 'papaparse';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import type { AppDatabase, DeletedRow } from '../../../renderer/src/db/db';
import { backupText, readTables, verifyBackupText } from '../../../renderer/src/features/backups/databaseBackup';
import { restoreBackup } from '../../../renderer/src/features/backups/restoreBackup';
import { anApplication } from '../applicationFixture';
import { resetTransferDesktop, transferDesktop } from '../dataTransfer/transferDesktop';
import { databaseWith, storedState } from '../dataTransfer/transferTestKit';
import { renderApp } from '../renderApp';
import { renderSettings } from '../renderSettings';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('../dataTransfer/transferDesktop')).transferDesktop,
}));

const DAY_MS = 24 * 60 * 60_000;
/** Entries in one order whatever their times (two deletes may share a millisecond). */
const byApplication = (entries: DeletedRow[]) =>
  [...entries].sort((a, b) => a.application.id.localeCompare(b.application.id));
const STRIPE = anApplication('stripe', { company: 'Stripe', role: 'SWE Intern', notes: 'Referral from Dana' });
const FIGMA = anApplication('figma', { company: 'Figma', role: 'Design Intern' });
const DATADOG = anApplication('datadog', { company: 'Datadog', role: 'SRE Intern' });

/** A database where Stripe and then Figma were deleted; Datadog is still there. */
async function withDeleted(): Promise<{ db: AppDatabase; deleted: DeletedRow[] }> {
  const db = await databaseWith([STRIPE, FIGMA, DATADOG]);
  // A second apart, a minute ago: the list's order is theirs.
  let at = Date.now() - 60_000;
  const repository = applicationsRepository(db, { now: () => new Date((at += 1_000)) });
  const deleted = [...(await repository.remove(['stripe'])), ...(await repository.remove(['figma']))];
  return { db, deleted };
}

async function openList(db: AppDatabase) {
  resetTransferDesktop();
  const view = renderSettings(db);
  const section = await screen.findByRole('region', { name: 'Recently deleted' });
  await waitFor(() => expect(within(section).queryByText('Loading…')).toBeNull());
  return { ...view, section };
}

describe('Recently deleted', () => {
  it('lists what was deleted, newest first, each with when', async () => {
    const { db } = await withDeleted();
    const { section } = await openList(db);
    const rows = within(section).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(rows.map((row) => row.cells[0]!.textContent)).toEqual(['Figma — Design Intern', 'Stripe — SWE Intern']);
    expect(rows[0]!.cells[1]!.textContent).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M$/);
  });

  it('says so when nothing was deleted', async () => {
    const { section } = await openList(await databaseWith([STRIPE]));
    expect(within(section).getByText('Nothing deleted in the last 30 days.')).toBeTruthy();
  });

  it('restores an application exactly as it was, and focus moves on to the next one', async () => {
    const { db } = await withDeleted();
    const { section, user } = await openList(db);
    await user.click(within(section).getByRole('button', { name: /^Restore Figma — Design Intern \(deleted / }));
    await screen.findByText('Restored Figma — Design Intern.');
    expect((await storedState(db)).applications.find((app) => app.id === 'figma')).toEqual(FIGMA);
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(2));
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Restore Stripe — SWE Intern/);

    await user.keyboard('{Enter}');
    await screen.findByText('Restored Stripe — SWE Intern.');
    expect((await storedState(db)).applications.find((app) => app.id === 'stripe')).toEqual(STRIPE);
    await within(section).findByText('Nothing deleted in the last 30 days.');
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'Recently deleted' }));
    expect(await db.recentlyDeleted.count()).toBe(0);
  });

  it('restores one whose stage was removed since into the stage in its place, and says so', async () => {
    const db = await databaseWith([
      anApplication('stripe', { company: 'Stripe', role: 'SWE Intern' }, { stage: 'phone-screen' }),
    ]);
    const repository = applicationsRepository(db);
    await repository.remove(['stripe']);
    await repository.removeStage('phone-screen', 'technical-interview');
    const { section, user } = await openList(db);
    await user.click(within(section).getByRole('button', { name: /^Restore Stripe/ }));
    await screen.findByText(
      'Restored Stripe: “Phone screen” has been removed from your pipeline since, so it is in “Technical interview” now.',
    );
    expect((await db.applications.get('stripe'))?.stageId).toBe('technical-interview');
  });

  it('refuses to restore one whose id is back in the list, and keeps it', async () => {
    const { db } = await withDeleted();
    await db.applications.put({ ...STRIPE, notes: 'Restored from a backup', dates: [] });
    const { section, user } = await openList(db);
    await user.click(within(section).getByRole('button', { name: /^Restore Stripe/ }));
    await screen.findByText(
      'Stripe — SWE Intern was not restored: an application with its id is in your list again (from a backup restored since, or another window).',
    );
    expect((await db.applications.get('stripe'))?.notes).toBe('Restored from a backup');
    expect(within(section).getAllByRole('row')).toHaveLength(3);
  });

  it('deletes one for good with Delete now, which its message can undo', async () => {
    const { db, deleted } = await withDeleted();
    const { section, user } = await openList(db);
    await user.click(within(section).getByRole('button', { name: /^Delete now Stripe — SWE Intern \(deleted / }));
    const message = await screen.findByText('Deleted Stripe — SWE Intern for good.');
    expect(await db.recentlyDeleted.toArray()).toEqual([deleted[1]]);
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(2));

    await user.click(within(message.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(3));
    expect(byApplication(await db.recentlyDeleted.toArray())).toEqual(byApplication(deleted));
  });

  it('names Restore and Delete now alike: the visible text, then the entry in the same words', async () => {
    const { db } = await withDeleted();
    const { section } = await openList(db);
    const row = within(section).getAllByRole('row')[1]!;
    const [restore, deleteNow] = within(row).getAllByRole('button');
    const entry = restore!.getAttribute('aria-label')!.replace(/^Restore /, '');
    expect(entry).toMatch(/^Figma — Design Intern \(deleted .+\)$/);
    expect(deleteNow!.getAttribute('aria-label')).toBe(`Delete now ${entry}`);
    expect(deleteNow!.textContent).toBe('Delete now');
  });

  it('shows a delete made meanwhile', async () => {
    const db = await databaseWith([STRIPE]);
    const { section } = await openList(db);
    await applicationsRepository(db).remove(['stripe']);
    await within(section).findByRole('button', { name: /^Restore Stripe/ });
  });
});

describe('at start-up', () => {
  it('forgets what was deleted more than 30 days ago, and keeps the rest', async () => {
    resetTransferDesktop();
    const db = await databaseWith([DATADOG]);
    const entry = (id: string, daysAgo: number) => ({
      id,
      deletedAt: Date.now() - daysAgo * DAY_MS,
      application: id === 'old' ? STRIPE : FIGMA,
    });
    await db.recentlyDeleted.bulkAdd([entry('old', 31), entry('recent', 29)]);
    renderApp(db);
    await waitFor(async () => expect(await db.recentlyDeleted.count()).toBe(1), { timeout: 5_000 });
    expect((await db.recentlyDeleted.toArray()).map((e) => e.id)).toEqual(['recent']);
  });
});

describe('with backups and exports', () => {
  it('a restore leaves Recently deleted as it was, and a backup does not carry it', async () => {
    resetTransferDesktop();
    const { db, deleted } = await withDeleted();
    const text = await backupText(await readTables(db), new Date());
    expect(Object.keys(JSON.parse(text).data)).toEqual(['applications', 'settings']);

    const verified = await verifyBackupText(text);
    if (!verified.ok) throw new Error(verified.error);
    const repository = applicationsRepository(db);
    await restoreBackup(
      { applications: [STRIPE], settings: [] },
      { db, repository, desktop: transferDesktop, now: new Date() },
    );
    expect((await storedState(db)).applications).toEqual([STRIPE]);
    expect(byApplication(await db.recentlyDeleted.toArray())).toEqual(byApplication(deleted));
  });

  it('the CSV summary leaves out what was deleted', async () => {
    const desktop = resetTransferDesktop();
    const { db } = await withDeleted();
    const { user } = renderApp(db);
    await screen.findByRole('grid', { name: 'Applications' });
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV summary — all applications' }));
    await screen.findByText(/^Exported 1 application to /);
    const rows = Papa.parse<Record<string, string>>(desktop.saved[0]!.content.slice(1), { header: true }).data;
    expect(rows.filter((row) => row.Company).map((row) => row.Company)).toEqual(['Datadog']);
  });
});
