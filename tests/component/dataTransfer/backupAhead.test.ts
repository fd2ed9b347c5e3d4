// The backup before an import, made while the file is checked: the one written is the data as it
// is when the student chooses Import, whatever was written while the rows were checked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { toRow } from '../../../renderer/src/db/db';
import { backUpAhead, backUpBeforeChange } from '../../../renderer/src/features/backups/automaticBackups';
import { backUpDatabase } from '../../../renderer/src/features/backups/backUpDatabase';
import { anApplication } from '../applicationFixture';
import { resetTransferDesktop, transferDesktop } from './transferDesktop';
import { databaseWith } from './transferTestKit';

vi.mock('../../../renderer/src/features/backups/backUpDatabase', async (original) => {
  const actual = await original<{ backUpDatabase: typeof backUpDatabase }>();
  return { ...actual, backUpDatabase: vi.fn(actual.backUpDatabase) };
});

const NOW = new Date('2026-03-02T09:00:00Z');
const made = vi.mocked(backUpDatabase);

afterEach(() => {
  made.mockClear();
});

/** Waits until the backup started ahead is finished, so what follows comes after it. */
async function madeAhead(): Promise<void> {
  expect(made).toHaveBeenCalledTimes(1);
  await made.mock.results[0]!.value;
}

function writtenApplications(desktop: ReturnType<typeof resetTransferDesktop>): Application[] {
  const backup = JSON.parse(desktop.written.at(-1)!.json) as { data: { applications: Application[] } };
  return backup.data.applications;
}

/** One stored application, and a backup of it started ahead. */
async function startedAhead() {
  const desktop = resetTransferDesktop();
  const stripe = anApplication('a');
  const db = await databaseWith([stripe]);
  const ahead = backUpAhead(db, NOW);
  /** Writes the application again with these notes. */
  const edit = async (notes: string) => {
    const edited = { ...stripe, notes };
    await db.applications.put(toRow(edited));
    return edited;
  };
  return { desktop, stripe, db, ahead, edit };
}

describe('a backup made ahead of an import', () => {
  it('is the one written when nothing changed meanwhile', async () => {
    const { desktop, stripe, db, ahead } = await startedAhead();
    await madeAhead();

    await backUpBeforeChange(db, transferDesktop, 'import', NOW, ahead);
    expect(made).toHaveBeenCalledTimes(1);
    expect(writtenApplications(desktop)).toEqual([stripe]);
  });

  it('is made again when the data changed after it was made', async () => {
    const { desktop, db, ahead, edit } = await startedAhead();
    await madeAhead();
    const edited = await edit('Edited while the file was checked');

    await backUpBeforeChange(db, transferDesktop, 'import', NOW, ahead);
    expect(writtenApplications(desktop)).toEqual([edited]);
  });

  it('is made anew when taken a second time (Import tried again after a failure)', async () => {
    const { desktop, db, ahead, edit } = await startedAhead();
    await ahead.take(NOW);
    const edited = await edit('Edited before trying again');

    await backUpBeforeChange(db, transferDesktop, 'import', NOW, ahead);
    expect(writtenApplications(desktop)).toEqual([edited]);
  });

  it('is made again when making it ahead failed', async () => {
    made.mockRejectedValueOnce(new Error('The backup could not be made'));
    const { desktop, db, ahead } = await startedAhead();

    await backUpBeforeChange(db, transferDesktop, 'import', NOW, ahead);
    expect(made).toHaveBeenCalledTimes(2);
    expect(desktop.written.map((w) => w.reason)).toEqual(['before-import']);
  });
});
