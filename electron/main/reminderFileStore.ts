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
//
// Damage costs only what is damaged: an entry without an id or a journal line that is not a
// change is left out and listed in what load() returns (`damaged`), and keepCopy() copies both
// files aside before the scheduler writes the repaired state.
//
// A file that cannot be read (locked by another program, EIO) is not damaged: the read is tried
// again for a few seconds, and if it still fails, load() says so (`unavailable`) and the store
// writes nothing for the rest of the session, so a whole file is never replaced by what was read.
import { copyFile, open, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from '@shared/zod';
import type { SchedulerStore, SchedulerWrite } from '@shared/reminders/reminderScheduler';
import { NotJsonError, readJsonFile, writeJsonFile } from './jsonFile';
import { isIoError, readRetrying, realWait, type Wait } from './readRetrying';
import { errorMessage } from '@shared/errorMessage';

/** The entries and fingerprints, as written; the scheduler checks them when it loads them. */
interface Contents {
  entries: Map<string, unknown>;
  fingerprints: Map<string, string>;
}

// Entries are only told apart by id here; the scheduler checks the rest when it loads them
// (checking every field twice made loading 40,000 reminders take seconds). Each entry and
// fingerprint is looked at on its own, so one bad one is left out, not the file.
const snapshotSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  entries: z.array(z.unknown()),
  /** Version 1 had none. */
  fingerprints: z.record(z.string(), z.unknown()).optional(),
});

const lineSchema = z.object({
  put: z.array(z.unknown()),
  delete: z.array(z.string()),
  fingerprints: z.record(z.string(), z.unknown()),
});
type JournalLine = z.infer<typeof lineSchema>;

/** A write or a journal line: entries put whole, deleted by id, fingerprints set or forgotten. */
interface Change {
  put: readonly unknown[];
  delete: string[];
  fingerprints: Record<string, unknown>;
}

/** Journal changes beyond which it is folded into the snapshot, for contents of this size. */
const compactAfter = (size: number) => 2 * size + 1_000;

/** `file` is the snapshot; the journal is beside it, named after it. `wait` paces the retries of a read. */
export function reminderFileStore(
  file: string,
  now: () => Date = () => new Date(),
  wait: Wait = realWait,
): SchedulerStore {
  const base = path.join(path.dirname(file), path.basename(file, '.json'));
  const journal = `${base}.journal.jsonl`;
  let contents: Contents = { entries: new Map(), fingerprints: new Map() };
  /** Changes in the journal since the snapshot. */
  let journalChanges = 0;
  /** An append failed, maybe halfway: the next write starts afresh with a snapshot. */
  let journalSuspect = false;
  let writing: Promise<unknown> = Promise.resolve();
  /** Why a file could not be read at load: nothing is written this session. */
  let unavailable: string | null = null;
  /** Where a reminders.json that was not JSON went (readJsonFile moved it aside). */
  let movedAside: string | null = null;

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
    if (unavailable !== null) throw new Error(`nothing is saved until the app starts again (${unavailable})`);
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
      const damaged: string[] = [];
      let lost: string | null = null;
      unavailable = null;
      movedAside = null;
      try {
        contents = fromSnapshot(await readRetrying(() => readJsonFile(file, now), wait), file, damaged);
      } catch (error) {
        // The journal holds every change since the snapshot: replayed over nothing, it keeps
        // what was shown, dismissed or snoozed since, instead of losing that with the snapshot.
        contents = { entries: new Map(), fingerprints: new Map() };
        if (isIoError(error)) unavailable = errorMessage(error);
        else lost = errorMessage(error);
        if (error instanceof NotJsonError) movedAside = error.aside;
      }
      let read: Awaited<ReturnType<typeof readJournal>> = { lines: [], complete: null };
      try {
        read = await readRetrying(() => readJournal(journal, damaged), wait);
      } catch (error) {
        if (!isIoError(error)) throw error;
        unavailable ??= errorMessage(error);
      }
      // A crash cut the last line short: drop it, or the next line would be appended to it.
      if (unavailable === null && read.complete !== null) {
        try {
          await truncate(journal, read.complete);
        } catch (error) {
          unavailable = errorMessage(error);
        }
      }
      journalChanges = 0;
      for (const { line, number } of read.lines) {
        apply(contents, line, damaged, `journal line ${number}`);
        journalChanges += changesIn(line);
      }
      const loaded = {
        entries: [...contents.entries.values()],
        fingerprints: Object.fromEntries(contents.fingerprints),
      };
      return {
        ...loaded,
        ...(damaged.length > 0 && { damaged }),
        ...(lost !== null && { lost }),
        ...(unavailable !== null && { unavailable }),
      };
    },

    async keepCopy() {
      const copy = `${base}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
      // A reminders.json that was not JSON at all was already moved aside by readJsonFile.
      const copies = [
        ...(movedAside !== null ? [movedAside] : []),
        ...((await copyIfThere(file, `${copy}.json`)) ? [`${copy}.json`] : []),
        ...((await copyIfThere(journal, `${copy}.journal.jsonl`)) ? [`${copy}.journal.jsonl`] : []),
      ];
      if (copies.length === 0) throw new Error('no file was left to copy');
      return copies.join(' and ');
    },

    write(change) {
      const done = writing.then(() => writeNow(change));
      writing = done.catch(() => undefined);
      return done;
    },
  };
}

/** Copies a file; false when there is none. */
async function copyIfThere(from: string, to: string): Promise<boolean> {
  try {
    await copyFile(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function fromSnapshot(raw: unknown, file: string, damaged: string[]): Contents {
  const contents: Contents = { entries: new Map(), fingerprints: new Map() };
  if (raw === null) return contents;
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message})`);
  }
  apply(
    contents,
    { put: parsed.data.entries, delete: [], fingerprints: parsed.data.fingerprints ?? {} },
    damaged,
    path.basename(file),
  );
  return contents;
}

/**
 * The journal's readable lines, and the length to cut it to when its last line is incomplete
 * (null when it is whole). A line that is not a change is skipped rather than losing the rest.
 */
async function readJournal(
  journal: string,
  damaged: string[],
): Promise<{ lines: { line: JournalLine; number: number }[]; complete: number | null }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(journal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], complete: null };
    throw error;
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  const lines: { line: JournalLine; number: number }[] = [];
  bytes
    .subarray(0, end)
    .toString('utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text === '') return;
      const parsed = lineSchema.safeParse(parseJson(text));
      if (parsed.success) lines.push({ line: parsed.data, number: index + 1 });
      else damaged.push(`journal line ${index + 1}: not a change`);
    });
  return { lines, complete: end < bytes.length ? end : null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Applies a change; what cannot be applied is said in `damaged`, under `where`, when given. */
function apply(contents: Contents, change: Change, damaged: string[] = [], where = '') {
  change.put.forEach((entry, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') contents.entries.set(id, entry);
    else damaged.push(`${where} entry ${index + 1}: a reminder without an id`);
  });
  for (const id of change.delete) contents.entries.delete(id);
  for (const [applicationId, fingerprint] of Object.entries(change.fingerprints)) {
    if (fingerprint === null) contents.fingerprints.delete(applicationId);
    else if (typeof fingerprint === 'string') contents.fingerprints.set(applicationId, fingerprint);
    else damaged.push(`${where} fingerprint of ${applicationId}: not a fingerprint`);
  }
}

function changesIn(change: Change): number {
  return change.put.length + change.delete.length + Object.keys(change.fingerprints).length;
}
