// The restore confirmation names the values a backup holds outside today's bounds: they come
// back as they were, and the student learns which to correct.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import { RestoreConfirmation } from '../../../renderer/src/features/backups/RestoreConfirmation';
import { anApplication } from '../applicationFixture';

const backup = (outOfBounds: string[]) => ({
  fromSchemaVersion: 2,
  appVersion: '0.1.0',
  createdAt: toInstant(new Date(2026, 10, 3, 14, 2)),
  data: { applications: [anApplication('a1')], settings: [] },
  outOfBounds,
});
const noop = () => undefined;

describe('the restore confirmation', () => {
  it('lists values outside the bounds, five and a count of the rest', () => {
    const lines = Array.from(
      { length: 7 },
      (_, i) => `Application ${i + 1}: 'pay.max': Pay above 1,000,000,000 is not a real amount`,
    );
    render(<RestoreConfirmation backup={backup(lines)} currentApplications={3} onCancel={noop} onConfirm={noop} />);
    const note = screen.getByRole('region', { name: 'Values to correct' });
    expect(note.textContent).toContain(
      '7 values in this backup are outside what the app now accepts. They are restored as they are',
    );
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(lines.slice(0, 5));
    expect(note.textContent).toContain('… and 2 more values.');
  });

  it('says the pipeline stages and settings are replaced too, even by a backup that has only the defaults', () => {
    render(<RestoreConfirmation backup={backup([])} currentApplications={3} onCancel={noop} onConfirm={noop} />);
    expect(screen.getByRole('dialog', { name: 'Restore this backup?' }).textContent).toContain(
      'Replaces 3 applications with 1 from Nov 3, 2026, 2:02 PM. Your pipeline stages and settings go back to the defaults, as in the backup.',
    );
  });

  it('says nothing of bounds when every value is within them', () => {
    render(<RestoreConfirmation backup={backup([])} currentApplications={3} onCancel={noop} onConfirm={noop} />);
    expect(screen.queryByRole('region', { name: 'Values to correct' })).toBeNull();
  });
});
