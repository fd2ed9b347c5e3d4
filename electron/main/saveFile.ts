// Saving an export (CSV, iCalendar, JSON) where the student chooses, through the native save
// dialog; the file is written atomically so a failed save never leaves half a file.
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { FileFormat, Result, SaveFileOutcome, SaveFileRequest } from '@shared/desktopApi';

const FILTERS: Record<FileFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  ics: { name: 'iCalendar file', extensions: ['ics'] },
  json: { name: 'JSON file', extensions: ['json'] },
};

export interface SaveFileDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  write: (file: string, content: string) => Promise<void>;
  /** Where the dialog opens (the Documents folder). */
  defaultDir: string;
}

export async function saveFileWithDialog(
  request: SaveFileRequest,
  deps: SaveFileDeps,
): Promise<Result<SaveFileOutcome>> {
  const filter = FILTERS[request.format];
  const choice = await deps.showSaveDialog({
    title: 'Save export',
    defaultPath: path.join(deps.defaultDir, path.basename(request.suggestedName)),
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
  try {
    await deps.write(choice.filePath, request.content);
  } catch (error) {
    return {
      ok: false,
      error: `Could not save ${path.basename(choice.filePath)}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true, value: { saved: true, location: choice.filePath } };
}
