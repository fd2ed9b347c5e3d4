// The desktop app's reminder store on a real folder: reminders.json and the journal beside it.
import { appendFile, mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReminderEntry, ReminderState } from '@shared/reminders/reminder';
import { startReminderScheduler, type SchedulerWrite } from '@shared/reminders/reminderScheduler';
import { reminderFileStore } from '../../electron/main/reminderFileStore';
import { writeJsonFile } from '../../electron/main/jsonFile';
import { DAY, FakeClock, HOUR, aReminder, changeOf, harness } from '../unit/reminders/schedulerFakes';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('reminder-store');
const T0 = Date.parse('2026-03-01T12:00:00Z');

const snapshotFile = () => path.join(tmp.path, 'reminders.json');
const journalFile = () => path.join(tmp.path, 'reminders.journal.jsonl');
/** A new store on the folder, as the next launch opens it. */
const reopened = () => reminderFileStore(snapshotFile());

/** The scheduler on a store of the folder at T0, waiting `wait` between reads; its harness too. */
async function startOnFolder(wait: (ms: number) => Promise<void> = async () => undefined) {
  const h = harness(new FakeClock(T0));
  const scheduler = await startReminderScheduler({
    ...h.deps,
    store: reminderFileStore(snapshotFile(), () => new Date(T0), wait),
  });
  return { h, scheduler };
}

function entry(id: string, state: ReminderState = 'scheduled'): ReminderEntry {
  return {
    ...aReminder(id, T0 + HOUR),
    state,
    firedAt: state === 'fired' ? new Date(T0 + HOUR).toISOString() : null,
    snoozedUntil: null,
  };
}

const write = (put: ReminderEntry[], fingerprints: SchedulerWrite['fingerprints'] = {}, remove: string[] = []) => ({
  put,
  delete: remove,
  fingerprints,
});

async function journalLines(): Promise<string[]> {
  return (await readFile(journalFile(), 'utf8')).split('\n').filter((line) => line !== '');
}

describe('the reminder file store', () => {
  it('has nothing to load in a new folder', async () => {
    expect(await reopened().load()).toEqual({ entries: [], fingerprints: {} });
  });

  it('gives the next launch what every write left, each write one line in the journal', async () => {
    const store = reopened();
    await store.load();
    await store.write(write([entry('a'), entry('b'), entry('c')], { 'app-a': 'f1', 'app-b': 'f1', 'app-c': 'f1' }));
    await store.write(write([entry('a', 'fired')]));
    await store.write(write([], { 'app-b': null, 'app-c': 'f2' }, ['b']));

    expect(await reopened().load()).toEqual({
      entries: [entry('a', 'fired'), entry('c')],
      fingerprints: { 'app-a': 'f1', 'app-c': 'f2' },
    });
    // Each line holds only what its write touched; reminders.json is not written at all.
    expect((await journalLines()).map((line) => JSON.parse(line))).toEqual([
      write([entry('a'), entry('b'), entry('c')], { 'app-a': 'f1', 'app-b': 'f1', 'app-c': 'f1' }),
      write([entry('a', 'fired')]),
      write([], { 'app-b': null, 'app-c': 'f2' }, ['b']),
    ]);
    expect(await readdir(tmp.path)).toEqual(['reminders.journal.jsonl']);
  });

  it('ignores a last line cut short by a crash, and appends cleanly after it', async () => {
    const store = reopened();
    await store.load();
    await store.write(write([entry('a')], { 'app-a': 'f1' }));
    await appendFile(journalFile(), '{"put":[{"id":"b","applicationId":"app-b"');

    const afterCrash = reopened();
    expect(await afterCrash.load()).toEqual({ entries: [entry('a')], fingerprints: { 'app-a': 'f1' } });
    await afterCrash.write(write([entry('c')]));
    expect(await reopened().load()).toEqual({ entries: [entry('a'), entry('c')], fingerprints: { 'app-a': 'f1' } });
    expect(await journalLines()).toHaveLength(2);
  });

  it('folds the journal into reminders.json once it holds over twice the reminders plus 1,000 changes', async () => {
    const store = reopened();
    await store.load();
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
    // 10 reminders and no fingerprints: folded after more than 1,020 changes, 10 a write.
    for (let i = 0; i < 102; i += 1)
      await store.write(write(ids.map((id) => entry(id, i % 2 ? 'fired' : 'scheduled'))));
    expect(await journalLines()).toHaveLength(102);
    expect(await readdir(tmp.path)).toEqual(['reminders.journal.jsonl']);

    await store.write(
      write(
        ids.map((id) => entry(id, 'dismissed')),
        { 'app-r0': 'f' },
      ),
    );
    expect(await journalLines()).toEqual([]);
    const snapshot = JSON.parse(await readFile(snapshotFile(), 'utf8'));
    expect(snapshot).toEqual({
      version: 2,
      entries: ids.map((id) => entry(id, 'dismissed')),
      fingerprints: { 'app-r0': 'f' },
    });
    await store.write(write([entry('r0', 'snoozed')]));
    expect(await reopened().load()).toEqual({
      entries: [entry('r0', 'snoozed'), ...ids.slice(1).map((id) => entry(id, 'dismissed'))],
      fingerprints: { 'app-r0': 'f' },
    });
  });

  it('loads the same after a crash between writing reminders.json and emptying the journal', async () => {
    const store = reopened();
    await store.load();
    await store.write(write([entry('a'), entry('b')], { 'app-a': 'f1', 'app-b': 'f1' }));
    await store.write(write([entry('a', 'fired')], { 'app-a': 'f2' }));
    await store.write(write([], { 'app-b': null }, ['b']));
    const state = await reopened().load();
    expect(state).toEqual({ entries: [entry('a', 'fired')], fingerprints: { 'app-a': 'f2' } });

    // reminders.json already holds what the journal adds up to; the journal is still whole.
    await writeJsonFile(snapshotFile(), { version: 2, ...(state as object) });
    expect(await journalLines()).toHaveLength(3);
    expect(await reopened().load()).toEqual(state);
  });

  it('starts afresh from reminders.json after an append failed, losing nothing', async () => {
    const store = reopened();
    await store.load();
    await store.write(write([entry('a')]));
    // Something took the journal's name: appending fails.
    await rm(journalFile());
    await mkdir(journalFile());
    await expect(store.write(write([entry('b')], { 'app-b': 'f1' }))).rejects.toThrow(/EISDIR/);

    await rmdir(journalFile());
    await store.write(write([entry('c')]));
    expect(await journalLines()).toEqual([]);
    expect(await reopened().load()).toEqual({
      entries: [entry('a'), entry('b'), entry('c')],
      fingerprints: { 'app-b': 'f1' },
    });
  });
});

describe('a reminder store that cannot be read for a moment', () => {
  // A folder in a file's place makes reading it fail with EISDIR: an I/O error, as a file locked
  // by an antivirus or a sync client fails with EBUSY, that says nothing about what it holds.
  const snapshot = () =>
    JSON.stringify({
      version: 2,
      entries: [entry('shown', 'fired'), entry('dismissed', 'dismissed')],
      fingerprints: { 'app-a': 'f1' },
    });

  it('reads it once it is free again, after waiting a little longer each time', async () => {
    await mkdir(snapshotFile());
    const waits: number[] = [];
    const store = reminderFileStore(
      snapshotFile(),
      () => new Date(T0),
      async (ms) => {
        waits.push(ms);
        if (waits.length === 2) {
          await rmdir(snapshotFile());
          await writeFile(snapshotFile(), snapshot());
        }
      },
    );
    expect(await store.load()).toEqual({
      entries: [entry('shown', 'fired'), entry('dismissed', 'dismissed')],
      fingerprints: { 'app-a': 'f1' },
    });
    expect(waits).toEqual([100, 250]);
  });

  it('never writes over a reminders.json it could not read, and says so', async () => {
    await writeFile(journalFile(), `${JSON.stringify(write([entry('b')], { 'app-b': 'f1' }))}\n`);
    await mkdir(snapshotFile());
    const waits: number[] = [];
    const { h, scheduler } = await startOnFolder(async (ms) => void waits.push(ms));
    expect(waits).toEqual([100, 250, 500, 1_000, 2_000]);
    expect(h.errors).toEqual([
      expect.stringMatching(
        /^Saved reminders could not be read \(EISDIR.*\); going on with the 1 that could be\. They were left as they are, and changes to reminders are kept only until the app closes\.$/,
      ),
    ]);
    await scheduler.applyChanges(changeOf([aReminder('c', T0 + HOUR)]));
    await scheduler.saved();
    // No copy, no new reminders.json, the journal as it was.
    expect((await readdir(tmp.path)).sort()).toEqual(['reminders.journal.jsonl', 'reminders.json']);
    expect(await journalLines()).toEqual([JSON.stringify(write([entry('b')], { 'app-b': 'f1' }))]);
  });

  it('never empties an intact reminders.json when only the journal cannot be read', async () => {
    await writeFile(snapshotFile(), snapshot());
    await mkdir(journalFile());
    const { h, scheduler } = await startOnFolder();
    expect(h.errors).toEqual([
      expect.stringMatching(/^Saved reminders could not be read \(EISDIR.*going on with the 2/),
    ]);
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: { 'app-a': 'f1' } });
    await scheduler.applyChanges(changeOf([aReminder('c', T0 + HOUR)]));
    await scheduler.saved();
    expect(await readFile(snapshotFile(), 'utf8')).toBe(snapshot());
  });

  it('still repairs a reminders.json that is not JSON, after moving it aside', async () => {
    await writeFile(snapshotFile(), '{"version": 2, "entr');
    const { h, scheduler } = await startOnFolder();
    const aside = `${snapshotFile()}.damaged-2026-03-01T12-00-00-000Z`;
    expect(h.errors).toEqual([
      `Saved reminders could not all be read (${snapshotFile()} was not valid JSON; it was moved to ${aside}); the 0 changed since were kept. A copy of it as it was is at ${aside}.`,
    ]);
    await scheduler.applyChanges(changeOf([aReminder('c', T0 + HOUR)]));
    expect(await readFile(aside, 'utf8')).toBe('{"version": 2, "entr');
    expect((await reopened().load()) as unknown).toMatchObject({ entries: [{ id: 'c', state: 'scheduled' }] });
  });
});

describe('reminders in the user-data folder across launches', () => {
  it('fire a reminder missed while closed once, on the next launch', async () => {
    const first = harness(new FakeClock(T0));
    const running = await startReminderScheduler({ ...first.deps, store: reopened() });
    await running.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    running.stop();

    const second = harness(new FakeClock(T0 + DAY));
    const relaunched = await startReminderScheduler({ ...second.deps, store: reopened() });
    await relaunched.applyChanges(changeOf([aReminder('a', T0 + HOUR)]));
    relaunched.stop();
    const third = harness(new FakeClock(T0 + 2 * DAY));
    await startReminderScheduler({ ...third.deps, store: reopened() });

    expect(second.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away']);
    expect(third.notices).toEqual([]);
    expect(first.errors.concat(second.errors, third.errors)).toEqual([]);
  });

  it('load a version 1 reminders.json as it was, every reminder kept, with no fingerprints', async () => {
    const v1 = {
      version: 1,
      entries: [
        entry('due-while-closed'),
        { ...entry('later'), fireAt: new Date(T0 + 2 * DAY).toISOString() },
        entry('shown', 'fired'),
        {
          ...entry('snoozed', 'snoozed'),
          firedAt: new Date(T0).toISOString(),
          snoozedUntil: new Date(T0 + 3 * DAY).toISOString(),
        },
      ],
    };
    await writeFile(snapshotFile(), JSON.stringify(v1, null, 2));
    const h = harness(new FakeClock(T0 + DAY));
    const scheduler = await startReminderScheduler({ ...h.deps, store: reopened() });
    // Shown once its being shown is saved.
    await vi.waitFor(() => expect(h.notices.map((n) => n.notice.key)).toEqual(['due-while-closed']));
    expect(h.errors).toEqual([]);
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.upcoming.map((e) => [e.id, e.state])).toEqual([
      ['later', 'scheduled'],
      ['snoozed', 'snoozed'],
    ]);
    expect(centre.ok && centre.value.recent.map((e) => e.id).sort()).toEqual(['due-while-closed', 'shown']);
    // No fingerprints: the renderer sends every application once more.
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['not JSON', '{"version": 2, "entries": ['],
    ['not a snapshot', JSON.stringify({ version: 2, entries: 'none' })],
  ])(
    'keep what the journal holds when reminders.json is %s, so a dismissed reminder stays dismissed',
    async (_, snapshot) => {
      await writeFile(snapshotFile(), snapshot);
      const journal = `${JSON.stringify(write([entry('dismissed', 'dismissed'), entry('b')], { 'app-b': 'f1' }))}\n`;
      await writeFile(journalFile(), journal);
      const h = harness(new FakeClock(T0));
      const scheduler = await startReminderScheduler({
        ...h.deps,
        store: reminderFileStore(snapshotFile(), () => new Date(T0)),
      });
      expect(h.errors).toHaveLength(1);
      expect(h.errors[0]).toMatch(
        /^Saved reminders could not all be read \(.*reminders\.json.*\); the 2 changed since were kept\. A copy of it as it was is at .*reminders\.damaged-2026-03-01T12-00-00-000Z\.journal\.jsonl/,
      );
      // Sent again, the dismissed reminder is not scheduled anew.
      await scheduler.applyChanges(changeOf([aReminder('dismissed', T0 + HOUR), aReminder('b', T0 + HOUR)]));
      const centre = await scheduler.centre();
      expect(centre.ok && centre.value.upcoming.map((e) => e.id)).toEqual(['b']);
      const kept = (await reopened().load()) as { entries: ReminderEntry[] };
      expect(kept.entries.find((e) => e.id === 'dismissed')?.state).toBe('dismissed');
    },
  );

  it('keep every valid reminder when one entry is damaged, copy both files aside first, and say what was left out', async () => {
    const dismissed = entry('dismissed', 'dismissed');
    const snapshot = JSON.stringify({
      version: 2,
      entries: [{ title: 'no id' }, dismissed],
      fingerprints: { 'app-a': 'f1' },
    });
    await writeFile(snapshotFile(), snapshot);
    const journal = `${JSON.stringify(write([entry('b')], { 'app-b': 'f1' }))}\nnot a change\n${JSON.stringify(write([{ ...entry('c'), fireAt: '+010000-01-01T00:00:00Z' }]))}\n`;
    await writeFile(journalFile(), journal);
    const h = harness(new FakeClock(T0));
    const scheduler = await startReminderScheduler({
      ...h.deps,
      store: reminderFileStore(snapshotFile(), () => new Date(T0)),
    });
    const copy = path.join(tmp.path, 'reminders.damaged-2026-03-01T12-00-00-000Z');
    const said =
      `3 saved reminders were damaged and left out; the other 2 were kept. A copy of it as it was is at ${copy}.json and ${copy}.journal.jsonl. ` +
      'First problem: reminders.json entry 1: a reminder without an id.';
    expect(h.errors).toEqual([said]);
    const centre = await scheduler.centre();
    expect(centre.ok && centre.value.notices).toEqual([said]);
    // The dismissed one was never shown, so neither list has it; it is kept all the same (below).
    expect(centre.ok && [...centre.value.upcoming, ...centre.value.recent].map((e) => e.id)).toEqual(['b']);
    expect(await scheduler.fingerprints()).toEqual({ ok: true, value: { 'app-a': 'f1', 'app-b': 'f1' } });
    // The dismissed reminder stays dismissed; what was read is kept as it was.
    expect(await readFile(`${copy}.json`, 'utf8')).toBe(snapshot);
    expect(await readFile(`${copy}.journal.jsonl`, 'utf8')).toBe(journal);
    await scheduler.applyChanges(changeOf([])); // saves wait for the repair written before them
    expect(await reopened().load()).toEqual({
      entries: [dismissed, entry('b')],
      fingerprints: { 'app-a': 'f1', 'app-b': 'f1' },
    });
  });
});
