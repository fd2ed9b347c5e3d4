import { describe, expect, it } from 'vitest';
import { toInstant } from '@shared/calendarDate';
import { describeRestore } from '../../../renderer/src/features/backups/restoreSummary';
import { anApplication } from '../applicationFixture';

// Made at 14:02 on the machine's own clock, so the sentence reads 14:02 in any time zone.
const createdAt = toInstant(new Date(2026, 10, 3, 14, 2));
const applications = (n: number) => Array.from({ length: n }, (_, i) => anApplication(`a${i}`));

describe('describeRestore', () => {
  it('says what will be replaced, by what and from when, and that stages and settings go back to the defaults when the backup has none', () => {
    expect(describeRestore(120, { createdAt, data: { applications: applications(98), settings: [] } })).toBe(
      'Replaces 120 applications with 98 from Nov 3, 2026, 2:02 PM. Your pipeline stages and settings go back to the defaults, as in the backup.',
    );
  });

  it("says stages and settings are replaced by the backup's when it holds some", () => {
    expect(
      describeRestore(1, {
        createdAt,
        data: { applications: applications(1), settings: [{ key: 'theme', value: 'dark' }] },
      }),
    ).toBe(
      "Replaces 1 application with 1 from Nov 3, 2026, 2:02 PM. Your pipeline stages and settings are replaced by the backup's too.",
    );
  });

  it('says restores when there is nothing to replace', () => {
    expect(describeRestore(0, { createdAt, data: { applications: applications(2), settings: [] } })).toBe(
      'Restores 2 applications from Nov 3, 2026, 2:02 PM. Your pipeline stages and settings go back to the defaults, as in the backup.',
    );
  });
});
