// The repository is the only writer of applications: every write is validated, atomic, and
// keeps the derived `dates` index in step. Real Dexie on fake-indexeddb, a fresh database per test.
process.env.TZ = 'America/Los_Angeles';

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application, Cohort, Deadline } from '@shared/application';
import { SAMPLE_APPLICATION } from '@shared/sampleApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import { NotFoundError, StorageFullError, ValidationFailedError } from '../../../renderer/src/db/errors';
import { testDatabase } from '../testDatabase';

const MAY: Cohort = { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' };
const JUNE: Cohort = { id: 'june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' };
const march = [new Date('2026-03-01T00:00:00-08:00'), new Date('2026-03-31T23:59:59-07:00')] as const;
const may = [new Date('2026-05-01T00:00:00-07:00'), new Date('2026-05-31T23:59:59-07:00')] as const;
const june = [new Date('2026-06-01T00:00:00-07:00'), new Date('2026-06-30T23:59:59-07:00')] as const;
const OA: Deadline = {
  id: 'oa',
  kind: 'assessment',
  at: '2026-03-05T17:00:00-08:00',
  label: 'HackerRank',
  done: false,
};

/** A repository on a fresh database, with a clock the test moves and predictable ids. */
function setup() {
  const db = testDatabase();
  const clock = { now: new Date('2026-03-01T12:00:00-08:00') };
  let ids = 0;
  const repository = applicationsRepository(db, { now: () => clock.now, newId: () => `app-${++ids}` });
  const tick = (iso: string) => {
    clock.now = new Date(iso);
  };
  return { db, repository, tick };
}

async function stored(db: AppDatabase, id: string): Promise<Application | undefined> {
  const row = await db.applications.get(id);
  return row && fromRow(row);
}

async function idsByDate(db: AppDatabase, from: Date, to: Date): Promise<string[]> {
  const ids = await db.applications.where('dates').between(from.getTime(), to.getTime(), true, true).primaryKeys();
  return [...new Set(ids)].sort();
}

async function expectValidationFailure(promise: Promise<unknown>, issues: { path: string; message: string }[]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailedError);
  expect((error as ValidationFailedError).issues).toEqual(issues);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('add', () => {
  it('stores a complete, valid record with one history entry at the current time', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    expect(app).toMatchObject({
      id: 'app-1',
      status: 'wishlist',
      statusHistory: [{ status: 'wishlist', at: '2026-03-01T12:00:00-08:00', note: '' }],
      createdAt: '2026-03-01T12:00:00-08:00',
      updatedAt: '2026-03-01T12:00:00-08:00',
      archivedAt: null,
    });
    expect(await stored(db, 'app-1')).toEqual(app);
  });

  it('starts at the status it is given', async () => {
    const { repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'applied');
    expect(app.status).toBe('applied');
    expect(app.statusHistory.map((h) => h.status)).toEqual(['applied']);
  });

  it('stores the Pinterest sample as given', async () => {
    const { db, repository } = setup();
    const app = await repository.add(SAMPLE_APPLICATION);
    expect(await stored(db, app.id)).toEqual({ ...app, ...SAMPLE_APPLICATION });
  });

  it('refuses an invalid record with its field messages and stores nothing', async () => {
    const { db, repository } = setup();
    await expectValidationFailure(repository.add({ company: '  ', role: 'ML Intern', postingUrl: 'pinterest' }), [
      { path: 'company', message: 'Company is required' },
      { path: 'postingUrl', message: 'Expected a web address starting with https://' },
    ]);
    expect(await db.applications.count()).toBe(0);
  });

  it('explains the refusal in words: one line per field', async () => {
    const { repository } = setup();
    await expect(repository.add({ company: '', role: '' })).rejects.toThrow(
      'company: Company is required\nrole: Role is required',
    );
  });
});

describe('update', () => {
  it('saves the edited fields and the update time, keeping the stored history, status and creation time', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.changeStatus(app.id, 'applied');
    tick('2026-03-02T08:00:00-08:00');
    // An editor holding an old copy must not roll back the status or its history.
    const saved = await repository.update({
      ...app,
      role: 'Machine Learning Intern',
      notes: 'Referral from Sam',
      createdAt: '2020-01-01T00:00:00Z',
    });
    expect(saved).toMatchObject({
      role: 'Machine Learning Intern',
      notes: 'Referral from Sam',
      status: 'applied',
      createdAt: '2026-03-01T12:00:00-08:00',
      updatedAt: '2026-03-02T08:00:00-08:00',
    });
    expect(saved.statusHistory.map((h) => h.status)).toEqual(['wishlist', 'applied']);
    expect(await stored(db, app.id)).toEqual(saved);
  });

  it('refuses an invalid edit and leaves the stored record as it was', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', cohorts: [MAY] });
    const broken = { ...app, company: 'Pinterest Inc.', cohorts: [{ ...MAY, end: '2026-05-01' }] };
    await expectValidationFailure(repository.update(broken), [
      { path: 'cohorts.0.end', message: 'The cohort ends before it starts' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('says the application no longer exists when it was deleted meanwhile', async () => {
    const { repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.remove([app.id]);
    await expect(repository.update(app)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repository.update(app)).rejects.toThrow(`The application ${app.id} no longer exists.`);
  });
});

describe('changeStatus', () => {
  it('appends the change at the current time with its note, and sets the applied date', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-03T09:15:00-08:00');
    const changed = await repository.changeStatus(app.id, 'applied', { note: 'Applied on the careers site' });
    expect(changed.statusHistory.at(-1)).toEqual({
      status: 'applied',
      at: '2026-03-03T09:15:00-08:00',
      note: 'Applied on the careers site',
    });
    expect(changed).toMatchObject({
      status: 'applied',
      appliedAt: '2026-03-03',
      updatedAt: '2026-03-03T09:15:00-08:00',
    });
    expect(await stored(db, app.id)).toEqual(changed);
  });

  it('files a back-dated change in its place and keeps the current status', async () => {
    const { repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-10T09:00:00-08:00');
    await repository.changeStatus(app.id, 'applied');
    tick('2026-03-20T09:00:00-08:00');
    await repository.changeStatus(app.id, 'interviewing');
    const changed = await repository.changeStatus(app.id, 'assessment', { at: '2026-03-15T10:00:00-07:00' });
    expect(changed.statusHistory.map((h) => h.status)).toEqual(['wishlist', 'applied', 'assessment', 'interviewing']);
    expect(changed.status).toBe('interviewing');
  });

  it('refuses a change time without a time zone and changes nothing', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await expectValidationFailure(repository.changeStatus(app.id, 'applied', { at: '2026-03-15T10:00' }), [
      {
        path: 'statusHistory.1.at',
        message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00',
      },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });
});

describe('deadlines, cohorts and the dates index', () => {
  it('indexes open deadlines and cohort starts, so “what is due in March” is a range query', async () => {
    const { db, repository } = setup();
    const withDates = await repository.add({
      company: 'Pinterest',
      role: 'ML Intern',
      deadlines: [OA],
      cohorts: [MAY, JUNE],
    });
    await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    expect((await db.applications.get(withDates.id))?.dates).toEqual([
      Date.parse('2026-03-05T17:00:00-08:00'),
      new Date(2026, 4, 18).getTime(),
      new Date(2026, 5, 15).getTime(),
    ]);
    expect(await idsByDate(db, ...march)).toEqual([withDates.id]);
  });

  it('drops a deadline from the index when it is marked done, and restores it when undone', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', deadlines: [OA] });
    const done = await repository.setDeadlineDone(app.id, 'oa', true);
    expect(done.deadlines[0]?.done).toBe(true);
    expect(await idsByDate(db, ...march)).toEqual([]);
    await repository.setDeadlineDone(app.id, 'oa', false);
    expect(await idsByDate(db, ...march)).toEqual([app.id]);
  });

  it('indexes only the chosen cohort’s start once one is chosen', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', cohorts: [MAY, JUNE] });
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
    const chosen = await repository.chooseCohort(app.id, 'june');
    expect(chosen.chosenCohortId).toBe('june');
    expect(await idsByDate(db, ...may)).toEqual([]);
    expect(await idsByDate(db, ...june)).toEqual([app.id]);
    await repository.chooseCohort(app.id, null);
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
  });

  it('moves an application in the index when an edit moves its deadline', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', deadlines: [OA] });
    await repository.update({ ...app, deadlines: [{ ...OA, at: '2026-05-04' }] });
    expect(await idsByDate(db, ...march)).toEqual([]);
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
  });

  it('refuses to choose a cohort the application does not have', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', cohorts: [MAY] });
    await expectValidationFailure(repository.chooseCohort(app.id, 'june'), [
      { path: 'chosenCohortId', message: 'The chosen cohort is not one of the cohorts' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });
});

describe('setArchived', () => {
  it('archives and unarchives several applications at once, ignoring ids that are gone', async () => {
    const { db, repository, tick } = setup();
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const c = await repository.add({ company: 'Figma', role: 'Design Intern' });
    tick('2026-03-04T10:00:00-08:00');
    await repository.setArchived([a.id, b.id, 'app-gone'], true);
    expect((await stored(db, a.id))?.archivedAt).toBe('2026-03-04T10:00:00-08:00');
    expect((await stored(db, b.id))?.updatedAt).toBe('2026-03-04T10:00:00-08:00');
    expect(await stored(db, c.id)).toEqual(c);
    expect(await db.applications.count()).toBe(3);
    await repository.setArchived([a.id], false);
    expect((await stored(db, a.id))?.archivedAt).toBeNull();
  });
});

describe('remove and restore (undo)', () => {
  it('deletes and hands back the full records; restoring puts them back exactly, history included', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({
      company: 'Pinterest',
      role: 'ML Intern',
      deadlines: [OA],
      cohorts: [MAY],
      tags: ['ml'],
    });
    tick('2026-03-02T09:00:00-08:00');
    await repository.changeStatus(app.id, 'applied', { note: 'Referral' });
    tick('2026-03-09T09:00:00-08:00');
    const before = await repository.changeStatus(app.id, 'interviewing');
    const other = await repository.add({ company: 'Stripe', role: 'SWE Intern' });

    const removed = await repository.remove([app.id, 'app-gone']);
    expect(removed).toEqual([before]);
    expect(await db.applications.count()).toBe(1);
    expect(await idsByDate(db, ...march)).toEqual([]);

    await repository.restore(removed);
    expect(await stored(db, app.id)).toEqual(before);
    expect((await stored(db, app.id))?.statusHistory.map((h) => [h.status, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Referral'],
      ['interviewing', ''],
    ]);
    expect(await idsByDate(db, ...march)).toEqual([app.id]);
    expect(await db.applications.where('tags').equals('ml').primaryKeys()).toEqual([app.id]);
    expect(await stored(db, other.id)).toEqual(other);
  });

  it('restores nothing when one of the records is invalid', async () => {
    const { db, repository } = setup();
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const removed = await repository.remove([a.id, b.id]);
    const damaged = [removed[0]!, { ...removed[1]!, status: 'offer' as const }];
    await expectValidationFailure(repository.restore(damaged), [
      { path: 'status', message: 'The status does not match the latest history entry' },
    ]);
    expect(await db.applications.count()).toBe(0);
  });
});

describe('a full disk', () => {
  const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('is reported as StorageFullError when adding, and nothing is stored', async () => {
    const { db, repository } = setup();
    vi.spyOn(db.applications, 'add').mockRejectedValue(quotaExceeded());
    const error = await repository.add({ company: 'Pinterest', role: 'ML Intern' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(
      'There is no room left to save on this disk. Nothing was changed. Free up some disk space and try again.',
    );
    vi.restoreAllMocks();
    expect(await db.applications.count()).toBe(0);
  });

  it('is reported as StorageFullError when a change is saved, and the stored record is unchanged', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    vi.spyOn(db.applications, 'put').mockRejectedValue(quotaExceeded());
    await expect(repository.changeStatus(app.id, 'applied')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('rolls back what was already written in the same transaction', async () => {
    const { db, repository } = setup();
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const table = db.applications;
    const realPut = table.put.bind(table);
    // The disk fills up after the first of the two rows is written.
    vi.spyOn(table, 'bulkPut').mockImplementation((rows) =>
      Dexie.Promise.resolve(realPut(rows[0]!)).then(() => {
        throw quotaExceeded();
      }),
    );
    await expect(repository.setArchived([a.id, b.id], true)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await stored(db, a.id)).toEqual(a);
    expect(await stored(db, b.id)).toEqual(b);
  });

  it('is recognised when IndexedDB itself refuses the write (as Dexie wraps it)', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaExceeded();
    });
    await expect(repository.setDeadlineDone(app.id, 'none', true)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('is not claimed for other failures', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db, { newId: () => 'same-id' });
    await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const error = await repository.add({ company: 'Stripe', role: 'SWE Intern' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StorageFullError);
    expect((error as Error).name).toBe('ConstraintError');
    expect((await stored(db, 'same-id'))?.company).toBe('Pinterest');
  });
});

describe('rows', () => {
  it('are the domain record plus the derived dates, and fromRow gives back the record', () => {
    const app = { ...(SAMPLE_APPLICATION as unknown as Application), id: 'x' };
    const row = toRow(app);
    expect(Object.keys(row).sort()).toEqual([...Object.keys(app), 'dates'].sort());
    expect(fromRow(row)).toEqual(app);
  });
});
