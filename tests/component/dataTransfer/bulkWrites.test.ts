// The repository's bulk writes for import and restore, on a real (fake-indexeddb) database:
// each is one transaction, so a failure part-way leaves the database exactly as it was.
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import type { AppDatabase } from '../../../renderer/src/db/db';
import { anApplication, CREATED_AT } from '../applicationFixture';
import { databaseWith, storedState } from './transferTestKit';

const A = anApplication('a', { company: 'Stripe' });
const B = anApplication('b', { company: 'Figma' });
const C = anApplication('c', { company: 'Datadog' });

/** Makes the database fail when it is about to store the `nth` new row, as a full disk would. */
function failOnNthAdd(db: AppDatabase, nth: number) {
  let adds = 0;
  db.applications.hook('creating', () => {
    adds += 1;
    if (adds === nth) throw new Error('The disk failed');
  });
}

describe('replaceAll', () => {
  it('replaces every application and setting', async () => {
    const db = await databaseWith([A], [{ key: 'theme', value: 'dark' }]);
    await applicationsRepository(db).replaceAll({ applications: [B, C], settings: [{ key: 'x', value: 1 }] });
    expect(await storedState(db)).toEqual({ applications: [B, C], settings: [{ key: 'x', value: 1 }] });
  });

  it('leaves everything as it was when a write fails part-way', async () => {
    const db = await databaseWith([A], [{ key: 'theme', value: 'dark' }]);
    const before = await storedState(db);
    failOnNthAdd(db, 2);
    await expect(
      applicationsRepository(db).replaceAll({ applications: [B, C], settings: [{ key: 'x', value: 1 }] }),
    ).rejects.toThrow('The disk failed');
    expect(await storedState(db)).toEqual(before);
  });

  it('refuses an invalid record before touching anything', async () => {
    const db = await databaseWith([A]);
    const broken = { ...B, company: '' } as Application;
    await expect(applicationsRepository(db).replaceAll({ applications: [broken], settings: [] })).rejects.toThrow(
      'Company is required',
    );
    expect((await storedState(db)).applications).toEqual([A]);
  });
});

describe('importApplications and undoImport', () => {
  it('adds and replaces together, and Undo takes both back', async () => {
    const db = await databaseWith([A]);
    const repository = applicationsRepository(db);
    const mergedA = { ...A, tags: ['imported'] };
    const undo = await repository.importApplications({ add: [B, C], update: [mergedA] });
    expect((await storedState(db)).applications).toEqual([mergedA, B, C]);
    expect(undo).toEqual({ added: [B, C], merged: [{ before: A, after: mergedA }] });
    expect(await repository.undoImport(undo)).toEqual([]);
    expect((await storedState(db)).applications).toEqual([A]);
  });

  it('keeps what was changed since the import, as it is now, and takes back the rest', async () => {
    const db = await databaseWith([A]);
    const repository = applicationsRepository(db);
    const undo = await repository.importApplications({ add: [B, C], update: [{ ...A, tags: ['imported'] }] });
    // Figma (added) and Stripe (merged into) are edited after the import; Datadog is not.
    const figma = (await repository.update({ ...B, notes: 'Recruiter is Dana, call back Monday' }, B)).after;
    const stripe = (await repository.update({ ...A, tags: ['imported'], notes: 'Referred by Sam' }, A)).after;
    expect((await repository.undoImport(undo)).map((app) => app.company)).toEqual(['Figma', 'Stripe']);
    expect((await storedState(db)).applications).toEqual([stripe, figma]);
  });

  it('leaves deleted what was deleted since the import', async () => {
    const db = await databaseWith([A]);
    const repository = applicationsRepository(db);
    const undo = await repository.importApplications({ add: [B, C], update: [] });
    await repository.remove(['b']);
    expect(await repository.undoImport(undo)).toEqual([]);
    expect((await storedState(db)).applications).toEqual([A]);
  });

  it('refuses, writing nothing, when everything it would take back was changed since', async () => {
    const db = await databaseWith([A]);
    const repository = applicationsRepository(db);
    const undo = await repository.importApplications({ add: [B], update: [] });
    const figma = (await repository.update({ ...B, notes: 'Phone screen booked' }, B)).after;
    await expect(repository.undoImport(undo)).rejects.toThrow(
      'Nothing to undo: Figma has changed since the import, so it is kept as it is now.',
    );
    expect((await storedState(db)).applications).toEqual([A, figma]);
  });

  it('puts one it merged into back in the stage in place of a stage removed since, with a note', async () => {
    const inAssessment = anApplication('a', { company: 'Stripe' }, { stage: 'online-assessment' });
    const db = await databaseWith([inAssessment]);
    const repository = applicationsRepository(db);
    const phoneScreen = { id: 'm', stageId: 'phone-screen', phase: 'in-process' as const, at: CREATED_AT, note: '' };
    const merged = {
      ...inAssessment,
      stageId: 'phone-screen',
      stageHistory: [...inAssessment.stageHistory, phoneScreen],
    };
    const undo = await repository.importApplications({ add: [], update: [merged] });
    await repository.removeStage('online-assessment', 'technical-interview');
    await repository.undoImport(undo);
    const [stripe] = (await storedState(db)).applications;
    expect(stripe).toMatchObject({ stageId: 'phone-screen' });
    expect(stripe!.stageHistory.map((e) => [e.stageId, e.note])).toEqual([
      ['online-assessment', ''],
      ['phone-screen', 'Moved from “Online assessment”, which had been removed from your pipeline'],
    ]);
  });

  it('writes nothing when one row fails', async () => {
    const db = await databaseWith([A]);
    failOnNthAdd(db, 2);
    await expect(
      applicationsRepository(db).importApplications({ add: [B, C], update: [{ ...A, tags: ['x'] }] }),
    ).rejects.toThrow('The disk failed');
    expect((await storedState(db)).applications).toEqual([A]);
  });

  it('writes nothing when a stage it uses left the pipeline since the file was checked', async () => {
    const db = await databaseWith([A]);
    const gone = (app: Application): Application => ({
      ...app,
      stageId: 'take-home',
      stageHistory: app.stageHistory.map((entry) => ({ ...entry, stageId: 'take-home' })),
    });
    await expect(applicationsRepository(db).importApplications({ add: [B, gone(C)], update: [] })).rejects.toThrow(
      '“take-home” is not a stage of your pipeline',
    );
    await expect(applicationsRepository(db).importApplications({ add: [], update: [gone(A)] })).rejects.toThrow(
      '“take-home” is not a stage of your pipeline',
    );
    expect((await storedState(db)).applications).toEqual([A]);
  });

  it('writes nothing when an application it merges into was deleted meanwhile', async () => {
    const db = await databaseWith([A]);
    await expect(
      applicationsRepository(db).importApplications({ add: [C], update: [{ ...B, tags: ['x'] }] }),
    ).rejects.toThrow('The application b no longer exists');
    expect((await storedState(db)).applications).toEqual([A]);
  });
});
