// Settings live in the database; a damaged or outdated value reads as the default.
import { describe, expect, it } from 'vitest';
import { readSetting, themeSetting, writeSetting } from '../../../renderer/src/db/settings';
import { testDatabase } from '../testDatabase';

describe('settings', () => {
  it('read as the default before anything is saved', async () => {
    expect(await readSetting(testDatabase(), themeSetting)).toBe('system');
  });

  it('read back what was written', async () => {
    const db = testDatabase();
    await writeSetting(db, themeSetting, 'dark');
    expect(await readSetting(db, themeSetting)).toBe('dark');
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });

  it('read a damaged or unknown stored value as the default instead of failing', async () => {
    const db = testDatabase();
    for (const value of ['purple', 42, null, { theme: 'dark' }, ['dark']]) {
      await db.settings.put({ key: 'theme', value });
      expect(await readSetting(db, themeSetting), JSON.stringify(value)).toBe('system');
    }
  });

  it('refuse to write a value outside the setting’s schema and keep the stored one', async () => {
    const db = testDatabase();
    await writeSetting(db, themeSetting, 'light');
    await expect(writeSetting(db, themeSetting, 'purple' as never)).rejects.toThrow();
    expect(await readSetting(db, themeSetting)).toBe('light');
  });
});
