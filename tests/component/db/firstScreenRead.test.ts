// The start-up read: the first screen's rows and the settings, read with IndexedDB itself before
// the app has loaded, and what the read model makes of them.
process.env.TZ = 'America/Los_Angeles';

import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, toRow } from '../../../renderer/src/db/db';
import { readFirstScreen, type StartupPage } from '../../../renderer/src/db/firstScreenRead';
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
    // 2 rows sample 8 keys: March 2 to March 9. More could be due on March 9 than were read, so
    // what is read whole ends just before it.
    expect(read?.screen?.candidates.map((row) => row.id).sort()).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09'].map((day) => `day-${day}`),
    );
    expect(read?.screen?.bound).toBe(toRow(due('x', '2026-03-09')).dates[0]! - 1);
    expect(read?.settings).toEqual([{ key: 'pipeline', value: DEFAULT_PIPELINE }]);
    expect(read?.version).toBe(db.verno * 10);
  });

  it('reads no more than its sample where many applications share a date, and ends before that date', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(
      [due('a', '2026-03-02'), ...['b', 'c', 'd', 'e'].map((id) => due(id, '2026-03-03'))].map(toRow),
    );
    db.close();
    // 1 row samples 4 keys: March 2 and three of the four on March 3.
    const read = await readFirstScreen(indexedDB, db.name, NOW, 1);
    expect(read?.screen?.candidates.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(read?.screen?.bound).toBe(toRow(due('x', '2026-03-03')).dates[0]! - 1);
    const model = createApplicationsModel(testDatabase(), {
      now: () => NOW,
      firstScreenRows: 1,
      firstScreenRead: Promise.resolve(read),
    });
    started.push(model);
    const previews = previewsOf(model);
    await model.start();
    expect(previews[0]).toEqual(['a']);
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
    const read = await readFirstScreen(indexedDB, db.name, NOW, 40);
    expect(read).toMatchObject({
      version: db.verno * 10,
      settings: [{ key: 'pipeline', value: DEFAULT_PIPELINE }],
      screen: null,
    });
    expect(await idsInPages(read!.pages)).toEqual([['past']]);
  });

  it('then reads every application, in pages in order of id, and no empty page after the last', async () => {
    const db = testDatabase();
    const apps = month();
    await db.applications.bulkAdd(apps.map(toRow));
    db.close();
    const byId = apps.map((app) => app.id).sort();
    const inPagesOf = async (size: number) =>
      idsInPages((await readFirstScreen(indexedDB, db.name, NOW, 2, size))!.pages);
    // 31 applications: three pages of ten and one of one; 31 pages of one; one page of all.
    expect(await inPagesOf(10)).toEqual([byId.slice(0, 10), byId.slice(10, 20), byId.slice(20, 30), byId.slice(30)]);
    expect(await inPagesOf(1)).toEqual(byId.map((id) => [id]));
    expect(await inPagesOf(31)).toEqual([byId]);
  });
});

/** The first screens the model shows, each as its rows' ids, as they come. */
function previewsOf(model: ApplicationsModel): string[][] {
  const previews: string[][] = [];
  model.subscribe(() => {
    const preview = model.preview();
    if (preview) previews.push(preview.map((row) => row.app.id));
  });
  return previews;
}

/** Each page the start-up read gave, in order. */
async function pagesOf(first: Promise<StartupPage>): Promise<StartupPage[]> {
  const pages: StartupPage[] = [];
  for (let page: StartupPage | null = await first; page; page = page.next && (await page.next)) pages.push(page);
  return pages;
}

async function idsInPages(first: Promise<StartupPage>): Promise<string[][]> {
  return (await pagesOf(first)).map((page) => page.rows.map((row) => row.id));
}

describe('the read model with the start-up read', () => {
  it('shows the first screen from it before every record is read, then all of them', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    const early = readFirstScreen(indexedDB, db.name, NOW, 2);
    const model = createApplicationsModel(db, { now: () => NOW, firstScreenRows: 2, firstScreenRead: early });
    started.push(model);
    const previews = previewsOf(model);
    await model.start();
    expect(previews[0]).toEqual(['day-02', 'day-03']);
    expect(model.status()).toBe('ready');
    expect(model.count()).toBe(31);
  });

  it('takes every record from its pages, keeping a write made meanwhile over the page read before it', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    const read = (await readFirstScreen(indexedDB, db.name, NOW, 2, 10))!;
    const pages = await pagesOf(read.pages);
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 10, 1]);
    // The last page, read before the write, comes to the model only after it.
    let lastPage = (_page: StartupPage) => {};
    pages[2]!.next = new Promise((resolve) => (lastPage = resolve));
    const model = createApplicationsModel(db, {
      now: () => NOW,
      firstScreenRows: 2,
      firstScreenRead: Promise.resolve({ ...read, pages: Promise.resolve(pages[0]!) }),
    });
    started.push(model);
    const repository = applicationsRepository(db, { model, now: () => NOW });
    const loading = model.start();
    const stored = fromRow((await db.applications.get('past'))!);
    expect(pages[3]!.rows.map((row) => row.id)).toEqual(['past']);
    await repository.update({ ...stored, company: 'Changed while loading' }, stored);
    lastPage(pages[3]!);
    await loading;
    expect(model.status()).toBe('ready');
    expect(model.count()).toBe(31);
    expect(model.get('past')?.app.company).toBe('Changed while loading');
  });

  it('reads every record itself when the start-up read of them fails', async () => {
    const db = testDatabase();
    await db.applications.bulkAdd(month().map(toRow));
    const read = (await readFirstScreen(indexedDB, db.name, NOW, 2))!;
    const failed = { ...read, pages: Promise.resolve({ rows: [], next: Promise.reject(new Error('aborted')) }) };
    const model = createApplicationsModel(db, {
      now: () => NOW,
      firstScreenRows: 2,
      firstScreenRead: Promise.resolve(failed),
    });
    started.push(model);
    await model.start();
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
