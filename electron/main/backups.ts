// Automatic and manual backups: the JSON file the renderer produced, written atomically to
// userData/backups under a timestamped name, 14 kept (see backupsToRemove). The renderer validates a backup's
// contents itself before restoring; here only the header is read (the file's first few KB), and
// checked, for the list.
import { lstat, open, readFile, readdir, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from '@shared/zod';
import { backupContents, backupsToRemove, newestFirst } from '@shared/backup/backupRotation';
import { isInstant } from '@shared/calendarDate';
import { BACKUP_REASONS, KEPT_BACKUPS, type BackupInfo, type BackupReason, type Result } from '@shared/desktopApi';
import { isTemporaryFile, writeFileAtomic } from './atomicWrite';

const BACKUP_NAME = new RegExp(`^backup-(\\d{8}T\\d{9}Z)(?:-(\\d{1,3}))?-(${BACKUP_REASONS.join('|')})\\.json$`);

/** The header fields every backup carries at its top level. */
const headerSchema = z.object({
  schemaVersion: z.number().int().min(1).max(10_000),
  appVersion: z.string().min(1).max(50),
  createdAt: z.string().max(40).refine(isInstant, 'Expected a date and time with a time zone'),
  counts: z
    .record(z.string().min(1).max(50), z.number().int().min(0).max(100_000_000))
    .refine((counts) => Object.keys(counts).length <= 50, 'Too many tables'),
  checksum: z.string().min(1).max(200),
});

export interface BackupStore {
  write(file: Uint8Array<ArrayBuffer>, reason: BackupReason): Promise<Result<BackupInfo>>;
  list(): Promise<Result<BackupInfo[]>>;
  read(id: string): Promise<Result<string>>;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** When a backup's name says it was written, in ms. */
function stampTime(name: string): number {
  const [, stamp = ''] = BACKUP_NAME.exec(name) ?? [];
  const [year, month, ...rest] = (/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp) ?? [])
    .slice(1)
    .map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, ...rest);
}

/** Which of the backups of one millisecond it is: 0 for the first, then the number its name carries. */
function numberInMillisecond(name: string): number {
  return Number(BACKUP_NAME.exec(name)?.[2] ?? 0);
}

/** The backup's text. Its bytes are written as they came, so they must be UTF-8 (a BOM is kept, and refused as JSON). */
function decode(file: Uint8Array): Result<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file) };
  } catch {
    return { ok: false, error: 'The backup is not UTF-8 text.' };
  }
}

function parseHeader(json: string): Result<z.infer<typeof headerSchema>> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The backup is not valid JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The backup is not a JSON object.' };
  }
  const header = headerSchema.safeParse(value);
  if (!header.success) {
    const issue = header.error.issues[0];
    return {
      ok: false,
      error: `The backup header is not valid (${issue?.path.join('.') || 'header'}: ${issue?.message}).`,
    };
  }
  return { ok: true, value: header.data };
}

const HOUR_MS = 60 * 60_000;

/** Enough of a backup's start to hold its header: its fields come before its data. */
const HEADER_BYTES = 8_192;

/**
 * A backup's header, read from its start, closed where its data begins (createBackup writes the
 * header first), so listing 14 backups of thousands of applications does not parse megabytes on
 * the main process's thread, which is also the windows'. A file whose start does not hold the
 * header (another order) is read whole.
 */
async function readHeader(file: string): Promise<ReturnType<typeof parseHeader>> {
  const handle = await open(file, 'r');
  let start: string;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEADER_BYTES), 0, HEADER_BYTES, 0);
    start = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  return headerAtStart(start) ?? parseHeader(await readFile(file, 'utf8'));
}

/** The header of a backup whose `start` holds it before its data; null when it does not. */
function headerAtStart(start: string): ReturnType<typeof parseHeader> | null {
  const data = start.indexOf('"data":');
  const header = data > 0 ? parseHeader(`${start.slice(0, data).replace(/,\s*$/, '')}}`) : null;
  return header?.ok ? header : null;
}

export function createBackupStore(dir: string, now: () => Date, log: (message: string) => void): BackupStore {
  async function fileNames(): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Backups newest first, by the UTC timestamp their names start with (see newestFirst). */
  function backupsAmong(names: readonly string[]): string[] {
    // Of one millisecond, the later numbered first; newestFirst keeps that order among equals.
    const backups = names
      .filter((name) => BACKUP_NAME.test(name))
      .sort((a, b) => numberInMillisecond(b) - numberInMillisecond(a));
    return newestFirst(backups, stampTime, now().getTime());
  }

  const backupNames = async () => backupsAmong(await fileNames());

  /** Temporary files of backups a crash or power cut cut short (atomicWrite's), over an hour old. */
  async function leftoverTemporaryFiles(all: readonly string[]): Promise<string[]> {
    const names = all.filter((name) => isTemporaryFile(name, 'backup-'));
    const old = await Promise.all(
      names.map(async (name) => (await lstat(path.join(dir, name))).mtimeMs < now().getTime() - HOUR_MS),
    );
    return names.filter((_, i) => old[i]);
  }

  /** What a kept backup holds, by its header; undefined when that cannot be read. */
  async function contentsOf(name: string): Promise<string | undefined> {
    const header = await readHeader(path.join(dir, name)).catch(() => null);
    return header?.ok ? backupContents(header.value) : undefined;
  }

  async function info(name: string): Promise<BackupInfo | null> {
    const match = BACKUP_NAME.exec(name)!;
    const file = path.join(dir, name);
    const stats = await lstat(file);
    if (!stats.isFile()) {
      log(`Backup ${name} is left out of the list: it is not a plain file.`);
      return null;
    }
    const header = await readHeader(file);
    if (!header.ok) {
      log(`Backup ${name} is left out of the list: ${header.error}`);
      return null;
    }
    return {
      id: name,
      createdAt: header.value.createdAt,
      reason: match[3] as BackupReason,
      counts: header.value.counts,
      sizeBytes: stats.size,
    };
  }

  // One write at a time: two at once (a double "Back up now") would both pick a name before
  // either file existed, take the same one, and the second would replace the first.
  let writing: Promise<unknown> = Promise.resolve();

  async function writeNow(file: Uint8Array<ArrayBuffer>, reason: BackupReason): Promise<Result<BackupInfo>> {
    if (!BACKUP_REASONS.includes(reason))
      return { ok: false, error: `Unknown backup reason: ${String(reason).slice(0, 40)}` };
    const json = decode(file);
    // Its header alone where it leads, as for the list: the megabytes of data after it are the
    // renderer's to check when restoring, not the main process's to parse on every write.
    const header = json.ok ? (headerAtStart(json.value.slice(0, HEADER_BYTES)) ?? parseHeader(json.value)) : json;
    if (!header.ok) return { ok: false, error: `${header.error} Nothing was written.` };
    const existing = new Set(await backupNames());
    const base = `backup-${stamp(now())}`;
    let name = `${base}-${reason}.json`;
    for (let n = 1; existing.has(name); n += 1) name = `${base}-${n}-${reason}.json`;
    await writeFileAtomic(path.join(dir, name), file);
    // The backup is safe now: one old backup that cannot be removed (a locked file) is no reason
    // to report this one as failed, which would stop the import or restore it was made for.
    // The one just written is kept whatever its stamp: after the clock was set back, older
    // backups carry later stamps, and it would sort as the oldest.
    const all = await fileNames();
    const others = await Promise.all(
      backupsAmong(all)
        .filter((other) => other !== name)
        .map(async (id) => ({ id, contents: await contentsOf(id) })),
    );
    for (const stale of [
      ...backupsToRemove(backupContents(header.value), others, KEPT_BACKUPS),
      ...(await leftoverTemporaryFiles(all)),
    ]) {
      await rm(path.join(dir, stale), { force: true }).catch((error: unknown) =>
        log(`Old backup ${stale} could not be removed: ${String(error)}`),
      );
    }
    return {
      ok: true,
      value: {
        id: name,
        createdAt: header.value.createdAt,
        reason,
        counts: header.value.counts,
        sizeBytes: file.byteLength,
      },
    };
  }

  return {
    write(file, reason) {
      const done = writing.then(() => writeNow(file, reason));
      writing = done.catch(() => undefined);
      return done;
    },

    async list() {
      const infos = await Promise.all(
        (await backupNames()).map((name) =>
          info(name).catch((error: unknown) => {
            log(`Backup ${name} is left out of the list: ${String(error)}`);
            return null;
          }),
        ),
      );
      return { ok: true, value: infos.filter((i): i is BackupInfo => i !== null) };
    },

    async read(id) {
      if (!BACKUP_NAME.test(id)) return { ok: false, error: 'That is not the name of a backup.' };
      const file = path.join(dir, id);
      try {
        const [realDir, realFile] = await Promise.all([realpath(dir), realpath(file)]);
        if (path.dirname(realFile) !== realDir) return { ok: false, error: 'That is not the name of a backup.' };
        return { ok: true, value: await readFile(realFile, 'utf8') };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return { ok: false, error: 'That backup no longer exists.' };
        throw error;
      }
    },
  };
}
