// A JSON file in the user-data folder: read as unknown (the caller parses it with its
// schema), written atomically. A file that is not JSON is kept aside for inspection, not lost.
import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';

/** A file that was not JSON, moved aside to `aside`. */
export class NotJsonError extends Error {
  constructor(
    file: string,
    readonly aside: string,
  ) {
    super(`${file} was not valid JSON; it was moved to ${aside}`);
  }
}

/**
 * The parsed content, or null when there is no file yet. A read that fails otherwise throws the
 * file system's error (with its code), never a NotJsonError: the file may be whole.
 */
export async function readJsonFile(file: string, now: () => Date = () => new Date()): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch {
    const aside = `${file}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside);
    throw new NotJsonError(file, aside);
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
