import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_BACKUPS } from '@shared/desktopApi';
import { createBrowserBackups } from '../../../renderer/src/desktop/browserBackups';

let counter = 0;
const backupJson = (applications: number) => JSON.stringify({ counts: { applications, settings: 1 } });

describe('backups in the web build', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the newest backups and lists them newest first with their counts', async () => {
    let clock = Date.UTC(2026, 10, 1);
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => new Date((clock += 60_000)));
    for (let i = 0; i < KEPT_BACKUPS + 2; i++) await backups.writeBackup(backupJson(i), 'daily');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.length).toBe(KEPT_BACKUPS);
    expect(listed.ok && listed.value[0]?.counts).toEqual({ applications: KEPT_BACKUPS + 1, settings: 1 });
    const newest = listed.ok ? listed.value[0]!.id : '';
    expect(await backups.readBackup(newest)).toEqual({ ok: true, value: backupJson(KEPT_BACKUPS + 1) });
  });

  it('answers a full disk with a message instead of throwing, and keeps what it had', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    await backups.writeBackup(backupJson(3), 'manual');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    expect(await backups.writeBackup(backupJson(4), 'manual')).toEqual({
      ok: false,
      error: 'There is no room left in the browser’s storage, so the backup was not saved.',
    });
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.counts.applications)).toEqual([3]);
  });

  it('keeps both of two backups made in the same millisecond', async () => {
    const at = new Date(Date.UTC(2026, 10, 1));
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => at);
    await backups.writeBackup(backupJson(1), 'manual');
    await backups.writeBackup(backupJson(2), 'manual');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.counts.applications).sort()).toEqual([1, 2]);
  });

  it('refuses text that is not JSON', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    expect(await backups.writeBackup('{not json', 'manual')).toEqual({
      ok: false,
      error: 'The backup is not valid JSON, so it was not stored.',
    });
  });
});
