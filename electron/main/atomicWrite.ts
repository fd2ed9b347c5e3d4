// Writes a file so that it is either the old one or the whole new one, even if the app or the
// machine stops halfway: a temporary file beside it, flushed to disk, then renamed over it.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameRetrying(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/**
 * Windows refuses to rename over a file another program holds open for a moment (an antivirus
 * scan, the search indexer, a sync client): the rename is tried again a few times, waiting a
 * little longer each time, before the write is reported as failed.
 */
export async function renameRetrying(
  from: string,
  to: string,
  deps: { rename?: (from: string, to: string) => Promise<void>; wait?: (ms: number) => Promise<void> } = {},
): Promise<void> {
  const move = deps.rename ?? rename;
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await move(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= RENAME_ATTEMPTS || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw error;
      await wait(50 * attempt);
    }
  }
}
/** About 1.4 s of waiting in all, as write-file-atomic and graceful-fs allow such a hold. */
const RENAME_ATTEMPTS = 8;

/** Whether a file name is one of writeFileAtomic's temporary files for names starting `prefix`. */
export function isTemporaryFile(name: string, prefix: string): boolean {
  return name.startsWith(`.${prefix}`) && name.endsWith('.tmp');
}

/**
 * Makes the rename itself durable; not possible on Windows, where it is skipped. Some file systems
 * (FUSE, vboxsf, CIFS mounts) refuse to sync a directory: the file's data was synced already and
 * the rename done, so that refusal is no failure of the write. Other errors still are.
 */
export async function syncDirectory(
  dir: string,
  openDirectory: (dir: string, flags: 'r') => Promise<{ sync(): Promise<void>; close(): Promise<void> }> = open,
): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await openDirectory(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!DIRECTORY_SYNC_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}
const DIRECTORY_SYNC_REFUSED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM']);
