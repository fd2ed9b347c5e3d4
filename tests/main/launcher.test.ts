import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MISSING_ELECTRON_MESSAGE, electronBinary } from '../../electron/launcher/start.mjs';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('launcher');
const root = path.resolve(__dirname, '../..');
const installedHere = electronBinary(path.join(root, 'node_modules', 'electron')) !== null;

describe('finding the Electron binary', () => {
  it('finds nothing without path.txt', () => {
    expect(electronBinary(tmp.path, {})).toBeNull();
  });

  it('finds nothing when path.txt names a binary that was never downloaded', async () => {
    await writeFile(path.join(tmp.path, 'path.txt'), 'electron');
    expect(electronBinary(tmp.path, {})).toBeNull();
  });

  it('finds the downloaded binary', async () => {
    await writeFile(path.join(tmp.path, 'path.txt'), 'electron');
    await mkdir(path.join(tmp.path, 'dist'));
    await writeFile(path.join(tmp.path, 'dist', 'electron'), '');
    expect(electronBinary(tmp.path, {})).toBe(path.join(tmp.path, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', async () => {
    await writeFile(path.join(tmp.path, 'electron'), '');
    expect(electronBinary(path.join(tmp.path, 'no-such-dir'), { ELECTRON_OVERRIDE_DIST_PATH: tmp.path })).toBe(
      path.join(tmp.path, 'electron'),
    );
  });
});

describe('npm start without Electron', () => {
  it.skipIf(installedHere)(
    'tries the download once, then explains in one paragraph, points to npm run web and exits 1',
    async () => {
      // Generous: on a loaded machine Node alone can take seconds to start.
      const run = promisify(execFile)(process.execPath, [path.join(root, 'electron/launcher/start.mjs')], {
        timeout: 50_000,
      });
      const failure = await run.then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe('Fetching the Electron binary from GitHub (first run only)\u2026\n');
      expect(failure?.stderr.startsWith(MISSING_ELECTRON_MESSAGE)).toBe(true);
      expect(failure?.stderr.trimEnd()).not.toContain('\n');
      expect(MISSING_ELECTRON_MESSAGE).toContain('npm run web');
      expect(MISSING_ELECTRON_MESSAGE).toContain('GitHub');
      expect(MISSING_ELECTRON_MESSAGE).not.toContain('\n');
    },
  );
});
