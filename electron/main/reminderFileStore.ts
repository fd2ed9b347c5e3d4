// The reminder scheduler's store in the user-data folder: a snapshot (reminders.json) and, beside
// it, a journal (reminders.journal.jsonl) to which each write appends one line, so a change
// writes only what it touched. When the journal holds more changes than twice what the snapshot
// would (plus a margin), it is folded into a new snapshot.
//
// Crash safety: the snapshot is replaced atomically, then the journal emptied. A line cut short by
// a crash mid-append is ignored, and cut off before the next append. Each line puts entries whole
// and deletes by id, so replaying the journal again over a snapshot it was already folded into
// (a crash between the two steps) gives the same state. A version 1 reminders.json (the whole
// state, written on every change, without fingerprints) loads as it is.
import { open, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SchedulerStore, SchedulerWrite } from '@shared/reminders/reminderScheduler';
import { readJsonFile, writeJsonFile } from './jsonFile';

/** The entries and fingerprints, as written; the scheduler checks them when it loads them. */
interface Contents {
  entries: Map<string, unknown>;
  fingerprints: Map<string, string>;
}

// Entries are only told apart by id here; the scheduler checks the rest when it loads them
// (checking every field twice made loading 40,000 reminders take seconds).
const entryWithId = z.custom<{ id: string }>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
  { message: 'Expected a reminder with an id' },
);

const snapshotSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  entries: z.array(entryWithId),
  /** Version 1 had none. */
  fingerprints: z.record(z.string(), z.string()).optional(),
});

const lineSchema = z.object({
  put: z.array(entryWithId),
  delete: z.array(z.string()),
  fingerprints: z.record(z.string(), z.string().nullable()),
});
type JournalLine = z.infer<typeof lineSchema>;

/** A write or a journal line: entries put whole, deleted by id, fingerprints set or forgotten. */
interface Change {
  put: { id: string }[];
  delete: string[];
  fingerprints: Record<string, string | null>;
}

/** Journal changes beyond which it is folded into the snapshot, for contents of this size. */
const compactAfter = (size: number) => 2 * size + 1_000;

/** `file` is the snapshot; the journal is beside it, named after it. */
export function reminderFileStore(file: string): SchedulerStore {
  const journal = path.join(path.dirname(file), `${path.basename(file, '.json')}.journal.jsonl`);
  let contents: Contents = { entries: new Map(), fingerprints: new Map() };
  /** Changes in the journal since the snapshot. */
  let journalChanges = 0;
  /** An append failed, maybe halfway: the next write starts afresh with a snapshot. */
  let journalSuspect = false;
  let writing: Promise<unknown> = Promise.resolve();

  async function compact() {
    await writeJsonFile(file, {
      version: 2,
      entries: [...contents.entries.values()],
      fingerprints: Object.fromEntries(contents.fingerprints),
    });
    await writeFile(journal, '', { mode: 0o600 });
    journalChanges = 0;
    journalSuspect = false;
  }

  async function append(line: Change) {
    const handle = await open(journal, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify(line)}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async function writeNow(change: SchedulerWrite) {
    if (change.clear) contents = { entries: new Map(), fingerprints: new Map() };
    apply(contents, change);
    if (change.clear || journalSuspect) return compact();
    try {
      await append({ put: change.put, delete: change.delete, fingerprints: change.fingerprints });
    } catch (error) {
      journalSuspect = true;
      throw error;
    }
    journalChanges += changesIn(change);
    if (journalChanges > compactAfter(contents.entries.size + contents.fingerprints.size)) await compact();
  }

  return {
    async load() {
      contents = fromSnapshot(await readJsonFile(file), file);
      const { lines, complete } = await readJournal(journal);
      // A crash cut the last line short: drop it, or the next line would be appended to it.
      if (complete !== null) await truncate(journal, complete);
      journalChanges = 0;
      for (const line of lines) {
        apply(contents, line);
        journalChanges += changesIn(line);
      }
      return { entries: [...contents.entries.values()], fingerprints: Object.fromEntries(contents.fingerprints) };
    },

    write(change) {
      const done = writing.then(() => writeNow(change));
      writing = done.catch(() => undefined);
      return done;
    },
  };
}

function fromSnapshot(raw: unknown, file: string): Contents {
  if (raw === null) return { entries: new Map(), fingerprints: new Map() };
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message})`);
  }
  return {
    entries: new Map(parsed.data.entries.map((entry) => [entry.id, entry])),
    fingerprints: new Map(Object.entries(parsed.data.fingerprints ?? {})),
  };
}

/**
 * The journal's readable lines, and the length to cut it to when its last line is incomplete
 * (null when it is whole). A line that is not a change is skipped rather than losing the rest.
 */
async function readJournal(journal: string): Promise<{ lines: JournalLine[]; complete: number | null }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(journal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], complete: null };
    throw error;
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  const lines: JournalLine[] = [];
  for (const text of bytes.subarray(0, end).toString('utf8').split('\n')) {
    if (text === '') continue;
    const parsed = lineSchema.safeParse(parseJson(text));
    if (parsed.success) lines.push(parsed.data);
  }
  return { lines, complete: end < bytes.length ? end : null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function apply(contents: Contents, change: Change) {
  for (const entry of change.put) contents.entries.set(entry.id, entry);
  for (const id of change.delete) contents.entries.delete(id);
  for (const [applicationId, fingerprint] of Object.entries(change.fingerprints)) {
    if (fingerprint === null) contents.fingerprints.delete(applicationId);
    else contents.fingerprints.set(applicationId, fingerprint);
  }
}

function changesIn(change: Change): number {
  return change.put.length + change.delete.length + Object.keys(change.fingerprints).length;
}
