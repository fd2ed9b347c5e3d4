// The daily backup: written when the newest backup is a day old, not when there is a recent
// one or nothing to keep; the hook runs it after start-up and again while the app stays open.
import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataProvider } from '../../../renderer/src/db/DataContext';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { backUpIfDue } from '../../../renderer/src/features/backups/automaticBackups';
import { backupText, verifyBackupText } from '../../../renderer/src/features/backups/databaseBackup';
import { useDailyBackup } from '../../../renderer/src/features/backups/useDailyBackup';
import { anApplication } from '../applicationFixture';
import { resetTransferDesktop, transferDesktop } from './transferDesktop';
import { databaseWith } from './transferTestKit';

vi.mock('../../../renderer/src/desktop/desktop', async () => ({
  desktop: (await import('./transferDesktop')).transferDesktop,
}));

const NOW = new Date('2026-03-02T09:00:00Z');
const HOUR = 60 * 60_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

afterEach(() => {
  vi.useRealTimers();
});

/** A harness whose backups are stamped by the given clock, holding one backup made at `madeAt`. */
async function withBackupAt(madeAt: Date, clock: () => Date = () => madeAt) {
  const desktop = resetTransferDesktop({ now: clock });
  const json = await backupText({ applications: [], settings: [] }, madeAt);
  await desktop.backups.writeBackup(new Blob([json]), 'manual');
  return desktop;
}

describe('backUpIfDue', () => {
  it('writes a daily backup when the newest is more than a day old', async () => {
    const desktop = await withBackupAt(at(-25 * HOUR));
    const db = await databaseWith([anApplication('a')]);
    expect(await backUpIfDue(db, transferDesktop, NOW)).toMatchObject({ outcome: 'written' });
    expect(desktop.written.map((w) => w.reason)).toEqual(['daily']);
    const verified = await verifyBackupText(desktop.written[0]!.json);
    expect(verified.ok && verified.value.data.applications.map((app) => app.id)).toEqual(['a']);
  });

  it('writes one when there is no backup yet', async () => {
    const desktop = resetTransferDesktop();
    expect(await backUpIfDue(await databaseWith([anApplication('a')]), transferDesktop, NOW)).toMatchObject({
      outcome: 'written',
    });
    expect(desktop.written).toHaveLength(1);
  });

  it('writes none when a backup of any kind is less than a day old', async () => {
    const desktop = await withBackupAt(at(-23 * HOUR));
    expect(await backUpIfDue(await databaseWith([anApplication('a')]), transferDesktop, NOW)).toMatchObject({
      outcome: 'recent',
    });
    expect(desktop.written).toEqual([]);
  });

  it('writes none when there are no applications to keep', async () => {
    const desktop = resetTransferDesktop();
    expect(await backUpIfDue(await databaseWith([]), transferDesktop, NOW)).toMatchObject({ outcome: 'empty' });
    expect(desktop.written).toEqual([]);
  });

  it('does not let a backup dated in the future (the clock was moved back) stop the daily one', async () => {
    const desktop = await withBackupAt(at(30 * 24 * HOUR));
    expect(await backUpIfDue(await databaseWith([anApplication('a')]), transferDesktop, NOW)).toMatchObject({
      outcome: 'written',
    });
    expect(desktop.written).toHaveLength(1);
  });
});

function DailyBackup({ first, every }: { first: number; every: number }) {
  useDailyBackup(first, every);
  return null;
}

function renderDailyBackup(db: AppDatabase) {
  return render(
    <DataProvider db={db}>
      <DailyBackup first={10} every={40} />
    </DataProvider>,
  );
}

describe('useDailyBackup', () => {
  it('backs up after start-up, then once more when a day has passed while open', async () => {
    // Only the date moves by hand; timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const desktop = resetTransferDesktop({ now: () => new Date() });
    const db = await databaseWith([anApplication('a')]);
    renderDailyBackup(db);
    await waitFor(() => expect(desktop.written).toHaveLength(1));
    // Checks keep running each interval, but ask nothing of the desktop while the backup is recent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(desktop.written).toHaveLength(1);
    expect(desktop.lists).toBe(1);
    vi.setSystemTime(at(24 * HOUR + 1));
    await waitFor(() => expect(desktop.written).toHaveLength(2));
    expect(desktop.written.map((w) => w.reason)).toEqual(['daily', 'daily']);
  });

  it('stops checking when the window goes away', async () => {
    const desktop = resetTransferDesktop();
    const db = await databaseWith([anApplication('a')]);
    renderDailyBackup(db).unmount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(desktop.written).toEqual([]);
  });
});
