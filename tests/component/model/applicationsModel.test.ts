// The read model: loaded once, then patched by each write with the work of that write only.
process.env.TZ = 'America/Los_Angeles';

import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { addUnsavedCheck, hasUnsavedWork } from '../../../renderer/src/components/unsavedWork';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { openDatabase, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import {
  createApplicationsModel,
  type ApplicationsModel,
  type RecordChange,
  type RowChange,
} from '../../../renderer/src/model/applicationsModel';
import { anApplication } from '../applicationFixture';
import { testDatabase } from '../testDatabase';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const deadline = (at: string) => [{ id: 'd', kind: 'application' as const, at, label: '', done: false }];

const started: ApplicationsModel[] = [];
afterEach(() => started.splice(0).forEach((model) => model.stop()));

async function seeded(apps: Application[], pageSize = 7) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  const model = createApplicationsModel(db, { now: () => NOW, pageSize, firstScreenRows: 2 });
  started.push(model);
  const changes: RowChange[][] = [];
  model.addIndex({ reset: () => undefined, apply: (c) => void changes.push([...c]) });
  await model.start();
  const repository = applicationsRepository(db, { model, now: () => NOW });
  return { db, model, repository, changes };
}

function many(count: number): Application[] {
  return Array.from({ length: count }, (_, i) =>
    anApplication(`app-${String(i).padStart(3, '0')}`, {
      deadlines: deadline(`2026-04-${String((i % 28) + 1).padStart(2, '0')}`),
    }),
  );
}

describe('the read model', () => {
  it('loads every record, a page at a time, and then says it is ready', async () => {
    const { model } = await seeded(many(30), 7);
    expect(model.status()).toBe('ready');
    expect(model.count()).toBe(30);
    expect(model.get('app-029')?.next).toMatchObject({ type: 'deadline', at: '2026-04-02' });
    expect(model.preview()).toBeNull();
  });

  it('takes an edit through the repository as written, changing that row only and reading nothing back', async () => {
    const { db, model, repository, changes } = await seeded(many(30));
    const untouched = model.get('app-001');
    const reads = [vi.spyOn(db.applications, 'toArray'), vi.spyOn(db.applications, 'bulkGet')];
    const heard: RecordChange[] = [];
    model.onRecordsChanged((change) => heard.push(change));

    const opened = model.get('app-002')!.app;
    const edited = (await repository.update({ ...opened, company: 'Figma' }, opened)).after;

    expect(model.get('app-002')?.app).toEqual(edited);
    expect(model.get('app-001')).toBe(untouched);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.map((c) => c.after?.app.company)).toEqual(['Figma']);
    expect(heard).toEqual([{ put: [edited], removed: [] }]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('counts a write as unsaved work while it is being written, so leaving the page asks first', async () => {
    const { model, repository } = await seeded(many(3));
    const opened = model.get('app-001')!.app;
    const saving = repository.update({ ...opened, notes: 'Call back Friday' }, opened);
    expect([model.writeInFlight(), hasUnsavedWork()]).toEqual([true, false]);
    const removeCheck = addUnsavedCheck(() => model.writeInFlight());
    expect(hasUnsavedWork()).toBe(true);
    await saving;
    expect([model.writeInFlight(), hasUnsavedWork()]).toEqual([false, false]);
    removeCheck();
  });

  it('drops a deleted record and brings it back on undo', async () => {
    const { model, repository } = await seeded(many(5));
    const removed = await repository.remove(['app-003']);
    expect(model.get('app-003')).toBeUndefined();
    expect(model.count()).toBe(4);
    await repository.restoreDeleted(removed);
    expect(model.get('app-003')?.app).toEqual(removed[0]!.application);
  });

  it('reads back, by key, a record another tab wrote', async () => {
    const { db, model } = await seeded(many(10));
    const bulkGet = vi.spyOn(db.applications, 'bulkGet');
    const otherTab: AppDatabase = openDatabase(db.name);
    const changed = { ...model.get('app-004')!.app, company: 'Written elsewhere' };
    await otherTab.applications.put(toRow(changed));
    otherTab.close();

    await waitFor(() => expect(model.get('app-004')?.app.company).toBe('Written elsewhere'));
    expect(bulkGet).toHaveBeenCalledWith(['app-004']);
  });

  it('takes an import of many records as written, not reading every record back', async () => {
    const { db, model, repository } = await seeded(many(10));
    // Dexie's notice of a bulk write of 50 records or more names the whole table, not their keys.
    const imported = many(70).map((app) => ({ ...app, id: `new-${app.id}`, company: 'Imported' }));
    const toArray = vi.spyOn(db.applications, 'toArray');
    await repository.importApplications({ add: imported, update: [] });
    expect(model.count()).toBe(80);
    expect(model.get('new-app-069')?.app.company).toBe('Imported');
    expect(toArray).not.toHaveBeenCalled();
  });

  it("reads every record back after another tab's bulk write, which names no keys", async () => {
    const { db, model } = await seeded(many(60));
    const toArray = vi.spyOn(db.applications, 'toArray');
    const otherTab: AppDatabase = openDatabase(db.name);
    await otherTab.applications.bulkPut(
      [...model.rows()].map((row) => toRow({ ...row.app, company: 'Written elsewhere' })),
    );
    otherTab.close();

    await waitFor(() => expect(model.get('app-059')?.app.company).toBe('Written elsewhere'));
    expect(toArray).toHaveBeenCalled();
  });

  it('keeps the order in which next dates run out through a write of hundreds', async () => {
    const { model, repository } = await seeded(many(10));
    // Due in order, the first on March 2 (NOW is March 1): more than are placed one by one.
    const imported = Array.from({ length: 250 }, (_, i) =>
      anApplication(`due-${String(i).padStart(3, '0')}`, {
        deadlines: deadline(`2026-03-${String(2 + (i % 20)).padStart(2, '0')}`),
      }),
    );
    await repository.importApplications({ add: imported, update: [] });
    model.tick(new Date('2026-03-03T00:30:00-08:00'));
    // The deadlines of March 2 ran out: those rows now show their next date, or none.
    expect(model.get('due-000')?.next).toBeNull();
    expect(model.get('due-001')?.next).toMatchObject({ type: 'deadline', at: '2026-03-03' });
  });

  it('replaces every row on a restore', async () => {
    const { model, repository } = await seeded(many(6));
    const restored = [anApplication('only-one', { company: 'Restored' })];
    await repository.replaceAll({ applications: restored, settings: [] });
    expect([...model.rows()].map((row) => row.app.id)).toEqual(['only-one']);
  });

  it('keeps a write made while it was loading, whatever page held the old record', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(many(40).map(toRow));
    const model = createApplicationsModel(db, { now: () => NOW, pageSize: 3 });
    started.push(model);
    const repository = applicationsRepository(db, { model, now: () => NOW });
    const loading = model.start();
    const stored = (await db.applications.get('app-039'))!;
    await repository.update({ ...stored, company: 'Changed while loading' }, stored);
    await loading;
    expect(model.get('app-039')?.app.company).toBe('Changed while loading');
    expect(model.count()).toBe(40);
  });
});

describe('the minute tick', () => {
  it('works out again only the rows whose next date ran out', async () => {
    const soon = anApplication('soon', {
      deadlines: [
        { id: 'a', kind: 'assessment', at: '2026-03-01T12:30:00-08:00', label: '', done: false },
        { id: 'b', kind: 'interview', at: '2026-03-09T10:00:00-08:00', label: '', done: false },
      ],
    });
    const later = anApplication('later', { deadlines: deadline('2026-03-20') });
    const { model, changes } = await seeded([soon, later]);
    const laterRow = model.get('later');

    model.tick(new Date('2026-03-01T12:20:00-08:00'));
    expect(changes).toHaveLength(0);

    model.tick(new Date('2026-03-01T12:31:00-08:00'));
    expect(model.get('soon')?.next).toMatchObject({ deadlineId: 'b' });
    expect(model.get('later')).toBe(laterRow);
    expect(changes).toEqual([[expect.objectContaining({ after: model.get('soon') })]]);
  });

  it('keeps an all-day date as next until its day is over', async () => {
    const app = anApplication('day', {
      cohorts: [{ id: 'c', start: '2026-03-02', end: '2026-05-20', label: '' }],
      deadlines: deadline('2026-03-10'),
    });
    const { model } = await seeded([app]);
    model.tick(new Date('2026-03-02T23:59:00-08:00'));
    expect(model.get('day')?.next).toMatchObject({ type: 'cohort-start' });
    model.tick(new Date('2026-03-03T00:00:00-08:00'));
    expect(model.get('day')?.next).toMatchObject({ type: 'deadline', at: '2026-03-10' });
  });

  it('tells views at midnight, when "in 3 days" becomes "in 2 days", though no row changed', async () => {
    const { model } = await seeded([anApplication('x', { deadlines: deadline('2026-03-20') })]);
    const listener = vi.fn();
    model.subscribe(listener);
    model.tick(new Date('2026-03-01T18:00:00-08:00'));
    expect(listener).not.toHaveBeenCalled();
    model.tick(new Date('2026-03-02T00:01:00-08:00'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells a view that shows minutes every tick, and the table only when its rows change', async () => {
    const { model } = await seeded([anApplication('x', { deadlines: deadline('2026-03-20') })]);
    const table = vi.fn();
    const minutes = vi.fn(() => model.now().toISOString());
    model.subscribe(table);
    model.subscribeClock(minutes);
    model.tick(new Date('2026-03-01T17:00:00-08:00'));
    model.tick(new Date('2026-03-01T17:01:00-08:00'));
    expect(minutes.mock.results.map((r) => r.value)).toEqual([
      new Date('2026-03-01T17:00:00-08:00').toISOString(),
      new Date('2026-03-01T17:01:00-08:00').toISOString(),
    ]);
    expect(table).not.toHaveBeenCalled();
  });
});
