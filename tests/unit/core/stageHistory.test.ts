// The stage history: how each move is recorded, corrected and removed, and why the current stage
// is always the latest entry's.
import { describe, expect, it } from 'vitest';
import type { Application, Deadline, StageChange } from '@shared/application';
import { CREATED_ENTRY_ID } from '@shared/newApplication';
import { DEFAULT_PIPELINE, stageById, stageRank, type Stage } from '@shared/pipeline';
import {
  isClosed,
  isFiledBeforeLatest,
  withStageChange,
  withStageChangeEdited,
  withStageChangeRemoved,
  type HistoryEdit,
  type StageMove,
} from '@shared/stageHistory';
import { validateApplication } from '@shared/validateApplication';
import { anApplication, CREATED_AT } from './applicationFixture';

const NOW = '2026-03-01T12:00:00-08:00';

function stage(id: string): Stage {
  const found = stageById(DEFAULT_PIPELINE, id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
}

const entry = (id: string, stageId: string, at: string, note = ''): StageChange => ({
  id,
  stageId,
  phase: stage(stageId).phase,
  at,
  note,
});
const move = (id: string, stageId: string, at: string, note = ''): StageMove => ({
  id,
  stage: stage(stageId),
  at,
  note,
});

function withHistory(history: StageChange[], fields: Partial<Application> = {}): Application {
  const latest = history.at(-1)!;
  return anApplication(fields, { stageHistory: history, stageId: latest.stageId, phase: latest.phase });
}

function valueOf(edit: HistoryEdit): Application {
  if (!edit.ok) throw new Error(`expected the edit to succeed: ${edit.error}`);
  return edit.value;
}

const stagesOf = (app: Application) => app.stageHistory.map((e) => e.stageId);

describe('withStageChange', () => {
  it('appends the move with its id, time and note, and makes it the current stage and phase', () => {
    const app = anApplication();
    const next = withStageChange(
      app,
      move('m1', 'applied', '2026-02-01T09:30:00-08:00', 'Through the careers site'),
      NOW,
    );
    expect(next.stageHistory).toEqual([
      { id: 'created', stageId: 'wishlist', phase: 'saved', at: CREATED_AT, note: '' },
      {
        id: 'm1',
        stageId: 'applied',
        phase: 'applied',
        at: '2026-02-01T09:30:00-08:00',
        note: 'Through the careers site',
      },
    ]);
    expect([next.stageId, next.phase]).toEqual(['applied', 'applied']);
    expect(next.updatedAt).toBe(NOW);
    expect(validateApplication(next).ok).toBe(true);
  });

  it('leaves the original record untouched', () => {
    const app = anApplication();
    const before = structuredClone(app);
    withStageChange(app, move('m1', 'applied', NOW), NOW);
    expect(app).toEqual(before);
  });

  it('files a back-dated move in its place and leaves the current stage that of the latest entry', () => {
    const app = withHistory([
      entry('a', 'wishlist', '2026-01-01T10:00:00-08:00'),
      entry('b', 'applied', '2026-01-10T10:00:00-08:00'),
      entry('c', 'technical-interview', '2026-02-01T10:00:00-08:00'),
    ]);
    const next = withStageChange(app, move('d', 'online-assessment', '2026-01-20T10:00:00-08:00', 'OA I forgot'), NOW);
    expect(stagesOf(next)).toEqual(['wishlist', 'applied', 'online-assessment', 'technical-interview']);
    expect(next.stageHistory[2]).toEqual(entry('d', 'online-assessment', '2026-01-20T10:00:00-08:00', 'OA I forgot'));
    expect([next.stageId, next.phase]).toEqual(['technical-interview', 'in-process']);
    expect(validateApplication(next).ok).toBe(true);
  });

  it('moves the entry of the day it was added back before a stage recorded as reached earlier, which becomes current', () => {
    // Added to the wishlist on Jan 10, applied (as the student records) on Jan 5, OA on Jan 8.
    const app = anApplication();
    const applied = withStageChange(app, move('m1', 'applied', '2026-01-05T09:00:00-08:00'), NOW);
    expect(applied.stageHistory.map((e) => [e.stageId, e.at])).toEqual([
      ['wishlist', '2026-01-05T09:00:00-08:00'],
      ['applied', '2026-01-05T09:00:00-08:00'],
    ]);
    expect([applied.stageId, applied.appliedAt]).toEqual(['applied', '2026-01-05']);
    const assessed = withStageChange(applied, move('m2', 'online-assessment', '2026-01-08T09:00:00-08:00'), NOW);
    expect(stagesOf(assessed)).toEqual(['wishlist', 'applied', 'online-assessment']);
    expect(assessed.stageId).toBe('online-assessment');
    // Recorded the other way round, the earlier one is filed before, the later one stays current.
    const other = withStageChange(
      withStageChange(app, move('m2', 'online-assessment', '2026-01-08T09:00:00-08:00'), NOW),
      move('m1', 'applied', '2026-01-05T09:00:00-08:00'),
      NOW,
    );
    expect(stagesOf(other)).toEqual(['wishlist', 'applied', 'online-assessment']);
    expect(other.stageId).toBe('online-assessment');
    expect(validateApplication(other).ok).toBe(true);
  });

  it('moves back only the entry the app made on adding it to a list, never one the student recorded', () => {
    const app = withHistory([entry('a', 'wishlist', '2026-01-10T10:00:00-08:00')]);
    const next = withStageChange(app, move('b', 'applied', '2026-01-05T09:00:00-08:00'), NOW);
    expect(stagesOf(next)).toEqual(['applied', 'wishlist']);
    expect(next.stageId).toBe('wishlist');
    expect(isFiledBeforeLatest(app, { stageId: 'applied', at: '2026-01-05T09:00:00-08:00' })).toBe(true);
    expect(isFiledBeforeLatest(anApplication(), { stageId: 'applied', at: '2026-01-05T09:00:00-08:00' })).toBe(false);
  });

  describe('an application added straight at a stage it had reached', () => {
    const order = (stageId: string) => stageRank(DEFAULT_PIPELINE, stageId);
    // Added at the online assessment on Jan 10; the phone screen that came after it was on Jan 9.
    const added = withHistory([entry(CREATED_ENTRY_ID, 'online-assessment', CREATED_AT)]);

    it('moves the entry of its adding back before a later stage recorded as reached earlier, which becomes current', () => {
      const screen = move('m', 'phone-screen', '2026-01-09T15:00:00-08:00');
      expect(isFiledBeforeLatest(added, { stageId: 'phone-screen', at: screen.at }, order)).toBe(false);
      const next = withStageChange(added, screen, NOW, order);
      expect(next.stageHistory.map((e) => [e.stageId, e.at])).toEqual([
        ['online-assessment', '2026-01-09T15:00:00-08:00'],
        ['phone-screen', '2026-01-09T15:00:00-08:00'],
      ]);
      expect(next.stageId).toBe('phone-screen');
      expect(validateApplication(next).ok).toBe(true);
    });

    it('files an earlier stage recorded before it in its place, the stage it was added at staying current', () => {
      const applied = move('m', 'applied', '2026-01-09T15:00:00-08:00');
      expect(isFiledBeforeLatest(added, { stageId: 'applied', at: applied.at }, order)).toBe(true);
      const next = withStageChange(added, applied, NOW, order);
      expect(stagesOf(next)).toEqual(['applied', 'online-assessment']);
      expect(next.stageId).toBe('online-assessment');
    });

    it('keeps a day the student gave on adding it (applied on an earlier day) where it is', () => {
      const appliedEarlier = withHistory([entry(CREATED_ENTRY_ID, 'applied', '2026-01-05T12:00:00-08:00')]);
      const next = withStageChange(appliedEarlier, move('m', 'phone-screen', '2026-01-04T15:00:00-08:00'), NOW, order);
      expect(stagesOf(next)).toEqual(['phone-screen', 'applied']);
      expect(next.stageId).toBe('applied');
    });
  });

  it('orders by the moment, not the text, when offsets differ', () => {
    const app = withHistory([
      entry('a', 'wishlist', '2026-01-01T10:00:00-08:00'),
      entry('b', 'applied', '2026-01-10T10:00:00-08:00'), // 18:00Z
    ]);
    // 17:00Z: an hour before the 'applied' entry, though its text sorts after it.
    const next = withStageChange(app, move('c', 'online-assessment', '2026-01-10T22:00:00+05:00'), NOW);
    expect(stagesOf(next)).toEqual(['wishlist', 'online-assessment', 'applied']);
    expect(next.stageId).toBe('applied');
  });

  it('places a move at the same moment as the latest entry after it, so it becomes current', () => {
    const at = '2026-01-10T10:00:00-08:00';
    const next = withStageChange(withHistory([entry('a', 'applied', at)]), move('b', 'rejected', at), NOW);
    expect(stagesOf(next)).toEqual(['applied', 'rejected']);
    expect([next.stageId, next.phase]).toEqual(['rejected', 'closed']);
  });

  it('can record the same stage again (a second round) as its own entry', () => {
    const app = withHistory([entry('a', 'technical-interview', '2026-02-01T10:00:00-08:00', 'Round 1')]);
    const next = withStageChange(app, move('b', 'technical-interview', '2026-02-08T10:00:00-08:00', 'Round 2'), NOW);
    expect(next.stageHistory.map((h) => h.note)).toEqual(['Round 1', 'Round 2']);
  });

  it('sets appliedAt to the day of the first move into applied, as written in that entry’s own zone', () => {
    const app = anApplication();
    expect(app.appliedAt).toBeNull();
    expect(withStageChange(app, move('m', 'applied', '2026-02-01T23:30:00-08:00'), NOW).appliedAt).toBe('2026-02-01');
  });

  it('counts any stage of the phase applied, whatever the user named it', () => {
    const submitted: StageMove = { id: 'm', stage: { id: 'submitted', phase: 'applied' }, at: NOW, note: '' };
    expect(withStageChange(anApplication(), submitted, NOW).appliedAt).toBe('2026-03-01');
  });

  it('keeps the first applied date when applied is recorded again later', () => {
    const app = withStageChange(anApplication(), move('m1', 'applied', '2026-02-01T09:00:00-08:00'), NOW);
    expect(withStageChange(app, move('m2', 'applied', '2026-02-20T09:00:00-08:00'), NOW).appliedAt).toBe('2026-02-01');
  });

  it('moves the applied date back when an earlier applied move is back-dated into the history', () => {
    const app = withStageChange(anApplication(), move('m1', 'applied', '2026-02-20T09:00:00-08:00'), NOW);
    expect(withStageChange(app, move('m2', 'applied', '2026-02-03T09:00:00-08:00'), NOW).appliedAt).toBe('2026-02-03');
  });

  it('keeps an applied date the user set that is earlier than the move', () => {
    const app = anApplication({ appliedAt: '2026-01-15' });
    expect(withStageChange(app, move('m', 'applied', '2026-02-01T09:00:00-08:00'), NOW).appliedAt).toBe('2026-01-15');
  });

  it('does not set appliedAt for other phases', () => {
    expect(withStageChange(anApplication(), move('m', 'online-assessment', NOW), NOW).appliedAt).toBeNull();
  });

  it('records a move known only by its day as day-only, and a timed one without the mark', () => {
    const day: StageMove = { ...move('m', 'applied', '2026-02-01T12:00:00-08:00'), dayOnly: true };
    const next = withStageChange(withStageChange(anApplication(), day, NOW), move('n', 'phone-screen', NOW), NOW);
    expect(next.stageHistory.slice(-2)).toEqual([
      { id: 'm', stageId: 'applied', phase: 'applied', at: '2026-02-01T12:00:00-08:00', dayOnly: true, note: '' },
      { id: 'n', stageId: 'phone-screen', phase: 'in-process', at: NOW, note: '' },
    ]);
    expect(validateApplication(next).ok).toBe(true);
  });

  it('gives the entry of its adding, moved back to a day-only move, that day and no time', () => {
    const added = withHistory([entry(CREATED_ENTRY_ID, 'wishlist', CREATED_AT)]);
    const day: StageMove = { ...move('m', 'applied', '2026-01-05T12:00:00-08:00'), dayOnly: true };
    expect(withStageChange(added, day, NOW).stageHistory[0]).toEqual({
      ...entry(CREATED_ENTRY_ID, 'wishlist', '2026-01-05T12:00:00-08:00'),
      dayOnly: true,
    });
  });
});

describe('deadlines to apply, once the application is sent', () => {
  const deadline = (id: string, kind: Deadline['kind'], done = false): Deadline => ({
    id,
    kind,
    at: '2026-03-10',
    label: '',
    done,
  });
  const listed = () => anApplication({ deadlines: [deadline('apply', 'application'), deadline('oa', 'assessment')] });
  const doneOf = (app: Application) => app.deadlines.map((d) => [d.id, d.done]);

  it('are met on the move that sends it: ticked, while other deadlines stay open', () => {
    const sent = withStageChange(listed(), move('m1', 'applied', NOW), NOW);
    expect(doneOf(sent)).toEqual([
      ['apply', true],
      ['oa', false],
    ]);
    // Straight to a later stage too (an offer out of the blue).
    expect(doneOf(withStageChange(listed(), move('m1', 'offer', NOW), NOW))).toEqual(doneOf(sent));
  });

  it('stay as they are on a move that sends nothing: closing it, or filing a back-dated one behind the list', () => {
    const app = listed();
    expect(doneOf(withStageChange(app, move('m1', 'rejected', NOW), NOW))).toEqual(doneOf(app));
    const relisted = withHistory(
      [entry('c', 'wishlist', '2026-02-01T09:00:00-08:00'), entry('w', 'wishlist', '2026-02-25T09:00:00-08:00')],
      { deadlines: app.deadlines },
    );
    const filed = withStageChange(relisted, move('m1', 'applied', '2026-02-20T09:00:00-08:00'), NOW);
    expect(filed.phase).toBe('saved');
    expect(doneOf(filed)).toEqual(doneOf(app));
  });

  it('a deadline the student opened again after applying stays open on later moves', () => {
    const applied = withStageChange(listed(), move('m1', 'applied', '2026-02-01T09:00:00-08:00'), NOW);
    const reopened = { ...applied, deadlines: applied.deadlines.map((d) => ({ ...d, done: false })) };
    const interviewed = withStageChange(reopened, move('m2', 'offer', NOW), NOW);
    expect(doneOf(interviewed)).toEqual(doneOf(reopened));
  });
});

describe('the deadline to answer an offer, once the offer is accepted', () => {
  const deadline = (id: string, kind: Deadline['kind']): Deadline => ({
    id,
    kind,
    at: '2026-03-10',
    label: '',
    done: false,
  });
  const offered = () =>
    withHistory(
      [entry('a', 'applied', '2026-01-10T10:00:00-08:00'), entry('o', 'offer', '2026-02-01T10:00:00-08:00')],
      {
        deadlines: [deadline('answer', 'offer-response'), deadline('docs', 'other')],
      },
    );
  const doneOf = (app: Application) => app.deadlines.map((d) => [d.id, d.done]);

  it('is met on the move that accepts it: ticked, while other deadlines stay open', () => {
    const accepted = withStageChange(offered(), move('m1', 'accepted', NOW), NOW);
    expect(accepted.phase).toBe('accepted');
    expect(doneOf(accepted)).toEqual([
      ['answer', true],
      ['docs', false],
    ]);
  });

  it('stays open on a move that does not accept it, and one reopened stays open on later moves', () => {
    expect(doneOf(withStageChange(offered(), move('m1', 'technical-interview', NOW), NOW))).toEqual(doneOf(offered()));
    const accepted = withStageChange(offered(), move('m1', 'accepted', '2026-02-05T10:00:00-08:00'), NOW);
    const reopened = { ...accepted, deadlines: accepted.deadlines.map((d) => ({ ...d, done: false })) };
    const noted = withStageChange(reopened, move('m2', 'accepted', NOW, 'Signed the contract'), NOW);
    expect(doneOf(noted)).toEqual(doneOf(reopened));
  });
});

describe('a move back before the stage that met a deadline', () => {
  // NOW is 2026-03-01: the 10th is still ahead, the 20th of February has gone by.
  const deadline = (id: string, kind: Deadline['kind'], at: string, done: boolean): Deadline => ({
    id,
    kind,
    at,
    label: '',
    done,
  });
  const doneOf = (app: Application) => app.deadlines.map((d) => [d.id, d.done]);
  const accepted = () =>
    withHistory(
      [
        entry('a', 'applied', '2026-01-10T10:00:00-08:00'),
        entry('o', 'offer', '2026-02-01T10:00:00-08:00'),
        entry('y', 'accepted', '2026-02-05T10:00:00-08:00'),
      ],
      {
        appliedAt: '2026-01-10',
        deadlines: [
          deadline('answer', 'offer-response', '2026-03-10', true),
          deadline('answered', 'offer-response', '2026-02-20', true),
          deadline('apply', 'application', '2026-03-10', true),
          deadline('docs', 'other', '2026-03-10', true),
        ],
      },
    );

  it('opens again the answer to an offer still ahead on a move from accepted back to the offer, and nothing else', () => {
    const reopened = withStageChange(accepted(), move('m1', 'offer', NOW), NOW);
    expect(reopened.phase).toBe('offer');
    expect(doneOf(reopened)).toEqual([
      ['answer', false],
      // Its time has gone by: open or not, it gives no reminder and no next date, so it stays as it was.
      ['answered', true],
      // Still sent: the deadline to apply stays met.
      ['apply', true],
      ['docs', true],
    ]);
  });

  it('opens the answer again on a move back to any stage before acceptance, and on removing the entry that accepted it', () => {
    expect(doneOf(withStageChange(accepted(), move('m1', 'final-round', NOW), NOW))[0]).toEqual(['answer', false]);
    expect(doneOf(valueOf(withStageChangeRemoved(accepted(), 'y', NOW)))[0]).toEqual(['answer', false]);
  });

  it('keeps the answer ticked on a move from accepted to a closed stage: declined or withdrawn after accepting', () => {
    const app = accepted();
    expect(doneOf(withStageChange(app, move('m1', 'withdrawn', NOW), NOW))).toEqual(doneOf(app));
    expect(doneOf(withStageChange(app, move('m1', 'declined', NOW), NOW))).toEqual(doneOf(app));
  });

  it('opens again the deadline to apply still ahead on a move from a sent stage back to the list, not on one to a closed stage', () => {
    const applied = withHistory([entry('a', 'applied', '2026-01-10T10:00:00-08:00')], {
      appliedAt: '2026-01-10',
      deadlines: [
        deadline('apply', 'application', '2026-03-10', true),
        deadline('applied', 'application', '2026-02-20', true),
        deadline('oa', 'assessment', '2026-03-10', true),
      ],
    });
    expect(doneOf(withStageChange(applied, move('m1', 'wishlist', NOW), NOW))).toEqual([
      ['apply', false],
      ['applied', true],
      ['oa', true],
    ]);
    expect(doneOf(withStageChange(applied, move('m1', 'rejected', NOW), NOW))).toEqual(doneOf(applied));
  });

  it('opens both again on a move from accepted back to the list', () => {
    expect(doneOf(withStageChange(accepted(), move('m1', 'wishlist', NOW), NOW))).toEqual([
      ['answer', false],
      ['answered', true],
      ['apply', false],
      ['docs', true],
    ]);
  });

  it('leaves deadlines as they are on a move back filed before the latest entry', () => {
    const app = accepted();
    const filed = withStageChange(app, move('m1', 'offer', '2026-02-03T10:00:00-08:00'), NOW);
    expect(filed.phase).toBe('accepted');
    expect(doneOf(filed)).toEqual(doneOf(app));
  });
});

describe('withStageChangeEdited', () => {
  const history = [
    entry('a', 'wishlist', '2026-01-01T10:00:00-08:00'),
    entry('b', 'applied', '2026-01-10T10:00:00-08:00'),
    entry('c', 'phone-screen', '2026-02-01T10:00:00-08:00', 'Recruiter call'),
  ];
  const app = () => withHistory(history, { appliedAt: '2026-01-10' });

  it('corrects the note of an entry and nothing else', () => {
    const next = valueOf(withStageChangeEdited(app(), 'c', { note: 'Call with Sam' }, NOW));
    expect(next.stageHistory).toEqual([history[0], history[1], { ...history[2], note: 'Call with Sam' }]);
    expect(next.updatedAt).toBe(NOW);
  });

  it('corrects the stage of an entry, with its phase; the latest one changes the current stage', () => {
    const next = valueOf(withStageChangeEdited(app(), 'c', { stage: stage('technical-interview') }, NOW));
    expect(next.stageHistory[2]).toEqual({ ...history[2], stageId: 'technical-interview', phase: 'in-process' });
    expect(next.stageId).toBe('technical-interview');
    const rejected = valueOf(withStageChangeEdited(app(), 'c', { stage: stage('rejected') }, NOW));
    expect([rejected.stageId, rejected.phase]).toEqual(['rejected', 'closed']);
    expect(validateApplication(rejected).ok).toBe(true);
  });

  it('moves an entry whose time is corrected to its place in time, and the current stage with it', () => {
    const next = valueOf(withStageChangeEdited(app(), 'c', { at: '2025-12-20T10:00:00-08:00' }, NOW));
    expect(stagesOf(next)).toEqual(['phone-screen', 'wishlist', 'applied']);
    expect([next.stageId, next.phase]).toEqual(['applied', 'applied']);
  });

  it('keeps an entry in its place when its time stays, even among entries at the same moment', () => {
    const at = '2026-01-10T10:00:00-08:00';
    const same = withHistory([entry('a', 'applied', at), entry('b', 'rejected', at)]);
    const next = valueOf(withStageChangeEdited(same, 'a', { note: 'Typo fixed', at: '2026-01-10T18:00:00Z' }, NOW));
    expect(stagesOf(next)).toEqual(['applied', 'rejected']);
    expect(next.stageId).toBe('rejected');
  });

  it('moves the applied date with the applied entry it came from', () => {
    const next = valueOf(withStageChangeEdited(app(), 'b', { at: '2026-01-08T10:00:00-08:00' }, NOW));
    expect(next.appliedAt).toBe('2026-01-08');
    const later = valueOf(withStageChangeEdited(app(), 'b', { at: '2026-01-12T10:00:00-08:00' }, NOW));
    expect(later.appliedAt).toBe('2026-01-12');
  });

  it('sets the applied date when an entry is corrected into the phase applied', () => {
    const app = withHistory([entry('a', 'wishlist', '2026-01-01T10:00:00-08:00'), entry('b', 'phone-screen', NOW)]);
    expect(valueOf(withStageChangeEdited(app, 'a', { stage: stage('applied') }, NOW)).appliedAt).toBe('2026-01-01');
  });

  it('leaves an applied date the user set apart from the history where it is', () => {
    const manual = withHistory(history, { appliedAt: '2025-12-01' });
    const next = valueOf(withStageChangeEdited(manual, 'b', { at: '2026-01-12T10:00:00-08:00' }, NOW));
    expect(next.appliedAt).toBe('2025-12-01');
  });

  describe('an entry known only by its day', () => {
    const dayOnly = { ...entry('b', 'applied', '2026-01-10T12:00:00-08:00'), dayOnly: true as const };
    const known = () => withHistory([history[0]!, dayOnly, history[2]!], { appliedAt: '2026-01-10' });

    it('stays day-only when its note or stage is corrected', () => {
      const next = valueOf(
        withStageChangeEdited(known(), 'b', { note: 'Sent', stage: stage('online-assessment') }, NOW),
      );
      expect(next.stageHistory[1]).toEqual({
        ...dayOnly,
        stageId: 'online-assessment',
        phase: 'in-process',
        note: 'Sent',
      });
    });

    it('becomes a timed entry when a time is given', () => {
      const next = valueOf(withStageChangeEdited(known(), 'b', { at: '2026-01-10T09:15:00-08:00' }, NOW));
      expect(next.stageHistory[1]).toEqual({ ...entry('b', 'applied', '2026-01-10T09:15:00-08:00') });
      expect(next.stageHistory[1]).not.toHaveProperty('dayOnly');
    });

    it('stays day-only when moved to another day without a time', () => {
      const next = valueOf(
        withStageChangeEdited(known(), 'b', { at: '2026-01-08T12:00:00-08:00', dayOnly: true }, NOW),
      );
      expect(next.stageHistory[1]).toEqual({ ...dayOnly, at: '2026-01-08T12:00:00-08:00' });
      expect(next.appliedAt).toBe('2026-01-08');
    });

    it('makes a timed entry day-only when given a day alone', () => {
      const next = valueOf(withStageChangeEdited(app(), 'c', { at: '2026-02-02T12:00:00-08:00', dayOnly: true }, NOW));
      expect(next.stageHistory[2]).toEqual({ ...history[2], at: '2026-02-02T12:00:00-08:00', dayOnly: true });
    });
  });

  describe('an entry whose date was not recorded', () => {
    const unrecorded = { ...entry('b', 'applied', '2026-01-10T13:22:00-08:00'), dateUnknown: true as const };
    const imported = () => withHistory([history[0]!, unrecorded, history[2]!], { appliedAt: null });

    it('gives no applied date, and stays so when its note or stage is corrected', () => {
      const next = valueOf(withStageChangeEdited(imported(), 'b', { note: 'Sent' }, NOW));
      expect(next.stageHistory[1]).toEqual({ ...unrecorded, note: 'Sent' });
      expect(next.appliedAt).toBeNull();
    });

    it('becomes an entry of that day when the student gives the day, and the applied date follows', () => {
      const next = valueOf(
        withStageChangeEdited(imported(), 'b', { at: '2026-01-08T12:00:00-08:00', dayOnly: true }, NOW),
      );
      expect(next.stageHistory[1]).toEqual({ ...entry('b', 'applied', '2026-01-08T12:00:00-08:00'), dayOnly: true });
      expect(next.appliedAt).toBe('2026-01-08');
    });
  });

  it('refuses an entry that no longer exists, changing nothing', () => {
    expect(withStageChangeEdited(app(), 'zzz', { note: 'x' }, NOW)).toEqual({
      ok: false,
      error: 'This history entry no longer exists',
    });
  });

  it('leaves the original record untouched', () => {
    const original = app();
    const before = structuredClone(original);
    withStageChangeEdited(original, 'c', { at: '2025-01-01T00:00:00Z', note: 'x', stage: stage('offer') }, NOW);
    expect(original).toEqual(before);
  });
});

describe('withStageChangeRemoved', () => {
  const history = [
    entry('a', 'wishlist', '2026-01-01T10:00:00-08:00'),
    entry('b', 'applied', '2026-01-10T10:00:00-08:00'),
    entry('c', 'rejected', '2026-02-01T10:00:00-08:00', 'Recorded by mistake'),
  ];

  it('removes an entry; the current stage becomes the new latest entry’s', () => {
    const next = valueOf(withStageChangeRemoved(withHistory(history), 'c', NOW));
    expect(next.stageHistory).toEqual([history[0], history[1]]);
    expect([next.stageId, next.phase]).toEqual(['applied', 'applied']);
    expect(next.updatedAt).toBe(NOW);
    expect(validateApplication(next).ok).toBe(true);
  });

  it('removes an earlier entry and keeps the current stage', () => {
    const next = valueOf(withStageChangeRemoved(withHistory(history), 'a', NOW));
    expect(stagesOf(next)).toEqual(['applied', 'rejected']);
    expect(next.stageId).toBe('rejected');
  });

  it('moves the applied date to the next applied entry, and keeps it when none is left', () => {
    const twice = withHistory([...history.slice(0, 2), entry('d', 'applied', '2026-01-20T10:00:00-08:00')], {
      appliedAt: '2026-01-10',
    });
    const next = valueOf(withStageChangeRemoved(twice, 'b', NOW));
    expect(next.appliedAt).toBe('2026-01-20');
    expect(valueOf(withStageChangeRemoved(next, 'd', NOW)).appliedAt).toBe('2026-01-20');
  });

  it('refuses to remove the only entry: an application is always in a stage', () => {
    expect(withStageChangeRemoved(anApplication(), 'created', NOW)).toEqual({
      ok: false,
      error: 'The only entry of the history cannot be removed: an application is always in a stage',
    });
  });

  it('refuses an entry that no longer exists', () => {
    expect(withStageChangeRemoved(withHistory(history), 'zzz', NOW)).toEqual({
      ok: false,
      error: 'This history entry no longer exists',
    });
  });
});

describe('isClosed', () => {
  it('is true only in the phase closed', () => {
    expect(isClosed({ phase: 'closed' })).toBe(true);
    for (const phase of ['saved', 'applied', 'in-process', 'offer', 'accepted'] as const)
      expect(isClosed({ phase }), phase).toBe(false);
  });
});
