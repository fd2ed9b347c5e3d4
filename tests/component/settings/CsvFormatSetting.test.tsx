// Settings → Export: the CSV summary's format, a group of two radios named for what they write,
// the region's format until one is picked, and the pick kept in the settings table.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readSetting } from '../../../renderer/src/db/settings';
import { csvFormatSetting, regionCsvFormat } from '../../../renderer/src/features/export/csvFormatSetting';
import { renderSettings } from '../renderSettings';
import { testDatabase } from '../testDatabase';

describe('the CSV summary format setting', () => {
  it('is under Export, the region’s format until one is picked, and keeps the pick', async () => {
    const db = testDatabase();
    const { user } = renderSettings(db);
    const section = screen.getByRole('region', { name: 'Export' });
    const group = within(section).getByRole('group', { name: 'CSV summary format' });
    const comma = within(group).getByRole<HTMLInputElement>('radio', { name: 'Comma-separated' });
    const semicolon = within(group).getByRole<HTMLInputElement>('radio', {
      name: 'Semicolon-separated, decimal comma (Excel in most of Europe)',
    });
    // The test's browser speaks en-US: a decimal point, so commas.
    expect(regionCsvFormat()).toBe('comma');
    expect([comma.checked, semicolon.checked]).toEqual([true, false]);
    const example = document.getElementById(semicolon.getAttribute('aria-describedby')!);
    expect(example?.textContent).toBe('for example Pinterest;2513,33');

    await user.click(semicolon);
    expect([comma.checked, semicolon.checked]).toEqual([false, true]);
    await waitFor(async () => expect(await readSetting(db, csvFormatSetting)).toBe('semicolon'));
  });

  it('reads a stored value it no longer knows as the region’s format', async () => {
    const db = testDatabase();
    await db.settings.put({ key: csvFormatSetting.key, value: 'tab' });
    expect(await readSetting(db, csvFormatSetting)).toBe(regionCsvFormat());
  });
});
