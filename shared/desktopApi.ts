// The typed desktop API: everything the renderer may ask of the desktop. The Electron preload
// and the browser implementation both satisfy it, so the renderer never knows which it runs on.
import type { ReminderCentre, ReminderCentreQuery, ReminderPlanChange } from './reminders/reminder';

/** Every desktop call answers with a result instead of throwing across the process boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The places of the window the View menu and Ctrl/⌘+1…5 open, in that order. */
export const MAIN_VIEWS = ['applications', 'board', 'calendar', 'dashboard', 'compare'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];
export const MAIN_VIEW_LABELS: Record<MainView, string> = {
  applications: 'Applications',
  board: 'Board',
  calendar: 'Calendar',
  dashboard: 'Dashboard',
  compare: 'Compare offers',
};

/** Requests from menus, the tray, shortcuts and notifications that the renderer acts on. */
export type AppCommand =
  | { type: 'open-view'; view: MainView }
  | { type: 'new-application' }
  | { type: 'paste-posting' }
  | { type: 'focus-search' }
  | { type: 'open-settings' }
  | { type: 'open-reminders' }
  | { type: 'show-application'; applicationId: string }
  | { type: 'reminders-changed' }
  /** The web build without notification permission: a reminder shown in the page instead. */
  | {
      type: 'remind-in-page';
      key: string;
      title: string;
      body: string;
      applicationId: string | null;
      /** When what it reminds of is over (ms since the epoch): the message goes then. */
      over: number;
    }
  /** The reminder of a message shown in the page is no longer planned (its deadline moved): the message goes. */
  | { type: 'reminder-withdrawn'; key: string };

export interface DesktopSettings {
  /** Closing the window keeps the app running in the tray so reminders still fire. */
  closeToTray: boolean;
  openAtLogin: boolean;
  /** The one-time hint that the app is still running in the tray has been shown. */
  trayHintShown: boolean;
}

export const FILE_FORMATS = ['csv', 'ics', 'json'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface SaveFileRequest {
  suggestedName: string;
  content: string;
  format: FileFormat;
}

export type SaveFileOutcome = { saved: true; location: string } | { saved: false };

export const BACKUP_REASONS = ['daily', 'before-restore', 'before-import', 'before-upgrade', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many backups the desktop keeps (the newest); older ones are deleted as new ones come. */
export const KEPT_BACKUPS = 14;

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** Rows per table, as the backup itself declares them. */
  counts: Record<string, number>;
  sizeBytes: number;
}

/** The only links `openExternal` opens, as URL protocols: the web and email. */
export const EXTERNAL_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * A backup file as the renderer holds it: a Blob, whose bytes are kept outside the page's heap, so
 * that handing on the megabytes of a backup never fills that heap (and never sets off its garbage
 * collection). Declared by the shape the app relies on, as shared code has no DOM types.
 */
export interface BackupFile {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface DesktopApi {
  readonly platform: 'electron' | 'browser';
  /**
   * The locale to write dates in (shared/dateWords.ts), from the system's regional format, which
   * only Electron can read; a browser's page goes by its languages instead.
   */
  readonly dateLocale?: string;
  /**
   * The system's regional format as a locale ("de-DE", "pt-BR"), which only Electron can read: its
   * decimal mark proposes the CSV summary's format (a spreadsheet there separates by semicolons).
   */
  readonly regionLocale?: string;
  /**
   * Replaces the reminder schedules of the applications it names and forgets deleted ones;
   * idempotent. Reminders already shown or dismissed stay so.
   */
  applyReminderChanges(change: ReminderPlanChange): Promise<Result<null>>;
  /** What the scheduler last heard per application (fingerprints by application id), so only what differs is sent. */
  reminderFingerprints(): Promise<Result<Record<string, string>>>;
  reminderCentre(query: ReminderCentreQuery): Promise<Result<ReminderCentre>>;
  snoozeReminder(id: string, minutes: number): Promise<Result<null>>;
  dismissReminder(id: string): Promise<Result<null>>;
  /** Undoes dismissReminder: shown again if it had been shown, else it comes at its time. */
  restoreReminder(id: string): Promise<Result<null>>;
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileOutcome>>;
  /** Opens an http(s) or mailto link in the system browser or mail app. */
  openExternal(url: string): Promise<Result<null>>;
  getDesktopSettings(): Promise<Result<DesktopSettings>>;
  updateDesktopSettings(patch: Partial<DesktopSettings>): Promise<Result<DesktopSettings>>;
  /** Keeps a backup file (its JSON, as UTF-8). */
  writeBackup(backupFile: BackupFile, reason: BackupReason): Promise<Result<BackupInfo>>;
  listBackups(): Promise<Result<BackupInfo[]>>;
  readBackup(id: string): Promise<Result<string>>;
  /** Subscribes to commands from the desktop; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}
