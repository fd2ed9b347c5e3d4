// Hands a finished file to the desktop (the native save dialog, or the browser's downloads) and
// says where it went; a cancelled save dialog says nothing.
import { format } from 'date-fns';
import type { FileFormat } from '@shared/desktopApi';
import { desktop } from '../../desktop/desktop';
import { showError, useToastStore } from '../../state/toastStore';

/** "internship-applications-2026-03-02.csv", dated on the local calendar. */
export function exportFileName(stem: string, extension: FileFormat, now: Date): string {
  return `${stem}-${format(now, 'yyyy-MM-dd')}.${extension}`;
}

/** Saves the file; `what` names its contents for the message ("12 applications"). */
export async function saveExport(
  file: { suggestedName: string; content: string; format: FileFormat },
  what: string,
): Promise<void> {
  const saved = await desktop.saveFile(file);
  if (!saved.ok) return showError(saved.error);
  if (!saved.value.saved) return;
  useToastStore.getState().toastShown({ message: `Exported ${what} to ${saved.value.location}.`, tone: 'info' });
}
