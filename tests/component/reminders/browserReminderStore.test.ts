// The web build's reminder store on a real (fake-indexeddb) database: what the scheduler writes
// is what the next visit loads, a row per reminder and per fingerprint; a database written by
// version 1 (the whole state in one row) opens with nothing lost.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ReminderEntry, ReminderState } from '@shared/reminders/reminder';
import { createBrowserReminderStore } from '../../../renderer/src/desktop/browserReminderStore';

/** A database no other test uses (fake-indexeddb keeps them in memory until the file is done). */
const storeName = () => `reminders-${crypto.randomUUID()}`;

function entry(i: number, state: ReminderState = 'scheduled'): ReminderEntry {
  return {
    id: `app-${i}|deadline:d${i}@2026-03-05|3d`,
    applicationId: `app-${i}`,
    fireAt: '2026-03-02T09:00:00-08:00',
    targetAt: '2026-03-05',
    title: `Company ${i}: Application deadline in 3 days`,
    body: 'Thu, Mar 5 · Software Intern',
    summary: `Company ${i}: Application deadline, Thu, Mar 5`,
    state,
    firedAt: state === 'fired' ? '2026-03-02T17:00:00.000Z' : null,
    snoozedUntil: null,
  };
}

const entries = (count: number, state?: ReminderState) => Array.from({ length: count }, (_, i) => entry(i, state));

describe('the browser reminder store', () => {
  it('has nothing to load before anything was written', async () => {
    expect(await createBrowserReminderStore(storeName()).load()).toEqual({ entries: [], fingerprints: {} });
  });

  it('gives the next visit what every write left', async () => {
    const name = storeName();
    const store = createBrowserReminderStore(name);
    await store.write({ put: entries(3), delete: [], fingerprints: { 'app-0': 'a', 'app-1': 'a', 'app-2': 'a' } });
    await store.write({
      put: [entry(0, 'fired')],
      delete: [entry(1).id],
      fingerprints: { 'app-1': null, 'app-2': 'b' },
    });
    expect(await createBrowserReminderStore(name).load()).toEqual({
      entries: [entry(0, 'fired'), entry(2)],
      fingerprints: { 'app-0': 'a', 'app-2': 'b' },
    });
  });

  it('drops everything before a write that starts over', async () => {
    const name = storeName();
    const store = createBrowserReminderStore(name);
    await store.write({ put: entries(3), delete: [], fingerprints: { 'app-0': 'a' } });
    await store.write({ clear: true, put: [entry(5)], delete: [], fingerprints: { 'app-5': 'c' } });
    expect(await createBrowserReminderStore(name).load()).toEqual({
      entries: [entry(5)],
      fingerprints: { 'app-5': 'c' },
    });
  });

  it('keeps the reminders of thousands of applications, a row each', async () => {
    const name = storeName();
    const large = entries(12_000);
    await createBrowserReminderStore(name).write({ put: large, delete: [], fingerprints: {} });
    const loaded = (await createBrowserReminderStore(name).load()) as { entries: ReminderEntry[] };
    expect(loaded.entries).toHaveLength(12_000);
    expect(loaded.entries).toContainEqual(large.at(-1));
    // fake-indexeddb takes its time over 12,000 rows when the machine is busy.
  }, 60_000);

  it('opens a database of version 1 with every reminder kept, one row each', async () => {
    const name = storeName();
    const old = new Dexie(name);
    old.version(1).stores({ state: '' });
    const saved = [entry(0), entry(1, 'fired'), { ...entry(2, 'snoozed'), snoozedUntil: '2026-03-03T09:00:00.000Z' }];
    await old.table('state').put({ version: 1, entries: saved }, 'scheduler');
    old.close();

    const store = createBrowserReminderStore(name);
    // No fingerprints yet: the renderer sends every application once more.
    expect(await store.load()).toEqual({ entries: saved, fingerprints: {} });
    await store.write({ put: [entry(0, 'dismissed')], delete: [], fingerprints: { 'app-0': 'a' } });

    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(['damaged', 'entries', 'fingerprints']);
    expect(await reopened.table('entries').count()).toBe(3);
    expect(await reopened.table('entries').get(entry(0).id)).toEqual(entry(0, 'dismissed'));
    reopened.close();
  });

  it('opens a database of version 1 that never saved anything', async () => {
    const name = storeName();
    const old = new Dexie(name);
    old.version(1).stores({ state: '' });
    await old.open();
    old.close();
    expect(await createBrowserReminderStore(name).load()).toEqual({ entries: [], fingerprints: {} });
  });
});
