// The desktop API for the data-transfer component tests: saves are recorded (and answer as the
// test says), backups go through the web build's real backup store on fake-indexeddb, and the
// reminder calls succeed quietly. Test files mock the renderer's `desktop` module with
// `transferDesktop`; `resetTransferDesktop` gives each test a fresh one.
import type { BackupReason, DesktopApi, Result, SaveFileOutcome, SaveFileRequest } from '@shared/desktopApi';
import { createBrowserBackups } from '../../../renderer/src/desktop/browserBackups';

export interface TransferHarness {
  platform: DesktopApi['platform'];
  /** Every file handed to saveFile, in order. */
  saved: SaveFileRequest[];
  /** What saveFile answers; a download into Downloads/ when not set. */
  saveOutcome: ((request: SaveFileRequest) => SaveFileOutcome) | null;
  /** Every backup written, in order, with its text. */
  written: { reason: BackupReason; json: string }[];
  /** How many times the list of backups was asked for. */
  lists: number;
  /** When set, writing a backup answers with this error and stores nothing. */
  writeError: string | null;
  /** When set, writing a backup waits for it: what the screen says meanwhile can be seen. */
  writeGate: Promise<void> | null;
  backups: ReturnType<typeof createBrowserBackups>;
}

let current: TransferHarness | null = null;

function harness(): TransferHarness {
  if (!current) throw new Error('Call resetTransferDesktop() in the test first');
  return current;
}

export function resetTransferDesktop(options: { now?: () => Date } = {}): TransferHarness {
  current = {
    platform: 'browser',
    saved: [],
    saveOutcome: null,
    written: [],
    lists: 0,
    writeError: null,
    writeGate: null,
    backups: createBrowserBackups(`test-backups-${crypto.randomUUID()}`, options.now),
  };
  return current;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const transferDesktop: DesktopApi = {
  get platform() {
    return harness().platform;
  },
  applyReminderChanges: async () => ok(null),
  reminderFingerprints: async () => ok({}),
  reminderCentre: async () => ok({ upcoming: [], recent: [], notices: [] }),
  snoozeReminder: async () => ok(null),
  dismissReminder: async () => ok(null),
  restoreReminder: async () => ok(null),
  async saveFile(request) {
    const h = harness();
    h.saved.push(request);
    return ok(h.saveOutcome?.(request) ?? { saved: true, location: `Downloads/${request.suggestedName}` });
  },
  openExternal: async () => ok(null),
  getDesktopSettings: async () => ok({ closeToTray: false, openAtLogin: false, trayHintShown: true }),
  updateDesktopSettings: async () => ok({ closeToTray: false, openAtLogin: false, trayHintShown: true }),
  async writeBackup(file, reason) {
    const h = harness();
    await h.writeGate;
    if (h.writeError !== null) return { ok: false, error: h.writeError };
    h.written.push({ reason, json: new TextDecoder().decode(await file.arrayBuffer()) });
    return h.backups.writeBackup(file, reason);
  },
  listBackups() {
    const h = harness();
    h.lists += 1;
    return h.backups.listBackups();
  },
  readBackup: (id) => harness().backups.readBackup(id),
  onCommand: () => () => undefined,
};
