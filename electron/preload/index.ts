// The preload: the renderer's one door to the desktop. It exposes a single object, `desktop`,
// that satisfies the shared DesktopApi; each method is one IPC call the main process checks.
// Sandboxed, so it is bundled as one CommonJS file that requires nothing but electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppCommand, DesktopApi } from '@shared/desktopApi';
import { DATE_LOCALE_ARG, IPC, REGION_LOCALE_ARG } from '@shared/ipcChannels';

const desktop = {
  platform: 'electron',
  // The sandbox keeps of Node's process only a few fields, argv among them, which carries what
  // main put in additionalArguments.
  // eslint-disable-next-line no-restricted-globals
  dateLocale: process.argv.find((arg) => arg.startsWith(DATE_LOCALE_ARG))?.slice(DATE_LOCALE_ARG.length),
  // eslint-disable-next-line no-restricted-globals
  regionLocale: process.argv.find((arg) => arg.startsWith(REGION_LOCALE_ARG))?.slice(REGION_LOCALE_ARG.length),
  applyReminderChanges: (change) => ipcRenderer.invoke(IPC.applyReminderChanges, change),
  reminderFingerprints: () => ipcRenderer.invoke(IPC.reminderFingerprints),
  reminderCentre: (query) => ipcRenderer.invoke(IPC.reminderCentre, query),
  snoozeReminder: (id, minutes) => ipcRenderer.invoke(IPC.snoozeReminder, id, minutes),
  dismissReminder: (id) => ipcRenderer.invoke(IPC.dismissReminder, id),
  restoreReminder: (id) => ipcRenderer.invoke(IPC.restoreReminder, id),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  getDesktopSettings: () => ipcRenderer.invoke(IPC.getDesktopSettings),
  updateDesktopSettings: (patch) => ipcRenderer.invoke(IPC.updateDesktopSettings, patch),
  // IPC carries bytes, not Blobs: read here, on the way out.
  writeBackup: async (backupFile, reason) =>
    ipcRenderer.invoke(IPC.writeBackup, new Uint8Array(await backupFile.arrayBuffer()), reason),
  listBackups: () => ipcRenderer.invoke(IPC.listBackups),
  readBackup: (id) => ipcRenderer.invoke(IPC.readBackup, id),
  onCommand(listener) {
    // The page gets the command only, never the IPC event (it carries the sender object).
    const forward = (_event: IpcRendererEvent, command: AppCommand) => listener(command);
    ipcRenderer.on(IPC.command, forward);
    return () => {
      ipcRenderer.removeListener(IPC.command, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
