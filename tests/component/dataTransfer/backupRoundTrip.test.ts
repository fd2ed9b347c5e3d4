// Property: whatever the applications and settings, a backup restored into an empty database
// gives back exactly the same data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '@shared/backup/backupFormat';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import {
  backupText,
  readTables,
  sha256,
  verifyBackupText,
} from '../../../renderer/src/features/backups/databaseBackup';
import { applicationArb } from '../../unit/arbitraries';
import { anApplication } from '../applicationFixture';
import { testDatabase } from '../testDatabase';
import { databaseWith, storedState } from './transferTestKit';

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));

const settingsArb = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 20 }), value: fc.jsonValue({ maxDepth: 3 }) }),
  { selector: (setting) => setting.key, maxLength: 4 },
);

describe('backup and restore', () => {
  it('give back exactly the data that was backed up, in an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(applicationArb, { selector: (app) => app.id, maxLength: 8 }),
        settingsArb,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        async (applications, settings, now) => {
          const source = await databaseWith(applications, settings);
          const text = await backupText(await readTables(source), now);

          const verified = await verifyBackupText(text);
          if (!verified.ok) throw new Error(verified.error);
          const target = testDatabase();
          await applicationsRepository(target).replaceAll(verified.value.data);

          const restored = await storedState(target);
          expect(byId(restored.applications)).toEqual(byId(applications));
          // Settings hold any JSON value; a backup is JSON, so -0 comes back as 0.
          expect(byKey(restored.settings)).toEqual(byKey(JSON.parse(JSON.stringify(settings))));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('read a backup made before schema 3 (which added recently deleted) as it was made', async () => {
    const data = {
      applications: [anApplication('stripe'), anApplication('figma')],
      settings: [{ key: 'pipeline', value: DEFAULT_PIPELINE }],
    };
    const options = { schemaVersion: 2, appVersion: '0.1.0', now: new Date('2026-12-01T12:00:00Z'), digest: sha256 };
    const verified = await verifyBackupText(JSON.stringify(await createBackup(data, options)));
    if (!verified.ok) throw new Error(verified.error);
    expect(verified.value.fromSchemaVersion).toBe(2);
    expect(verified.value.data).toEqual(data);
  });
});
