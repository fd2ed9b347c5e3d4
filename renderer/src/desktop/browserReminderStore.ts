// Where the web build keeps the reminder scheduler's state: a database of its own beside the
// app's, with a row per reminder and a row per application's fingerprint, so a change writes
// only the rows it touched. Before the scheduler repairs damaged saved reminders, a copy of
// every row goes into a table of copies (`damaged`), so nothing read is lost.
import Dexie, { type Table } from 'dexie';
import type { ReminderEntry } from '@shared/reminders/reminder';
import type { SchedulerStore } from '@shared/reminders/reminderScheduler';

interface FingerprintRow {
  applicationId: string;
  fingerprint: string;
}

interface DamagedCopy {
  copiedAt: string;
  entries: unknown[];
  fingerprints: unknown[];
}

type ReminderDatabase = Dexie & {
  entries: Table<ReminderEntry, string>;
  fingerprints: Table<FingerprintRow, string>;
  damaged: Table<DamagedCopy, number>;
};

/** Version 1's one row: the whole state, which the scheduler saved again on every change. */
const V1_STATE_KEY = 'scheduler';

const REMINDER_DATABASE = 'internship-tracker-reminders';

export function createBrowserReminderStore(name = REMINDER_DATABASE): SchedulerStore {
  const db = new Dexie(name) as ReminderDatabase;
  db.version(1).stores({ state: '' });
  db.version(2)
    .stores({ state: null, entries: 'id', fingerprints: 'applicationId' })
    .upgrade(async (tx) => {
      // Version 1 had no fingerprints: the renderer sends every application once more.
      const old: unknown = await tx.table('state').get(V1_STATE_KEY);
      const entries = typeof old === 'object' && old !== null && 'entries' in old ? old.entries : [];
      // Only what has an id can be a row; the scheduler checks the rest when it loads them.
      const rows = Array.isArray(entries) ? entries.filter((e) => typeof e?.id === 'string') : [];
      await tx.table('entries').bulkPut(rows);
    });
  db.version(3).stores({ damaged: '++id' });

  return {
    async load() {
      const [entries, fingerprints] = await db.transaction('r', db.entries, db.fingerprints, () =>
        Promise.all([db.entries.toArray(), db.fingerprints.toArray()]),
      );
      return {
        entries,
        fingerprints: Object.fromEntries(fingerprints.map((row) => [row.applicationId, row.fingerprint])),
      };
    },

    async keepCopy() {
      await db.transaction('rw', db.entries, db.fingerprints, db.damaged, async () => {
        const [entries, fingerprints] = await Promise.all([db.entries.toArray(), db.fingerprints.toArray()]);
        await db.damaged.add({ copiedAt: new Date().toISOString(), entries, fingerprints });
      });
      return `this browser's storage (database "${name}", table "damaged")`;
    },

    async write(change) {
      const fingerprints = Object.entries(change.fingerprints);
      await db.transaction('rw', db.entries, db.fingerprints, async () => {
        if (change.clear) await Promise.all([db.entries.clear(), db.fingerprints.clear()]);
        await Promise.all([
          db.entries.bulkPut(change.put),
          db.entries.bulkDelete(change.delete),
          db.fingerprints.bulkPut(
            fingerprints.flatMap(([applicationId, fingerprint]) =>
              fingerprint === null ? [] : [{ applicationId, fingerprint }],
            ),
          ),
          db.fingerprints.bulkDelete(fingerprints.filter(([, print]) => print === null).map(([id]) => id)),
        ]);
      });
    },
  };
}
