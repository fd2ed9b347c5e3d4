import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_BACKUPS } from '@shared/desktopApi';
import { createBrowserBackups } from '../../../renderer/src/desktop/browserBackups';

let counter = 0;
const backupJson = (applications: number) => JSON.stringify({ counts: { applications, settings: 1 } });
/** A backup file as the app hands it over. */
const backupFile = (applications: number) => new Blob([backupJson(applications)]);

describe('backups in the web build', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the newest backups and lists them newest first with their counts', async () => {
    let clock = Date.UTC(2026, 10, 1);
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => new Date((clock += 60_000)));
    for (let i = 0; i < KEPT_BACKUPS + 2; i++) await backups.writeBackup(backupFile(i), 'daily');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.length).toBe(KEPT_BACKUPS);
    expect(listed.ok && listed.value[0]?.counts).toEqual({ applications: KEPT_BACKUPS + 1, settings: 1 });
    const newest = listed.ok ? listed.value[0]!.id : '';
    expect(await backups.readBackup(newest)).toEqual({ ok: true, value: backupJson(KEPT_BACKUPS + 1) });
  });

  it('removes repeated copies of the same data before the last backup of older data', async () => {
    let clock = Date.UTC(2026, 10, 1);
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => new Date((clock += 60_000)));
    const file = (checksum: string, applications: number) =>
      new Blob([JSON.stringify({ schemaVersion: 3, checksum, counts: { applications } })]);
    await backups.writeBackup(file('before', 1), 'daily');
    for (let i = 0; i < KEPT_BACKUPS + 3; i++) await backups.writeBackup(file('after', 2), 'before-import');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.length).toBe(KEPT_BACKUPS);
    expect(listed.ok && listed.value.at(-1)).toMatchObject({ reason: 'daily', counts: { applications: 1 } });
  });

  it('keeps the backups stored before it knew their contents, and rotates them by age', async () => {
    const name = `backups-test-${counter++}`;
    const before = new Dexie(name);
    before.version(1).stores({ backups: 'id, createdAt' });
    const stored = (i: number) => ({
      id: `old-${String(i).padStart(2, '0')}`,
      createdAt: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString(),
      reason: 'daily',
      counts: { applications: i },
      sizeBytes: 2,
      json: '{}',
    });
    await before.table('backups').bulkPut(Array.from({ length: KEPT_BACKUPS }, (_, i) => stored(i)));
    before.close();
    const backups = createBrowserBackups(name, () => new Date(Date.UTC(2026, 10, 1)));
    expect((await backups.writeBackup(backupFile(99), 'manual')).ok).toBe(true);
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.counts.applications)).toEqual([
      99, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1,
    ]);
  });

  it('keeps the backup just written after the clock was set back', async () => {
    let clock = Date.UTC(2027, 2, 10);
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => new Date((clock += 60_000)));
    for (let i = 0; i < KEPT_BACKUPS; i++) await backups.writeBackup(backupFile(i), 'daily');
    clock -= 400 * 24 * 3_600_000;
    const written = await backups.writeBackup(backupFile(99), 'before-restore');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.length).toBe(KEPT_BACKUPS);
    expect(listed.ok && written.ok && listed.value.some((b) => b.id === written.value.id)).toBe(true);
    expect(listed.ok && listed.value.some((b) => b.counts.applications === 0)).toBe(false);
  });

  it('keeps every real backup made after the clock was a year ahead for a while', async () => {
    let clock = Date.UTC(2027, 11, 5);
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => new Date((clock += 60_000)));
    const file = (checksum: string, applications: number) =>
      new Blob([JSON.stringify({ schemaVersion: 3, checksum, counts: { applications } })]);
    for (let i = 0; i < KEPT_BACKUPS; i++) await backups.writeBackup(file(`ahead-${i}`, i), 'daily');
    clock -= 365 * 24 * 3_600_000; // the clock put right
    for (let i = 0; i < 5; i++) await backups.writeBackup(file(`real-${i}`, 100 + i), 'before-import');
    const listed = await backups.listBackups();
    // The five made since stay; the oldest of those made ahead went.
    expect(listed.ok && listed.value.map((b) => b.counts.applications ?? -1).sort((a, b) => a - b)).toEqual([
      5, 6, 7, 8, 9, 10, 11, 12, 13, 100, 101, 102, 103, 104,
    ]);
  });

  it('answers a full disk with a message instead of throwing, and keeps what it had', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    await backups.writeBackup(backupFile(3), 'manual');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    expect(await backups.writeBackup(backupFile(4), 'manual')).toEqual({
      ok: false,
      error: 'There is no room left in the browser’s storage, so the backup was not saved.',
    });
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.counts.applications)).toEqual([3]);
  });

  it('keeps both of two backups made in the same millisecond', async () => {
    const at = new Date(Date.UTC(2026, 10, 1));
    const backups = createBrowserBackups(`backups-test-${counter++}`, () => at);
    await backups.writeBackup(backupFile(1), 'manual');
    await backups.writeBackup(backupFile(2), 'manual');
    const listed = await backups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.counts.applications).sort()).toEqual([1, 2]);
  });

  it('refuses text that is not JSON', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    expect(await backups.writeBackup(new Blob(['{not json']), 'manual')).toEqual({
      ok: false,
      error: 'The backup is not valid JSON, so it was not stored.',
    });
  });

  it('refuses bytes that are not UTF-8, and stores nothing', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    // `{"a":"é"}` in Latin-1: a lone 0xE9 is not UTF-8.
    const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]);
    expect(await backups.writeBackup(new Blob([latin1]), 'manual')).toEqual({
      ok: false,
      error: 'The backup is not UTF-8 text, so it was not stored.',
    });
    expect(await backups.listBackups()).toEqual({ ok: true, value: [] });
  });

  it('reads back the text it was given, and gives its size in bytes', async () => {
    const backups = createBrowserBackups(`backups-test-${counter++}`);
    const json = JSON.stringify({ counts: { applications: 1 }, data: { company: 'Société Générale — Zürich' } });
    const written = await backups.writeBackup(new Blob([json]), 'manual');
    expect(written.ok && written.value.sizeBytes).toBe(new TextEncoder().encode(json).byteLength);
    expect(written.ok && written.value.sizeBytes).toBeGreaterThan(json.length);
    expect(await backups.readBackup(written.ok ? written.value.id : '')).toEqual({ ok: true, value: json });
  });
});
