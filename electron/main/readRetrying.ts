// Reading a file that another program holds for a moment (an antivirus scan, a backup or sync
// client at login) fails with EBUSY, EACCES, EPERM or EIO. That says nothing about what the file
// holds: the read is tried again a few times, waiting longer each time, and if it still fails the
// caller must not take the file for damaged (and write over it), only for unreadable just now.

export type Wait = (ms: number) => Promise<void>;

/** About 3.9 s of waiting in all, from 100 ms to 2 s. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [100, 250, 500, 1_000, 2_000];

export const realWait: Wait = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An error of the file system (it has an errno code) other than "there is no such file". */
export function isIoError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code !== 'ENOENT';
}

/** `read()`, tried again after each delay while it fails with an I/O error; other errors at once. */
export async function readRetrying<T>(read: () => Promise<T>, wait: Wait = realWait): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      const delay = READ_RETRY_DELAYS_MS[attempt];
      if (!isIoError(error) || delay === undefined) throw error;
      await wait(delay);
    }
  }
}
