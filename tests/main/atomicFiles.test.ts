import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameRetrying, syncDirectory, writeFileAtomic } from '../../electron/main/atomicWrite';
import { readJsonFile, writeJsonFile } from '../../electron/main/jsonFile';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('atomic');

describe('writeFileAtomic', () => {
  it('replaces a file with the whole new content and leaves no temporary file behind', async () => {
    const file = path.join(tmp.path, 'nested', 'state.json');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, 'new ✓');
    expect(await readFile(file, 'utf8')).toBe('new ✓');
    expect(await readdir(path.dirname(file))).toEqual(['state.json']);
  });

  it('leaves the old file as it was when the write fails', async () => {
    const file = path.join(tmp.path, 'taken');
    await mkdir(file);
    await writeFile(path.join(file, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow();
    expect(await readFile(path.join(file, 'inside.txt'), 'utf8')).toBe('kept');
    expect(await readdir(tmp.path)).toEqual(['taken']);
  });
});

describe.skipIf(process.platform === 'win32')('syncing the folder after the rename', () => {
  /** A folder whose sync fails with `code`, as some file systems refuse it. */
  const refusing = (code: string) => {
    let closed = false;
    const openDirectory = async () => ({
      sync: async () => {
        throw Object.assign(new Error(`${code}: cannot sync`), { code });
      },
      close: async () => {
        closed = true;
      },
    });
    return { openDirectory, closed: () => closed };
  };

  it.each(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM'])(
    'is no failure of the write when the file system refuses it (%s): the data was synced',
    async (code) => {
      const folder = refusing(code);
      await expect(syncDirectory(tmp.path, folder.openDirectory)).resolves.toBeUndefined();
      expect(folder.closed()).toBe(true);
    },
  );

  it('still fails the write on other errors', async () => {
    await expect(syncDirectory(tmp.path, refusing('EIO').openDirectory)).rejects.toThrow('EIO');
  });

  it('syncs a real folder', async () => {
    await expect(syncDirectory(tmp.path)).resolves.toBeUndefined();
  });
});

describe('renameRetrying', () => {
  /** A rename that fails with `code` the first `failures` times. */
  function heldFor(failures: number, code = 'EPERM') {
    const calls: string[] = [];
    const rename = async (from: string, to: string) => {
      calls.push(`${from}>${to}`);
      if (calls.length <= failures) throw Object.assign(new Error(`${code}: operation not permitted`), { code });
    };
    const waited: number[] = [];
    return {
      calls,
      waited,
      deps: {
        rename,
        wait: async (ms: number) => {
          waited.push(ms);
        },
      },
    };
  }

  it('tries again while another program holds the file (Windows), waiting longer each time', async () => {
    const held = heldFor(3);
    await renameRetrying('a.tmp', 'a.json', held.deps);
    expect(held.calls).toHaveLength(4);
    expect(held.waited).toEqual([50, 100, 150]);
  });

  it('gives up after a while, and at once on other errors', async () => {
    const stuck = heldFor(100, 'EBUSY');
    await expect(renameRetrying('a.tmp', 'a.json', stuck.deps)).rejects.toThrow('EBUSY');
    expect(stuck.calls).toHaveLength(8);
    const gone = heldFor(1, 'ENOENT');
    await expect(renameRetrying('a.tmp', 'a.json', gone.deps)).rejects.toThrow('ENOENT');
    expect(gone.calls).toHaveLength(1);
  });
});

describe('JSON files', () => {
  it('reads nothing as null, and reads back what was written', async () => {
    const file = path.join(tmp.path, 'settings.json');
    expect(await readJsonFile(file)).toBeNull();
    await writeJsonFile(file, { closeToTray: true });
    expect(await readJsonFile(file)).toEqual({ closeToTray: true });
  });

  it('moves a damaged file aside instead of losing it, and says where', async () => {
    const file = path.join(tmp.path, 'reminders.json');
    await writeFile(file, '{"version": 1, "entr');
    await expect(readJsonFile(file, () => new Date('2026-03-01T12:00:00Z'))).rejects.toThrow(
      `${file} was not valid JSON; it was moved to ${file}.damaged-2026-03-01T12-00-00-000Z`,
    );
    expect(await readFile(`${file}.damaged-2026-03-01T12-00-00-000Z`, 'utf8')).toBe('{"version": 1, "entr');
    expect(await readJsonFile(file)).toBeNull();
  });
});
