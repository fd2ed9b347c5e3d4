// Renders the Settings view alone on a test database, with the messages shown at the bottom of
// the window (their Undo included), and a user to drive it. `leave` and `comeBack` choose another
// view and Settings again, as the side nav does: the data and the messages stay.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toasts } from '../../renderer/src/components/Toasts';
import { DataProvider } from '../../renderer/src/db/DataContext';
import type { AppDatabase } from '../../renderer/src/db/db';
import { SettingsView } from '../../renderer/src/features/settings/SettingsView';

export function renderSettings(db: AppDatabase) {
  const user = userEvent.setup({ delay: null });
  const app = (settingsShown: boolean) => (
    <DataProvider db={db}>
      {settingsShown && <SettingsView />}
      <Toasts />
    </DataProvider>
  );
  const view = render(app(true));
  return { user, ...view, leave: () => view.rerender(app(false)), comeBack: () => view.rerender(app(true)) };
}
