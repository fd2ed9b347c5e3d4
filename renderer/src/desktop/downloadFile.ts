import type { FileFormat, SaveFileRequest, SaveFileOutcome } from '@shared/desktopApi';

const MIME_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The web build's "save": hands the file to the browser's downloads. */
export function downloadFile({ suggestedName, content, format }: SaveFileRequest): SaveFileOutcome {
  const url = URL.createObjectURL(new Blob([content], { type: MIME_TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  // Revoke on the next turn: the click starts the download synchronously, the URL must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { saved: true, location: `Downloads/${suggestedName}` };
}
