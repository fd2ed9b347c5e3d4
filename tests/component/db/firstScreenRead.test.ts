// The start-up read: the first screen's rows and the settings, read with IndexedDB itself before
// the app has loaded, and what the read model makes of them.
process.env.TZ = 'America/Los_Angeles';

import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { toRow } from '../../../renderer/src/db/db';
import { readFirstScreen } from '../../../renderer/src/db/firstScreenRead';
import { createApplicationsModel, type ApplicationsModel } from '../../../renderer/src/model/applicationsModel';
import { anApplication } from '../applicationFixture';
import { testDatabase } from '../testDatabase';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const due = (id: string, at: string, extra: Partial<Application> = {}) =>
  anApplication(id, { deadlines: [{ id: 'd', kind: 'application', at, label: '', done: false }], ...extra });

/** Applications due on March 2, 3, ... 31, one a day, and one due yesterday. */
function month(): Application[] {
  return [
    due('past', '2026-02-28'),
    ...Array.from({ length: 30 }, (_, i) =>
      due(`day-${String(i + 2).padStart(2, '0')}`, `2026-03-${String(i + 2).padStart(2, '0')}`),
    ),
  ];
}

const started: ApplicationsModel[] = [];
afterEach(() => started.splice(0).forEach((model) => model.stop()));

describe('readFirstScreen', () => {
  it('reads every application dated from today up to the sampled bound, and the settings', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    await db.settings.put({ key: 'pipeline', value: DEFAULT_PIPELINE });
    db.close();

    const read = await readFirstScreen(indexedDB, db.name, NOW, 2);
    // 2 rows sample 8 keys: March 2 to March 9.
    expect(read?.screen?.candidates.map((row) => row.id).sort()).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09'].map((day) => `day-${day}`),
    );
    expect(read?.screen?.bound).toBe(toRow(due('x', '2026-03-09')).dates[0]);
    expect(read?.settings).toEqual([{ key: 'pipeline', value: DEFAULT_PIPELINE }]);
    expect(read?.version).toBe(db.verno * 10);
  });

  it('reads up to the last date when there are fewer than the sample', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd([due('a', '2026-03-04'), due('b', '2026-03-05')].map(toRow));
    db.close();
    const read = await readFirstScreen(indexedDB, db.name, NOW, 40);
    expect(read?.screen?.candidates.map((row) => row.id).sort()).toEqual(['a', 'b']);
    expect(read?.screen?.bound).toBe(toRow(due('x', '2026-03-05')).dates[0]);
  });

  it('creates no database where there is none, and reads nothing', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    expect(await readFirstScreen(indexedDB, name, NOW, 40)).toBeNull();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
  });

  it('reads no first screen from a database with nothing dated from today on, but its version and settings', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd([due('past', '2026-02-28')].map(toRow));
    await db.settings.put({ key: 'pipeline', value: DEFAULT_PIPELINE });
    db.close();
    expect(await readFirstScreen(indexedDB, db.name, NOW, 40)).toEqual({
      version: db.verno * 10,
      settings: [{ key: 'pipeline', value: DEFAULT_PIPELINE }],
      screen: null,
    });
  });
});

describe('the read model with the start-up read', () => {
  it('shows the first screen from it before every record is read, then all of them', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    const early = readFirstScreen(indexedDB, db.name, NOW, 2);
    const model = createApplicationsModel(db, { now: () => NOW, firstScreenRows: 2, firstScreenRead: early });
    started.push(model);
    const previews: string[][] = [];
    model.subscribe(() => {
      const preview = model.preview();
      if (preview) previews.push(preview.map((row) => row.app.id));
    });
    await model.start();
    expect(previews[0]).toEqual(['day-02', 'day-03']);
    expect(model.status()).toBe('ready');
    expect(model.count()).toBe(31);
  });

  it('waits for the full read when the start-up read is of another version or failed', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    for (const early of [
      () => readFirstScreen(indexedDB, db.name, NOW, 2).then((read) => read && { ...read, version: 10 }),
      () => Promise.reject(new Error('blocked')),
    ]) {
      const model = createApplicationsModel(db, { now: () => NOW, firstScreenRows: 2, firstScreenRead: early() });
      started.push(model);
      const statuses: string[] = [];
      model.subscribe(() => statuses.push(model.status()));
      await model.start();
      expect(statuses).not.toContain('preview');
      expect(model.count()).toBe(31);
    }
  });
});
