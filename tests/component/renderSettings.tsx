// Renders the Settings view alone on a test database, with the messages shown at the bottom of
// the window (their Undo included), and a user to drive it.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toasts } from '../../renderer/src/components/Toasts';
import { DataProvider } from '../../renderer/src/db/DataContext';
import type { AppDatabase } from '../../renderer/src/db/db';
import { SettingsView } from '../../renderer/src/features/settings/SettingsView';

export function renderSettings(db: AppDatabase) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <DataProvider db={db}>
      <SettingsView />
      <Toasts />
    </DataProvider>,
  );
  return { user, ...view };
}
