// The backup file: a versioned JSON envelope around everything in the database, with a
// checksum so a damaged or edited file is refused before it replaces anything. The file's
// text is JSON.stringify(backup).
import type { Application } from '../application';
import { toInstant } from '../calendarDate';
import { canonicalJson } from './canonicalJson';
import { sha256Hex, type Sha256 } from './checksum';

export const BACKUP_FORMAT = 'internship-tracker-backup';

/** A row of the database's `settings` table. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The tables of the database, rows exactly as stored. */
export interface BackupData {
  applications: Application[];
  settings: SettingRow[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The Dexie schema version the data was read from. */
  schemaVersion: number;
  /** The app version that wrote it, for people; compatibility goes by schemaVersion. */
  appVersion: string;
  createdAt: string;
  /** Rows per table, checked against the data on restore. */
  counts: { applications: number; settings: number };
  /** SHA-256 (hex) of canonicalJson(data). */
  checksum: string;
  data: BackupData;
}

export interface BackupOptions {
  schemaVersion: number;
  appVersion: string;
  now: Date;
  digest: Sha256;
}

export async function createBackup(tables: BackupData, options: BackupOptions): Promise<Backup> {
  // Through JSON once, so the checksum covers exactly what the file will hold (a Date in a
  // setting becomes its ISO string, undefined fields disappear).
  const data = JSON.parse(JSON.stringify(tables)) as BackupData;
  return {
    format: BACKUP_FORMAT,
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    createdAt: toInstant(options.now),
    counts: { applications: data.applications.length, settings: data.settings.length },
    checksum: await sha256Hex(canonicalJson(data), options.digest),
    data,
  };
}
