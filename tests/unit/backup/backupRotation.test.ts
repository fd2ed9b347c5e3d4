import { describe, expect, it } from 'vitest';
import { backupsToRemove, newestFirst, type RotatedBackup } from '@shared/backup/backupRotation';

/** Backups newest first, named by their position and holding the data given by letter. */
const kept = (contents: string) =>
  [...contents].map((data, i): RotatedBackup => ({ id: `b${i}`, contents: data === '?' ? undefined : data }));

describe('which backups go when one more is written', () => {
  it('removes none while the kept number is not passed', () => {
    expect(backupsToRemove('a', kept('abc'), 4)).toEqual([]);
  });

  it('removes the oldest when every backup holds different data', () => {
    expect(backupsToRemove('z', kept('abcd'), 3)).toEqual(['b3', 'b2']);
  });

  it('removes older copies of the same data before the oldest backup of other data', () => {
    // Newest first: three copies of the data just written, then the last backup from before it.
    expect(backupsToRemove('a', kept('aaab'), 3)).toEqual(['b2', 'b1']);
    expect(backupsToRemove('a', kept('bbbc'), 3)).toEqual(['b2', 'b1']);
  });

  it('keeps the newest backup of each data', () => {
    expect(backupsToRemove('a', kept('abab'), 2)).toEqual(['b3', 'b2', 'b0']);
  });

  it('removes the oldest of different data once no copies are left', () => {
    expect(backupsToRemove('z', kept('aabc'), 2)).toEqual(['b1', 'b3', 'b2']);
  });

  it('counts a backup whose contents are unknown as different from every other', () => {
    expect(backupsToRemove(undefined, kept('??a'), 3)).toEqual(['b2']);
    expect(backupsToRemove('a', kept('??a'), 3)).toEqual(['b2']);
  });
});

describe('the order backups were written in', () => {
  const at = (iso: string) => Date.parse(iso);
  const now = at('2026-12-06T10:00:00Z');

  it('is newest first by stamp while no stamp is later than now', () => {
    const stamps = ['2026-12-01T00:00:00Z', '2026-12-06T10:00:00Z', '2026-12-03T00:00:00Z'];
    expect(newestFirst(stamps, at, now)).toEqual([
      '2026-12-06T10:00:00Z',
      '2026-12-03T00:00:00Z',
      '2026-12-01T00:00:00Z',
    ]);
  });

  it('puts backups stamped later than now (the clock was ahead) after every other', () => {
    const stamps = ['2027-12-01T00:00:00Z', '2026-12-05T00:00:00Z', '2027-12-02T00:00:00Z', '2026-12-06T09:00:00Z'];
    expect(newestFirst(stamps, at, now)).toEqual([
      '2026-12-06T09:00:00Z',
      '2026-12-05T00:00:00Z',
      '2027-12-02T00:00:00Z',
      '2027-12-01T00:00:00Z',
    ]);
  });
});
