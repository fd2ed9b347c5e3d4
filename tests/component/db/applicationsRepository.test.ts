// The repository is the only writer of applications and of the pipeline: every write is
// validated (the record, and its stages against the stored pipeline), atomic, and keeps the
// derived `dates` index in step. Real Dexie on fake-indexeddb, a fresh database per test.
process.env.TZ = 'America/Los_Angeles';

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedApplicationSchema, type Application, type Cohort, type Deadline } from '@shared/application';
import type { Pipeline, Stage } from '@shared/pipeline';
import { SAMPLE_APPLICATION } from '@shared/sampleApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import {
  ChangedElsewhereError,
  ChangedSinceError,
  NotFoundError,
  StorageFullError,
  ValidationFailedError,
} from '../../../renderer/src/db/errors';
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

const stage = (id: string, name: string, phase: Stage['phase'], color: Stage['color'], removed = false): Stage => ({
  id,
  name,
  phase,
  color,
  removed,
});

/** The default pipeline, written out: what a database without a pipeline setting uses. */
const DEFAULT_STAGES: Stage[] = [
  stage('wishlist', 'Wishlist', 'saved', 'gray'),
  stage('applied', 'Applied', 'applied', 'blue'),
  stage('online-assessment', 'Online assessment', 'in-process', 'teal'),
  stage('phone-screen', 'Phone screen', 'in-process', 'teal'),
  stage('technical-interview', 'Technical interview', 'in-process', 'purple'),
  stage('final-round', 'Final round', 'in-process', 'purple'),
  stage('offer', 'Offer', 'offer', 'amber'),
  stage('accepted', 'Accepted', 'accepted', 'green'),
  stage('rejected', 'Rejected', 'closed', 'red'),
  stage('withdrawn', 'Withdrawn', 'closed', 'gray'),
  stage('declined', 'Declined', 'closed', 'orange'),
  stage('ghosted', 'Ghosted', 'closed', 'gray'),
];
const COFFEE_CHAT = stage('coffee-chat', 'Coffee chat', 'in-process', 'pink');
/** The default stages with a stage of the student's own after "Online assessment". */
const WITH_COFFEE_CHAT: Pipeline = {
  stages: [...DEFAULT_STAGES.slice(0, 3), COFFEE_CHAT, ...DEFAULT_STAGES.slice(3)],
};

/** A repository on a fresh database, with a clock the test moves and predictable ids. */
function setup() {
  const db = testDatabase();
  const clock = { now: new Date('2026-03-01T12:00:00-08:00') };
  let ids = 0;
  const repository = applicationsRepository(db, { now: () => clock.now, newId: () => `id-${++ids}` });
  const tick = (iso: string) => {
    clock.now = new Date(iso);
  };
  return { db, repository, tick };
}

async function stored(db: AppDatabase, id: string): Promise<Application | undefined> {
  const row = await db.applications.get(id);
  return row && fromRow(row);
}

async function storedPipeline(db: AppDatabase): Promise<unknown> {
  return (await db.settings.get('pipeline'))?.value;
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

describe('stored rows', () => {
  it('give back the record exactly, every field the schema has and no index keys', async () => {
    const { db, repository } = setup();
    const app = await repository.add(SAMPLE_APPLICATION);
    const read = fromRow((await db.applications.get(app.id))!);
    expect(read).toEqual(app);
    expect(Object.keys(read).sort()).toEqual(Object.keys(storedApplicationSchema.unwrap().shape).sort());
  });
});

describe('add', () => {
  it('stores a complete, valid record in the first stage, with one history entry at the current time', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    expect(app).toMatchObject({
      id: 'id-1',
      stageId: 'wishlist',
      phase: 'saved',
      stageHistory: [{ id: 'created', stageId: 'wishlist', phase: 'saved', at: '2026-03-01T12:00:00-08:00', note: '' }],
      appliedAt: null,
      excitement: null,
      sponsorship: 'unknown',
      events: [],
      followUp: null,
      offer: null,
      // New cards go to the end of their column: the rank is the creation time.
      boardRank: 1772395200000,
      createdAt: '2026-03-01T12:00:00-08:00',
      updatedAt: '2026-03-01T12:00:00-08:00',
      archivedAt: null,
    });
    expect(await stored(db, 'id-1')).toEqual(app);
  });

  it('starts in the stage it is given; one in the phase applied sets the applied date', async () => {
    const { repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'applied');
    expect(app).toMatchObject({ stageId: 'applied', phase: 'applied', appliedAt: '2026-03-01' });
    expect(app.stageHistory.map((h) => h.stageId)).toEqual(['applied']);
  });

  it('starts in the first applied stage when given the day it was applied to, whatever stage was chosen before applying', async () => {
    const { repository } = setup();
    const deadline = { ...OA, kind: 'application' as const, id: 'apply', at: '2026-03-20' };
    const app = await repository.add(
      { company: 'Zalando', role: 'Data Intern', appliedAt: '2026-02-26', deadlines: [deadline] },
      'wishlist',
    );
    expect(app).toMatchObject({ stageId: 'applied', phase: 'applied', appliedAt: '2026-02-26' });
    // Known only by its day: noon, marked so, which the details show as the date alone.
    expect(app.stageHistory.map((h) => [h.stageId, h.at, h.dayOnly])).toEqual([
      ['applied', '2026-02-26T12:00:00-08:00', true],
    ]);
    expect(app.deadlines[0]!.done).toBe(true);
  });

  it('starts in a stage of the student’s own', async () => {
    const { repository } = setup();
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'coffee-chat');
    expect(app).toMatchObject({ stageId: 'coffee-chat', phase: 'in-process' });
  });

  it('refuses a stage the pipeline does not have, or one removed from it, and stores nothing', async () => {
    const { db, repository } = setup();
    await expectValidationFailure(repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'coffee-chat'), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    await repository.removeStage('phone-screen', 'technical-interview');
    await expectValidationFailure(repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'phone-screen'), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    expect(await db.applications.count()).toBe(0);
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
      { path: 'postingUrl', message: 'Expected a web address starting with https:// or http://' },
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
  it('saves the edited fields and the update time, keeping the stored stage, history, board place and creation time', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.changeStage(app.id, { stageId: 'applied' });
    tick('2026-03-02T08:00:00-08:00');
    // An editor holding an old copy must not roll back the stage, its history or the card's place.
    const { after: saved } = await repository.update(
      {
        ...app,
        role: 'Machine Learning Intern',
        excitement: 4,
        stageId: 'offer',
        phase: 'offer',
        boardRank: 7,
        createdAt: '2020-01-01T00:00:00Z',
      },
      app,
    );
    expect(saved).toMatchObject({
      role: 'Machine Learning Intern',
      excitement: 4,
      stageId: 'applied',
      phase: 'applied',
      boardRank: 1772395200000,
      createdAt: '2026-03-01T12:00:00-08:00',
      updatedAt: '2026-03-02T08:00:00-08:00',
    });
    expect(saved.stageHistory.map((h) => h.stageId)).toEqual(['wishlist', 'applied']);
    expect(await stored(db, app.id)).toEqual(saved);
  });

  it('moves an application on the wish list to the first applied stage when an applied date is saved, dated that day', async () => {
    const { repository, tick } = setup();
    const deadline = { ...OA, kind: 'application' as const, id: 'apply', at: '2026-03-20' };
    const app = await repository.add({ company: 'Zalando', role: 'Data Intern', deadlines: [deadline] });
    tick('2026-03-04T09:00:00-08:00');
    const { after: saved } = await repository.update({ ...app, appliedAt: '2026-03-03' }, app);
    expect(saved).toMatchObject({ stageId: 'applied', phase: 'applied', appliedAt: '2026-03-03' });
    expect(saved.stageHistory.map((h) => [h.stageId, h.at, h.dayOnly])).toEqual([
      ['wishlist', '2026-03-01T12:00:00-08:00', undefined],
      ['applied', '2026-03-03T12:00:00-08:00', true],
    ]);
    // Applied: its deadline to apply is met, so no reminder comes for it.
    expect(saved.deadlines[0]!.done).toBe(true);
    // Applied today: the move is recorded now.
    const other = await repository.add({ company: 'Ramp', role: 'Intern' });
    const { after: today } = await repository.update({ ...other, appliedAt: '2026-03-04' }, other);
    expect(today.stageHistory.at(-1)).toMatchObject({ stageId: 'applied', at: '2026-03-04T09:00:00-08:00' });
    expect(today.stageHistory.at(-1)).not.toHaveProperty('dayOnly');
  });

  it('leaves the stage as it is when the applied date of one already applied to is changed', async () => {
    const { repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const moved = (await repository.changeStage(app.id, { stageId: 'phone-screen' })).after;
    const { after: saved } = await repository.update({ ...moved, appliedAt: '2026-02-20' }, moved);
    expect(saved).toMatchObject({ stageId: 'phone-screen', appliedAt: '2026-02-20' });
    expect(saved.stageHistory).toEqual(moved.stageHistory);
  });

  it('refuses an invalid edit and leaves the stored record as it was', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', cohorts: [MAY] });
    const broken = { ...app, company: 'Pinterest Inc.', cohorts: [{ ...MAY, end: '2026-05-01' }] };
    await expectValidationFailure(repository.update(broken, app), [
      { path: 'cohorts.0.end', message: 'The cohort ends before it starts' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('says the application no longer exists when it was deleted meanwhile', async () => {
    const { repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.remove([app.id]);
    await expect(repository.update(app, app)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repository.update(app, app)).rejects.toThrow(`The application ${app.id} no longer exists.`);
  });

  it('keeps what was saved elsewhere since the edit began, in the fields the edit left', async () => {
    const { db, repository, tick } = setup();
    const apply = { ...OA, kind: 'application' as const, id: 'apply', at: '2026-03-20' };
    const opened = await repository.add({ company: 'Stripe', role: 'SWE Intern', deadlines: [apply] });
    // Another tab saves the notes and records Applied while this one's form is open.
    const otherTab = applicationsRepository(db, { now: () => new Date('2026-03-01T13:00:00-08:00') });
    const theirs = (await otherTab.update({ ...opened, notes: 'Recruiter: call back Tuesday' }, opened)).after;
    await otherTab.changeStage(opened.id, { stageId: 'applied' });
    tick('2026-03-01T14:00:00-08:00');

    const { before, after } = await repository.update({ ...opened, role: 'Backend Intern' }, opened);
    expect(before.notes).toBe(theirs.notes);
    expect(after).toMatchObject({
      role: 'Backend Intern',
      notes: 'Recruiter: call back Tuesday',
      stageId: 'applied',
      appliedAt: '2026-03-01',
      deadlines: [{ ...apply, done: true }],
      updatedAt: '2026-03-01T14:00:00-08:00',
    });
    expect(await stored(db, opened.id)).toEqual(after);
  });

  it('refuses, writing nothing, an edit of a field changed elsewhere since, and saves it once told of that change', async () => {
    const { db, repository } = setup();
    const opened = await repository.add({ company: 'Stripe', role: 'SWE Intern', notes: 'Applied online' });
    const theirs = (await repository.update({ ...opened, notes: 'B: passed the OA', tags: ['b'] }, opened)).after;

    const edit = { ...opened, role: 'Backend Intern', notes: 'A: interview prep' };
    const error = await repository.update(edit, opened).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedElsewhereError);
    expect(error).toMatchObject({ stored: theirs, fields: ['notes'] });
    expect((error as Error).message).toBe('Stripe was changed elsewhere meanwhile (its notes), so this was not saved.');
    expect(await stored(db, opened.id)).toEqual(theirs);

    // Saved again over the record as it is now: this edit's fields win, the other's tags stay.
    const { after } = await repository.update({ ...theirs, role: edit.role, notes: edit.notes }, theirs);
    expect(after).toMatchObject({ role: 'Backend Intern', notes: 'A: interview prep', tags: ['b'] });
  });
});

describe('changeStage', () => {
  it('records the move at the current time with its note and an id of its own, and sets the applied date', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-03T09:15:00-08:00');
    const { before, after } = await repository.changeStage(app.id, {
      stageId: 'applied',
      note: 'Applied on the careers site',
    });
    expect(before).toEqual(app);
    expect(after.stageHistory).toEqual([
      app.stageHistory[0],
      {
        id: 'id-2',
        stageId: 'applied',
        phase: 'applied',
        at: '2026-03-03T09:15:00-08:00',
        note: 'Applied on the careers site',
      },
    ]);
    expect(after).toMatchObject({
      stageId: 'applied',
      phase: 'applied',
      appliedAt: '2026-03-03',
      updatedAt: '2026-03-03T09:15:00-08:00',
    });
    expect(await stored(db, app.id)).toEqual(after);
  });

  it('files a move known only by its day at noon of that day, among the timed moves of that day', async () => {
    const { repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-03T11:00:00-08:00');
    await repository.changeStage(app.id, { stageId: 'applied' });
    tick('2026-03-03T15:00:00-08:00');
    await repository.changeStage(app.id, { stageId: 'phone-screen' });
    const { after } = await repository.changeStage(app.id, {
      stageId: 'online-assessment',
      at: '2026-03-03T12:00:00-08:00',
      dayOnly: true,
    });
    expect(after.stageHistory.slice(1).map((h) => [h.stageId, h.at, h.dayOnly])).toEqual([
      ['applied', '2026-03-03T11:00:00-08:00', undefined],
      ['online-assessment', '2026-03-03T12:00:00-08:00', true],
      ['phone-screen', '2026-03-03T15:00:00-08:00', undefined],
    ]);
  });

  it('records a move known only by today, in the morning, at now: its noon is still to come', async () => {
    const { repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-03T09:15:00-08:00');
    const { after } = await repository.changeStage(app.id, {
      stageId: 'applied',
      at: '2026-03-03T12:00:00-08:00',
      dayOnly: true,
    });
    expect(after.stageHistory.at(-1)).toMatchObject({ at: '2026-03-03T09:15:00-08:00', dayOnly: true });
    // A move recorded later that morning comes after it, and is the current stage.
    tick('2026-03-03T10:00:00-08:00');
    const later = await repository.changeStage(app.id, { stageId: 'online-assessment' });
    expect(later.after.stageId).toBe('online-assessment');
    // So does an entry corrected to today alone.
    const corrected = await repository.editHistoryEntry(app.id, later.after.stageHistory.at(-1)!.id, {
      at: '2026-03-03T12:00:00-08:00',
      dayOnly: true,
    });
    expect(corrected.after.stageHistory.at(-1)).toMatchObject({
      stageId: 'online-assessment',
      at: '2026-03-03T10:00:00-08:00',
      dayOnly: true,
    });
  });

  it('files a back-dated move in its place and keeps the current stage', async () => {
    const { repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-10T09:00:00-08:00');
    await repository.changeStage(app.id, { stageId: 'applied' });
    tick('2026-03-20T09:00:00-07:00');
    await repository.changeStage(app.id, { stageId: 'technical-interview' });
    const { after } = await repository.changeStage(app.id, {
      stageId: 'online-assessment',
      at: '2026-03-15T10:00:00-07:00',
    });
    expect(after.stageHistory.map((h) => h.stageId)).toEqual([
      'wishlist',
      'applied',
      'online-assessment',
      'technical-interview',
    ]);
    expect(after).toMatchObject({ stageId: 'technical-interview', phase: 'in-process' });
  });

  it('is undone by putting the stage and its history back as they were', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-03T09:15:00-08:00');
    const move = await repository.changeStage(app.id, { stageId: 'rejected', note: 'Form email' });
    tick('2026-03-03T09:20:00-08:00');
    await repository.revert([move]);
    expect(await stored(db, app.id)).toEqual({ ...app, updatedAt: '2026-03-03T09:20:00-08:00' });
  });

  it('keeps what was changed since it when undone: notes saved after a move stay', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const move = await repository.changeStage(app.id, { stageId: 'applied' });
    await repository.update({ ...move.after, notes: 'Referred by Sam' }, move.after);
    await repository.revert([move]);
    expect(await stored(db, app.id)).toMatchObject({
      stageId: app.stageId,
      stageHistory: app.stageHistory,
      notes: 'Referred by Sam',
    });
  });

  it('refuses to undo a move another has followed, writing nothing, and undoes both in turn', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const accepted = await repository.changeStage(app.id, { stageId: 'accepted' });
    const declined = await repository.changeStage(app.id, { stageId: 'declined' });
    await expect(repository.revert([accepted])).rejects.toThrow(
      'Pinterest has changed since (its stage), so undo the later change first, then this one.',
    );
    expect(await stored(db, app.id)).toEqual(declined.after);

    await repository.revert([declined]);
    expect(await stored(db, app.id)).toMatchObject({ stageId: 'accepted', stageHistory: accepted.after.stageHistory });
    await repository.revert([accepted]);
    expect(await stored(db, app.id)).toMatchObject({ stageId: app.stageId, stageHistory: app.stageHistory });
  });

  it('is not undone into an application deleted since: that stays deleted, and says why', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Shopify', role: 'Backend Intern' });
    const kept = await repository.add({ company: 'Ramp', role: 'SWE Intern' });
    const move = await repository.changeStage(app.id, { stageId: 'applied' });
    const keptMove = await repository.changeStage(kept.id, { stageId: 'applied' });
    await repository.remove([app.id]);
    await expect(repository.revert([move])).rejects.toThrow(
      'Shopify has been deleted since, so there is nothing to undo.',
    );
    expect(await db.applications.get(app.id)).toBeUndefined();
    // Of several, those still there are put back.
    await repository.revert([move, keptMove]);
    expect(await db.applications.get(app.id)).toBeUndefined();
    expect(await stored(db, kept.id)).toMatchObject({ stageId: kept.stageId, stageHistory: kept.stageHistory });
  });

  it('moves to a stage of the student’s own, in its phase', async () => {
    const { repository } = setup();
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const { after } = await repository.changeStage(app.id, { stageId: 'coffee-chat' });
    expect(after.stageHistory.at(-1)).toMatchObject({ stageId: 'coffee-chat', phase: 'in-process' });
  });

  it('refuses a stage that is not in the pipeline or was removed, and changes nothing', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await expectValidationFailure(repository.changeStage(app.id, { stageId: 'interviewing' }), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    await repository.removeStage('phone-screen', 'technical-interview');
    await expectValidationFailure(repository.changeStage(app.id, { stageId: 'phone-screen' }), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('refuses a time without a time zone and changes nothing', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await expectValidationFailure(repository.changeStage(app.id, { stageId: 'applied', at: '2026-03-15T10:00' }), [
      {
        path: 'stageHistory.1.at',
        message: 'Expected a date and time with a time zone, like 2026-05-18T09:00:00-07:00',
      },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });
});

describe('correcting the history', () => {
  /** Wishlist on Mar 1, applied on Mar 3 (entry id-2), technical interview on Mar 10 (id-3). */
  async function withHistory() {
    const context = setup();
    const app = await context.repository.add({ company: 'Pinterest', role: 'ML Intern' });
    context.tick('2026-03-03T09:00:00-08:00');
    await context.repository.changeStage(app.id, { stageId: 'applied', note: 'Careers site' });
    context.tick('2026-03-10T09:00:00-07:00');
    const { after } = await context.repository.changeStage(app.id, { stageId: 'technical-interview' });
    context.tick('2026-03-11T08:00:00-07:00');
    return { ...context, app: after };
  }

  it('corrects a note, keeping the entry in its place and the current stage', async () => {
    const { db, repository, app } = await withHistory();
    const { before, after } = await repository.editHistoryEntry(app.id, 'id-2', { note: 'Referral from Sam' });
    expect(before).toEqual(app);
    expect(after.stageHistory).toEqual([
      app.stageHistory[0],
      { id: 'id-2', stageId: 'applied', phase: 'applied', at: '2026-03-03T09:00:00-08:00', note: 'Referral from Sam' },
      app.stageHistory[2],
    ]);
    expect(after).toMatchObject({ stageId: 'technical-interview', updatedAt: '2026-03-11T08:00:00-07:00' });
    expect(await stored(db, app.id)).toEqual(after);
  });

  it('moves an entry to its new time; the current stage and the applied date follow', async () => {
    const { repository, app } = await withHistory();
    const { after } = await repository.editHistoryEntry(app.id, 'id-2', { at: '2026-03-12T09:00:00-07:00' });
    expect(after.stageHistory.map((h) => h.id)).toEqual(['created', 'id-3', 'id-2']);
    expect(after).toMatchObject({ stageId: 'applied', phase: 'applied', appliedAt: '2026-03-12' });
  });

  it('changes an entry’s stage to another of the pipeline, with its phase', async () => {
    const { repository, app } = await withHistory();
    const { after } = await repository.editHistoryEntry(app.id, 'id-3', { stageId: 'rejected' });
    expect(after.stageHistory[2]).toEqual({
      id: 'id-3',
      stageId: 'rejected',
      phase: 'closed',
      at: '2026-03-10T09:00:00-07:00',
      note: '',
    });
    expect(after).toMatchObject({ stageId: 'rejected', phase: 'closed' });
  });

  it('refuses a stage the pipeline does not have, and an entry that is gone, changing nothing', async () => {
    const { db, repository, app } = await withHistory();
    await expectValidationFailure(repository.editHistoryEntry(app.id, 'id-3', { stageId: 'coffee-chat' }), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    await expectValidationFailure(repository.editHistoryEntry(app.id, 'id-9', { note: 'x' }), [
      { path: 'stageHistory', message: 'This history entry no longer exists' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });

  it('removes an entry; removing the latest puts the application back in the stage before', async () => {
    const { db, repository, app } = await withHistory();
    const { before, after } = await repository.removeHistoryEntry(app.id, 'id-3');
    expect(before).toEqual(app);
    expect(after.stageHistory).toEqual(app.stageHistory.slice(0, 2));
    expect(after).toMatchObject({ stageId: 'applied', phase: 'applied', updatedAt: '2026-03-11T08:00:00-07:00' });
    expect(await stored(db, app.id)).toEqual(after);
  });

  it('refuses to remove the only entry: an application is always in a stage', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await expectValidationFailure(repository.removeHistoryEntry(app.id, 'created'), [
      {
        path: 'stageHistory',
        message: 'The only entry of the history cannot be removed: an application is always in a stage',
      },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });
});

describe('moveOnBoard', () => {
  it('moves a card to another column: a stage move in the history and its place, in one write', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-04T10:00:00-08:00');
    const { before, after } = await repository.moveOnBoard(app.id, { stageId: 'applied', boardRank: 1500.5 });
    expect(before).toEqual(app);
    expect(after).toMatchObject({
      stageId: 'applied',
      phase: 'applied',
      appliedAt: '2026-03-04',
      boardRank: 1500.5,
      updatedAt: '2026-03-04T10:00:00-08:00',
    });
    expect(after.stageHistory.at(-1)).toEqual({
      id: 'id-2',
      stageId: 'applied',
      phase: 'applied',
      at: '2026-03-04T10:00:00-08:00',
      note: '',
    });
    expect(await stored(db, app.id)).toEqual(after);
  });

  it('moves a card within its column without touching the history', async () => {
    const { repository, tick } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    tick('2026-03-04T10:00:00-08:00');
    const { after } = await repository.moveOnBoard(app.id, { stageId: 'wishlist', boardRank: -3 });
    expect(after).toEqual({ ...app, boardRank: -3, updatedAt: '2026-03-04T10:00:00-08:00' });
  });

  it('refuses a column whose stage was removed, and changes nothing', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.removeStage('final-round', 'technical-interview');
    await expectValidationFailure(repository.moveOnBoard(app.id, { stageId: 'final-round', boardRank: 1 }), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    expect(await stored(db, app.id)).toEqual(app);
  });
});

describe('stages are checked against the stored pipeline', () => {
  it('refuses a record naming a stage the pipeline does not have, and puts nothing back', async () => {
    const { db, repository } = setup();
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'coffee-chat');
    const [removed] = await repository.remove([app.id]);
    // A pipeline without the stage, as another device's backup might hold.
    await db.settings.put({ key: 'pipeline', value: { stages: DEFAULT_STAGES } });
    await expectValidationFailure(repository.restoreDeleted([removed!]), [
      { path: 'stageId', message: '“coffee-chat” is not a stage of your pipeline' },
      { path: 'stageHistory.0.stageId', message: '“coffee-chat” is not a stage of your pipeline' },
    ]);
    expect(await db.applications.count()).toBe(0);
    expect(await db.recentlyDeleted.toArray()).toEqual([removed]);
  });

  it('refuses a record whose phase is not its stage’s', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'applied');
    const [removed] = await repository.remove([app.id]);
    const wrong = {
      ...removed!,
      application: {
        ...app,
        phase: 'offer' as const,
        stageHistory: [{ ...app.stageHistory[0]!, phase: 'offer' as const }],
      },
    };
    await db.recentlyDeleted.put(wrong);
    await expectValidationFailure(repository.restoreDeleted([wrong]), [
      { path: 'stageId', message: 'The stage “Applied” is not in the phase offer' },
      { path: 'stageHistory.0.stageId', message: 'The stage “Applied” is not in the phase offer' },
    ]);
    expect(await db.applications.count()).toBe(0);
  });

  it('accepts history naming a removed stage: it keeps its name and phase', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'phone-screen');
    await repository.changeStage(app.id, { stageId: 'final-round' });
    const [removed] = await repository.remove([app.id]);
    await repository.removeStage('phone-screen', 'technical-interview');
    await repository.restoreDeleted([removed!]);
    expect(await stored(db, app.id)).toEqual(removed!.application);
  });
});

describe('no write leaves an application in a removed stage', () => {
  /** Stripe moved Applied → Online assessment on Mar 2 (entry id-2), then to Phone screen on Mar 3 (id-3). */
  async function movedOnFromAssessment() {
    const context = setup();
    const { repository, tick } = context;
    const app = await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'applied');
    tick('2026-03-02T09:00:00-08:00');
    const toAssessment = await repository.changeStage(app.id, { stageId: 'online-assessment' });
    tick('2026-03-03T09:00:00-08:00');
    const toPhone = await repository.changeStage(app.id, { stageId: 'phone-screen' });
    tick('2026-03-04T09:00:00-08:00');
    return { ...context, toAssessment, toPhone };
  }

  it('refuses to remove the entry a stage’s removal added when that would put it back there', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'online-assessment');
    tick('2026-03-02T09:00:00-08:00');
    await repository.removeStage('online-assessment', 'phone-screen');
    const moved = (await stored(db, app.id))!;
    await expectValidationFailure(repository.removeHistoryEntry(app.id, moved.stageHistory.at(-1)!.id), [
      {
        path: 'stageHistory',
        message:
          'Stripe would be back in “Online assessment”, which has been removed from your pipeline, so this entry stays. Edit it to change its stage, time or note.',
      },
    ]);
    expect(await stored(db, app.id)).toEqual(moved);
  });

  it('refuses a correction of the time that would make a removed stage the current one', async () => {
    const { db, repository, toPhone } = await movedOnFromAssessment();
    await repository.removeStage('online-assessment', 'technical-interview');
    await expectValidationFailure(
      repository.editHistoryEntry(toPhone.after.id, 'id-2', { at: '2026-03-03T10:00:00-08:00' }),
      [
        {
          path: 'stageHistory',
          message:
            'Stripe would be back in “Online assessment”, which has been removed from your pipeline, so this entry stays. Edit it to change its stage, time or note.',
        },
      ],
    );
    expect(await stored(db, toPhone.after.id)).toEqual(toPhone.after);
  });

  it('refuses the Undo of a move out of a stage removed since, until the removal is undone', async () => {
    const { db, repository, toPhone } = await movedOnFromAssessment();
    const removal = await repository.removeStage('online-assessment', 'phone-screen');
    const error = await repository.revert([toPhone]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedSinceError);
    expect((error as Error).message).toBe(
      'Stripe was in “Online assessment”, which has been removed from your pipeline since, so it stays where it is. Undo the removal of the stage first, then this.',
    );
    expect(await stored(db, toPhone.after.id)).toEqual(toPhone.after);
    await repository.undoStageRemoval(removal);
    await repository.revert([toPhone]);
    expect(await stored(db, toPhone.after.id)).toMatchObject({ stageId: 'online-assessment' });
  });

  it('brings a deleted application back into the stage in place of its removed one, saying so in its history', async () => {
    const { db, repository, toPhone, tick } = await movedOnFromAssessment();
    await repository.changeStage(toPhone.after.id, { stageId: 'online-assessment' });
    const [removed] = await repository.remove([toPhone.after.id]);
    await repository.removeStage('online-assessment', 'technical-interview');
    tick('2026-03-05T09:00:00-08:00');
    const [restored] = await repository.restoreDeleted([removed!]);
    const deleted = removed!.application;
    const entry = {
      id: 'id-6',
      stageId: 'phone-screen',
      phase: 'in-process',
      at: '2026-03-05T09:00:00-08:00',
      note: 'Moved from “Online assessment”, which had been removed from your pipeline',
    };
    expect(restored).toEqual({
      ...deleted,
      stageId: 'phone-screen',
      stageHistory: [...deleted.stageHistory, entry],
      updatedAt: '2026-03-05T09:00:00-08:00',
    });
    expect(await stored(db, deleted.id)).toEqual(restored);
  });

  it('moves an application of a backup out of a stage its pipeline removed', async () => {
    const { db, repository } = setup();
    const mine = await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'final-round');
    const pipeline = { stages: DEFAULT_STAGES.map((s) => (s.id === 'final-round' ? { ...s, removed: true } : s)) };
    await repository.replaceAll({ applications: [mine], settings: [{ key: 'pipeline', value: pipeline }] });
    expect(await stored(db, mine.id)).toMatchObject({
      stageId: 'technical-interview',
      stageHistory: [
        mine.stageHistory[0],
        { stageId: 'technical-interview', note: 'Moved from “Final round”, which had been removed from your pipeline' },
      ],
    });
  });
});

describe('savePipeline', () => {
  it('saves renamed, recoloured and added stages and returns the pipeline before', async () => {
    const { db, repository } = setup();
    const edited: Pipeline = {
      stages: WITH_COFFEE_CHAT.stages.map((s) => (s.id === 'wishlist' ? { ...s, name: 'Maybe', color: 'blue' } : s)),
    };
    expect(await repository.savePipeline(edited)).toEqual({ stages: DEFAULT_STAGES });
    expect(await storedPipeline(db)).toEqual(edited);
    expect(await repository.savePipeline(WITH_COFFEE_CHAT)).toEqual(edited);
  });

  it('refuses to drop a stage (history may name it) and keeps the stored pipeline', async () => {
    const { db, repository } = setup();
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const without = { stages: WITH_COFFEE_CHAT.stages.filter((s) => s.id !== 'coffee-chat') };
    await expectValidationFailure(repository.savePipeline(without), [
      { path: 'pipeline', message: 'The stage “Coffee chat” cannot be dropped' },
    ]);
    expect(await storedPipeline(db)).toEqual(WITH_COFFEE_CHAT);
  });

  it('refuses a pipeline with no stage left for a phase', async () => {
    const { db, repository } = setup();
    const noAccepted = { stages: DEFAULT_STAGES.map((s) => (s.id === 'accepted' ? { ...s, removed: true } : s)) };
    await expectValidationFailure(repository.savePipeline(noAccepted), [
      { path: 'pipeline', message: 'The pipeline needs a stage for the phase accepted' },
    ]);
    expect(await storedPipeline(db)).toBeUndefined();
  });
});

describe('removeStage', () => {
  /** Two applications in "Phone screen" and one in "Applied". */
  async function withPhoneScreens() {
    const context = setup();
    const { repository, tick } = context;
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'phone-screen');
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'applied');
    tick('2026-03-02T09:00:00-08:00');
    const { after: c } = await repository.changeStage(b.id, { stageId: 'phone-screen', note: 'Recruiter call' });
    const d = await repository.add({ company: 'Figma', role: 'Design Intern' }, 'applied');
    tick('2026-03-05T16:00:00-08:00');
    return { ...context, inPhoneScreen: [a, c], elsewhere: d };
  }

  it('moves its applications to another stage, saying why, and hides the stage, in one step', async () => {
    const { db, repository, inPhoneScreen, elsewhere } = await withPhoneScreens();
    const [a, c] = inPhoneScreen as [Application, Application];
    const undo = await repository.removeStage('phone-screen', 'technical-interview');

    const note = 'Moved from “Phone screen” when that stage was removed';
    const moved = (app: Application, entryId: string) => ({
      ...app,
      stageId: 'technical-interview',
      phase: 'in-process',
      stageHistory: [
        ...app.stageHistory,
        { id: entryId, stageId: 'technical-interview', phase: 'in-process', at: '2026-03-05T16:00:00-08:00', note },
      ],
      updatedAt: '2026-03-05T16:00:00-08:00',
    });
    expect(await stored(db, a.id)).toEqual(moved(a, 'id-5'));
    expect(await stored(db, c.id)).toEqual(moved(c, 'id-6'));
    expect(await stored(db, elsewhere.id)).toEqual(elsewhere);
    expect(await storedPipeline(db)).toEqual({
      stages: DEFAULT_STAGES.map((s) => (s.id === 'phone-screen' ? { ...s, removed: true } : s)),
    });
    expect(undo).toEqual({
      stageId: 'phone-screen',
      moved: [
        { before: a, after: moved(a, 'id-5') },
        { before: c, after: moved(c, 'id-6') },
      ],
    });
  });

  it('is undone: the stage back, and the moved applications as they were', async () => {
    const { db, repository, inPhoneScreen, elsewhere } = await withPhoneScreens();
    const undo = await repository.removeStage('phone-screen', 'rejected');
    expect(await repository.undoStageRemoval(undo)).toEqual({ keptAsEdited: 0 });
    expect(await storedPipeline(db)).toEqual({ stages: DEFAULT_STAGES });
    for (const app of [...inPhoneScreen, elsewhere]) expect(await stored(db, app.id)).toEqual(app);
  });

  it('keeps what changed since when undone: another rename, and an application edited after the move', async () => {
    const { db, repository, inPhoneScreen, tick } = await withPhoneScreens();
    const [a, c] = inPhoneScreen as [Application, Application];
    const undo = await repository.removeStage('phone-screen', 'rejected');
    tick('2026-03-05T17:00:00-08:00');
    const renamed = {
      stages: ((await storedPipeline(db)) as Pipeline).stages.map((s) =>
        s.id === 'offer' ? { ...s, name: 'Offer in hand' } : s,
      ),
    };
    await repository.savePipeline(renamed);
    const opened = (await stored(db, c.id))!;
    const { after: edited } = await repository.update({ ...opened, notes: 'Written after the move' }, opened);

    expect(await repository.undoStageRemoval(undo)).toEqual({ keptAsEdited: 1 });
    expect(await storedPipeline(db)).toEqual({
      stages: DEFAULT_STAGES.map((s) => (s.id === 'offer' ? { ...s, name: 'Offer in hand' } : s)),
    });
    expect(await stored(db, a.id)).toEqual(a);
    expect(await stored(db, c.id)).toEqual(edited);
  });

  it('changes nothing when the disk fills up part-way', async () => {
    const { db, repository, inPhoneScreen } = await withPhoneScreens();
    // The applications are written, then saving the pipeline fails.
    vi.spyOn(db.settings, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await expect(repository.removeStage('phone-screen', 'technical-interview')).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(await storedPipeline(db)).toBeUndefined();
    for (const app of inPhoneScreen) expect(await stored(db, app.id)).toEqual(app);
  });

  it('refuses to remove the only stage of a phase, or to move applications into the same or a hidden stage', async () => {
    const { db, repository, inPhoneScreen } = await withPhoneScreens();
    await expectValidationFailure(repository.removeStage('wishlist', 'applied'), [
      { path: 'pipeline', message: '“Wishlist” is the only stage of its phase, so it cannot be removed' },
    ]);
    await expectValidationFailure(repository.removeStage('phone-screen', 'phone-screen'), [
      { path: 'moveTo', message: 'Choose another stage to move them to' },
    ]);
    await repository.removeStage('final-round', 'technical-interview');
    await expectValidationFailure(repository.removeStage('phone-screen', 'final-round'), [
      { path: 'stageId', message: 'Choose a stage of your pipeline' },
    ]);
    for (const app of inPhoneScreen) expect(await stored(db, app.id)).toEqual(app);
    expect(await storedPipeline(db)).toEqual({
      stages: DEFAULT_STAGES.map((s) => (s.id === 'final-round' ? { ...s, removed: true } : s)),
    });
  });
});

describe('replaceAll (a restore)', () => {
  it('replaces applications and settings with a backup’s, its stages checked against the backup’s pipeline', async () => {
    const { db, repository } = setup();
    const mine = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const backedUp = {
      ...mine,
      id: 'from-backup',
      company: 'Datadog',
      stageId: 'final-round',
      stageHistory: [{ ...mine.stageHistory[0]!, stageId: 'final-round', phase: 'in-process' as const }],
      phase: 'in-process' as const,
    };
    // The backup's pipeline has no "Coffee chat" but renames a stage.
    const pipeline = { stages: DEFAULT_STAGES.map((s) => (s.id === 'final-round' ? { ...s, name: 'Superday' } : s)) };
    await repository.replaceAll({
      applications: [backedUp],
      settings: [
        { key: 'pipeline', value: pipeline },
        { key: 'theme', value: 'dark' },
      ],
    });
    expect((await db.applications.toArray()).map(fromRow)).toEqual([backedUp]);
    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'pipeline', value: pipeline },
      { key: 'theme', value: 'dark' },
    ]);
  });

  it('refuses a backup naming a stage its own pipeline lacks, and leaves everything as it was', async () => {
    const { db, repository } = setup();
    await repository.savePipeline(WITH_COFFEE_CHAT);
    const mine = await repository.add({ company: 'Pinterest', role: 'ML Intern' }, 'coffee-chat');
    // Valid under the pipeline stored now, not under the backup's.
    const backedUp = { ...mine, id: 'from-backup' };
    await expectValidationFailure(
      repository.replaceAll({
        applications: [backedUp],
        settings: [{ key: 'pipeline', value: { stages: DEFAULT_STAGES } }],
      }),
      [
        { path: 'stageId', message: '“coffee-chat” is not a stage of your pipeline' },
        { path: 'stageHistory.0.stageId', message: '“coffee-chat” is not a stage of your pipeline' },
      ],
    );
    expect((await db.applications.toArray()).map(fromRow)).toEqual([mine]);
    expect(await storedPipeline(db)).toEqual(WITH_COFFEE_CHAT);
  });
});

describe('a record stored before values were bounded', () => {
  /** Writes a record as an older version of the app could have: pay of 1e308, an email with a query. */
  async function storedBeforeBounds(db: AppDatabase, app: Application): Promise<Application> {
    const old: Application = {
      ...app,
      pay: { min: null, max: 1e308, currency: 'USD', period: 'month', raw: '' },
      contacts: [
        { id: 'c1', name: 'Ada', role: '', email: 'ada@example.com?attach=/etc/passwd', phone: '', notes: '' },
      ],
    };
    await db.applications.put(toRow(old));
    return old;
  }

  it('can still be moved, edited elsewhere and put back: its values stay as they were', async () => {
    const { db, repository } = setup();
    const old = await storedBeforeBounds(db, await repository.add({ company: 'Initech', role: 'Intern' }));
    const { after } = await repository.changeStage(old.id, { stageId: 'applied' });
    expect(after.pay).toEqual(old.pay);
    const { after: edited } = await repository.update({ ...after, notes: 'Called Ada' }, after);
    expect(edited.contacts).toEqual(old.contacts);
    const deleted = await repository.remove([old.id]);
    await repository.restoreDeleted(deleted);
    expect(await stored(db, old.id)).toEqual(edited);
  });

  it('must bring a value the edit changes within the bounds', async () => {
    const { db, repository } = setup();
    const old = await storedBeforeBounds(db, await repository.add({ company: 'Initech', role: 'Intern' }));
    await expectValidationFailure(repository.update({ ...old, pay: { ...old.pay!, max: 2e9 } }, old), [
      { path: 'pay.max', message: 'Pay above 1,000,000,000 is not a real amount' },
    ]);
    expect(await stored(db, old.id)).toEqual(old);
  });

  it('is restored from a backup as it is', async () => {
    const { db, repository } = setup();
    const mine = await repository.add({ company: 'Initech', role: 'Intern' });
    const old = { ...mine, durationWeeks: 5e-324, appliedAt: '0026-05-18' };
    await repository.replaceAll({ applications: [old], settings: [] });
    expect((await db.applications.toArray()).map(fromRow)).toEqual([old]);
  });

  it('refuses new records outside the bounds', async () => {
    const { db, repository } = setup();
    await expectValidationFailure(repository.add({ company: 'Initech', role: 'Intern', durationWeeks: 5e-324 }), [
      { path: 'durationWeeks', message: 'Duration is at least one week' },
    ]);
    expect(await db.applications.count()).toBe(0);
  });
});

describe('deadlines, cohorts, events, follow-ups and the dates index', () => {
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
    const { after: done } = await repository.setDeadlineDone(app.id, 'oa', true);
    expect(done.deadlines[0]?.done).toBe(true);
    expect(await idsByDate(db, ...march)).toEqual([]);
    await repository.setDeadlineDone(app.id, 'oa', false);
    expect(await idsByDate(db, ...march)).toEqual([app.id]);
  });

  it('indexes events that are not cancelled and the follow-up date until it is done', async () => {
    const { db, repository } = setup();
    const app = await repository.add({
      company: 'Pinterest',
      role: 'ML Intern',
      events: [
        {
          id: 'screen',
          kind: 'phone-screen',
          title: '',
          start: '2026-05-04T10:00:00-07:00',
          durationMinutes: 30,
          location: '',
          people: '',
          notes: '',
          outcome: 'pending',
        },
        {
          id: 'info',
          kind: 'info-session',
          title: 'Info session',
          start: '2026-03-09',
          durationMinutes: null,
          location: '',
          people: '',
          notes: '',
          outcome: 'cancelled',
        },
      ],
      followUp: { on: '2026-06-02', note: 'Email the recruiter', done: false },
    });
    expect((await db.applications.get(app.id))?.dates).toEqual([
      Date.parse('2026-05-04T10:00:00-07:00'),
      new Date(2026, 5, 2).getTime(),
    ]);
    expect(await idsByDate(db, ...march)).toEqual([]);
    expect(await idsByDate(db, ...june)).toEqual([app.id]);
    const { after: done } = await repository.setFollowUpDone(app.id, true);
    expect(done.followUp).toEqual({ on: '2026-06-02', note: 'Email the recruiter', done: true });
    expect(await idsByDate(db, ...june)).toEqual([]);
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
  });

  it('indexes only the chosen cohort’s start once one is chosen', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', cohorts: [MAY, JUNE] });
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
    const { after: chosen } = await repository.chooseCohort(app.id, 'june');
    expect(chosen.chosenCohortId).toBe('june');
    expect(await idsByDate(db, ...may)).toEqual([]);
    expect(await idsByDate(db, ...june)).toEqual([app.id]);
    await repository.chooseCohort(app.id, null);
    expect(await idsByDate(db, ...may)).toEqual([app.id]);
  });

  it('moves an application in the index when an edit moves its deadline', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern', deadlines: [OA] });
    await repository.update({ ...app, deadlines: [{ ...OA, at: '2026-05-04' }] }, app);
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

describe('remove, Recently deleted and restoreDeleted', () => {
  it('keeps each deleted record whole; restoring puts it back exactly, history included, and out of Recently deleted', async () => {
    const { db, repository, tick } = setup();
    const app = await repository.add({
      company: 'Pinterest',
      role: 'ML Intern',
      deadlines: [OA],
      cohorts: [MAY],
      tags: ['ml'],
    });
    tick('2026-03-02T09:00:00-08:00');
    await repository.changeStage(app.id, { stageId: 'applied', note: 'Referral' });
    tick('2026-03-09T09:00:00-07:00');
    const { after: before } = await repository.changeStage(app.id, { stageId: 'phone-screen' });
    const other = await repository.add({ company: 'Stripe', role: 'SWE Intern' });

    const removed = await repository.remove([app.id, 'app-gone']);
    const deletedAt = new Date('2026-03-09T09:00:00-07:00').getTime();
    expect(removed).toEqual([{ id: expect.any(String), deletedAt, application: before }]);
    expect(await db.recentlyDeleted.toArray()).toEqual(removed);
    expect(await db.applications.count()).toBe(1);
    expect(await idsByDate(db, ...march)).toEqual([]);

    expect(await repository.restoreDeleted(removed)).toEqual([before]);
    expect(await stored(db, app.id)).toEqual(before);
    expect((await stored(db, app.id))?.stageHistory.map((h) => [h.stageId, h.note])).toEqual([
      ['wishlist', ''],
      ['applied', 'Referral'],
      ['phone-screen', ''],
    ]);
    expect(await idsByDate(db, ...march)).toEqual([app.id]);
    expect(await stored(db, other.id)).toEqual(other);
    expect(await db.recentlyDeleted.count()).toBe(0);
  });

  it('keeps an application deleted twice (restored in between) twice, each as it was then', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    await repository.restoreDeleted(await repository.remove([app.id]));
    const { after } = await repository.changeStage(app.id, { stageId: 'applied' });
    const first = await repository.remove([app.id]);
    const noted = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const second = await repository.remove([noted.id]);
    expect((await db.recentlyDeleted.toArray()).map((e) => e.application)).toEqual(
      expect.arrayContaining([after, noted]),
    );
    expect(first[0]!.id).not.toBe(second[0]!.id);
  });

  it('restores nothing when one of the records is invalid, and keeps both', async () => {
    const { db, repository } = setup();
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const removed = await repository.remove([a.id, b.id]);
    const damaged = {
      ...removed[1]!,
      application: { ...removed[1]!.application, stageId: 'offer', phase: 'offer' as const },
    };
    await db.recentlyDeleted.put(damaged);
    await expectValidationFailure(repository.restoreDeleted([removed[0]!, damaged]), [
      { path: 'stageId', message: 'The stage does not match the latest history entry' },
    ]);
    expect(await db.applications.count()).toBe(0);
    expect(await db.recentlyDeleted.count()).toBe(2);
  });

  it('refuses, changing nothing, when an application with the same id is back', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const removed = await repository.remove([app.id]);
    // A backup restored since holds it, edited.
    const fromBackup = { ...app, notes: 'From the backup' };
    await repository.replaceAll({ applications: [fromBackup], settings: [] });
    await expect(repository.restoreDeleted(removed)).rejects.toThrow(
      'Pinterest — ML Intern was not restored: an application with its id is in your list again (from a backup restored since, or another window).',
    );
    expect(await stored(db, app.id)).toEqual(fromBackup);
    expect(await db.recentlyDeleted.toArray()).toEqual(removed);
  });

  it('deletes for good with forgetDeleted, undone by keepDeleted; one deleted for good is not restored', async () => {
    const { db, repository } = setup();
    const a = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const b = await repository.add({ company: 'Stripe', role: 'SWE Intern' });
    const removed = await repository.remove([a.id, b.id]);
    const forgotten = await repository.forgetDeleted([removed[0]!.id, 'gone']);
    expect(forgotten).toEqual([removed[0]]);
    expect(await db.recentlyDeleted.toArray()).toEqual([removed[1]]);
    await expect(repository.restoreDeleted([removed[0]!])).rejects.toThrow(
      'Pinterest — ML Intern was deleted for good, so it cannot be restored.',
    );
    expect(await db.applications.count()).toBe(0);

    await repository.keepDeleted(forgotten);
    expect(await db.recentlyDeleted.count()).toBe(2);
    await repository.restoreDeleted(removed);
    expect(await db.applications.count()).toBe(2);
  });

  it('forgets only what was deleted more than 30 days ago', async () => {
    const { db, repository, tick } = setup();
    const apps = await Promise.all(['A', 'B', 'C'].map((company) => repository.add({ company, role: 'Intern' })));
    tick('2026-03-01T12:00:00-08:00');
    const [old] = await repository.remove([apps[0]!.id]);
    tick('2026-03-02T12:00:00-08:00');
    const recent = await repository.remove([apps[1]!.id, apps[2]!.id]);
    tick('2026-03-31T13:00:01-07:00');
    expect(await repository.pruneDeleted()).toBe(1);
    expect(await db.recentlyDeleted.get(old!.id)).toBeUndefined();
    expect(await repository.pruneDeleted()).toBe(0);
    expect(await db.recentlyDeleted.count()).toBe(2);
    tick('2026-04-01T13:00:01-07:00');
    expect(await repository.pruneDeleted()).toBe(2);
    expect(recent).toHaveLength(2);
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
    await expect(repository.changeStage(app.id, { stageId: 'applied' })).rejects.toBeInstanceOf(StorageFullError);
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

  it('leaves an application in place when its deletion cannot keep it in Recently deleted', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    vi.spyOn(db.recentlyDeleted, 'bulkAdd').mockRejectedValue(quotaExceeded());
    await expect(repository.remove([app.id])).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await stored(db, app.id)).toEqual(app);
    expect(await db.recentlyDeleted.count()).toBe(0);
  });

  it('keeps a deleted application in Recently deleted when its Undo fails', async () => {
    const { db, repository } = setup();
    const app = await repository.add({ company: 'Pinterest', role: 'ML Intern' });
    const removed = await repository.remove([app.id]);
    vi.spyOn(db.applications, 'bulkAdd').mockRejectedValue(quotaExceeded());
    await expect(repository.restoreDeleted(removed)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await db.applications.count()).toBe(0);
    expect(await db.recentlyDeleted.toArray()).toEqual(removed);
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
  it('are the domain record plus the derived dates, and fromRow gives back the record', async () => {
    const { repository } = setup();
    const app = await repository.add(SAMPLE_APPLICATION);
    const row = toRow(app);
    expect(Object.keys(row).sort()).toEqual([...Object.keys(app), 'dates'].sort());
    expect(fromRow(row)).toEqual(app);
  });
});
