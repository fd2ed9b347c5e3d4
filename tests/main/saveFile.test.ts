import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/main/atomicWrite';
import { saveFileWithDialog } from '../../electron/main/saveFile';
import { tempDirPerTest } from './tempDir';

const tmp = tempDirPerTest('save-file');
const request = {
  suggestedName: 'applications-2026-03-01.csv',
  content: '\ufeffCompany,Role\r\nPinterest,ML Intern\r\n',
  format: 'csv' as const,
};

describe('saving an export', () => {
  it('asks where, proposing the suggested name in Documents, and writes the content there', async () => {
    const asked: SaveDialogOptions[] = [];
    const target = path.join(tmp.path, 'export.csv');
    const result = await saveFileWithDialog(request, {
      showSaveDialog: async (options) => {
        asked.push(options);
        return { canceled: false, filePath: target };
      },
      write: writeFileAtomic,
      defaultDir: '/home/u/Documents',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, location: target } });
    expect(await readFile(target, 'utf8')).toBe(request.content);
    expect(asked[0]).toMatchObject({
      defaultPath: path.join('/home/u/Documents', 'applications-2026-03-01.csv'),
      filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
    });
  });

  it('answers saved: false when the dialog is cancelled, writing nothing', async () => {
    const written: string[] = [];
    const result = await saveFileWithDialog(request, {
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      write: async (file) => void written.push(file),
      defaultDir: tmp.path,
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(written).toEqual([]);
  });

  it('reports a failed write with the file name', async () => {
    const result = await saveFileWithDialog(request, {
      showSaveDialog: async () => ({ canceled: false, filePath: path.join(tmp.path, 'no-such-dir', 'x.csv') }),
      write: async () => {
        throw new Error('EACCES: permission denied');
      },
      defaultDir: tmp.path,
    });
    expect(result).toEqual({ ok: false, error: 'Could not save x.csv: EACCES: permission denied' });
  });
});
