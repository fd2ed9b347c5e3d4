import { mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KEPT_BACKUPS } from '@shared/desktopApi';
import { createBackupStore } from '../../electron/main/backups';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('backups');

function backupJson(overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    schemaVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-03-01T12:00:00.000Z',
    counts: { applications: 42, settings: 1 },
    checksum: 'sha256:abc',
    data: { applications: [] },
    ...overrides,
  });
}

/** A backup file as it reaches the main process: its JSON as UTF-8 bytes. */
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function store(start = Date.parse('2026-03-01T12:00:00Z')) {
  let now = start;
  const logged: string[] = [];
  const dir = path.join(tmp.path, 'backups');
  return {
    dir,
    logged,
    tick: (ms = 60_000) => (now += ms),
    backups: createBackupStore(
      dir,
      () => new Date(now),
      (m) => logged.push(m),
    ),
  };
}

describe('writing backups', () => {
  it('writes the file as given under a timestamped name and describes it from its header', async () => {
    const s = store();
    const json = backupJson({ data: { applications: [{ company: 'Société Générale — Zürich' }] } });
    const written = await s.backups.write(utf8(json), 'daily');
    expect(written).toEqual({
      ok: true,
      value: {
        id: 'backup-20260301T120000000Z-daily.json',
        createdAt: '2026-03-01T12:00:00.000Z',
        reason: 'daily',
        counts: { applications: 42, settings: 1 },
        sizeBytes: Buffer.byteLength(json),
      },
    });
    expect(await readFile(path.join(s.dir, 'backup-20260301T120000000Z-daily.json'), 'utf8')).toBe(json);
  });

  it('parses the header of the backup it writes, not its data', async () => {
    const s = store();
    const parse = vi.spyOn(JSON, 'parse');
    const json = backupJson({ data: { applications: Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}` })) } });
    expect((await s.backups.write(utf8(json), 'daily')).ok).toBe(true);
    expect(Math.max(...parse.mock.calls.map(([text]) => text.length))).toBeLessThan(1_000);
    parse.mockRestore();
  });

  it('keeps the newest 14', async () => {
    const s = store();
    for (let i = 0; i < KEPT_BACKUPS + 3; i += 1) {
      await s.backups.write(utf8(backupJson({ counts: { applications: i } })), i % 2 ? 'manual' : 'daily');
      s.tick();
    }
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => b.counts.applications)).toEqual([
      16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3,
    ]);
    expect((await readdir(s.dir)).length).toBe(KEPT_BACKUPS);
  });

  it('keeps the backup just written after the clock was set back, removing the oldest of the others', async () => {
    const s = store(Date.parse('2027-03-10T10:00:00Z'));
    for (let i = 0; i < KEPT_BACKUPS; i += 1) {
      await s.backups.write(utf8(backupJson({ counts: { applications: i } })), 'daily');
      s.tick();
    }
    s.tick(-400 * 24 * 3_600_000); // the clock put right, a year back
    const written = await s.backups.write(utf8(backupJson({ counts: { applications: 99 } })), 'before-restore');
    const names = await readdir(s.dir);
    expect(written.ok && names.includes(written.value.id)).toBe(true);
    expect(names).toHaveLength(KEPT_BACKUPS);
    const listed = await s.backups.list();
    // The oldest of the others went (0), the newest 13 of them stay beside the new one.
    expect(listed.ok && listed.value.map((b) => b.counts.applications ?? -1).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99,
    ]);
  });

  it('keeps every real backup made after the clock was a year ahead for a while', async () => {
    const s = store(Date.parse('2027-12-05T10:00:00Z'));
    for (let i = 0; i < KEPT_BACKUPS; i += 1) {
      await s.backups.write(utf8(backupJson({ counts: { applications: i }, checksum: `ahead-${i}` })), 'daily');
      s.tick(24 * 3_600_000);
    }
    s.tick(-(365 + KEPT_BACKUPS) * 24 * 3_600_000); // the clock put right
    const real: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const written = await s.backups.write(
        utf8(backupJson({ counts: { applications: 100 + i }, checksum: `real-${i}` })),
        'before-import',
      );
      if (written.ok) real.push(written.value.id);
      s.tick(3_600_000);
    }
    const names = await readdir(s.dir);
    expect(names).toHaveLength(KEPT_BACKUPS);
    // The five made since the clock was put right stay; the oldest of those made ahead went.
    expect(real.filter((id) => names.includes(id))).toEqual(real);
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => b.counts.applications)).toEqual([
      104, 103, 102, 101, 100, 13, 12, 11, 10, 9, 8, 7, 6, 5,
    ]);
  });

  it('removes repeated copies of the same data before the last backup of older data', async () => {
    const s = store();
    await s.backups.write(utf8(backupJson({ checksum: 'before', counts: { applications: 1 } })), 'daily');
    // An import undone again and again: a backup before each, all of the same data.
    for (let i = 0; i < KEPT_BACKUPS + 3; i += 1) {
      s.tick();
      await s.backups.write(utf8(backupJson({ checksum: 'after', counts: { applications: 2 } })), 'before-import');
    }
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.length).toBe(KEPT_BACKUPS);
    expect(listed.ok && listed.value.at(-1)).toMatchObject({ reason: 'daily', counts: { applications: 1 } });
  });

  it('removes temporary files that a write cut short left over an hour ago, not one being written', async () => {
    const s = store();
    await mkdir(s.dir, { recursive: true });
    const old = path.join(s.dir, '.backup-20260301T100000000Z-daily.json.a1b2c3.tmp');
    const fresh = path.join(s.dir, '.backup-20260301T115900000Z-daily.json.d4e5f6.tmp');
    await writeFile(old, '{"half');
    await writeFile(fresh, '{"half');
    const twoHoursAgo = new Date(Date.parse('2026-03-01T10:00:00Z'));
    await utimes(old, twoHoursAgo, twoHoursAgo);
    const minuteAgo = new Date(Date.parse('2026-03-01T11:59:00Z'));
    await utimes(fresh, minuteAgo, minuteAgo);
    await s.backups.write(utf8(backupJson()), 'daily');
    expect((await readdir(s.dir)).sort()).toEqual([path.basename(fresh), 'backup-20260301T120000000Z-daily.json']);
  });

  it('still reports the new backup as written when an old one cannot be removed', async () => {
    const s = store();
    // A folder under a backup's name cannot be removed as a file.
    await mkdir(path.join(s.dir, 'backup-20200101T000000000Z-daily.json'), { recursive: true });
    for (let i = 0; i < KEPT_BACKUPS; i += 1) {
      expect((await s.backups.write(utf8(backupJson({ checksum: `data ${i}` })), 'daily')).ok).toBe(true);
      s.tick();
    }
    expect(s.logged).toEqual([expect.stringMatching(/^Old backup backup-20200101T000000000Z-daily\.json could not/)]);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const s = store();
    const a = await s.backups.write(utf8(backupJson()), 'before-import');
    const b = await s.backups.write(utf8(backupJson()), 'before-import');
    expect([a.ok && a.value.id, b.ok && b.value.id]).toEqual([
      'backup-20260301T120000000Z-before-import.json',
      'backup-20260301T120000000Z-1-before-import.json',
    ]);
  });

  it('keeps both of two backups with the same reason written at once in the same millisecond', async () => {
    const s = store();
    const [a, b] = await Promise.all([
      s.backups.write(utf8(backupJson({ counts: { applications: 1 } })), 'manual'),
      s.backups.write(utf8(backupJson({ counts: { applications: 2 } })), 'manual'),
    ]);
    expect([a.ok && a.value.id, b.ok && b.value.id]).toEqual([
      'backup-20260301T120000000Z-manual.json',
      'backup-20260301T120000000Z-1-manual.json',
    ]);
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((x) => x.counts.applications)).toEqual([2, 1]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', 'The backup is not valid JSON. Nothing was written.'],
    ['starting with a byte order mark', `\uFEFF${backupJson()}`, 'The backup is not valid JSON. Nothing was written.'],
    ['a list', '[1,2]', 'The backup is not a JSON object. Nothing was written.'],
    ['without counts', backupJson({ counts: undefined }), 'The backup header is not valid (counts: '],
    [
      'with negative counts',
      backupJson({ counts: { applications: -1 } }),
      'The backup header is not valid (counts.applications: ',
    ],
    [
      'with a date without zone',
      backupJson({ createdAt: '2026-03-01 12:00' }),
      'The backup header is not valid (createdAt: Expected a date and time with a time zone).',
    ],
    [
      'with a huge app version',
      backupJson({ appVersion: 'x'.repeat(500) }),
      'The backup header is not valid (appVersion: ',
    ],
  ])('refuses a backup %s and writes nothing', async (_what, json, error) => {
    const s = store();
    const result = await s.backups.write(utf8(json), 'manual');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.startsWith(error)).toBe(true);
    await expect(readdir(s.dir)).rejects.toThrow(/ENOENT/);
  });

  it('refuses bytes that are not UTF-8 and writes nothing', async () => {
    const s = store();
    const file = utf8(backupJson({ appVersion: '0.1.0 X' }));
    // Latin-1's é, a byte UTF-8 never has on its own: a file saved in another encoding.
    file[file.indexOf('X'.charCodeAt(0))] = 0xe9;
    expect(await s.backups.write(file, 'manual')).toEqual({
      ok: false,
      error: 'The backup is not UTF-8 text. Nothing was written.',
    });
    await expect(readdir(s.dir)).rejects.toThrow(/ENOENT/);
  });
});

describe('listing backups', () => {
  it('lists nothing before the first backup', async () => {
    expect(await store().backups.list()).toEqual({ ok: true, value: [] });
  });

  it('lists a backup from its header alone, without reading its data', async () => {
    const s = store();
    const big = backupJson({ data: { applications: Array.from({ length: 2_000 }, (_, i) => ({ company: `C${i}` })) } });
    const written = await s.backups.write(utf8(big), 'daily');
    // Its data cut short after the header (a disk error): the list still reads it from the header;
    // restoring it is then refused by the full check in the window.
    const file = path.join(s.dir, written.ok ? written.value.id : '');
    await writeFile(file, big.slice(0, 20_000));
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => [b.id, b.counts.applications])).toEqual([
      ['backup-20260301T120000000Z-daily.json', 42],
    ]);
  });

  it('reads a backup whose data comes before its header whole', async () => {
    const s = store();
    await mkdir(s.dir, { recursive: true });
    const { data, ...header } = JSON.parse(backupJson()) as Record<string, unknown>;
    await writeFile(path.join(s.dir, 'backup-20260301T130000000Z-manual.json'), JSON.stringify({ data, ...header }));
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => b.id)).toEqual(['backup-20260301T130000000Z-manual.json']);
  });

  it('leaves out files that are not backups or whose header does not hold, and says why', async () => {
    const s = store();
    await s.backups.write(utf8(backupJson()), 'daily');
    await writeFile(
      path.join(s.dir, 'backup-20260301T130000000Z-manual.json'),
      backupJson({ counts: { applications: 'many' } }),
    );
    await writeFile(path.join(s.dir, 'notes.txt'), 'hello');
    await writeFile(path.join(s.dir, 'backup-evil.json'), backupJson());
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => b.id)).toEqual(['backup-20260301T120000000Z-daily.json']);
    expect(s.logged).toEqual([
      expect.stringMatching(
        /^Backup backup-20260301T130000000Z-manual.json is left out of the list: The backup header is not valid/,
      ),
    ]);
  });
});

describe('reading a backup', () => {
  it('returns the text of a listed backup', async () => {
    const s = store();
    const json = backupJson();
    const written = await s.backups.write(utf8(json), 'manual');
    expect(await s.backups.read(written.ok ? written.value.id : '')).toEqual({ ok: true, value: json });
  });

  it.each([
    '../desktop-settings.json',
    '..',
    'backup-20260301T120000000Z-daily.json/../../x',
    '/etc/passwd',
    'backup-20260301T120000000Z-daily.JSON',
    'C:\\backup.json',
  ])('refuses the id %j', async (id) => {
    const s = store();
    await s.backups.write(utf8(backupJson()), 'daily');
    expect(await s.backups.read(id)).toEqual({ ok: false, error: 'That is not the name of a backup.' });
  });

  it('refuses a backup-named link that leads out of the folder', async () => {
    const s = store();
    await s.backups.write(utf8(backupJson()), 'daily');
    await writeFile(path.join(tmp.path, 'secret.json'), '{"secret":true}');
    await symlink(path.join(tmp.path, 'secret.json'), path.join(s.dir, 'backup-20260302T000000000Z-manual.json'));
    expect(await s.backups.read('backup-20260302T000000000Z-manual.json')).toEqual({
      ok: false,
      error: 'That is not the name of a backup.',
    });
    const listed = await s.backups.list();
    expect(listed.ok && listed.value.map((b) => b.id)).toEqual(['backup-20260301T120000000Z-daily.json']);
  });

  it('says so when the backup is gone', async () => {
    const s = store();
    await s.backups.write(utf8(backupJson()), 'daily');
    expect(await s.backups.read('backup-20250101T000000000Z-daily.json')).toEqual({
      ok: false,
      error: 'That backup no longer exists.',
    });
  });
});
