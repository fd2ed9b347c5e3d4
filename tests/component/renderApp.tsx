// Renders the whole window on a test database, as main.tsx does, with a user to drive it.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { DataProvider } from '../../renderer/src/db/DataContext';
import type { AppDatabase } from '../../renderer/src/db/db';

export function renderApp(db: AppDatabase) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <DataProvider db={db}>
      <App />
    </DataProvider>,
  );
  return { user, ...view };
}
