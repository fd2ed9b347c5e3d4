// Settings → Appearance: the theme radios show the choice at once, while it is saved, and go
// back to the stored theme with a message when saving fails.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readSetting, themeSetting } from '../../../renderer/src/db/settings';
import { renderSettings } from '../renderSettings';
import { testDatabase } from '../testDatabase';

function heldWrites(db: ReturnType<typeof testDatabase>) {
  const put = db.settings.put.bind(db.settings);
  const held: { finish: () => Promise<unknown>; fail: () => void }[] = [];
  vi.spyOn(db.settings, 'put').mockImplementation(
    (...args: Parameters<typeof put>) =>
      new Promise((resolve, reject) => {
        held.push({ finish: () => put(...args).then(resolve, reject), fail: () => reject(new Error('Disk full')) });
      }) as ReturnType<typeof put>,
  );
  return held;
}

const checked = () =>
  within(screen.getByRole('group', { name: 'Theme' }))
    .getAllByRole('radio')
    .filter((radio) => (radio as HTMLInputElement).checked)
    .map((radio) => radio.parentElement?.textContent);

describe('the theme setting', () => {
  it('shows the chosen theme as soon as it is clicked, before it is saved', async () => {
    const db = testDatabase();
    const held = heldWrites(db);
    const { user } = renderSettings(db);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(checked()).toEqual(['Dark']);

    await held[0]!.finish();
    expect(await readSetting(db, themeSetting)).toBe('dark');
    await waitFor(() => expect(checked()).toEqual(['Dark']));
  });

  it('goes back to the stored theme and says why when it cannot be saved', async () => {
    const db = testDatabase();
    const held = heldWrites(db);
    const { user } = renderSettings(db);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(checked()).toEqual(['Dark']);
    held[0]!.fail();

    expect((await screen.findByRole('alert')).textContent).toContain('The theme could not be saved: Disk full');
    expect(checked()).toEqual(['Same as the system']);
  });
});
